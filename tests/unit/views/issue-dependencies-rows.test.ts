import type { DependencyView, EndView, IssueDependenciesView } from '../../../src/contract/programme';
import { calendarDate } from '../../../src/domain/calendar-date';
import type { DependencyStatus } from '../../../src/domain/dependencies/types';
import { StreamSchema } from '../../../src/domain/programme';
import { dependencyText } from '../../../static/main/src/surfaces/issue-dependencies/dependency-messages';
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
const view = (over: Partial<IssueDependenciesView>): IssueDependenciesView => ({ issueKey: 'EMA-3', epicKey: 'EMA-3', epicHidden: false, asOf: '2026-02-01T08:00:00Z', state: 'ready', waitsOn: [], waitedOnBy: [], streams, ...over });

it('groups by direction and shows the other end with its stream: blockers under "Waits on", waiting epics under "Waited on by"', () => {
  const groups = dependencyGroups(view({ waitsOn: [dependency(end('DATA-2', 'data'), epic, 'conflict', { overlapDays: 74 })], waitedOnBy: [dependency(epic, end('LOY-4', 'loy'), 'ok', { slackDays: 12 })] }));
  expect(groups.waitsOn.map((r) => [r.other.hidden ? null : r.other.key, r.stream?.name])).toEqual([['DATA-2', 'Data architecture']]);
  expect(groups.waitedOnBy.map((r) => [r.other.hidden ? null : r.other.key, r.stream?.name])).toEqual([['LOY-4', 'Loyalty']]);
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
  expect(groups.waitsOn.map((r) => (r.other.hidden ? 'hidden' : r.other.key))).toEqual(['DATA-2', 'LOY-2', 'hidden', 'DATA-10', 'DATA-3', 'DATA-4', 'DATA-9']);
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
  expect(words({ ...base, status: 'resolved' })).toBe('Resolved');
  expect(words({ ...base, status: 'ok', slackDays: 12 })).toBe('OK: 12 days slack');
});
