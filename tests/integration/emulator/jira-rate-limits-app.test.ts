/**
 * The app's client against Jira's rate limits, through the local host: the issue panel's resolver (25 s) answers a
 * quota 429 or a 30 s Retry-After at once with RATE_LIMITED instead of timing out, and waits out a burst 429 that fits.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { createInstruments, type InstrumentOptions } from '../../../local/instruments';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';

jest.setTimeout(30_000);

const APP_DIR = resolve(__dirname, '../../..');
const GET_ISSUE = 'GET /rest/api/3/issue/{issueIdOrKey}';
const ISSUE_KEY = 'EMA-3';

let site: LocalSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function openSite(options: InstrumentOptions): Promise<LocalSite> {
  site = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState(), instruments: createInstruments(options), autoDeliverQueues: false });
  return site;
}

/** The issue panel as the team member opens it, with how long the resolver took. */
async function openPanel(local: LocalSite): Promise<{ answer: ResolverResult<unknown>; ms: number }> {
  const started = Date.now();
  const result = await local.host.invokeResolver<ResolverResult<unknown>>({
    functionKey: 'resolver',
    resolverKey: 'journey/issue',
    payload: { issueKey: ISSUE_KEY },
    accountId: DEMO_ACCOUNTS.teamMember,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issuePanel', issue: { key: ISSUE_KEY } } },
  });
  if (!result.ok) throw new Error(`the invocation failed instead of answering: ${JSON.stringify(result.error)}`);
  return { answer: result.value, ms: Date.now() - started };
}

/** One request the app's way (instrumented), e.g. to spend what a limit allows before the resolver runs. */
async function appRequest(local: LocalSite, path: string): Promise<number> {
  const response = await local.jira(new Request(new URL(path, local.host.settings.siteUrl)), { kind: 'app' });
  return response.status;
}

it('answers RATE_LIMITED at once when the hourly quota is spent, 30 s before it resets', async () => {
  const local = await openSite({ now: () => new Date('2026-10-20T10:59:30.000Z'), jiraLimits: { quota: { pointsPerHour: 1 } } });
  expect(await appRequest(local, '/rest/api/3/field')).toBe(200);

  const { answer, ms } = await openPanel(local);
  expect(answer).toEqual({ ok: false, error: { code: 'RATE_LIMITED', params: expect.objectContaining({ retryAfterSeconds: 30, reason: 'jira-quota-global-based', issueKey: ISSUE_KEY }) } });
  expect(ms).toBeLessThan(2000);
  // Not retried: the quota refuses everything until the hour turns.
  expect(local.instruments.counts()[GET_ISSUE]).toBe(1);
  // The panel asks for the issue and, at once, whether the user may edit it: the quota refuses both.
  expect(local.instruments.jiraLimits.usage().rateLimited).toEqual({ 'jira-quota-global-based': { [GET_ISSUE]: 1, 'GET /rest/api/3/mypermissions': 1 } });
});

it('answers RATE_LIMITED at once when a burst 429 asks for 30 s, more than the resolver has left', async () => {
  const local = await openSite({});
  local.instruments.failNext(GET_ISSUE, { status: 429, retryAfterSeconds: 30, reason: 'jira-burst-based' });

  const { answer, ms } = await openPanel(local);
  expect(answer).toEqual({ ok: false, error: { code: 'RATE_LIMITED', params: expect.objectContaining({ retryAfterSeconds: 30, reason: 'jira-burst-based' }) } });
  expect(ms).toBeLessThan(2000);
  expect(local.instruments.counts()[GET_ISSUE]).toBe(1);
});

it('waits out a burst 429 that fits and shows the panel', async () => {
  // One request a second for reading an issue; the app spends it, so the panel's first read is refused for a second.
  const local = await openSite({ jiraLimits: { burst: { endpoints: { [GET_ISSUE]: 1 } } } });
  expect(await appRequest(local, `/rest/api/3/issue/${ISSUE_KEY}`)).toBe(200);

  const { answer, ms } = await openPanel(local);
  expect(answer).toMatchObject({ ok: true, data: { issue: { key: ISSUE_KEY } } });
  const refused = local.instruments.jiraLimits.usage().rateLimited['jira-burst-based']?.[GET_ISSUE] ?? 0;
  expect(refused).toBeGreaterThanOrEqual(1);
  // the app's own read and the panel's read that went through after the wait
  expect((local.instruments.counts()[GET_ISSUE] ?? 0) - refused).toBeGreaterThanOrEqual(2);
  expect(ms).toBeGreaterThanOrEqual(900);
  expect(ms).toBeLessThan(25_000);
});
