import type { CoverageView } from '../../../../../src/contract/programme';
import type { JourneyFilter } from '../../../../../src/domain/journey-filter';
import type { Term } from '../../../../../src/domain/taxonomy/taxonomy';
import type { Language } from '../../i18n/messages';

/** Jira's issue search for a JQL on the site the app runs on (`/issues/?jql=…`). */
export function jqlUrl(siteUrl: string, jql: string): string {
  return `${siteUrl.replace(/\/$/, '')}/issues/?jql=${encodeURIComponent(jql)}`;
}

/** Whole percent, rounded down so "100 %" only ever means everything is done. */
export function percentDone(shareDone: number | null): number {
  return shareDone === null ? 0 : Math.floor(shareDone * 100);
}

/**
 * The heatmap's five steps from "nothing done" to "all done" (design-token greens with their fallbacks), each with
 * a text colour that keeps the count readable on it.
 */
export const HEAT_STEPS: ReadonlyArray<{ background: string; color: string }> = [
  { background: 'var(--ds-background-accent-green-subtlest, #dcfff1)', color: 'var(--ds-text, #172b4d)' },
  { background: 'var(--ds-background-accent-green-subtler, #baf3db)', color: 'var(--ds-text, #172b4d)' },
  { background: 'var(--ds-background-accent-green-subtle, #4bce97)', color: 'var(--ds-text-accent-green-bolder, #164b35)' },
  { background: 'var(--ds-background-accent-green-bolder, #1f845a)', color: 'var(--ds-text-inverse, #ffffff)' },
  { background: 'var(--ds-background-accent-green-bolder-pressed, #164b35)', color: 'var(--ds-text-inverse, #ffffff)' },
];

/** The step of a cell: null for a cell without issues (drawn plain). */
export function heatStep(count: number, shareDone: number | null): number | null {
  if (count === 0 || shareDone === null) return null;
  return Math.min(HEAT_STEPS.length - 1, Math.floor(shareDone * HEAT_STEPS.length));
}

/** A term's label in the user's language. */
export function termName(language: Language, term: Term): string {
  return term.labels[language];
}

/**
 * The report narrowed to the journey terms the filter bar chose: only the chosen touchpoints as columns, the chosen
 * lifecycle stages as rows, the chosen use cases among those without work. An empty choice keeps everything.
 */
export function narrowCoverage(view: CoverageView, journey: JourneyFilter): CoverageView {
  const keep = (chosen: readonly string[], id: string) => chosen.length === 0 || chosen.includes(id);
  const columns = view.touchpoints.map((term) => keep(journey.touchpoint, term.id));
  const byColumn = <T>(cells: readonly T[]) => cells.filter((_, index) => columns[index] === true);
  const rows = view.lifecycleMatrix.map((row, index) => ({ row, term: view.lifecycles[index] })).filter(({ row }) => keep(journey.lifecycle, row.lifecycleId));
  return {
    ...view,
    touchpoints: byColumn(view.touchpoints),
    heatmap: view.heatmap.map((row) => ({ ...row, cells: byColumn(row.cells) })),
    lifecycles: rows.flatMap(({ term }) => (term ? [term] : [])),
    lifecycleMatrix: rows.map(({ row }) => ({ ...row, cells: byColumn(row.cells) })),
    useCasesWithoutWork: view.useCasesWithoutWork.filter((useCase) => keep(journey.useCase, useCase.id)),
  };
}
