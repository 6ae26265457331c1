import type { AgendaItemView, AgendaView } from '../../contract/round-table';
import type { Agenda, AgendaItem } from '../../domain/round-table/agenda-types';
import type { Submission } from '../../domain/round-table/submission';
import { browsableProjectKeys } from '../../platform/user-projects';
import { projectOfKey } from '../dependencies/redact';
import { asAppFailure } from '../platform-failures';
import { readMeta } from '../snapshot/snapshot-store';
import { loadSecret, opaqueIdsFor, type OpaqueIds } from '../viewer/opaque-ids';
import type { RoundTableStorage } from './decision-log';
import type { MeetingPorts } from './meeting-ports';
import { mayRead } from './submission-views';

/** What one viewer may see of an agenda: the projects they browse, the submissions they may read, their opaque ids. */
export interface AgendaSight {
  browsable: ReadonlySet<string>;
  mayReadSubmission(submissionId: string): boolean;
  opaque: OpaqueIds;
}

/** Something that looks like an issue key in text or an item id (`conflict:EMA-3>MI-4`). */
const KEY_PATTERN = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]+)-\d+/g;

const itemsOf = (agenda: Agenda) => agenda.sections.flatMap((section) => section.items);

/** The projects the agenda's items name as issues: text is matched against these, so "UC-001" or "COVID-19" hides nothing. */
function namedProjects(agenda: Agenda): Set<string> {
  return new Set(itemsOf(agenda).flatMap((item) => item.issueKeys.map(projectOfKey)));
}

/** Whether the text names an issue of a project the viewer cannot browse; `known` null: any key-like project counts (for ids). */
function namesHiddenProject(text: string, known: ReadonlySet<string> | null, browsable: ReadonlySet<string>): boolean {
  return [...text.matchAll(KEY_PATTERN)].some((match) => {
    const project = match[1] ?? '';
    return (known === null || known.has(project)) && !browsable.has(project);
  });
}

/** An item is hidden when it names an issue of a project the viewer cannot browse, or is a submission they may not read. */
function hiddenFor(sight: AgendaSight, known: ReadonlySet<string>): (item: AgendaItem) => boolean {
  return (item) =>
    item.issueKeys.some((key) => !sight.browsable.has(projectOfKey(key))) ||
    namesHiddenProject(item.id, null, sight.browsable) ||
    [item.title, item.detail].some((text) => namesHiddenProject(text, known, sight.browsable)) ||
    (item.submissionId !== null && !sight.mayReadSubmission(item.submissionId));
}

const opaqueOf = (sight: Pick<AgendaSight, 'opaque'>, storedId: string) => sight.opaque(`agenda-item\u0000${storedId}`);

/** An agenda item's id as the viewer is shown it where the agenda is not at hand (a decision's `agendaItemId`). */
export const itemIdFor = (sight: Pick<AgendaSight, 'browsable' | 'opaque'>) => (storedId: string) =>
  namesHiddenProject(storedId, null, sight.browsable) ? opaqueOf(sight, storedId) : storedId;

/** The ids the viewer is shown, each for the stored id it stands for; and which stored items are hidden from them. */
export function agendaIds(agenda: Agenda, sight: AgendaSight): { viewIdOf: (storedId: string) => string; storedIdOf: (viewId: string) => string; hidden: ReadonlySet<string> } {
  const known = namedProjects(agenda);
  const isHidden = hiddenFor(sight, known);
  const hidden = new Set(itemsOf(agenda).filter(isHidden).map((item) => item.id));
  const byPattern = itemIdFor(sight);
  const viewIdOf = (storedId: string) => (hidden.has(storedId) ? opaqueOf(sight, storedId) : byPattern(storedId));
  const back = new Map([...itemsOf(agenda).map((item) => item.id), ...agenda.dropped].map((storedId) => [viewIdOf(storedId), storedId] as const));
  return { viewIdOf, storedIdOf: (viewId) => back.get(viewId) ?? viewId, hidden };
}

/** The agenda as this viewer may see it: hidden items keep their place, source and topic, and say nothing else. */
export function redactAgenda(agenda: Agenda, sight: AgendaSight): AgendaView {
  const { viewIdOf, hidden } = agendaIds(agenda, sight);
  const itemView = (item: AgendaItem): AgendaItemView =>
    hidden.has(item.id)
      ? { ...item, id: viewIdOf(item.id), title: '', detail: '', issueKeys: [], note: '', submissionId: null, decisionId: null, hidden: true }
      : { ...item, hidden: false };
  return { sections: agenda.sections.map((section) => ({ sectionId: section.sectionId, items: section.items.map(itemView) })), dropped: agenda.dropped.map(viewIdOf) };
}

/**
 * The viewer's sight of a meeting's agenda, as the viewer: the projects they browse (one project search), the
 * submissions on the agenda (a declined one only for its submitter and programme managers), and opaque ids keyed with
 * the snapshot's redaction secret — as the programme view does.
 */
export async function agendaSight(storage: RoundTableStorage, ports: MeetingPorts, agenda: Agenda, viewer: { accountId: string; canManage: boolean }): Promise<AgendaSight> {
  const submissionIds = [...new Set(itemsOf(agenda).flatMap((item) => (item.submissionId === null ? [] : [item.submissionId])))];
  const [projects, submissions] = await Promise.all([
    projectSight(storage, viewer.accountId),
    submissionIds.length > 0 ? ports.submissions.byIds(submissionIds) : new Map<string, Submission>(),
  ]);
  const reader = { accountId: viewer.accountId, isManager: viewer.canManage, language: 'en' as const };
  return {
    ...projects,
    mayReadSubmission: (id) => {
      const submission = submissions.get(id);
      return submission === undefined || mayRead(reader, submission);
    },
  };
}

/** The projects the viewer browses (one project search, as them) and their opaque ids, keyed as the programme view keys them. */
export async function projectSight(storage: RoundTableStorage, accountId: string): Promise<Pick<AgendaSight, 'browsable' | 'opaque'>> {
  let answers;
  try {
    answers = await Promise.all([browsableProjectKeys(), readMeta(storage.store)]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const [browsable, meta] = answers;
  const secret = meta.current?.redactionKey ?? (await loadSecret(storage.store));
  return { browsable, opaque: opaqueIdsFor(secret, accountId) };
}
