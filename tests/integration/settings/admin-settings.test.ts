/**
 * The admin page's settings resolvers through the local host: real @forge/resolver, @forge/api, @forge/kvs and
 * @forge/events code against the emulated demo site, as a Jira admin and as people who are not.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_PROJECTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { JqlCheckResult, ProgrammeSettings, SettingsView } from '../../../src/contract/programme';

const APP_DIR = resolve(__dirname, '../../..');
const PARSE = 'POST /rest/api/3/jql/parse';

let site: LocalSite;
beforeEach(async () => {
  // Queued events wait for drainQueues(), so a test can see what a save asked for.
  site = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState(), autoDeliverQueues: false });
});
afterEach(() => site.close());

async function invoke<T>(resolverKey: string, payload: unknown, accountId: string = DEMO_ACCOUNTS.admin): Promise<ResolverResult<T>> {
  const result = await site.host.invokeResolver<ResolverResult<T>>({
    functionKey: 'admin-resolver',
    resolverKey,
    payload,
    accountId,
    context: { moduleKey: 'programme-settings', extension: { type: 'jira:adminPage' } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

const getSettings = (accountId?: string) => invoke<SettingsView>('settings/get', {}, accountId);
const save = (payload: unknown, accountId?: string) => invoke<{ settings: ProgrammeSettings }>('settings/save', payload, accountId);

/** What the page's first-run offer "one stream per project" submits. */
function streamPerProject(view: SettingsView) {
  return view.projects.map((project, index) => ({
    id: project.key.toLowerCase(),
    name: project.name,
    jql: `project = ${project.key}`,
    ownerAccountId: null,
    colour: `#0c66e${index}`,
  }));
}

function draftOf(view: SettingsView, streams: unknown[]) {
  const { version: _version, ...rest } = view.settings;
  return { ...rest, streams };
}

describe('a Jira admin opens the programme settings for the first time', () => {
  it('is offered defaults: no streams, Blocks, the Start date picker, due date, 5 days, and every demo project', async () => {
    const view = dataOf(await getSettings());
    expect(view.stored).toBe(false);
    expect(view.settings).toEqual({
      version: 0,
      streams: [],
      dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
      startDateFieldId: 'customfield_10015',
      dueDateFieldId: 'duedate',
      atRiskThresholdDays: 5,
      programmeManagerAccountIds: [],
      programmeManagerGroupIds: [],
    });
    expect(view.projects.map((p) => p.key).sort()).toEqual(DEMO_PROJECTS.map((p) => p.key).sort());
    expect(view.dateFields).toEqual([
      { id: 'duedate', name: 'Due date' },
      { id: 'customfield_10015', name: 'Start date' },
    ]);
    expect(view.linkTypes.map((t) => t.name)).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);
  });

  it('reads all project pages when the site has more projects than one page holds', async () => {
    const extra = Array.from({ length: 120 }, (_, i) => ({ id: String(20000 + i), key: `X${String(i).padStart(3, '0')}`, name: `Extra ${i}`, projectTypeKey: 'software' as const, simplified: false }));
    site.site.projects.push(...extra);
    const view = dataOf(await getSettings());
    expect(view.projects).toHaveLength(DEMO_PROJECTS.length + extra.length);
    expect(site.instruments.counts()['GET /rest/api/3/project/search']).toBe(2);
  });
});

describe('a Jira admin on a site configured differently', () => {
  it('is offered no start date field when the date picker is not called "Start date", but may still choose it', async () => {
    const picker = site.site.fields.find((f) => f.id === 'customfield_10015');
    if (!picker) throw new Error('the demo site lacks its Start date picker');
    picker.name = 'Kick-off';
    const view = dataOf(await getSettings());
    expect(view.settings.startDateFieldId).toBeNull();
    expect(view.dateFields).toContainEqual({ id: 'customfield_10015', name: 'Kick-off' });
  });

  it('is offered the first link type when the site has no "Blocks"', async () => {
    site.site.linkTypes = site.site.linkTypes.filter((t) => t.name !== 'Blocks');
    const view = dataOf(await getSettings());
    expect(view.settings.dependencyLinkTypes).toEqual([{ linkTypeId: '10001', name: 'Cloners', objectWaits: true }]);
  });

  it('is told Jira is unavailable, not shown a stack trace, when the permission check fails', async () => {
    site.instruments.failNext('GET /rest/api/3/mypermissions', { status: 500 });
    expect(await getSettings()).toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE' } });
  });
});

describe('a Jira admin saves the programme settings', () => {
  it('saves one stream per project, validating every filter in one request, and reads them back as version 1', async () => {
    const first = dataOf(await getSettings());
    const streams = streamPerProject(first);
    const before = site.instruments.counts()[PARSE] ?? 0;

    const saved = dataOf(await save({ expectedVersion: 0, settings: draftOf(first, streams) }));
    expect(saved.settings.version).toBe(1);
    expect(site.instruments.counts()[PARSE]).toBe(before + 1);

    const view = dataOf(await getSettings());
    expect(view.stored).toBe(true);
    expect(view.settings.version).toBe(1);
    expect(view.settings.streams).toEqual(streams);
    expect(view.settings.streams.map((s) => s.jql)).toContain('project = EMA');
  });

  it('queues a snapshot rebuild after the save', async () => {
    const first = dataOf(await getSettings());
    expect(site.host.queuedEvents()).toHaveLength(0);
    dataOf(await save({ expectedVersion: 0, settings: draftOf(first, streamPerProject(first)) }));
    expect(site.host.queuedEvents().map((e) => ({ queue: e.queueName, body: e.body }))).toEqual([
      { queue: 'programme-snapshot', body: { reason: 'settings-saved' } },
    ]);
  });

  it('is told someone saved in between when saving on a stale version, and the other save stays', async () => {
    const first = dataOf(await getSettings());
    const streams = streamPerProject(first);
    dataOf(await save({ expectedVersion: 0, settings: draftOf(first, streams) }));

    const renamed = streams.map((s) => ({ ...s, name: `${s.name} (mine)` }));
    expect(await save({ expectedVersion: 0, settings: draftOf(first, renamed) })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', params: { currentVersion: 1, expectedVersion: 0 } },
    });
    const view = dataOf(await getSettings());
    expect(view.settings.version).toBe(1);
    expect(view.settings.streams.map((s) => s.name)).toEqual(streams.map((s) => s.name));
    expect(site.host.queuedEvents()).toHaveLength(1);
  });

  it('is shown Jira\'s message for the stream whose filter Jira refuses, and nothing is stored', async () => {
    const first = dataOf(await getSettings());
    const streams = [...streamPerProject(first).slice(0, 2), { id: 'nope', name: 'Nope', jql: 'project = NOPE', ownerAccountId: null, colour: '#123456' }];
    const answer = await save({ expectedVersion: 0, settings: draftOf(first, streams) });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'JQL_INVALID', field: 'settings.streams.2.jql', params: { streamId: 'nope', message: expect.stringContaining("'NOPE'") } },
    });
    const view = dataOf(await getSettings());
    expect(view.stored).toBe(false);
    expect(view.settings.streams).toEqual([]);
    expect(site.host.queuedEvents()).toHaveLength(0);
  });

  it('gets a clear error naming the field for a malformed payload', async () => {
    const first = dataOf(await getSettings());
    const streams = streamPerProject(first);
    streams[1] = { ...streams[1]!, colour: 'blue' };
    expect(await save({ expectedVersion: 0, settings: draftOf(first, streams) })).toEqual({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: 'settings.streams.1.colour', params: expect.objectContaining({ issue: 'invalid_format', message: 'expected a colour such as #0c66e4' }) },
    });
    expect(await save({ settings: draftOf(first, []) })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'expectedVersion' } });
    expect(dataOf(await getSettings()).stored).toBe(false);
  });

  it('is refused duplicate stream ids or names, unknown link types and unknown date fields, naming the field', async () => {
    const first = dataOf(await getSettings());
    const [a, b] = streamPerProject(first);
    const cases: Array<[unknown, string]> = [
      [draftOf(first, [a, { ...b, id: a!.id }]), 'settings.streams.1.id'],
      [draftOf(first, [a, { ...b, name: ` ${a!.name.toUpperCase()}` }]), 'settings.streams.1.name'],
      [{ ...draftOf(first, [a]), dependencyLinkTypes: [{ linkTypeId: '99999', name: 'Made up', objectWaits: true }] }, 'settings.dependencyLinkTypes.0.linkTypeId'],
      [{ ...draftOf(first, [a]), startDateFieldId: 'customfield_99999' }, 'settings.startDateFieldId'],
      [{ ...draftOf(first, [a]), dueDateFieldId: 'summary' }, 'settings.dueDateFieldId'],
    ];
    for (const [settings, field] of cases) {
      expect(await save({ expectedVersion: 0, settings })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field } });
    }
    expect(dataOf(await getSettings()).stored).toBe(false);
  });

  it('stores the link type under the name Jira uses, whatever the page sent', async () => {
    const first = dataOf(await getSettings());
    const settings = { ...draftOf(first, []), dependencyLinkTypes: [{ linkTypeId: '10000', name: 'stale name', objectWaits: true }] };
    expect(dataOf(await save({ expectedVersion: 0, settings })).settings.dependencyLinkTypes).toEqual([{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }]);
  });
});

describe('checking a stream filter while typing it', () => {
  it('answers valid for a good filter and with Jira\'s words for a bad one', async () => {
    expect(dataOf(await invoke<JqlCheckResult>('settings/check-jql', { jql: 'project = EMA' }))).toEqual({ valid: true, errors: [] });
    const bad = dataOf(await invoke<JqlCheckResult>('settings/check-jql', { jql: 'project = NOPE' }));
    expect(bad.valid).toBe(false);
    expect(bad.errors.join(' ')).toContain("'NOPE'");
  });
});

describe('someone who is not a Jira admin', () => {
  it('is refused the settings, the save and the filter check by the server, and nothing changes', async () => {
    const first = dataOf(await getSettings());
    const refused = { ok: false, error: { code: 'ADMIN_REQUIRED', params: { permission: 'ADMINISTER' } } };
    expect(await getSettings(DEMO_ACCOUNTS.programmeManager)).toEqual(refused);
    expect(await save({ expectedVersion: 0, settings: draftOf(first, streamPerProject(first)) }, DEMO_ACCOUNTS.programmeManager)).toEqual(refused);
    expect(await invoke('settings/check-jql', { jql: 'project = EMA' }, DEMO_ACCOUNTS.programmeManager)).toEqual(refused);
    // Refused before the payload is even read: a malformed one earns the same answer.
    expect(await save({ nonsense: true }, DEMO_ACCOUNTS.sponsor)).toEqual(refused);
    expect(dataOf(await getSettings()).stored).toBe(false);
    expect(site.host.queuedEvents()).toHaveLength(0);
  });

  it('is checked once per call, as the calling user (asApp the check would describe the bot, and the admin above would be refused)', async () => {
    const before = site.instruments.counts()['GET /rest/api/3/mypermissions'] ?? 0;
    expect(await getSettings(DEMO_ACCOUNTS.teamMember)).toMatchObject({ ok: false, error: { code: 'ADMIN_REQUIRED' } });
    expect(site.instruments.counts()['GET /rest/api/3/mypermissions']).toBe(before + 1);
    // Refused before Jira's choices are read: no project list leaks to a non-admin.
    expect(site.instruments.counts()['GET /rest/api/3/project/search'] ?? 0).toBe(0);
  });
});
