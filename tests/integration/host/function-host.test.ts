/** The function host running the fixture app's real handlers (real @forge/* packages) against fakes of the platform edges. */
import path from 'node:path';
import { createKvsEmulator, emptyKvsState, type KvsState } from '../../../local/kvs';
import { createFunctionHost, loadApp, type Actor, type FunctionHost, type LoadedApp, type ProductFetch } from '../../../local/host';

const appDir = path.join(__dirname, 'fixture-app');

/** Echoes who asked for what, so a test can see the actor each SDK call ran as. */
const echo =
  (product: string): ProductFetch =>
  async (request: Request, actor: Actor) =>
    Response.json({ product, path: new URL(request.url).pathname, method: request.method, actor });

let app: LoadedApp;
let state: KvsState;
let host: FunctionHost;

beforeAll(async () => {
  app = await loadApp(appDir);
});

beforeEach(() => {
  state = emptyKvsState();
  const kvs = createKvsEmulator({ state, entities: app.entities });
  host = createFunctionHost({ app, appDir, kvs, products: { jira: echo('jira'), confluence: echo('confluence') }, autoDeliverQueues: false });
});

afterEach(() => host.stop());

const ui = { moduleKey: 'fixture-page', extension: { type: 'jira:globalPage' } };
const stored = (key: string): unknown => state.kv[key]?.value;

describe('loadApp', () => {
  it('gives a typed view of functions and modules', () => {
    expect(app.functions.slow).toEqual({ key: 'slow', handlerPath: 'jobs', exportName: 'slow', timeoutSeconds: 1 });
    expect(app.uiModules).toEqual([{ type: 'jira:globalPage', key: 'fixture-page', resource: 'main', resolverFunction: 'resolver' }]);
    expect(app.triggers).toEqual([
      { key: 'issue-events', functionKey: 'events', events: ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:set:issue-property'], ignoreSelf: true },
      { key: 'every-change', functionKey: 'on-change', events: ['avi:jira:updated:issue', 'avi:jira:set:issue-property', 'avi:jira:deleted:issue-property', 'avi:jira:created:issuelink'], ignoreSelf: false },
      { key: 'slow-events', functionKey: 'slow-event', events: ['avi:jira:commented:issue'], ignoreSelf: false },
    ]);
    expect(app.consumers.map((c) => [c.queue, c.functionKey])).toEqual([['work', 'work'], ['flaky', 'flaky']]);
    expect(app.scheduledTriggers[0]).toEqual({ key: 'nightly-rollup', functionKey: 'nightly', interval: 'day' });
    expect(app.entityProperties[0]?.propertyKey).toBe('journey');
    expect(app.entities[0]?.name).toBe('dependency');
    expect(app.resources).toEqual([{ key: 'main', path: 'static/main' }]);
  });

  it('refuses an invalid manifest with the validator messages', async () => {
    await expect(loadApp(path.join(__dirname, 'fixture-invalid'))).rejects.toThrow(/not a valid Forge manifest[\s\S]*missing-handler/);
  });
});

describe('resolvers', () => {
  it('run each concurrent invocation as its own user, and asApp as the app', async () => {
    const call = (accountId: string, delayMs: number) =>
      host.invokeResolver<{ accountId: string; user: { actor: Actor; path: string }; app: { actor: Actor }; moduleKey: string }>({
        functionKey: 'resolver', resolverKey: 'whoAmI', payload: { delayMs }, accountId, context: ui,
      });
    // The first caller waits longer, so the second one's invocation runs in between.
    const [alice, bob] = await Promise.all([call('alice-id', 40), call('bob-id', 0)]);
    // asUser() runs as the user, through the app (what makes its changes the app's own for ignoreSelf).
    expect(alice).toEqual({ ok: true, value: expect.objectContaining({ accountId: 'alice-id', user: expect.objectContaining({ actor: { kind: 'user', accountId: 'alice-id', viaApp: true }, path: '/rest/api/3/myself' }) }) });
    expect(bob).toEqual({ ok: true, value: expect.objectContaining({ accountId: 'bob-id', user: expect.objectContaining({ actor: { kind: 'user', accountId: 'bob-id', viaApp: true } }) }) });
    expect(alice.ok && alice.value.app.actor).toEqual({ kind: 'app' });
    expect(alice.ok && alice.value.moduleKey).toBe('fixture-page');
    expect(host.counters().invocations.resolver).toBe(2);
  });

  it('round-trip the store: get/set, query paging, entity index query, transaction', async () => {
    const result = await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'kvsRoundTrip', accountId: 'alice-id', context: ui });
    expect(result).toEqual({
      ok: true,
      value: {
        read: { owner: 'alice' },
        missing: null,
        keys: Array.from({ length: 25 }, (_, i) => `item:${String(i).padStart(2, '0')}`),
        due: ['d2', 'd1'],
        afterTx: null,
      },
    });
    expect(stored('tx:a')).toBe(1);
    expect(host.counters().kvsWrites).toBeGreaterThan(25);
  });

  it('report a transaction over the limit as a failed invocation with the store message', async () => {
    const result = await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'transactionTooBig', accountId: 'alice-id', context: ui });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'TOO_MANY_OPERATIONS', message: expect.stringContaining('at most 25'), timedOut: false }) });
    expect(stored('big:0')).toBeUndefined();
  });

  it('turn a thrown error into an error result without crashing the host', async () => {
    const failed = await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'fail', accountId: undefined, context: ui });
    expect(failed).toEqual({ ok: false, error: expect.objectContaining({ message: 'boom from resolver' }) });
    const unknown = await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'nope', accountId: undefined, context: ui });
    expect(unknown).toEqual({ ok: false, error: expect.objectContaining({ message: "Resolver has no definition for 'nope'." }) });
  });
});

describe('async events', () => {
  it('deliver a pushed body to the consumer of the queue, chained pushes included', async () => {
    const pushed = await host.invokeResolver<{ jobId: string }>({ functionKey: 'resolver', resolverKey: 'enqueue', payload: { queue: 'work', body: { n: 1, chainUntil: 3 } }, accountId: 'alice-id', context: ui });
    expect(pushed.ok).toBe(true);
    expect(host.queuedEvents()).toHaveLength(1);
    await host.drainQueues();
    expect(stored('work:1')).toEqual({ body: { n: 1, chainUntil: 3 }, jobId: pushed.ok && pushed.value.jobId, queueName: 'work' });
    expect(stored('work:3')).toMatchObject({ body: { n: 3 } });
    expect(host.counters().invocations.work).toBe(3);
  });

  it('hold a delayed event until it is due', async () => {
    const before = Date.now();
    await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'enqueue', payload: { queue: 'work', body: { n: 7 }, delayInSeconds: 120 }, accountId: 'alice-id', context: ui });
    expect(host.queuedEvents()[0]?.dueAt).toBeGreaterThanOrEqual(before + 120_000);
  });

  it('retry a consumer that returns an InvocationError, passing retryContext', async () => {
    await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'enqueue', payload: { queue: 'flaky', body: { job: 'x' } }, accountId: 'alice-id', context: ui });
    await host.drainQueues();
    expect(host.counters().invocations.flaky).toBe(3);
    expect(stored('flaky:done')).toEqual({ attempt: 2, retryData: { attempt: 1 }, body: { job: 'x' } });
  });

  it('refuse a push to a queue no consumer listens on', async () => {
    const result = await host.invokeResolver({ functionKey: 'resolver', resolverKey: 'enqueue', payload: { queue: 'nobody', body: {} }, accountId: 'alice-id', context: ui });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ message: expect.stringContaining("No consumer module listens on queue 'nobody'") }) });
  });
});

describe('triggers and schedules', () => {
  it('deliver a product event to the subscribed trigger, as the app', async () => {
    const deliveries = await host.fireProductEvent('avi:jira:created:issue', { issue: { key: 'CRM-1' }, selfGenerated: false });
    // Only the trigger subscribed to the event runs.
    expect(deliveries).toEqual([{ triggerKey: 'issue-events', result: { ok: true, value: undefined } }]);
    expect(stored('trigger:avi:jira:created:issue:CRM-1')).toEqual({ principal: null, installContext: `ari:cloud:jira::site/${host.settings.cloudId}` });
    expect(await host.fireProductEvent('avi:jira:deleted:issue', { issue: { key: 'CRM-1' } })).toEqual([]);
  });

  it('deliver asynchronously through the listener and honour ignoreSelf', async () => {
    host.productEventListener('avi:jira:updated:issue', { issue: { key: 'CRM-2' } });
    const onEvent = host.onProductEvent; // as the Jira emulator would hold it
    onEvent({ eventType: 'avi:jira:updated:issue', issue: { key: 'CRM-3' }, selfGenerated: true } as { eventType: string });
    onEvent({ eventType: 'avi:jira:updated:issue', issue: { key: 'CRM-4' }, selfGenerated: false } as { eventType: string });
    expect(stored('trigger:avi:jira:updated:issue:CRM-2')).toBeUndefined();
    await host.idle();
    expect(stored('trigger:avi:jira:updated:issue:CRM-2')).toBeDefined();
    expect(stored('trigger:avi:jira:updated:issue:CRM-3')).toBeUndefined();
    expect(stored('trigger:avi:jira:updated:issue:CRM-4')).toBeDefined();
    // A trigger without ignoreSelf gets the app's own event too.
    expect(stored('seen:every-change:avi:jira:updated:issue:CRM-3')).toMatchObject({ selfGenerated: true });
  });

  it('run a scheduled trigger on demand, with the scheduled-trigger event', async () => {
    const result = await host.runScheduledTrigger('nightly-rollup');
    expect(result).toEqual({ ok: true, value: { statusCode: 204 } });
    expect(stored('nightly:ran')).toEqual({
      event: { cloudId: host.settings.cloudId, moduleKey: 'nightly-rollup' },
      principal: null,
      info: expect.objectContaining({ actor: { kind: 'app' }, path: '/rest/api/3/serverInfo' }),
    });
  });

  it('stop a function that overruns its timeoutSeconds', async () => {
    const started = Date.now();
    const result = await host.runScheduledTrigger('slow-job');
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ message: 'function slow timed out after 1 s', timedOut: true }) });
    expect(Date.now() - started).toBeLessThan(1_400);
  });
});
