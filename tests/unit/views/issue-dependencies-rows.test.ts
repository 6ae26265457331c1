import type { DependencyView, EndView, IssueDependenciesView } from '../../../src/contract/programme';
import { calendarDate } from '../../../src/domain/calendar-date';
import type { DependencyStatus } from '../../../src/domain/dependencies/types';
import { StreamSchema } from '../../../src/domain/programme';
import { countWords, dependencyText } from '../../../static/main/src/surfaces/issue-dependencies/dependency-messages';
import { dependencyGroups, statusText } from '../../../static/main/src/surfaces/issue-dependencies/dependency-rows';

const streams = [
  StreamSchema.parse({ id: 'ema', name: 'E-mail marketing', jql: 'project = EMA', colour: '#0c66e4' }),
  StreamSchema.parse({ id: 'data', name: 'Data architecture', jql: 'project = DATA', colour: '#1f845a' }),
  StreamSchema.parse({ id: 'loy', name: 'Loyalty', jql: 'project = LOY', colour: '#c9372c' }),
];

const end = (key: string, streamId: string | null): EndView => ({
  hidden: false,
  key: key as never,
  summary: `Summary of ${key}`,
  streamId: streamId as never,
  external: streamId === null,
  statusCategory: 'indeterminate',
  startDate: calendarDate('2026-03-01'),
  dueDate: calendarDate('2026-06-30'),
});

function dependency(blocker: EndView, blocked: EndView, status: DependencyStatus, extra: Partial<DependencyView> = {}): DependencyView {
  const id = `${blocker.hidden ? 'hidden' : blocker.key}>${blocked.hidden ? 'hidden' : blocked.key}`;
  return { id, blocker, blocked, crossStream: true, status, slackDays: null, overlapDays: null, blockerOverdue: false, inCycle: false, onCriticalPath: false, evidence: [], hiddenEvidence: 0, ...extra };
}

const epic = end('EMA-3', 'ema');
const view = (over: Partial<IssueDependenciesView>): IssueDependenciesView => ({ issueKey: 'EMA-3', epicKey: 'EMA-3', epicHidden: false, epicStreamId: 'ema' as never, asOf: '2026-02-01T08:00:00Z', state: 'ready', waitsOn: [], waitedOnBy: [], streams, ...over });

it('groups by direction and shows the other end with its stream: blockers under "Waits on", waiting epics under "Waited on by"', () => {
  const groups = dependencyGroups(view({ waitsOn: [dependency(end('DATA-2', 'data'), epic, 'conflict', { overlapDays: 74 })], waitedOnBy: [dependency(epic, end('LOY-4', 'loy'), 'ok', { slackDays: 12 })] }));
  expect(groups.across.waitsOn.map((r) => [r.other.hidden ? null : r.other.key, r.stream?.name])).toEqual([['DATA-2', 'Data architecture']]);
  expect(groups.across.waitedOnBy.map((r) => [r.other.hidden ? null : r.other.key, r.stream?.name])).toEqual([['LOY-4', 'Loyalty']]);
  expect(groups.within).toMatchObject({ count: 0, waitsOn: [], waitedOnBy: [], stream: { name: 'E-mail marketing' } });
  expect(groups.viaEpic).toBeNull();
  expect(groups.any).toBe(true);
});

it('puts the worst first: conflicts by overlap, then at risk, missing dates, ok, resolved; hidden ends after visible ones', () => {
  const hidden: EndView = { hidden: true, streamId: 'data' as never, external: false };
  const groups = dependencyGroups(
    view({
      waitsOn: [
        dependency(end('DATA-9', 'data'), epic, 'resolved'),
        dependency(end('DATA-4', 'data'), epic, 'ok', { slackDays: 30 }),
        dependency(hidden, epic, 'conflict', { overlapDays: 10 }),
        dependency(end('LOY-2', 'loy'), epic, 'conflict', { overlapDays: 10 }),
        dependency(end('DATA-10', 'data'), epic, 'at-risk', { slackDays: 2 }),
        dependency(end('DATA-2', 'data'), epic, 'conflict', { overlapDays: 74 }),
        dependency(end('DATA-3', 'data'), epic, 'missing-dates'),
      ],
    }),
  );
  expect(groups.across.waitsOn.map((r) => (r.other.hidden ? 'hidden' : r.other.key))).toEqual(['DATA-2', 'LOY-2', 'hidden', 'DATA-10', 'DATA-3', 'DATA-4', 'DATA-9']);
});

it('says "via epic" when the open issue rolls up to an epic, and has nothing to list without dependencies', () => {
  const groups = dependencyGroups(view({ issueKey: 'EMA-31', epicKey: 'EMA-3' }));
  expect(groups.viaEpic).toBe('EMA-3');
  expect(groups.any).toBe(false);
});

it('words each status as the lozenge shows it, in English and German', () => {
  const words = (d: Parameters<typeof statusText>[0], language: 'en' | 'de' = 'en') => {
    const text = statusText(d);
    return dependencyText(language, text.key, text.params);
  };
  const base = { overlapDays: null, slackDays: null, blockerOverdue: false };
  expect(words({ ...base, status: 'conflict', overlapDays: 74 })).toBe('Conflict: 74 days overlap');
  expect(words({ ...base, status: 'conflict', overlapDays: 74 }, 'de')).toBe('Konflikt: 74 Tage Überschneidung');
  expect(words({ ...base, status: 'at-risk', slackDays: 4 })).toBe('At risk: 4 days slack');
  expect(words({ ...base, status: 'at-risk', slackDays: 139, blockerOverdue: true })).toBe('At risk: blocker overdue');
  expect(words({ ...base, status: 'missing-dates' })).toBe('Missing dates');
  expect(words({ ...base, status: 'resolved' })).toBe('Done');
  expect(words({ ...base, status: 'ok', slackDays: 12 })).toBe('OK: 12 days slack');
});

it('keeps same-stream dependencies apart from those across streams, under the epic’s stream, worst first', () => {
  const hiddenSameStream: EndView = { hidden: true, streamId: 'ema' as never, external: false };
  const groups = dependencyGroups(
    view({
      waitsOn: [
        dependency(end('DATA-2', 'data'), epic, 'conflict', { overlapDays: 74 }),
        dependency(end('EMA-2', 'ema'), epic, 'ok', { crossStream: false, slackDays: 9 }),
        dependency(end('EMA-1', 'ema'), epic, 'conflict', { crossStream: false, overlapDays: 238 }),
        dependency(end('OPS-1', null), epic, 'ok', { crossStream: false, slackDays: 3 }),
      ],
      waitedOnBy: [dependency(epic, hiddenSameStream, 'at-risk', { crossStream: false })],
    }),
  );
  expect(groups.across.waitsOn.map((r) => (r.other.hidden ? 'hidden' : r.other.key))).toEqual(['DATA-2', 'OPS-1']);
  expect(groups.within.waitsOn.map((r) => (r.other.hidden ? 'hidden' : r.other.key))).toEqual(['EMA-1', 'EMA-2']);
  expect(groups.within.waitedOnBy.map((r) => [r.other.hidden, dependencyText('en', r.statusText.key, r.statusText.params)])).toEqual([[true, 'At risk: dates not shown']]);
  expect([groups.across.count, groups.within.count, groups.within.stream?.name]).toEqual([2, 3, 'E-mail marketing']);
  expect(dependencyGroups(view({ epicStreamId: null })).within.stream).toBeNull();
});

it('gives the at-risk reason and reads a done dependency as done, never as slack', () => {
  const words = (d: Parameters<typeof statusText>[0], language: 'en' | 'de' = 'en') => {
    const text = statusText(d);
    return dependencyText(language, text.key, text.params);
  };
  const base = { overlapDays: null, slackDays: null, blockerOverdue: false };
  expect(words({ ...base, status: 'at-risk', slackDays: 2 })).toBe('At risk: 2 days slack');
  expect(words({ ...base, status: 'at-risk', slackDays: 1 })).toBe('At risk: 1 day slack');
  expect(words({ ...base, status: 'at-risk', slackDays: 1 }, 'de')).toBe('Gefährdet: 1 Tag Puffer');
  expect(words({ ...base, status: 'at-risk', slackDays: 2 }, 'de')).toBe('Gefährdet: 2 Tage Puffer');
  expect(words({ ...base, status: 'at-risk', slackDays: 5, blockerOverdue: true }, 'de')).toBe('Gefährdet: Blockierer überfällig');
  // A hidden blocked end: the blocker's own overdue state stays, the slack (from the hidden start) is withheld.
  expect(words({ ...base, status: 'at-risk' })).toBe('At risk: dates not shown');
  expect(words({ ...base, status: 'conflict', overlapDays: 1 })).toBe('Conflict: 1 day overlap');
  expect(words({ ...base, status: 'resolved', slackDays: -12 })).toBe('Done');
  expect(words({ ...base, status: 'resolved', slackDays: -12 }, 'de')).toBe('Erledigt');
});

it('counts in the language’s plural forms and digits', () => {
  expect([0, 1, 2].map((n) => countWords('en', 'days', n))).toEqual(['0 days', '1 day', '2 days']);
  expect([0, 1, 2, 1000].map((n) => countWords('de', 'days', n))).toEqual(['0 Tage', '1 Tag', '2 Tage', '1.000 Tage']);
  expect([countWords('en', 'links', 1), countWords('de', 'links', 3)]).toEqual(['1 link', '3 Verknüpfungen']);
  expect(dependencyText('en', 'dependency.links', { links: 2 })).toBe('2 links');
});
