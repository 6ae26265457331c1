/** The panel's stored view carries each epic's progress compactly, and views stored before it still read. */
import { ProgrammeSettingsSchema } from '../../../src/contract/programme';
import { calendarDate, type IssueKey, type StreamId } from '../../../src/domain';
import { analyseSource } from '../../../src/services/snapshot/analyse-source';
import type { SourceIssue } from '../../../src/services/snapshot/source';
import { decodeView, StoredViewSchema } from '../../../src/services/snapshot/view-codec';

const settings = ProgrammeSettingsSchema.parse({
  version: 1,
  streams: [{ id: 'crm', name: 'CRM', jql: 'project = CRM', ownerAccountId: null, colour: '#0c66e4' }, { id: 'ema', name: 'E-mail', jql: 'project = EMA', ownerAccountId: null, colour: '#22a06b' }],
  dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
  startDateFieldId: null,
  dueDateFieldId: 'duedate',
  atRiskThresholdDays: 5,
});

let nextId = 10000;
const issue = (key: string, extra: Partial<SourceIssue> = {}): SourceIssue => ({
  id: String(nextId++), key: key as IssueKey, summary: `Summary of ${key}`, streamId: key.split('-')[0]?.toLowerCase() as StreamId, issueType: 'Story', hierarchyLevel: 0,
  parentKey: null, status: 'In Progress', statusCategory: 'indeterminate', startDate: null, dueDate: calendarDate('2026-06-30'), ...extra,
});
const epic = (key: string, extra: Partial<SourceIssue> = {}) => issue(key, { issueType: 'Epic', hierarchyLevel: 1, ...extra });
const under = (parent: string, statusCategory: SourceIssue['statusCategory']) => ({ parentKey: parent as IssueKey, statusCategory });

const source = {
  issues: [
    epic('CRM-1'),
    issue('CRM-2', under('CRM-1', 'done')),
    issue('CRM-3', under('CRM-1', 'new')),
    issue('CRM-4', { ...under('CRM-3', 'done'), issueType: 'Sub-task', hierarchyLevel: -1 }),
    epic('EMA-1', { statusCategory: 'done' }),
    epic('OPS-1', { streamId: null }),
  ],
  links: [{ id: '20001', type: 'Blocks', blocker: 'OPS-1' as IssueKey, blocked: 'CRM-1' as IssueKey }],
};
const today = calendarDate('2026-03-01');

/** As read back from storage: JSON, then the stored schema. */
const stored = (value: unknown) => StoredViewSchema.parse(JSON.parse(JSON.stringify(value)));

it('keeps each stream epic’s issues by status category and puts them on the timeline items', () => {
  const { view } = analyseSource(settings, source, today);
  const epics = decodeView(stored(view)).epics;
  expect(epics.map((item) => [item.key, item.progress])).toEqual([
    ['CRM-1', { todo: 1, inProgress: 0, done: 2 }],
    ['EMA-1', { todo: 0, inProgress: 0, done: 1 }],
  ]);
  // Compact: one row of four numbers per epic, pointing at the epic's node.
  expect(view.progress).toEqual([[0, 1, 0, 2], [1, 0, 0, 1]]);
});

it('reads a view stored before progress was kept: its epics simply carry none', () => {
  const { view } = analyseSource(settings, source, today);
  const { progress: _dropped, ...older } = view;
  const epics = decodeView(stored(older)).epics;
  expect(epics.map((item) => item.key)).toEqual(['CRM-1', 'EMA-1']);
  expect(epics.every((item) => !('progress' in item))).toBe(true);
});

it('refuses a damaged progress row instead of showing made-up figures', () => {
  const { view } = analyseSource(settings, source, today);
  expect(StoredViewSchema.safeParse({ ...view, progress: [[0, -1, 0, 2]] }).success).toBe(false);
  expect(StoredViewSchema.safeParse({ ...view, progress: [[0, 1, 0]] }).success).toBe(false);
});
