import { getAppContext } from '@forge/api';
import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { createFollowUp } from '../services/round-table/decision-follow-up';
import { loadDecisionLog } from '../services/round-table/decision-log';
import { recordDecision } from '../services/round-table/decision-record';
import { assembleMeeting } from '../services/round-table/meeting-assemble';
import { getMeeting, saveAgenda, saveNote } from '../services/round-table/meeting-edit';
import { forgeMeetingPorts } from '../services/round-table/meeting-forge-ports';
import { publishMeeting } from '../services/round-table/meeting-publish';
import { LanguageOfLocale } from '../services/round-table/series-store';
import { defineHandler, type CallerContext } from './define';

const storage = { store: forgeAppStore, batch: forgeAppStoreBatch };
const ports = forgeMeetingPorts;
const now = () => new Date();

type Request = Parameters<ReturnType<typeof defineHandler>>[0] & { context: { siteUrl?: unknown } };

const viewerOf = (caller: CallerContext) => ({ accountId: caller.accountId, timeZone: caller.timeZone, language: LanguageOfLocale.parse(caller.locale) });

/** The programme page in Jira (`<site>/jira/apps/<app id>/<environment id>`), where the decision log is: the follow-up links back to it. */
function programmeUrlOf(siteUrl: string): string {
  if (siteUrl === '') return '';
  const { appAri, environmentAri } = getAppContext();
  return `${siteUrl.replace(/\/wiki\/?$/, '').replace(/\/$/, '')}/jira/apps/${encodeURIComponent(appAri.appId)}/${encodeURIComponent(environmentAri.environmentId)}`;
}

const followUp = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl : '';
  return defineHandler('decision/follow-up', (input, caller) => createFollowUp(storage, ports, input, caller, programmeUrlOf(siteUrl), now()))(request);
};

/** The round table's meetings and decisions: everyone reads meetings and the decision log; programme managers write (checked in the services). */
export const meetingHandlers = {
  'meeting/get': defineHandler('meeting/get', ({ meetingId }, caller) => getMeeting(storage, ports, meetingId, viewerOf(caller), now())),
  'meeting/assemble': defineHandler('meeting/assemble', ({ meetingId }, caller) => assembleMeeting(storage, ports, meetingId, viewerOf(caller), now())),
  'meeting/agenda-save': defineHandler('meeting/agenda-save', (input, caller) => saveAgenda(storage, ports, input, viewerOf(caller), now())),
  'meeting/note-save': defineHandler('meeting/note-save', (input, caller) => saveNote(storage, ports, input, viewerOf(caller), now())),
  'meeting/publish': defineHandler('meeting/publish', (input, caller) => publishMeeting(storage, ports, input, caller.accountId, now())),
  'decision/record': defineHandler('decision/record', (input, caller) => recordDecision(storage, ports, input, caller, now())),
  'decision/follow-up': followUp,
  'decision/log': defineHandler('decision/log', (_payload, caller) => loadDecisionLog(storage, ports, caller, now())),
};
