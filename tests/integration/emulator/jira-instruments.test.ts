/** local/instruments.ts around the Jira emulator: counts by route pattern, injected 429/5xx, latency. */
import { JIRA_ROUTE_PATTERNS, createJiraEmulator } from '../../../local/jira';
import { createInstruments } from '../../../local/instruments';
import type { Actor } from '../../../local/site/actor';
import { PROPERTY_INDEX, buildSite } from './fixtures';

function setup() {
  const slept: number[] = [];
  const instruments = createInstruments({ now: () => new Date('2026-10-20T10:00:00.000Z'), sleep: async (ms) => void slept.push(ms) });
  const jira = createJiraEmulator({ site: buildSite(), propertyIndex: PROPERTY_INDEX });
  const fetch = instruments.wrap('jira', jira.fetch, JIRA_ROUTE_PATTERNS);
  const app: Actor = { kind: 'app' };
  const get = (path: string) => fetch(new Request(`https://acme.atlassian.net${path}`), app);
  return { instruments, get, slept };
}

describe('instruments', () => {
  it('counts calls by route pattern, not concrete path', async () => {
    const { instruments, get } = setup();
    await get('/rest/api/3/issue/CRM-1');
    await get('/rest/api/3/issue/CRM-2');
    await get('/rest/api/3/issue/CRM-2/properties');
    await get('/rest/api/3/search/jql?jql=project%3DCRM');
    expect(instruments.counts()).toEqual({
      'GET /rest/api/3/issue/{issueIdOrKey}': 2,
      'GET /rest/api/3/issue/{issueIdOrKey}/properties': 1,
      'GET /rest/api/3/search/jql': 1,
    });
    instruments.reset();
    expect(instruments.counts()).toEqual({});
  });

  it('injects 429 with Retry-After, RateLimit-Reason, X-RateLimit-* and the Jira body, the given number of times', async () => {
    const { instruments, get } = setup();
    instruments.failNext('GET /rest/api/3/search/jql', { status: 429, retryAfterSeconds: 7, reason: 'jira-burst-based' }, 2);
    for (let i = 0; i < 2; i += 1) {
      const answer = await get('/rest/api/3/search/jql?jql=project%3DCRM');
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('7');
      expect(answer.headers.get('ratelimit-reason')).toBe('jira-burst-based');
      expect(answer.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(answer.headers.get('x-ratelimit-reset')).toBe('2026-10-20T10:00Z');
      expect(await answer.json()).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    }
    expect((await get('/rest/api/3/search/jql?jql=project%3DCRM')).status).toBe(200);
    expect((await get('/rest/api/3/issue/CRM-1')).status).toBe(200);
  });

  it('injects 5xx by pattern with {param} segments, and adds latency', async () => {
    const { instruments, get, slept } = setup();
    instruments.failNext('/rest/api/3/issue/{issueIdOrKey}', { status: 503 });
    instruments.setLatency('*', 20);
    instruments.setLatency('GET /rest/api/3/issue/{issueIdOrKey}', 150);
    expect((await get('/rest/api/3/issue/CRM-1')).status).toBe(503);
    expect((await get('/rest/api/3/issue/CRM-1')).status).toBe(200);
    await get('/rest/api/3/field');
    expect(slept).toEqual([150, 150, 20]);
  });
});
