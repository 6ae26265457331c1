import { z } from 'zod';

/**
 * The six dimensions of the programme's one customer journey (domain.md §2). Five are tagged on issues;
 * `phase` is a coarser lens that lifecycle stages fall into, so it is derived from a stage, never tagged.
 */
export const DIMENSIONS = ['touchpoint', 'lifecycle', 'category', 'action', 'channel', 'phase'] as const;
export const DimensionIdSchema = z.enum(DIMENSIONS);
export type DimensionId = z.infer<typeof DimensionIdSchema>;

/** The dimensions a team tags an issue with. */
export const TAGGED_DIMENSIONS = ['touchpoint', 'lifecycle', 'category', 'action', 'channel'] as const;
export type TaggedDimensionId = (typeof TAGGED_DIMENSIONS)[number];

/** Jira's `searchAlias` for each tagged dimension, as the manifest's `jira:entityProperty` declares it. */
export const SEARCH_ALIAS: Record<TaggedDimensionId | 'useCase' | 'phase', string> = {
  touchpoint: 'journeyTouchpoint',
  lifecycle: 'journeyLifecycle',
  category: 'journeyCategory',
  action: 'journeyAction',
  channel: 'journeyChannel',
  phase: 'journeyPhase',
  useCase: 'journeyUseCase',
};

/** The issue entity property that holds an issue's journey tags (declared in manifest.yml). */
export const JOURNEY_PROPERTY_KEY = 'programme-orchestrator-journey';
