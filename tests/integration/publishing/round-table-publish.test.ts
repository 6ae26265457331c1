/**
 * The round table published with the programme (issue #11 §6): the app's own render and sync through the local host,
 * from stored meetings and decisions as the meeting services keep them. Publishing agenda and minutes twice writes
 * nothing the second time; a follow-up resolved in Jira moves its decision to "done" on the decision log.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import type { KvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { PublishReport } from '../../../src/contract/publishing';
import { meetingIdOf } from '../../../src/contract/round-table';
import { nextMeetings } from '../../../src/domain/round-table/cadence';
import type { AgendaItem } from '../../../src/domain/round-table/agenda-types';
import { DEFAULT_SECTIONS } from '../../../src/domain/round-table/sections';
import { SeriesSchema, type Cadence } from '../../../src/domain/round-table/series';
import { decisionsKey } from '../../../src/services/round-table/decision-store';
import { MEETING_INDEX_KEY } from '../../../src/services/round-table/meeting-index';
import { meetingKey } from '../../../src/services/round-table/meeting-store';
import { SERIES_KEY } from '../../../src/services/round-table/series-store';
import { pageText } from '../../unit/views/confluence/storage-text';
import { confluenceWrites, pageTitled, programmeCall, publishAndReport, PROG_HOME_ID } from './support';

const APP_DIR = resolve(__dirname, '../../..');
const { programmeManager: katrin, admin, leadEma, leadData } = DEMO_ACCOUNTS;
const SITE_URL = 'https://local-site.atlassian.net';
const CADENCE: Cadence = { kind: 'nth-weekday', week: 'last', weekday: 4, time: '14:00', timeZone: 'Europe/Berlin' };
const [NOVEMBER, DECEMBER] = nextMeetings(CADENCE, new Date('2026-11-01T00:00:00Z'), 2);
const FOLLOW_UP = 'EMA-3';

const item = (id: string, title: string, rest: Partial<AgendaItem> = {}): AgendaItem => ({
  id, source: 'live', topic: null, title, detail: '', issueKeys: [], submissionId: null, decisionId: null, note: '', ...rest,
});

function meeting(localDate: string, startsAt: string, agendaState: 'draft' | 'published', minutesState: 'none' | 'published', items: AgendaItem[]) {
  return {
    meetingId: meetingIdOf(localDate), seriesId: 'rt-publish1', localDate, startsAt, rev: 3, agendaState, minutesState, assembledAt: '2026-11-20T08:00:00.000Z',
    agendaPublishedAt: null, minutesPublishedAt: null, agenda: { sections: [{ sectionId: 'business-decisions', items }, { sectionId: 'ideas', items: [] }], dropped: [] },
  };
}

/** A German series with November's agenda and minutes published (two decisions, one replacing the other) and December's agenda. */
function seedRoundTable(state: KvsState): void {
  const stored = (value: unknown) => ({ value, createdAt: 0, updatedAt: 0 });
  if (!NOVEMBER || !DECEMBER) throw new Error('no meeting dates');
  state.kv[SERIES_KEY] = stored(SeriesSchema.parse({
    id: 'rt-publish1', version: 1, name: '360 Round Table', cadence: CADENCE, sections: DEFAULT_SECTIONS, memberAccountIds: [katrin, leadEma], language: 'de', publish: true,
  }));
  const november = meetingIdOf(NOVEMBER.localDate);
  const december = meetingIdOf(DECEMBER.localDate);
  state.kv[meetingKey(november)] = stored(meeting(NOVEMBER.localDate, NOVEMBER.startsAt, 'published', 'published', [
    item('conflict:EMA-3>DATA-4', 'EMA-3 beginnt vor dem Ende von DATA-4', { topic: 'conflict', issueKeys: ['EMA-3', 'DATA-4'], note: 'EMA-3 wird um vier Wochen verschoben.' }),
    item('manual-budget', 'Budget für Q1 <&>', { source: 'manual', detail: 'Sponsoren fragen' }),
  ]));
  state.kv[meetingKey(december)] = stored(meeting(DECEMBER.localDate, DECEMBER.startsAt, 'published', 'none', [item('decision-due:d-2026112601', 'Fällig: EMA-3 verschieben', { topic: 'decision-due' })]));
  const decision = (id: string, text: string, rest: Record<string, unknown>) => ({
    id, seriesId: 'rt-publish1', meetingId: november, agendaItemId: 'conflict:EMA-3>DATA-4', text, ownerAccountId: leadEma, dueDate: '2030-06-30',
    supersedes: null, followUpKey: null, submissionIds: [], decidedAt: '2026-11-26T14:30:00.000Z', ...rest,
  });
  state.kv[decisionsKey(november)] = stored({ rev: 2, decisions: [
    decision('d-2026112601', 'EMA-3 um vier Wochen verschieben', { followUpKey: FOLLOW_UP }),
    decision('d-2026112602', 'Budget erst im Januar freigeben', { agendaItemId: 'manual-budget', ownerAccountId: leadData, dueDate: '2026-01-15', supersedes: null }),
    decision('d-2026112603', 'Budget im Februar freigeben', { agendaItemId: 'manual-budget', supersedes: 'd-2026112602', dueDate: null }),
  ] });
  const summary = (m: typeof NOVEMBER, minutes: 'none' | 'published', decisions: number) => ({ meetingId: meetingIdOf(m.localDate), localDate: m.localDate, startsAt: m.startsAt, agenda: 'published', minutes, decisions });
  state.kv[MEETING_INDEX_KEY] = stored({ version: 2, meetings: [summary(DECEMBER, 'none', 0), summary(NOVEMBER, 'published', 3)] });
}

let site: LocalSite;
beforeEach(async () => {
  const file = buildDemoSite();
  const state = demoAppData(file);
  seedRoundTable(state);
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState: state, autoDeliverQueues: false });
  await call(admin, 'programme/refresh');
  await site.host.drainQueues();
});
afterEach(() => site.close());

const call = <T>(accountId: string, resolverKey: string, payload: unknown = {}) => programmeCall<T>(site, accountId, resolverKey, payload);
const publish = () => publishAndReport(site, katrin);

const SERIES = '360 Round Table';
const NOV_AGENDA = '360 Round Table 26.11.2026 – Tagesordnung';
const NOV_MINUTES = '360 Round Table 26.11.2026 – Protokoll';
const DEC_AGENDA = '360 Round Table 31.12.2026 – Tagesordnung';
const LOG = '360 Round Table – Entscheidungslog';
const parentTitle = (title: string) => site.site.confluence.pages.find((p) => p.id === pageTitled(site, title).parentId)?.title;
const roundTableOutcomes = (report: PublishReport) => report.pages.filter((page) => page.pageKey.startsWith('rt:'));

describe('publishing the round table', () => {
  it('creates the series page under the configured parent and the agendas, minutes and decision log below it, in German', async () => {
    const report = await publish();
    expect(report).toMatchObject({ state: 'done', failure: null });
    expect(roundTableOutcomes(report).map((page) => [page.title, page.action])).toEqual([
      [SERIES, 'created'], [LOG, 'created'], [NOV_AGENDA, 'created'], [NOV_MINUTES, 'created'], [DEC_AGENDA, 'created'],
    ]);
    expect(pageTitled(site, SERIES).parentId).toBe(PROG_HOME_ID);
    for (const title of [LOG, NOV_AGENDA, NOV_MINUTES, DEC_AGENDA]) expect(parentTitle(title)).toBe(SERIES);

    const series = pageText(pageTitled(site, SERIES).body);
    expect(series).toContain('Monatlich am letzten Donnerstag um 14:00 Uhr (Europe/Berlin)');
    const minutes = pageTitled(site, NOV_MINUTES).body;
    expect(pageText(minutes)).toContain('EMA-3 wird um vier Wochen verschoben.');
    expect(minutes).toContain(`href="${SITE_URL}/browse/${FOLLOW_UP}"`);
    expect(pageText(minutes)).toContain('Budget im Februar freigeben — Tritt an die Stelle von: Budget erst im Januar freigeben');
    expect(pageText(pageTitled(site, NOV_AGENDA).body)).toContain('Budget für Q1 <&>');
    const log = pageText(pageTitled(site, LOG).body);
    expect(log).toMatch(/Überfällig 0 .*Offen 2 .*Erledigt 0 .*Ersetzt 1/);
  });

  it('writes nothing the second time, and after the follow-up is resolved in Jira updates only the pages that show it', async () => {
    await publish();
    site.instruments.reset();
    const again = await publish();
    expect(confluenceWrites(site)).toEqual({ POST: 0, PUT: 0, DELETE: 0 });
    expect(roundTableOutcomes(again).every((page) => page.action === 'unchanged')).toBe(true);

    const transitions = await site.direct.jira(new Request(`${SITE_URL}/rest/api/3/issue/${FOLLOW_UP}/transitions`), { kind: 'user', accountId: leadEma });
    const done = ((await transitions.json()) as { transitions: Array<{ id: string; to: { statusCategory: { key: string } } }> }).transitions.find((t) => t.to.statusCategory.key === 'done');
    const moved = await site.direct.jira(
      new Request(`${SITE_URL}/rest/api/3/issue/${FOLLOW_UP}/transitions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ transition: { id: done?.id } }) }),
      { kind: 'user', accountId: leadEma },
    );
    expect(moved.status).toBe(204);
    await site.host.idle();
    await site.host.drainQueues();

    const after = await publish();
    const updated = roundTableOutcomes(after).filter((page) => page.action === 'updated').map((page) => page.title).sort();
    expect(updated).toEqual([LOG, NOV_MINUTES].sort());
    expect(pageText(pageTitled(site, LOG).body)).toMatch(/Überfällig 0 .*Offen 1 .*Erledigt 1 .*Ersetzt 1/);
  });

  it('leaves a declined submission out of the published agenda, minutes and decision log, even when a decision answered it', async () => {
    if (!NOVEMBER) throw new Error('no meeting dates');
    const declined = 'Replace the newsletter tool'; // the demo's s-demo05, declined with a reason
    const november = meetingIdOf(NOVEMBER.localDate);
    const record = site.kvsState.kv[meetingKey(november)]?.value as ReturnType<typeof meeting>;
    record.agenda.sections[0]?.items.push(item('submission:s-demo05', declined, { source: 'submission', submissionId: 's-demo05', detail: 'The current tool is slow to build templates in.' }));
    const decisions = site.kvsState.kv[decisionsKey(november)]?.value as { decisions: Array<{ submissionIds: string[] }> };
    if (decisions.decisions[0]) decisions.decisions[0].submissionIds = ['s-demo05'];

    const report = await publish();
    expect(report).toMatchObject({ state: 'done', failure: null });
    for (const title of [NOV_AGENDA, NOV_MINUTES, LOG]) expect(pageTitled(site, title).body).not.toContain(declined);
    expect(pageText(pageTitled(site, NOV_AGENDA).body)).toContain('Budget für Q1 <&>');
  });
});
