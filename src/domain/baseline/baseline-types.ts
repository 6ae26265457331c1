import { z } from 'zod';
import { CalendarDateSchema } from '../calendar-date';
import { DEPENDENCY_STATUSES } from '../dependencies/types';
import { StatusCategorySchema } from '../programme';

/**
 * What a publication saw, compactly: enough to say later what changed since. Stored by the app with every
 * publication (and by the round table with every meeting). Tuples keep a 1,000-epic programme small.
 */
export const BaselineSchema = z.object({
  /** When it was taken (ISO instant) and the calendar day the statuses were assessed for. */
  takenAt: z.string(),
  day: CalendarDateSchema,
  /** [epic key, status category, start, due] */
  epics: z.array(z.tuple([z.string(), StatusCategorySchema, CalendarDateSchema.nullable(), CalendarDateSchema.nullable()])),
  /** [blocker key, blocked key, status] */
  dependencies: z.array(z.tuple([z.string(), z.string(), z.enum(DEPENDENCY_STATUSES)])),
  /** [strategy node id, title, health, share done (0..1 or null)] */
  nodes: z.array(z.tuple([z.string(), z.string(), z.enum(['off-track', 'at-risk', 'on-track', 'unknown']), z.number().min(0).max(1).nullable()])),
});
export type Baseline = z.infer<typeof BaselineSchema>;

export interface EpicSlip {
  key: string;
  /** Due date then and now. */
  from: string;
  to: string;
  /** Positive: later than before. */
  days: number;
}

export interface DependencyChange {
  blocker: string;
  blocked: string;
}

export interface HealthChange {
  nodeId: string;
  title: string;
  from: string;
  to: string;
}

/** What changed between two baselines (`diffBaselines(before, after)`), each list in a stable order. */
export interface BaselineDiff {
  since: string;
  /** Epics whose due date moved later, largest slip first. */
  slipped: EpicSlip[];
  /** Epics whose due date moved earlier. */
  pulledIn: EpicSlip[];
  /** Epics done now that were not before. */
  completed: string[];
  newConflicts: DependencyChange[];
  resolvedConflicts: DependencyChange[];
  added: DependencyChange[];
  removed: DependencyChange[];
  healthChanged: HealthChange[];
}
