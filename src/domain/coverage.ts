import type { Stream, WorkItem } from './programme';
import { andJql, scopeJql, termClause, untaggedEpicsClause, useCaseClause } from './journey-coverage/jql';
import { tallyCoverage, type CoverageTally } from './journey-coverage/tally';
import type { Taxonomy, Term } from './taxonomy/taxonomy';
import type { DimensionId } from './taxonomy/dimensions';
import type { UseCase } from './use-case';

export { COVERAGE_DIMENSIONS, resolveInheritedTags, type CoverageDimension, type InheritedTags } from './journey-coverage/inherited-tags';
export { emptyTally, mergeTallies, tallyCoverage, type CellTally, type CoverageTally, type PairTally, type TallyGrid } from './journey-coverage/tally';
export { jqlString, scopeJql, termClause } from './journey-coverage/jql';

/**
 * Journey coverage (issue #5): which parts of the customer journey the programme's work serves. Counts use each
 * issue's effective terms per dimension (its own, else its parent's: inherited-tags.ts); every cell carries the
 * JQL that finds its issues in Jira's issue search.
 */

export interface HeatmapCell {
  touchpointId: string;
  count: number;
  done: number;
  /** done ÷ count, or null for an empty cell. */
  shareDone: number | null;
  jql: string;
}

export interface MatrixCellCount {
  touchpointId: string;
  count: number;
  jql: string;
}

export interface CoverageReport {
  /** The heatmap's and the matrix's columns: active touchpoints in taxonomy order, plus retired or unknown ones still counted. */
  touchpoints: Term[];
  /** The matrix's rows, chosen the same way. */
  lifecycles: Term[];
  /** One row per stream, in stream order; one cell per column. */
  heatmap: Array<{ streamId: string; cells: HeatmapCell[] }>;
  lifecycleMatrix: Array<{ lifecycleId: string; cells: MatrixCellCount[] }>;
  /** Active use cases no counted issue is tagged with, in catalogue order. */
  useCasesWithoutWork: Array<{ id: string; title: string; lifecycleStage: string; jql: string }>;
  /** Per stream (stream order, only streams that have some): epics without a single tag of their own. */
  untaggedEpics: Array<{ streamId: string; jql: string; epics: Array<{ key: string; summary: string }> }>;
}

export interface CoverageInput {
  /** The streams shown (rows), in order; their filters scope every JQL. */
  streams: readonly Stream[];
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  /** Whether an issue key may appear in a JQL shown to this user (keys of hidden projects may not). */
  nameable?: (key: string) => boolean;
}

/** Terms to show: active ones in the admin's order, then retired or unknown ones that still count somewhere. */
function columns(taxonomy: Taxonomy, dimension: DimensionId, used: ReadonlySet<string>): Term[] {
  const terms = taxonomy.dimensions[dimension];
  const shown = terms.filter((term) => !term.retired || used.has(term.id));
  const known = new Set(terms.map((term) => term.id as string));
  const unknown = [...used].filter((id) => !known.has(id)).sort().map((id) => ({ id, labels: { en: id, de: id }, retired: true }) as Term);
  return [...shown, ...unknown];
}

/** Turns a tally into the ordered views with labels and JQL. Deterministic: taxonomy order, stream order. */
export function coverageReport(tally: CoverageTally, input: CoverageInput): CoverageReport {
  const nameable = input.nameable ?? (() => true);
  const visible = (keys: readonly string[]) => keys.filter(nameable);
  const streamIds = new Set(input.streams.map((stream) => stream.id as string));
  const usedTouchpoints = new Set<string>();
  for (const [streamId, row] of tally.streamTouchpoint) if (streamIds.has(streamId)) for (const id of row.keys()) usedTouchpoints.add(id);
  const usedLifecycles = new Set([...tally.lifecycleTouchpoint].filter(([, row]) => row.size > 0).map(([id]) => id));
  const touchpoints = columns(input.taxonomy, 'touchpoint', usedTouchpoints);
  const lifecycles = columns(input.taxonomy, 'lifecycle', usedLifecycles);
  const scope = scopeJql(input.streams.map((stream) => stream.jql));

  const heatmap = input.streams.map((stream) => {
    const row = tally.streamTouchpoint.get(stream.id);
    const streamScope = scopeJql([stream.jql]);
    return {
      streamId: stream.id as string,
      cells: touchpoints.map((term): HeatmapCell => {
        const cell = row?.get(term.id);
        const count = cell?.count ?? 0;
        const done = cell?.done ?? 0;
        return { touchpointId: term.id, count, done, shareDone: count === 0 ? null : done / count, jql: andJql(streamScope, termClause('touchpoint', term.id, visible(cell?.parents ?? []))) };
      }),
    };
  });

  const lifecycleMatrix = lifecycles.map((stage) => ({
    lifecycleId: stage.id as string,
    cells: touchpoints.map((term): MatrixCellCount => {
      const cell = tally.lifecycleTouchpoint.get(stage.id)?.get(term.id);
      const parents = cell?.parents ?? { touchpoint: [], lifecycle: [] };
      return {
        touchpointId: term.id,
        count: cell?.count ?? 0,
        jql: andJql(scope, termClause('lifecycle', stage.id, visible(parents.lifecycle)), termClause('touchpoint', term.id, visible(parents.touchpoint))),
      };
    }),
  }));

  const used = new Set(tally.useCases);
  const useCasesWithoutWork = input.useCases
    .filter((useCase) => !useCase.retired && !used.has(useCase.id))
    .map((useCase) => ({ id: useCase.id as string, title: useCase.title, lifecycleStage: useCase.lifecycleStage as string, jql: andJql(scope, useCaseClause(useCase.id)) }));

  const untaggedEpics = input.streams.flatMap((stream) => {
    const epics = tally.untaggedEpics.filter((epic) => epic.streamId === stream.id).map(({ key, summary }) => ({ key, summary }));
    return epics.length === 0 ? [] : [{ streamId: stream.id as string, jql: andJql(scopeJql([stream.jql]), untaggedEpicsClause(tally.epicTypes)), epics }];
  });

  return { touchpoints, lifecycles, heatmap, lifecycleMatrix, useCasesWithoutWork, untaggedEpics };
}

/** The coverage of a set of work items (own tags, per-dimension inheritance from parents), in one call. */
export function computeCoverage(items: readonly WorkItem[], input: CoverageInput): CoverageReport {
  return coverageReport(tallyCoverage(items), input);
}

