/**
 * A round table as the pages see it: a German series meeting on the last Thursday, two meetings (the first with agenda
 * and minutes published, the second with only its agenda), decisions in every state, and submissions they answer.
 */
import type { RoundTableDecisionFacts, RoundTableModel } from '../../../../src/confluence/round-table-model';
import type { AgendaItem } from '../../../../src/domain/round-table/agenda-types';
import type { Language } from '../../../../src/confluence/words';

export const SITE = 'https://example.atlassian.net';

export const item = (id: string, title: string, rest: Partial<AgendaItem> = {}): AgendaItem => ({
  id, source: 'live', topic: null, title, detail: '', issueKeys: [], submissionId: null, decisionId: null, note: '', ...rest,
});

export const decision = (id: string, rest: Partial<RoundTableDecisionFacts> = {}): RoundTableDecisionFacts => ({
  id, meetingId: 'm-20261126', agendaItemId: 'conflict:EMA-3>DATA-4', text: `Decision ${id}`, ownerAccountId: 'acc-katrin', dueDate: '2026-12-15',
  supersedes: null, supersededBy: null, followUpKey: null, followUp: null, state: 'open', submissionIds: [], ...rest,
});

export interface FixtureText {
  name?: string;
  itemTitle?: string;
  note?: string;
  decisionText?: string;
  submissionTitle?: string;
  sectionLabel?: string;
}

export function roundTableModel(language: Language, text: FixtureText = {}): RoundTableModel {
  return {
    language,
    siteUrl: SITE,
    today: '2026-12-20',
    series: {
      id: 'rt-main01',
      name: text.name ?? '360 Round Table',
      cadence: { kind: 'nth-weekday', week: 'last', weekday: 4, time: '14:00', timeZone: 'Europe/Berlin' },
      memberAccountIds: ['acc-katrin', 'acc-aylin'],
      sections: [
        { id: 'measures', label: language === 'de' ? 'Aktuelle und geplante Maßnahmen' : 'Current and planned measures', retired: false },
        { id: 'business-decisions', label: text.sectionLabel ?? (language === 'de' ? 'Geschäftsentscheidungen' : 'Business decisions'), retired: false },
        { id: 'old-stuff', label: 'Old stuff', retired: true },
      ],
    },
    upcoming: [
      { startsAt: '2026-12-31T13:00:00.000Z', localDate: '2026-12-31', localTime: '14:00', movedToLastDay: false },
      { startsAt: '2027-01-28T13:00:00.000Z', localDate: '2027-01-28', localTime: '14:00', movedToLastDay: false },
    ],
    meetings: [
      {
        meetingId: 'm-20261126', localDate: '2026-11-26', localTime: '14:00', agendaPublished: true, minutesPublished: true,
        sections: [
          { sectionId: 'measures', items: [item('epic-in-progress:EMA-3', 'EMA-3 Newsletter relaunch in progress', { topic: 'epic-in-progress', issueKeys: ['EMA-3'] })] },
          {
            sectionId: 'business-decisions',
            items: [
              item('conflict:EMA-3>DATA-4', text.itemTitle ?? 'EMA-3 starts before DATA-4 is due', { topic: 'conflict', issueKeys: ['EMA-3', 'DATA-4'], note: text.note ?? 'Agreed to move EMA-3.\nDATA-4 stays.' }),
              item('sub:s-concern1', 'Checkout loses the basket', { source: 'submission', submissionId: 's-concern1' }),
              item('manual-1', 'Budget for Q1', { source: 'manual', detail: 'Ask the sponsors' }),
            ],
          },
          { sectionId: 'old-stuff', items: [] },
        ],
      },
      {
        meetingId: 'm-20261231', localDate: '2026-12-31', localTime: '14:00', agendaPublished: true, minutesPublished: false,
        sections: [{ sectionId: 'business-decisions', items: [item('decision-due:d-open01', 'Decision due: move EMA-3', { topic: 'decision-due' })] }],
      },
    ],
    decisions: [
      decision('d-over01', { state: 'overdue', dueDate: '2026-12-01', text: text.decisionText ?? 'Move EMA-3 by four weeks', followUpKey: 'EMA-9', followUp: { key: 'EMA-9', summary: 'Replan EMA-3', status: 'In Progress', statusCategory: 'indeterminate' }, submissionIds: ['s-concern1'] }),
      decision('d-open01', { supersedes: 'd-supr01', agendaItemId: 'sub:s-concern1', submissionIds: ['s-concern1'] }),
      decision('d-done01', { state: 'done', agendaItemId: 'manual-1', ownerAccountId: null, dueDate: null, followUpKey: 'MI-2', followUp: { key: 'MI-2', summary: 'Budget', status: 'Done', statusCategory: 'done' } }),
      decision('d-supr01', { state: 'superseded', supersededBy: 'd-open01', agendaItemId: 'gone-item', followUpKey: 'DATA-7' }),
    ],
    submissions: new Map([['s-concern1', { id: 's-concern1', title: text.submissionTitle ?? 'Checkout loses the basket', kind: 'concern' as const, submittedBy: 'acc-lena' }]]),
  };
}
