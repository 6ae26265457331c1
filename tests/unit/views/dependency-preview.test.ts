import type { IssueChoice } from '../../../src/contract/issue-search';
import type { TimelineItem } from '../../../src/contract/programme';
import type { CalendarDate } from '../../../src/domain/calendar-date';
import { previewDependency, previewEnd } from '../../../static/main/src/surfaces/programme/dependency-preview';
import { previewText } from '../../../static/main/src/surfaces/programme/dependency-preview-text';
import { issuePickerMessageTables } from '../../../static/main/src/surfaces/programme/issue-picker-messages';
import { projectScopeMessageTables } from '../../../static/main/src/surfaces/programme/project-scope-messages';
import { ownerMessageTables } from '../../../static/main/src/surfaces/settings/owner-messages';

const today = '2026-05-01' as CalendarDate;
const epic = (key: string, startDate: string | null, dueDate: string | null, statusCategory: TimelineItem['statusCategory'] = 'indeterminate'): TimelineItem => ({
  key, summary: key, streamId: (key.split('-')[0]?.toLowerCase() ?? null) as TimelineItem['streamId'], statusCategory, startDate: startDate as CalendarDate | null, dueDate: dueDate as CalendarDate | null,
});
const epics = [epic('EMA-3', '2026-03-01', '2026-06-30'), epic('CRM-5', '2026-06-01', '2026-09-30'), epic('DATA-1', '2026-01-01', '2026-04-30', 'done'), epic('LOY-2', '2026-07-03', '2026-12-01'), epic('PRT-1', null, '2026-12-01')];
const story = (key: string, epicKey: string | null): IssueChoice => ({ key, summary: 'A story', issueType: 'Story', epic: false, epicKey });

it.each([
  ['issue picker and preview', issuePickerMessageTables()],
  ['project scope', projectScopeMessageTables()],
  ['stream owner', ownerMessageTables()],
])('the %s words exist in English and German, none left empty', (_, tables) => {
  expect(Object.keys(tables.de).sort()).toEqual(Object.keys(tables.en).sort());
  for (const language of ['en', 'de'] as const) for (const text of Object.values(tables[language])) expect(text.trim()).not.toBe('');
});

it('says a dependency would conflict, with the overlap, on the dates of the two epics', () => {
  const preview = previewDependency(previewEnd('EMA-3', null, epics), previewEnd('CRM-5', null, epics), today, 5);
  expect(preview).toMatchObject({ kind: 'judged', verdict: { status: 'conflict', overlapDays: 29 } });
  expect(previewText('en', preview)).toBe('EMA-3 (due 30 Jun 2026) blocks CRM-5 (starts 1 Jun 2026): conflict, 29 days overlap');
  expect(previewText('de', preview)).toBe('EMA-3 (fällig 30. Juni 2026) blockiert CRM-5 (Beginn 1. Juni 2026): Konflikt, 29 Tage Überschneidung');
});

it('judges a picked story by the epic it rolls up to, and names that epic', () => {
  const preview = previewDependency(previewEnd('EMA-21', story('EMA-21', 'EMA-3'), epics), previewEnd('LOY-2', null, epics), today, 5);
  expect(preview).toMatchObject({ kind: 'judged', verdict: { status: 'at-risk', slackDays: 3 } });
  expect(previewText('en', preview)).toBe('EMA-21 (epic EMA-3) (due 30 Jun 2026) blocks LOY-2 (starts 3 Jul 2026): at risk, 3 days of slack');
});

it('uses the programme’s at-risk threshold and the singular for one day', () => {
  const preview = previewDependency(previewEnd('EMA-3', null, epics), previewEnd('LOY-2', null, epics), today, 2);
  expect(preview).toMatchObject({ verdict: { status: 'ok', slackDays: 3 } });
  const tight = previewDependency(previewEnd('EMA-3', null, [epics[0] as TimelineItem, epic('LOY-9', '2026-07-01', '2026-08-01')]), previewEnd('LOY-9', null, [epic('LOY-9', '2026-07-01', '2026-08-01')]), today, 5);
  expect(previewText('en', tight)).toMatch(/at risk, 1 day of slack$/);
});

it('says a done blocker leaves nothing to wait for, and missing dates cannot be judged', () => {
  expect(previewText('en', previewDependency(previewEnd('DATA-1', null, epics), previewEnd('CRM-5', null, epics), today, 5))).toMatch(/: no conflict: the blocker is done$/);
  expect(previewText('en', previewDependency(previewEnd('CRM-5', null, epics), previewEnd('PRT-1', null, epics), today, 5))).toBe('CRM-5 (due 30 Sept 2026) blocks PRT-1 (no start date): cannot be judged: dates are missing');
});

it('says the dates are unknown for an issue whose epic the page does not show, and when both share one epic', () => {
  const unknown = previewDependency(previewEnd('OPS-4', null, epics), previewEnd('CRM-99', story('CRM-99', null), epics), today, 5);
  expect(unknown).toEqual({ kind: 'dates-unknown', unknown: ['OPS-4', 'CRM-99'] });
  expect(previewText('en', unknown)).toContain('Dates unknown for OPS-4, CRM-99');
  const same = previewDependency(previewEnd('EMA-21', story('EMA-21', 'EMA-3'), epics), previewEnd('EMA-3', null, epics), today, 5);
  expect(same).toEqual({ kind: 'same-epic', epicKey: 'EMA-3' });
});
