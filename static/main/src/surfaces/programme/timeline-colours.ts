import type { DependencyStatus } from '../../../../../src/domain/dependencies/types';

/** Arrow colours by status: conflicts red, at risk amber, the rest neutral (resolved ones are also faded). */
export const ARROW_COLOURS: Record<DependencyStatus, string> = {
  conflict: 'var(--ds-border-danger, #e2483d)',
  'at-risk': 'var(--ds-border-warning, #e06c00)',
  'missing-dates': 'var(--ds-border-bold, #7d818a)',
  ok: 'var(--ds-border-bold, #7d818a)',
  resolved: 'var(--ds-border, #b7b9be)',
};

/**
 * Dash patterns by status, so a colour-blind reader tells a conflict (solid, thick) from an arrow at risk
 * (dashed) without the colours; resolved ones are finely dashed and faded.
 */
export const ARROW_DASHES: Record<DependencyStatus, string | undefined> = {
  conflict: undefined,
  'at-risk': '7 4',
  'missing-dates': '2 3',
  ok: undefined,
  resolved: '4 3',
};

/**
 * Cycles and the critical path are marked by a wide halo behind arrows and an outline around bars, each in its own
 * colour and pattern: a cycle dotted purple, the critical path long-dashed teal.
 */
export const MARKS = {
  cycle: { colour: 'var(--ds-border-discovery, #af59e1)', dash: '1 5' },
  critical: { colour: 'var(--ds-border-accent-teal, #2898bd)', dash: '12 4' },
} as const;
export type Mark = keyof typeof MARKS;

export const FOCUS = 'var(--ds-border-focused, #388bff)';
export const TODAY_COLOUR = 'var(--ds-border-brand, #0c66e4)';
/** The done share of a bar. */
export const PROGRESS_COLOUR = 'var(--ds-background-accent-green-bolder, #1f845a)';
/** What-if ghosts: an outline at the dates the epic would need, never a filled bar that reads as planned. */
export const GHOST = { colour: 'var(--ds-text-subtle, #44546f)', dash: '5 3' } as const;
/** The surface behind labels drawn over arrows, so they stay readable in light and dark mode. */
export const SURFACE = 'var(--ds-surface, #ffffff)';
