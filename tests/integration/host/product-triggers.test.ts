/**
 * Product-event triggers as strict as Forge's, through the fixture app's real handlers and the emulated Jira: 25 s
 * per event whatever the function declares; the app's own changes (asApp() and asUser() alike) delivered unless the
 * trigger sets `filter.ignoreSelf`; property writes and link changes raise the events Jira raises.
 */
import path from 'node:path';
import { createJiraEmulator } from '../../../local/jira';
import { createKvsEmulator, emptyKvsState, type KvsState } from '../../../local/kvs';
import { createFunctionHost, loadApp, type FunctionHost, type LoadedApp, type ProductFetch } from '../../../local/host';
import { ANA, buildSite, PROPERTY_INDEX } from '../emulator/fixtures';

const appDir = path.join(__dirname, 'fixture-app');
const ANA_ID = 'ana-account';

let app: LoadedApp;
let state: KvsState;
let host: FunctionHost;
let jira: ReturnType<typeof createJiraEmulator>;

beforeAll(async () => {
  app = await loadApp(appDir);
});

beforeEach(() => {
  state = emptyKvsState();
  const kvs = createKvsEmulator({ state, entities: app.entities });
  jira = createJiraEmulator({ site: buildSite(), propertyIndex: PROPERTY_INDEX, onEvent: (event) => host.onProductEvent(event) });
  const confluence: ProductFetch = async () => new Response(null, { status: 404 });
  host = createFunctionHost({ app, appDir, kvs, products: { jira: (request, actor) => jira.fetch(request, actor), confluence }, autoDeliverQueues: false });
});

afterEach(async () => {
  host.stop();
  await host.idle();
  jest.useRealTimers();
});

const stored = (key: string): unknown => state.kv[key]?.value;
const ui = { moduleKey: 'fixture-page', extension: { type: 'jira:globalPage' } };

async function setPropertyThroughApp(as: 'app' | 'user', issueKey: string, value: unknown): Promise<void> {
  const result = await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'setProperty', payload: { as, issueKey, key: 'journey', value }, accountId: ANA_ID, context: ui });
  expect(result).toEqual({ ok: true, value: { status: 200 } });
  await host.idle();
}

/** As a person working in Jira: not through the app. */
function asPerson(method: string, restPath: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
  return jira.fetch(new Request(`https://acme.atlassian.net${restPath}`, init), ANA);
}

describe('filter.ignoreSelf', () => {
  it('drops a property the app wrote as itself (asApp) only for the trigger that asks to', async () => {
    await setPropertyThroughApp('app', 'CRM-2', { stage: 'Loyalty' });
    expect(stored('seen:every-change:avi:jira:set:issue-property:10011')).toEqual({
      eventType: 'avi:jira:set:issue-property', entityId: '10011', entityType: 'issue', propertyKey: 'journey', selfGenerated: true,
    });
    expect(Object.keys(state.kv).filter((key) => key.startsWith('trigger:'))).toEqual([]);
  });

  it('counts a change the app made as the user (asUser) as the app’s own too, attributed to the user', async () => {
    await setPropertyThroughApp('user', 'CRM-2', { stage: 'Loyalty' });
    expect(stored('seen:every-change:avi:jira:set:issue-property:10011')).toMatchObject({ atlassianId: ANA_ID, selfGenerated: true });
    expect(Object.keys(state.kv).filter((key) => key.startsWith('trigger:'))).toEqual([]);
  });

  it('delivers a change a person made in Jira to every subscribed trigger', async () => {
    expect((await asPerson('PUT', '/rest/api/3/issue/CRM-2', { fields: { summary: 'Renamed by Ana' } })).status).toBe(204);
    await host.idle();
    expect(stored('trigger:avi:jira:updated:issue:CRM-2')).toEqual({ principal: null, installContext: expect.stringMatching(/^ari:cloud:jira::site\//) });
    expect(stored('seen:every-change:avi:jira:updated:issue:CRM-2')).toMatchObject({ atlassianId: ANA_ID, selfGenerated: false });
  });
});

describe('events Jira raises', () => {
  it('raises avi:jira:deleted:issue-property when a person deletes a property', async () => {
    expect((await asPerson('DELETE', '/rest/api/3/issue/CRM-2/properties/journey')).status).toBe(204);
    await host.idle();
    expect(stored('seen:every-change:avi:jira:deleted:issue-property:10011')).toEqual({
      eventType: 'avi:jira:deleted:issue-property', entityId: '10011', entityType: 'issue', propertyKey: 'journey', atlassianId: ANA_ID, selfGenerated: false,
    });
  });

  it('delivers a new link as a link event and as an update of each end', async () => {
    const answer = await asPerson('POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key: 'CRM-3' }, outwardIssue: { key: 'DATA-2' } });
    expect(answer.status).toBe(201);
    await host.idle();
    const seen = Object.keys(state.kv).filter((key) => key.startsWith('seen:')).sort();
    expect(seen).toEqual([
      'seen:every-change:avi:jira:created:issuelink:20001',
      'seen:every-change:avi:jira:updated:issue:CRM-3',
      'seen:every-change:avi:jira:updated:issue:DATA-2',
    ]);
    expect(stored('seen:every-change:avi:jira:updated:issue:DATA-2')).toMatchObject({ changelog: { items: [{ field: 'Link', toString: 'This issue is blocked by CRM-3' }] } });
    // The ignoreSelf trigger listens to issue updates as well: a person's link reaches it too.
    expect(stored('trigger:avi:jira:updated:issue:CRM-3')).toBeDefined();
  });
});

describe('the time a product trigger gets', () => {
  it('is 25 s, even when its function declares 60', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    expect(app.functions['slow-event']?.timeoutSeconds).toBe(60);
    const within = host.fireProductEvent('avi:jira:commented:issue', { sleepMs: 24_000, selfGenerated: false });
    const beyond = host.fireProductEvent('avi:jira:commented:issue', { sleepMs: 26_000, selfGenerated: false });
    // Forge stops the function at 25 s; here its promise is abandoned, so look before it would have finished.
    await jest.advanceTimersByTimeAsync(25_500);
    expect(await within).toEqual([{ triggerKey: 'slow-events', result: { ok: true, value: undefined } }]);
    expect(await beyond).toEqual([
      { triggerKey: 'slow-events', result: { ok: false, error: expect.objectContaining({ message: 'function slow-event timed out after 25 s', timedOut: true }) } },
    ]);
    expect(stored('slow:finished:24000')).toBe(true);
    expect(stored('slow:finished:26000')).toBeUndefined();
  });
});
