import { meetingIdOf, type MeetingView } from '../../contract/round-table';
import type { Agenda, AgendaItem } from '../../domain/round-table/agenda-types';
import type { MeetingDate, Series } from '../../domain/round-table/series';
import { AppFailure } from '../errors';
import type { RoundTableStorage } from './decision-log';
import { agendaIds, agendaSight } from './agenda-redaction';
import { callerManages, meetingDateOrRefuse, refuseNonManager, seriesOrRefuse } from './meeting-access';
import { updateMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';
import { readMeeting, saveMeeting, type MeetingRecord } from './meeting-store';
import { meetingView, type MeetingViewer } from './meeting-view';

type Viewer = Omit<MeetingViewer, 'canManage'>;

/** `meeting/get`: anyone who may use the app reads a meeting of the series; only managers are offered its edits. */
export async function getMeeting(storage: RoundTableStorage, ports: MeetingPorts, meetingId: string, viewer: Viewer, now: Date): Promise<MeetingView> {
  const series = await seriesOrRefuse(storage.store, ports);
  const date = await meetingDateOrRefuse(storage.store, series, meetingId);
  const [record, canManage] = await Promise.all([readMeeting(storage.store, meetingId), callerManages(storage.store, ports, viewer.accountId)]);
  return meetingView(storage, ports, series, date, meetingId, record, { ...viewer, canManage }, now);
}

function refuse(field: string, message: string): never {
  throw new AppFailure({ code: 'INVALID_PAYLOAD', field, params: { message } });
}

/**
 * The programme manager's agenda, checked against the stored one: sections of the series only (a retired one only if
 * it was on the agenda already), each item once, live and submission items only as the assembly placed them (they can
 * be moved or dropped, never invented); manual items are free. Notes are the minutes' and stay as stored; an item
 * that was on the agenda and is no longer is remembered as dropped, so a rebuild leaves it out.
 */
function checkedAgenda(series: Series, stored: Agenda | null, shown: Agenda, ids: SavedIds): Agenda {
  const wanted = storedIdsOf(shown, ids);
  const storedItems = new Map((stored?.sections ?? []).flatMap((section) => section.items.map((item) => [item.id, item] as const)));
  const storedSections = new Set((stored?.sections ?? []).map((section) => section.sectionId));
  const seen = new Set<string>();
  const sections = wanted.sections.map((section, s) => {
    const standing = series.sections.find((candidate) => candidate.id === section.sectionId);
    if (!standing || (standing.retired && !storedSections.has(section.sectionId))) {
      throw new AppFailure({ code: 'SECTION_UNKNOWN', field: `agenda.sections.${s}.sectionId`, params: { sectionId: section.sectionId } });
    }
    if (wanted.sections.findIndex((other) => other.sectionId === section.sectionId) !== s) refuse(`agenda.sections.${s}.sectionId`, 'each section once');
    const items = section.items.map((item, i): AgendaItem => {
      const field = `agenda.sections.${s}.items.${i}`;
      if (seen.has(item.id)) refuse(`${field}.id`, 'each item once');
      seen.add(item.id);
      const before = storedItems.get(item.id);
      // A hidden item stays as stored: the saver moves it, never rewrites what they cannot see.
      if (before && ids.hidden.has(item.id)) return before;
      if (item.source !== 'manual') {
        if (!before || before.source !== item.source) refuse(`${field}.source`, 'only manual items can be added');
        return before;
      }
      if (before && before.source !== 'manual') refuse(`${field}.id`, 'this id belongs to an item of the assembly');
      if (item.title === '') refuse(`${field}.title`, 'must not be empty');
      return { ...item, note: before?.note ?? '', topic: null, submissionId: null };
    });
    return { sectionId: section.sectionId, items };
  });
  const gone = [...storedItems.keys()].filter((id) => !seen.has(id) && storedItems.get(id)?.source !== 'manual');
  return { sections, dropped: [...new Set([...(stored?.dropped ?? []), ...wanted.dropped.filter((id) => !seen.has(id)), ...gone])].slice(-1000) };
}

type SavedIds = Pick<ReturnType<typeof agendaIds>, 'storedIdOf' | 'hidden'>;

/** The agenda as sent, with the ids the saver was shown (opaque for hidden items) turned back into the stored ones. */
function storedIdsOf(shown: Agenda, ids: SavedIds): Agenda {
  return {
    sections: shown.sections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, id: ids.storedIdOf(item.id) })) })),
    dropped: shown.dropped.map(ids.storedIdOf),
  };
}

/** How this manager was shown the stored agenda: which ids were opaque, and which items hidden. */
async function savedIds(storage: RoundTableStorage, ports: MeetingPorts, stored: Agenda | null, accountId: string): Promise<SavedIds> {
  if (!stored) return { storedIdOf: (id) => id, hidden: new Set() };
  return agendaIds(stored, await agendaSight(storage, ports, stored, { accountId, canManage: true }));
}

async function saveAndView(storage: RoundTableStorage, ports: MeetingPorts, series: Series, date: MeetingDate, record: MeetingRecord | null, agenda: Agenda, expectedRev: number, viewer: Viewer, now: Date) {
  const saved = await saveMeeting(storage.store, {
    meetingId: meetingIdOf(date.localDate), seriesId: series.id, localDate: date.localDate, startsAt: date.startsAt, agenda,
    agendaState: record?.agendaState === 'published' ? 'published' : 'draft', minutesState: record?.minutesState ?? 'none',
    assembledAt: record?.assembledAt ?? null, agendaPublishedAt: record?.agendaPublishedAt ?? null, minutesPublishedAt: record?.minutesPublishedAt ?? null,
  }, expectedRev);
  await updateMeetingIndex(storage.store, saved.meetingId, (entry) => ({
    meetingId: saved.meetingId, localDate: date.localDate, startsAt: date.startsAt, agenda: saved.agendaState, minutes: saved.minutesState, decisions: entry?.decisions ?? 0,
  }));
  return meetingView(storage, ports, series, date, saved.meetingId, saved, { ...viewer, canManage: true }, now);
}

/** `meeting/agenda-save` (programme managers): reorder, drop, add manual items; compare-and-set on the meeting's rev. */
export async function saveAgenda(storage: RoundTableStorage, ports: MeetingPorts, input: { meetingId: string; expectedRev: number; agenda: Agenda }, viewer: Viewer, now: Date): Promise<MeetingView> {
  await refuseNonManager(storage.store, ports, viewer.accountId);
  const series = await seriesOrRefuse(storage.store, ports);
  const date = await meetingDateOrRefuse(storage.store, series, input.meetingId);
  const record = await readMeeting(storage.store, input.meetingId);
  if ((record?.rev ?? 0) !== input.expectedRev) throw new AppFailure({ code: 'MEETING_CHANGED', params: { meetingId: input.meetingId, currentRev: record?.rev ?? 0 } });
  const ids = await savedIds(storage, ports, record?.agenda ?? null, viewer.accountId);
  return saveAndView(storage, ports, series, date, record, checkedAgenda(series, record?.agenda ?? null, input.agenda, ids), input.expectedRev, viewer, now);
}

/** `meeting/note-save` (programme managers): the discussion note of one agenda item — the minutes. */
export async function saveNote(storage: RoundTableStorage, ports: MeetingPorts, input: { meetingId: string; itemId: string; expectedRev: number; note: string }, viewer: Viewer, now: Date): Promise<MeetingView> {
  await refuseNonManager(storage.store, ports, viewer.accountId);
  const series = await seriesOrRefuse(storage.store, ports);
  const date = await meetingDateOrRefuse(storage.store, series, input.meetingId);
  const record = await readMeeting(storage.store, input.meetingId);
  if ((record?.rev ?? 0) !== input.expectedRev) throw new AppFailure({ code: 'MEETING_CHANGED', params: { meetingId: input.meetingId, currentRev: record?.rev ?? 0 } });
  const agenda = record?.agenda;
  const ids = await savedIds(storage, ports, agenda ?? null, viewer.accountId);
  const itemId = ids.storedIdOf(input.itemId);
  if (!agenda || !agenda.sections.some((section) => section.items.some((item) => item.id === itemId))) refuse('itemId', 'no such item on this meeting’s agenda');
  // A note on an item hidden from the saver would overwrite minutes they cannot read.
  if (ids.hidden.has(itemId)) refuse('itemId', 'this item is about a project you cannot browse');
  const noted = { ...agenda, sections: agenda.sections.map((section) => ({ ...section, items: section.items.map((item) => (item.id === itemId ? { ...item, note: input.note } : item)) })) };
  return saveAndView(storage, ports, series, date, record, noted, input.expectedRev, viewer, now);
}
