import { calendarDate, DEFAULT_SECTIONS, type Agenda, type AgendaDependency, type AgendaEpic, type AgendaInput, type BaselineDiff, type StatusCategory } from '../../../../src/domain';

const epic = (key: string, streamId: string, statusCategory: StatusCategory, start: string | null, due: string | null): AgendaEpic => ({
  key, summary: `Summary of ${key}`, streamId, statusCategory, start: start === null ? null : calendarDate(start), due: due === null ? null : calendarDate(due),
});

/** The demo programme on the round table of 28 May 2026; the next one is on 25 June. */
export const EPICS: AgendaEpic[] = [
  epic('EMA-1', 'ema', 'indeterminate', '2026-04-01', '2026-06-30'),
  epic('EMA-3', 'ema', 'indeterminate', '2026-04-15', '2026-06-10'),
  epic('DATA-4', 'data', 'new', '2026-06-01', '2026-07-31'), // starts before the next meeting
  epic('DATA-5', 'data', 'new', '2026-07-15', '2026-09-30'), // starts after it
  epic('CRM-2', 'crm', 'new', '2026-05-01', '2026-06-20'), // its start has passed
  epic('CRM-1', 'crm', 'done', '2026-01-01', '2026-05-15'),
  epic('APP-1', 'app', 'new', null, null),
];

const dep = (blocker: string, blocked: string, status: AgendaDependency['status'], crossStream: boolean, overlapDays: number | null = null): AgendaDependency => ({ blocker, blocked, status, crossStream, overlapDays });

export const DEPENDENCIES: AgendaDependency[] = [
  dep('EMA-3', 'DATA-4', 'conflict', true, 10), // a conflict between streams whose blocker also slipped
  dep('EMA-1', 'EMA-3', 'conflict', false, 3), // within one stream: not for the round table
  dep('DATA-4', 'CRM-2', 'ok', true), // its blocker slipped: the CRM stream should hear of it
  dep('APP-1', 'EMA-1', 'missing-dates', true),
];

export const DIFF: BaselineDiff = {
  since: '2026-04-30T12:00:00.000Z',
  slipped: [{ key: 'DATA-4', from: '2026-07-01', to: '2026-07-31', days: 30 }, { key: 'EMA-3', from: '2026-05-27', to: '2026-06-10', days: 14 }],
  pulledIn: [],
  completed: ['CRM-1'],
  newConflicts: [{ blocker: 'EMA-3', blocked: 'DATA-4' }],
  resolvedConflicts: [],
  added: [{ blocker: 'APP-1', blocked: 'EMA-1' }],
  removed: [{ blocker: 'CRM-1', blocked: 'EMA-1' }],
  healthChanged: [],
};

const decision = (id: string, dueDate: string | null, state: 'open' | 'overdue' | 'done' | 'superseded') => ({
  decision: { id, text: `Decision ${id}`, dueDate: dueDate === null ? null : calendarDate(dueDate), followUpKey: id === 'd-late01' ? ('EMA-9' as never) : null },
  state,
});

export function agendaInput(overrides: Partial<AgendaInput> = {}): AgendaInput {
  return {
    sections: DEFAULT_SECTIONS,
    language: 'en',
    meetingDate: calendarDate('2026-05-28'),
    nextMeetingDate: calendarDate('2026-06-25'),
    epics: EPICS,
    dependencies: DEPENDENCIES,
    cycles: [{ members: ['DATA-5', 'CRM-2'] }, { members: ['EMA-1', 'EMA-3'] }],
    figures: {
      shareDone: 0.42, epics: 7, epicsDone: 1,
      streams: [{ streamId: 'ema', name: 'E-Mail', health: 'off-track', shareDone: 0.5 }, { streamId: 'app', name: 'App', health: 'unknown', shareDone: null }],
    },
    diff: DIFF,
    submissions: [
      { id: 's-need01', kind: 'customer-need', title: 'Customers want one login', text: 'From the call centre', sectionId: 'customer-needs', issueKeys: [] },
      { id: 's-req001', kind: 'decision-request', title: 'Decide the CDP vendor', text: 'Two offers', sectionId: 'business-decisions', issueKeys: ['DATA-4' as never] },
      { id: 's-idea01', kind: 'idea', title: 'Birthday campaign', text: 'A voucher', sectionId: 'ideas', issueKeys: [] },
      { id: 's-comp01', kind: 'competitor-example', title: 'Their app onboarding', text: 'Three screens', sectionId: null, issueKeys: [] },
      { id: 's-view01', kind: 'view', title: 'A view', text: 'Scheduled to a section that no longer exists', sectionId: 'gone', issueKeys: [] },
    ],
    decisions: [
      decision('d-late01', '2026-05-20', 'overdue'),
      decision('d-due001', '2026-06-10', 'open'),
      decision('d-later1', '2026-07-10', 'open'),
      decision('d-done01', '2026-05-01', 'done'),
      decision('d-nodate', null, 'open'),
    ],
    previous: null,
    ...overrides,
  };
}

export const idsBySection = (agenda: Agenda) => Object.fromEntries(agenda.sections.map((section) => [section.sectionId, section.items.map((item) => item.id)]));
export const allIds = (agenda: Agenda) => agenda.sections.flatMap((section) => section.items.map((item) => item.id));
