/**
 * What the programme page shows after a matrix click, a `?focus=KEY` link, or a typed filter: the list and the
 * timeline show exactly the dependencies the matrix cell counted, and hidden issues are never matched by name.
 */
import { NO_FILTER, filterDependencies, isUnfiltered, matchesPair, type DependencyFilter } from '../../../static/main/src/surfaces/programme/dependency-filter';
import { blocks, dependencyOf, epic, programmeView, story, stream } from './programme-fixture';

const streams = [stream('crm', 'CRM rebuild'), stream('data', 'Data architecture'), stream('mi', 'Marketing intelligence')];
const view = programmeView({
  streams,
  items: [
    epic('DATA-1', { start: '2026-01-01', due: '2026-04-30' }),
    epic('DATA-2', { start: '2026-01-01', due: '2026-02-01' }),
    epic('CRM-1', { start: '2026-03-01', due: '2026-06-30' }),
    epic('CRM-2', { start: '2026-07-01', due: '2026-08-30' }),
    story('CRM-9', 'CRM-2'),
    epic('MI-1', { start: '2026-05-01', due: '2026-06-30' }),
  ],
  links: [blocks('DATA-1', 'CRM-1'), blocks('DATA-2', 'CRM-9'), blocks('CRM-1', 'DATA-2'), blocks('MI-1', 'CRM-2'), blocks('DATA-1', 'MI-1')],
  hiddenProjects: ['MI'],
});
const ids = (filter: Partial<DependencyFilter>) => filterDependencies(view.dependencies, { ...NO_FILTER, ...filter }).map((d) => d.id).sort();

describe('clicking a matrix cell', () => {
  it('keeps the dependencies where the row stream waits on the column stream, not the other direction', () => {
    expect(ids({ pair: { waitingStreamId: 'crm', blockingStreamId: 'data' } })).toEqual(['DATA-1->CRM-1', 'DATA-2->CRM-2']);
    expect(ids({ pair: { waitingStreamId: 'data', blockingStreamId: 'crm' } })).toEqual(['CRM-1->DATA-2']);
  });

  it('keeps exactly as many dependencies as every matrix cell counts, hidden ends included', () => {
    for (const cell of view.matrix) {
      const pair = { waitingStreamId: cell.waitingStreamId, blockingStreamId: cell.blockingStreamId };
      expect([`${pair.waitingStreamId}<-${pair.blockingStreamId}`, view.dependencies.filter((d) => matchesPair(d, pair)).length]).toEqual([`${pair.waitingStreamId}<-${pair.blockingStreamId}`, cell.count]);
    }
    expect(ids({ pair: { waitingStreamId: 'crm', blockingStreamId: 'mi' } })).toEqual(['MI-1->CRM-2']);
  });
});

describe('focusing one issue (?focus=KEY)', () => {
  it('keeps the dependencies the epic is an end of', () => {
    expect(ids({ focusKey: 'CRM-1' })).toEqual(['CRM-1->DATA-2', 'DATA-1->CRM-1']);
  });

  it('finds a story through the Jira link it rolls up from', () => {
    expect(ids({ focusKey: 'CRM-9' })).toEqual(['DATA-2->CRM-2']);
  });

  it('never reveals a hidden issue: focusing its key finds nothing', () => {
    expect(ids({ focusKey: 'MI-1' })).toEqual([]);
  });
});

describe('the filter bar', () => {
  it('filters by status', () => {
    expect(ids({ status: 'conflict' })).toEqual(['CRM-1->DATA-2', 'DATA-1->CRM-1']);
    expect(ids({ status: 'at-risk' })).toEqual(['DATA-1->MI-1', 'MI-1->CRM-2']);
  });

  it('filters by a stream on either end', () => {
    expect(ids({ streamId: 'mi' })).toEqual(['DATA-1->MI-1', 'MI-1->CRM-2']);
  });

  it('searches keys and summaries, ignoring case, but not the summaries of hidden issues', () => {
    expect(ids({ text: 'summary of crm-2' })).toEqual(['DATA-2->CRM-2', 'MI-1->CRM-2']);
    expect(ids({ text: 'mi-1' })).toEqual([]);
  });

  it('combines the parts: a matrix pair and a status', () => {
    expect(ids({ pair: { waitingStreamId: 'crm', blockingStreamId: 'data' }, status: 'ok' })).toEqual(['DATA-2->CRM-2']);
  });

  it('knows when nothing narrows the view', () => {
    expect(isUnfiltered(NO_FILTER)).toBe(true);
    expect(isUnfiltered({ ...NO_FILTER, text: '  ' })).toBe(true);
    expect(isUnfiltered({ ...NO_FILTER, focusKey: 'CRM-1' })).toBe(false);
  });
});

it('shows a hidden end without its key in the fixture the tests rely on', () => {
  expect(dependencyOf(view, 'MI-1->CRM-2').blocker).toEqual({ hidden: true, streamId: 'mi', external: false });
});
