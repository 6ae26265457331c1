/** The snapshot's source in parts: what is read back is what was stored, but for summaries nobody is shown. */
import { calendarDate, type DependencyLink, type IssueKey, type StreamId } from '../../../src/domain';
import { decodeSourceParts, encodeSourceParts, LINKS_PART } from '../../../src/services/snapshot/source-parts';
import type { SourceIssue } from '../../../src/services/snapshot/source';

const issue = (key: string, extra: Partial<SourceIssue> = {}): SourceIssue => ({
  id: String(10000 + Number(key.split('-')[1])), key: key as IssueKey, summary: `Summary of ${key}`, streamId: 'crm' as StreamId, issueType: 'Story', hierarchyLevel: 0,
  parentKey: null, status: 'In Progress', statusCategory: 'indeterminate', startDate: calendarDate('2026-02-01'), dueDate: null, ...extra,
});
const link = (id: string, blocker: string, blocked: string): DependencyLink => ({ id, type: 'Blocks', blocker: blocker as IssueKey, blocked: blocked as IssueKey });

const source = {
  issues: [
    issue('CRM-1', { issueType: 'Epic', hierarchyLevel: 1 }),
    issue('CRM-2', { parentKey: 'CRM-1' as IssueKey, tags: ['touchpoint:website'] }),
    issue('OPS-7', { streamId: null, issueType: 'Task', statusCategory: 'done' }),
  ],
  links: [link('20001', 'OPS-7', 'CRM-2'), link('20001', 'OPS-7', 'CRM-2')],
};

it('stores one part per project and one for the links, each link once', () => {
  const parts = encodeSourceParts(source);
  expect([...parts.keys()]).toEqual(['CRM', 'OPS', LINKS_PART]);
  expect(JSON.parse(parts.get(LINKS_PART) ?? '{}').links).toHaveLength(1);
});

it('reads back every issue and link, without the summary of a lower issue under a parent', () => {
  const parts = new Map([...encodeSourceParts(source)].map(([name, text]) => [name, JSON.parse(text) as unknown]));
  const back = decodeSourceParts(parts);
  expect(back.links).toEqual([link('20001', 'OPS-7', 'CRM-2')]);
  expect(back.issues).toEqual([source.issues[0], { ...source.issues[1], summary: '' }, source.issues[2]]);
});

it('gives equal text for equal content whatever the order, so unchanged parts are not written again', () => {
  const shuffled = { issues: [...source.issues].reverse(), links: [...source.links].reverse() };
  expect(encodeSourceParts(shuffled)).toEqual(encodeSourceParts(source));
});
