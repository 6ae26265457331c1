import type { DependencyStatus } from '../../../../../src/domain/dependencies/types';

/** Arrow colours by status: conflicts red, at risk amber, the rest neutral (resolved ones are also faded). */
export const ARROW_COLOURS: Record<DependencyStatus, string> = {
  conflict: 'var(--ds-border-danger, #e2483d)',
  'at-risk': 'var(--ds-border-warning, #e06c00)',
  'missing-dates': 'var(--ds-border-bold, #7d818a)',
  ok: 'var(--ds-border-bold, #7d818a)',
  resolved: 'var(--ds-border, #b7b9be)',
};

/** The colour that marks cycles and the critical path when highlighting is on. */
export const HIGHLIGHT = 'var(--ds-border-discovery, #8270db)';
export const FOCUS = 'var(--ds-border-focused, #388bff)';
