/**
 * The dependency list's order: most urgent first by default (conflicts by overlap, then at risk by slack),
 * sortable by overlap and by keys as people read them; undated and hidden rows never push to the top.
 */
import { DEFAULT_SORT, gapScore, nextSort, sortDependencies } from '../../../static/main/src/surfaces/programme/dependency-sort';
import { blocks, epic, programmeView, stream } from './programme-fixture';

const view = programmeView({
  streams: [stream('crm'), stream('data'), stream('mi')],
  items: [
    epic('DATA-1', { start: '2026-01-01', due: '2026-03-31' }),
    epic('CRM-2', { start: '2026-03-01', due: '2026-05-31' }), // 30 days overlap
    epic('CRM-10', { start: '2026-02-01', due: '2026-05-31' }), // 58 days overlap
    epic('CRM-3', { start: '2026-04-02', due: '2026-05-31' }), // 2 days slack: at risk
    epic('CRM-4', { start: '2026-06-01', due: '2026-06-30' }), // ok
    epic('CRM-5'), // missing dates
    epic('DATA-2', { start: '2025-10-01', due: '2025-12-01', done: true }),
    epic('MI-1', { start: '2026-06-01', due: '2026-06-30' }),
  ],
  links: [blocks('DATA-1', 'CRM-2'), blocks('DATA-1', 'CRM-10'), blocks('DATA-1', 'CRM-3'), blocks('DATA-1', 'CRM-4'), blocks('DATA-1', 'CRM-5'), blocks('DATA-2', 'CRM-4'), blocks('MI-1', 'CRM-5')],
  hiddenProjects: ['MI'],
});
const order = (column: 'status' | 'gap' | 'blocker' | 'blocked', direction: 'ascending' | 'descending' = 'ascending') =>
  sortDependencies(view.dependencies, { column, direction }).map((d) => d.id);

it('puts the worst conflict first, then at risk, missing dates, ok and resolved', () => {
  expect(order(DEFAULT_SORT.column)).toEqual(['DATA-1->CRM-10', 'DATA-1->CRM-2', 'DATA-1->CRM-3', 'DATA-1->CRM-5', 'MI-1->CRM-5', 'DATA-1->CRM-4', 'DATA-2->CRM-4']);
});

it('sorts by overlap worst first, and keeps undated and done dependencies (no gap) last in both directions', () => {
  expect(order('gap')).toEqual(['DATA-1->CRM-10', 'DATA-1->CRM-2', 'DATA-1->CRM-3', 'DATA-1->CRM-4', 'DATA-1->CRM-5', 'DATA-2->CRM-4', 'MI-1->CRM-5']);
  expect(order('gap', 'descending').slice(0, 2)).toEqual(['DATA-1->CRM-4', 'DATA-1->CRM-3']);
  expect(order('gap', 'descending').slice(-3)).toEqual(['DATA-1->CRM-5', 'DATA-2->CRM-4', 'MI-1->CRM-5']);
});

it('sorts keys by project, then number (CRM-2 before CRM-10), hidden issues last', () => {
  expect(order('blocked')).toEqual(['DATA-1->CRM-2', 'DATA-1->CRM-3', 'DATA-1->CRM-4', 'DATA-2->CRM-4', 'DATA-1->CRM-5', 'MI-1->CRM-5', 'DATA-1->CRM-10']);
  expect(order('blocker').slice(-1)).toEqual(['MI-1->CRM-5']);
  expect(order('blocker', 'descending')[0]).toBe('MI-1->CRM-5');
});

it('scores overlap as positive trouble and slack as negative', () => {
  const byId = new Map(view.dependencies.map((d) => [d.id, gapScore(d)]));
  expect([byId.get('DATA-1->CRM-10'), byId.get('DATA-1->CRM-3'), byId.get('DATA-1->CRM-5')]).toEqual([58, -2, null]);
});

it('flips the direction when the same column is clicked again, and starts a new column ascending', () => {
  expect(nextSort({ column: 'gap', direction: 'ascending' }, 'gap')).toEqual({ column: 'gap', direction: 'descending' });
  expect(nextSort({ column: 'gap', direction: 'descending' }, 'blocker')).toEqual({ column: 'blocker', direction: 'ascending' });
});
