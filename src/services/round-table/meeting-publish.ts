import type { PublishReport } from '../../contract/publishing';
import { AppFailure } from '../errors';
import { requestPublication } from '../publishing/publish-request';
import type { RoundTableStorage } from './decision-log';
import { meetingDateOrRefuse, refuseNonManager, seriesOrRefuse } from './meeting-access';
import { updateMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';
import { readMeeting, saveMeeting } from './meeting-store';

/**
 * `meeting/publish` (programme managers): marks the meeting's agenda or minutes as published — from then on they are
 * pages of the publication — and queues a publication run. Publishing again changes no record and the sync engine
 * writes no page whose content is unchanged. Minutes need an agenda: they are its items' notes and decisions.
 */
export async function publishMeeting(storage: RoundTableStorage, ports: MeetingPorts, input: { meetingId: string; what: 'agenda' | 'minutes' }, accountId: string, now: Date): Promise<{ queued: boolean; report: PublishReport | null }> {
  await refuseNonManager(storage.store, ports, accountId);
  const series = await seriesOrRefuse(storage.store, ports);
  const date = await meetingDateOrRefuse(storage.store, series, input.meetingId);
  const record = await readMeeting(storage.store, input.meetingId);
  if (!record?.agenda) throw new AppFailure({ code: 'INVALID_PAYLOAD', field: 'meetingId', params: { message: 'assemble the agenda of this meeting first' } });
  const already = input.what === 'agenda' ? record.agendaState === 'published' : record.minutesState === 'published';
  if (!already) {
    const at = now.toISOString();
    const { rev: _rev, ...rest } = record;
    const saved = await saveMeeting(
      storage.store,
      input.what === 'agenda' ? { ...rest, agendaState: 'published', agendaPublishedAt: at } : { ...rest, minutesState: 'published', minutesPublishedAt: at },
      record.rev,
    );
    await updateMeetingIndex(storage.store, input.meetingId, (entry) => ({
      meetingId: input.meetingId, localDate: date.localDate, startsAt: date.startsAt, agenda: saved.agendaState, minutes: saved.minutesState, decisions: entry?.decisions ?? 0,
    }));
  }
  return requestPublication(storage.store, ports.pushPublish, { trigger: 'manual', requestedBy: accountId, overwriteEdited: [] }, now);
}
