/**
 * Jira's rate limits for apps on the instrumented Jira emulator (local/jira/rate-limits.ts): points per request, the
 * hourly quota, per-endpoint bursts and per-issue writes, with the headers and counts a client and a test read.
 */
import { JIRA_ROUTE_PATTERNS, createJiraEmulator } from '../../../local/jira';
import { createInstruments, type InstrumentOptions } from '../../../local/instruments';
import type { Actor } from '../../../local/site/actor';
import { APP, PROPERTY_INDEX, buildSite } from './fixtures';

function setup(limits?: InstrumentOptions['jiraLimits'], start = '2026-10-20T10:00:00.000Z') {
  let clock = new Date(start);
  const instruments = createInstruments({ now: () => clock, sleep: async () => undefined, ...(limits ? { jiraLimits: limits } : {}) });
  const jira = createJiraEmulator({ site: buildSite(), propertyIndex: PROPERTY_INDEX });
  const fetch = instruments.wrap('jira', jira.fetch, JIRA_ROUTE_PATTERNS);
  async function send(method: string, path: string, body?: unknown, actor: Actor = APP) {
    const init = body === undefined ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    const response = await fetch(new Request(`https://acme.atlassian.net${path}`, init), actor);
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
  }
  return { instruments, limits: instruments.jiraLimits, send, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

const SEARCH = 'POST /rest/api/3/search/jql';
const searchCrm = { jql: 'project = CRM', fields: ['summary'] }; // three issues
const setJourney = (issueKey: string) => ['PUT', `/rest/api/3/issue/${issueKey}/properties/journey`, { stage: 'Awareness' }] as const;

describe('points', () => {
  it('charges a read 1 point plus its objects (2 for a user), a write 1 point, a refusal 1 point', async () => {
    const { send, limits } = setup();
    expect((await send('POST', '/rest/api/3/search/jql', searchCrm)).json).toMatchObject({ issues: [{}, {}, {}] });
    await send('POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['CRM-1', 'DATA-2'], fields: ['summary'] });
    await send('GET', '/rest/api/3/myself');
    expect((await send(...setJourney('CRM-2'))).status).toBeLessThan(300);
    expect((await send('GET', '/rest/api/3/issue/NOPE-1')).status).toBe(404);
    expect(limits.usage()).toMatchObject({
      quota: { pool: 'global', pointsPerHour: 65_000, used: 4 + 3 + 3 + 1 + 1, resetsAt: '2026-10-20T11:00:00.000Z' },
      points: {
        [SEARCH]: 4,
        'POST /rest/api/3/issue/bulkfetch': 3,
        'GET /rest/api/3/myself': 3,
        'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': 1,
        'GET /rest/api/3/issue/{issueIdOrKey}': 1,
      },
      rateLimited: {},
    });
  });

  it('states the quota and the endpoint rate on every answer', async () => {
    const { send, advance } = setup();
    advance(15 * 60_000);
    const answer = await send('GET', '/rest/api/3/field');
    expect(answer.status).toBe(200);
    expect(Object.fromEntries(['ratelimit-policy', 'ratelimit', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-nearlimit'].map((h) => [h, answer.headers.get(h)]))).toEqual({
      'ratelimit-policy': '"global-app-quota";q=65000;w=3600',
      'ratelimit': '"global-app-quota";t=2700',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-nearlimit': null,
    });
  });
});

describe('the hourly quota', () => {
  it('refuses every request for the rest of the UTC hour once spent, saying when it resets', async () => {
    const { send, limits, advance } = setup({ quota: { pointsPerHour: 10 } }, '2026-10-20T10:59:30.000Z');
    await send('POST', '/rest/api/3/search/jql', searchCrm);
    await send('POST', '/rest/api/3/search/jql', searchCrm);
    const last = await send('POST', '/rest/api/3/search/jql', searchCrm); // let in at 8 of 10 points, ends at 12
    expect(last.status).toBe(200);
    expect([last.headers.get('ratelimit'), last.headers.get('x-ratelimit-nearlimit')]).toEqual(['"global-app-quota";r=0;t=30', 'true']);

    const refused = await send('POST', '/rest/api/3/search/jql', searchCrm);
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(Object.fromEntries(['retry-after', 'ratelimit-reason', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'].map((h) => [h, refused.headers.get(h)]))).toEqual({
      'retry-after': '30',
      'ratelimit-reason': 'jira-quota-global-based',
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '2026-10-20T11:00:00Z',
    });
    // every endpoint, reads and writes alike
    expect((await send('GET', '/rest/api/3/field')).status).toBe(429);
    expect((await send(...setJourney('CRM-2'))).status).toBe(429);
    expect(limits.usage().rateLimited).toEqual({
      'jira-quota-global-based': { [SEARCH]: 1, 'GET /rest/api/3/field': 1, 'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': 1 },
    });

    advance(30_000); // 11:00:00, a new hour
    expect((await send('POST', '/rest/api/3/search/jql', searchCrm)).status).toBe(200);
    expect(limits.usage().quota).toMatchObject({ used: 4, resetsAt: '2026-10-20T12:00:00.000Z' });
  });

  it('names the per-tenant pool when the app has one', async () => {
    const { send } = setup({ quota: { pool: 'tenant', pointsPerHour: 1 } });
    await send('GET', '/rest/api/3/field');
    const refused = await send('GET', '/rest/api/3/field');
    expect([refused.status, refused.headers.get('ratelimit-reason'), refused.headers.get('ratelimit-policy')]).toEqual([429, 'jira-quota-tenant-based', '"tenant-app-quota";q=1;w=3600']);
  });
});

describe('bursts', () => {
  it('lets an endpoint take its rate in one second, then refuses that endpoint only until a token is back', async () => {
    const { send, limits, advance } = setup();
    const statuses = await Promise.all(Array.from({ length: 101 }, () => send('GET', '/rest/api/3/field').then((a) => a.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    const refused = await send('GET', '/rest/api/3/field');
    expect([refused.status, refused.headers.get('ratelimit-reason'), refused.headers.get('retry-after'), refused.headers.get('x-ratelimit-limit')]).toEqual([429, 'jira-burst-based', '1', '100']);
    expect((await send('GET', '/rest/api/3/issueLinkType')).status).toBe(200);
    expect((await send('POST', '/rest/api/3/search/jql', searchCrm)).status).toBe(200);

    advance(10); // 100 tokens a second: one is back
    expect((await send('GET', '/rest/api/3/field')).status).toBe(200);
    expect((await send('GET', '/rest/api/3/field')).status).toBe(429);
    expect(limits.usage().rateLimited).toEqual({ 'jira-burst-based': { 'GET /rest/api/3/field': 3 } });
  });

  it('gives PUT 50 a second and GET issue 150, as documented', async () => {
    const { send } = setup();
    const keys = ['CRM-1', 'CRM-2', 'CRM-3', 'DATA-1', 'DATA-2', 'DATA-3', 'SEC-1']; // spread, so no issue takes 20 writes
    const puts = await Promise.all(Array.from({ length: 51 }, (_, i) => send(...setJourney(keys[i % keys.length] as string)).then((a) => a.status)));
    expect(puts.filter((s) => s === 429)).toHaveLength(1);
    const gets = await Promise.all(Array.from({ length: 151 }, () => send('GET', '/rest/api/3/issue/CRM-1').then((a) => a.status)));
    expect(gets.filter((s) => s === 429)).toHaveLength(1);
  });
});

describe('writes to one issue', () => {
  it('allow 20 in 2 s: the 21st is refused for that issue only', async () => {
    const { send, advance } = setup();
    for (let i = 0; i < 20; i += 1) expect((await send(...setJourney('CRM-2'))).status).toBeLessThan(300);
    const refused = await send(...setJourney('CRM-2'));
    expect([refused.status, refused.headers.get('ratelimit-reason'), refused.headers.get('retry-after')]).toEqual([429, 'jira-per-issue-on-write', '2']);
    expect((await send(...setJourney('CRM-3'))).status).toBeLessThan(300);
    expect((await send('GET', '/rest/api/3/issue/CRM-2/properties/journey')).status).toBe(200);
    advance(2000);
    expect((await send(...setJourney('CRM-2'))).status).toBeLessThan(300);
  });

  it('allow 100 in 30 s', async () => {
    const { send, advance } = setup();
    for (let round = 0; round < 5; round += 1) {
      for (let i = 0; i < 20; i += 1) expect((await send(...setJourney('CRM-2'))).status).toBeLessThan(300);
      advance(2100);
    }
    // 10.5 s after the first write: the long window is full until that write is 30 s old
    const refused = await send(...setJourney('CRM-2'));
    expect([refused.status, refused.headers.get('ratelimit-reason'), refused.headers.get('retry-after')]).toEqual([429, 'jira-per-issue-on-write', '20']);
  });
});

describe('relaxing a limit and resetting', () => {
  it('lets a test relax one limit only when it says why; the others and the points still count', async () => {
    const { send, limits } = setup({ quota: { pointsPerHour: 400 } });
    expect(() => limits.relax('burst', ' ')).toThrow(/reason/);
    limits.relax('burst', 'this test is about the quota, not about bursts');
    const statuses = await Promise.all(Array.from({ length: 150 }, () => send('GET', '/rest/api/3/issue/CRM-1').then((a) => a.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await send('GET', '/rest/api/3/field')).status).toBe(200);
    const quotaStillCounts = await Promise.all(Array.from({ length: 200 }, () => send('GET', '/rest/api/3/issue/CRM-1').then((a) => a.status)));
    expect(quotaStillCounts).toContain(429);
    expect(limits.usage()).toMatchObject({ relaxed: { burst: 'this test is about the quota, not about bursts' }, rateLimited: { 'jira-quota-global-based': expect.any(Object) } });
    expect(limits.usage().rateLimited['jira-burst-based']).toBeUndefined();
  });

  it('refills the quota and empties the counts on reset, keeping relaxations', async () => {
    const { send, instruments, limits } = setup({ quota: { pointsPerHour: 1 } });
    limits.relax('per-issue-write', 'a reason');
    await send('GET', '/rest/api/3/field');
    expect((await send('GET', '/rest/api/3/field')).status).toBe(429);
    instruments.reset();
    expect(limits.usage()).toMatchObject({ quota: { used: 0 }, points: {}, rateLimited: {}, relaxed: { 'per-issue-write': 'a reason' } });
    expect((await send('GET', '/rest/api/3/field')).status).toBe(200);
  });

  it('leaves injected failures to the instruments and does not charge them', async () => {
    const { send, instruments, limits } = setup();
    instruments.failNext('GET /rest/api/3/field', { status: 503 });
    expect((await send('GET', '/rest/api/3/field')).status).toBe(503);
    expect(limits.usage().points).toEqual({});
  });
});
