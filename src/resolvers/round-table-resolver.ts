import { forgeAppEntities } from '../platform/app-entities';
import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { forgeRoleQuestions } from '../services/roles/programme-manager';
import { decisionsAnswering } from '../services/round-table/decision-log';
import { forgeMeetingPorts } from '../services/round-table/meeting-forge-ports';
import { readMeetingIndex } from '../services/round-table/meeting-index';
import { loadRoundTableOverview } from '../services/round-table/series-overview';
import { saveSeries } from '../services/round-table/series-save';
import { LanguageOfLocale } from '../services/round-table/series-store';
import { createSubmission } from '../services/round-table/submission-create';
import { listSubmissions, mySubmissions } from '../services/round-table/submission-lists';
import { triageSubmission } from '../services/round-table/submission-triage';
import type { DecisionsAnswering } from '../services/round-table/submission-views';
import { defineHandler, type CallerContext } from './define';

const store = forgeAppStore;
const entities = forgeAppEntities;
const roles = forgeRoleQuestions;
const now = () => new Date();

/** The decisions that answered submissions, with their state for the caller's day, as the meeting service keeps them. */
const decisionsFor = (caller: CallerContext): DecisionsAnswering => (ids) =>
  decisionsAnswering({ store, batch: forgeAppStoreBatch }, forgeMeetingPorts, ids, { timeZone: caller.timeZone }, now());

const listCaller = (caller: CallerContext) => ({ accountId: caller.accountId, language: LanguageOfLocale.parse(caller.locale) });

/**
 * The round table's series and submissions (issue #11), on the user resolver: anyone reads the overview, submits
 * and sees their own submissions; the series, the triage list and triage are for programme managers (checked in the
 * services on every call).
 */
export const roundTableHandlers = {
  'round-table/overview': defineHandler('round-table/overview', (_payload, caller) => loadRoundTableOverview(store, entities, roles, caller.accountId, () => readMeetingIndex(store), now())),
  'round-table/series-save': defineHandler('round-table/series-save', (payload, caller) => saveSeries(store, roles, caller.accountId, payload)),
  // A new submission is received: no meeting, section, merge or decision yet for its status line.
  'submission/create': defineHandler('submission/create', async ({ input }, caller) => {
    const submission = await createSubmission(store, entities, caller.accountId, input, now());
    return { submission: { ...submission, meetingDate: null, sectionLabel: null, mergedIntoTitle: null, decisions: [] } };
  }),
  'submission/mine': defineHandler('submission/mine', (_payload, caller) => mySubmissions(store, entities, listCaller(caller), decisionsFor(caller))),
  'submission/list': defineHandler('submission/list', (query, caller) => listSubmissions(store, entities, roles, listCaller(caller), query, decisionsFor(caller))),
  'submission/triage': defineHandler('submission/triage', (triage, caller) => triageSubmission(store, entities, roles, listCaller(caller), triage, decisionsFor(caller))),
};
