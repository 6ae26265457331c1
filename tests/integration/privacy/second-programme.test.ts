/**
 * A second programme, unlike the demo: three streams, one of them (SEC) hidden from Pia; a support ticket outside
 * every stream blocks a web epic; a cycle runs through a SEC epic; an APP story sits under a SEC epic. Pia calls every
 * resolver she can reach. Not one response may name a SEC issue — not as a value, not inside an id or a sentence —
 * and the outside blocker must show its real dates and status.
 */
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import { emptyKvsState } from '../../../local/kvs';
import { parseSiteFile } from '../../../local/site/schema';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ProgrammeSettings, ProgrammeView } from '../../../src/contract/programme';
import type { StreamId } from '../../../src/domain';
import { APP_DIR, storeSettings } from '../snapshot/support';

const ADMIN = 'ada-admin';
const PIA = 'pia-no-sec';

function secondProgramme() {
  const issue = (id: number, key: string, extra: Record<string, unknown> = {}) => ({
    id: String(id), key, projectKey: key.split('-')[0], summary: `Work item ${key}`, issueType: 'Story', status: 'To Do', ...extra,
  });
  const epic = (id: number, key: string, startDate: string, dueDate: string, extra: Record<string, unknown> = {}) => issue(id, key, { issueType: 'Epic', startDate, dueDate, ...extra });
  return parseSiteFile({
    version: 1,
    users: [
      { accountId: ADMIN, displayName: 'Ada Admin', siteAdmin: true },
      { accountId: PIA, displayName: 'Pia Brandt', locale: 'de-DE', timeZone: 'Europe/Berlin', browseProjects: ['WEB', 'APP', 'SUP'], editProjects: ['WEB', 'APP'] },
    ],
    projects: [
      { id: '11000', key: 'WEB', name: 'Website relaunch' },
      { id: '11001', key: 'APP', name: 'Mobile app' },
      { id: '11002', key: 'SEC', name: 'Security programme' },
      { id: '11003', key: 'SUP', name: 'Support desk' },
    ],
    issues: [
      epic(12001, 'WEB-1', '2026-07-05', '2026-12-20', { status: 'In Progress' }),
      epic(12002, 'WEB-2', '2026-09-01', '2027-02-28'),
      issue(12003, 'WEB-3', { parentKey: 'WEB-1', startDate: '2026-07-05', dueDate: '2026-08-30' }),
      epic(12101, 'APP-1', '2026-10-01', '2027-03-31'),
      epic(12102, 'APP-2', '2027-01-10', '2027-05-31'),
      issue(12103, 'APP-5', { parentKey: 'SEC-3' }),
      epic(12201, 'SEC-1', '2026-06-01', '2026-11-30'),
      epic(12202, 'SEC-2', '2026-05-01', '2027-01-31'),
      epic(12203, 'SEC-3', '2026-04-01', '2026-12-31'),
      issue(12204, 'SEC-4', { parentKey: 'SEC-1' }),
      issue(12301, 'SUP-1', { issueType: 'Task', status: 'In Progress', startDate: '2026-03-01', dueDate: '2027-06-30' }),
    ],
    links: [
      // The support ticket blocks the web relaunch: due 30 June 2027, 360 days after WEB-1 starts.
      { id: '13001', type: 'Blocks', outwardKey: 'SUP-1', inwardKey: 'WEB-1' },
      // APP-1 → SEC-1 → WEB-2 → APP-1: a cycle through a hidden epic (SEC-4 stands in for SEC-1 at story level).
      { id: '13002', type: 'Blocks', outwardKey: 'APP-1', inwardKey: 'SEC-4' },
      { id: '13003', type: 'Blocks', outwardKey: 'SEC-1', inwardKey: 'WEB-2' },
      { id: '13004', type: 'Blocks', outwardKey: 'WEB-2', inwardKey: 'APP-1' },
      { id: '13005', type: 'Blocks', outwardKey: 'SEC-2', inwardKey: 'APP-2' },
      { id: '13006', type: 'Blocks', outwardKey: 'WEB-3', inwardKey: 'APP-5' },
    ],
  });
}

function secondSettings(): ProgrammeSettings {
  const stream = (id: string, name: string, colour: string) => ({ id: id as StreamId, name, jql: `project = ${id.toUpperCase()}`, ownerAccountId: null, colour });
  return {
    version: 1,
    streams: [stream('web', 'Website', '#0c66e4'), stream('app', 'App', '#1f845a'), stream('sec', 'Security', '#ae2e24')],
    dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
    startDateFieldId: 'customfield_10015',
    dueDateFieldId: 'duedate',
    atRiskThresholdDays: 5,
    programmeManagerAccountIds: [],
    programmeManagerGroupIds: [],
  };
}

let site: LocalSite;
beforeAll(async () => {
  const kvsState = emptyKvsState();
  storeSettings(kvsState, secondSettings());
  site = await createLocalSite({ appDir: APP_DIR, site: secondProgramme(), kvsState, autoDeliverQueues: false });
  const queued = await invoke('resolver', 'programme-page', 'programme/refresh', {}, ADMIN);
  if (!queued.ok) throw new Error(`refresh refused: ${JSON.stringify(queued)}`);
  await site.host.drainQueues();
});
afterAll(() => site.close());

async function invoke(functionKey: string, moduleKey: string, resolverKey: string, payload: unknown, accountId: string, issueKey?: string): Promise<ResolverResult<unknown>> {
  const result = await site.host.invokeResolver<ResolverResult<unknown>>({
    functionKey, resolverKey, payload, accountId, context: { moduleKey, timezone: 'Europe/Berlin', extension: { type: 'jira:globalPage', ...(issueKey ? { issue: { key: issueKey } } : {}) } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

it('shows the blocker outside every stream with its real dates and status: a 360-day conflict, not "missing dates"', async () => {
  const answer = await invoke('resolver', 'programme-page', 'programme/load', {}, PIA);
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  const view = answer.data as ProgrammeView;
  const blocked = view.dependencies.find((d) => !d.blocker.hidden && d.blocker.key === 'SUP-1');
  expect(blocked).toMatchObject({
    status: 'conflict',
    overlapDays: 360,
    blocker: { key: 'SUP-1', external: true, dueDate: '2027-06-30', statusCategory: 'indeterminate', summary: 'Work item SUP-1' },
    blocked: { key: 'WEB-1' },
  });
  expect(view.cycles).toHaveLength(1);
  expect(view.cycles[0]?.path).toHaveLength(3);
  expect(view.cycles[0]?.members.filter((key) => key === null)).toHaveLength(1);
  // Six in all (WEB-3 → APP-5 rolls up to WEB-1 → SEC-3); four have a SEC end and are counted, never named.
  expect(view.counts.dependencies).toBe(6);
  expect(view.redacted.dependencies).toBe(4);
});

it('names no SEC issue in any response Pia can get, not even inside another string', async () => {
  const visible = ['WEB-1', 'WEB-2', 'WEB-3', 'APP-1', 'APP-2', 'APP-5', 'SUP-1'];
  const answers: unknown[] = [
    await invoke('resolver', 'programme-page', 'programme/load', {}, PIA),
    await invoke('resolver', 'programme-page', 'programme/load', { streamId: 'sec' }, PIA),
    await invoke('resolver', 'programme-page', 'programme/load', { streamId: 'app' }, PIA),
    await invoke('resolver', 'programme-page', 'programme/load', { projectKey: 'SEC' }, PIA),
    await invoke('resolver', 'programme-page', 'coverage/load', {}, PIA),
    await invoke('resolver', 'programme-page', 'coverage/load', { projectKey: 'SEC' }, PIA),
  ];
  for (const key of visible) {
    answers.push(await invoke('resolver', 'issue-dependencies', 'issue/dependencies', { issueKey: key }, PIA, key));
    answers.push(await invoke('resolver', 'journey-panel', 'journey/issue', { issueKey: key }, PIA, key));
  }
  const text = JSON.stringify(answers);
  expect(text).toContain('WEB-1'); // the scan reads real answers …
  expect(text.match(/.{0,80}SEC-\d.{0,40}/g) ?? []).toEqual([]); // … and finds no SEC key anywhere in them
});

it('answers a SEC key Pia types herself as not found, naming only what she asked', async () => {
  for (const key of ['SEC-1', 'SEC-4']) {
    for (const [moduleKey, resolverKey] of [['issue-dependencies', 'issue/dependencies'], ['journey-panel', 'journey/issue']] as const) {
      const answer = await invoke('resolver', moduleKey, resolverKey, { issueKey: key }, PIA, key);
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { issueKey: key } } });
      expect(JSON.stringify(answer).match(/SEC-\d/g)).toEqual([key]);
    }
  }
});

it('tells Pia that APP-5’s epic is hidden instead of refusing APP-5 itself', async () => {
  const answer = await invoke('resolver', 'issue-dependencies', 'issue/dependencies', { issueKey: 'APP-5' }, PIA, 'APP-5');
  expect(answer).toMatchObject({ ok: true, data: { issueKey: 'APP-5', epicKey: null, epicHidden: true, waitsOn: [], waitedOnBy: [] } });
});

it('gives Pia the same opaque ids on every load and after a rebuild, and another viewer other ids', async () => {
  const ids = async (accountId: string) => {
    const answer = await invoke('resolver', 'programme-page', 'programme/load', {}, accountId);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return (answer.data as ProgrammeView).dependencies.map((d) => d.id).sort();
  };
  const first = await ids(PIA);
  expect(first.every((id) => /^dep-[A-Za-z0-9_-]{16}$/.test(id))).toBe(true);
  expect(await ids(PIA)).toEqual(first);
  await invoke('resolver', 'programme-page', 'programme/refresh', {}, ADMIN);
  await site.host.drainQueues();
  expect(await ids(PIA)).toEqual(first);
  expect((await ids(ADMIN)).filter((id) => first.includes(id))).toEqual([]);
});
