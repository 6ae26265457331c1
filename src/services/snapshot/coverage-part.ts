import { z } from 'zod';
import { resolveInheritedTags, tallyCoverage, type CoverageTally } from '../../domain';
import { projectOfKey } from '../dependencies/redact';
import { workItemOf, type ProgrammeSource } from './source';

/**
 * The coverage part of a snapshot: one tally per project and stream, so `coverage/load` adds up the projects the
 * viewing user may browse without reading any issue. Its size grows with projects × terms, not with issues.
 */
const keys = z.array(z.string());
const CoverageTallySchema = z.object({
  issues: z.number().int(),
  streamTouchpoint: z.record(z.string(), z.record(z.string(), z.object({ count: z.number().int(), done: z.number().int(), parents: keys }))),
  lifecycleTouchpoint: z.record(z.string(), z.record(z.string(), z.object({ count: z.number().int(), parents: z.object({ touchpoint: keys, lifecycle: keys }) }))),
  useCases: keys,
  untaggedEpics: z.array(z.object({ key: z.string(), summary: z.string(), streamId: z.string() })),
  epicTypes: keys,
});

export const StoredCoverageSchema = z.object({
  groups: z.array(z.object({ project: z.string(), streamId: z.string(), tally: CoverageTallySchema })),
  /** The stream most of a project's issues belong to (as in the view), for the project page. */
  projectStreams: z.record(z.string(), z.string()),
});
export type StoredCoverage = z.infer<typeof StoredCoverageSchema>;

/** Tallies the source per (project, stream); inheritance is resolved over the whole programme first. */
export function coverageOfSource(source: ProgrammeSource, projectStreams: Record<string, string>): StoredCoverage {
  const items = source.issues.map(workItemOf);
  const inherited = resolveInheritedTags(items);
  const groups = new Map<string, { project: string; streamId: string; items: typeof items }>();
  for (const item of items) {
    if (item.streamId === null) continue;
    const project = projectOfKey(item.key);
    const id = `${project}\u0000${item.streamId}`;
    const group = groups.get(id) ?? { project, streamId: item.streamId, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.project.localeCompare(b.project) || a.streamId.localeCompare(b.streamId));
  return {
    groups: sorted.map((group) => ({ project: group.project, streamId: group.streamId, tally: tallyCoverage(group.items, inherited) satisfies CoverageTally })),
    projectStreams,
  };
}
