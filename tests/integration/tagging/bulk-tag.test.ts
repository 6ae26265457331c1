/**
 * The issue navigator's bulk action (`tags/bulk`): a team member who may edit only EMA tags ten selected issues.
 * Each issue gets its own outcome, the one they may not edit is named and untouched, and the whole action costs
 * one conditional write per distinct stored value plus two reads, not one request per issue.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { JOURNEY_PROPERTY_KEY } from '../../../src/domain';
import { call, dataOf, givenTheDemoCatalogue, openDemoSite, storedProperty, untaggedIssue } from './support';

let site: LocalSite;
beforeEach(async () => {
  site = await openDemoSite();
  await givenTheDemoCatalogue(site);
});
afterEach(() => site.close());

const { teamMember, admin } = DEMO_ACCOUNTS;

function keysOf(projectKey: string, count: number): string[] {
  return site.site.issues.filter((i) => i.projectKey === projectKey).slice(0, count).map((i) => i.key);
}

const totalRequests = () => Object.values(site.instruments.counts()).reduce((sum, n) => sum + n, 0);
const WRITE = 'PUT /rest/api/3/issue/properties/{propertyKey}';
/** How many different journey property values the issues store now (no property counts as one). */
const distinctValues = (keys: readonly string[]) => new Set(keys.map((key) => JSON.stringify(storedProperty(site, key) ?? null))).size;

describe('a team member bulk-tags ten issues', () => {
  it('tags the nine EMA issues, names the DATA issue they may not edit and leaves it unchanged', async () => {
    const ema = keysOf('EMA', 9);
    const [data] = keysOf('DATA', 1) as [string];
    const dataBefore = JSON.stringify(storedProperty(site, data));
    const emaBefore = new Map(ema.map((key) => [key, storedProperty(site, key) as Record<string, string[]> | undefined]));
    const groups = distinctValues([...ema, data]);
    site.instruments.reset();

    const result = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: [...ema.slice(0, 5), data, ...ema.slice(5)], add: { touchpoint: ['app'], lifecycle: ['set-up'] } }));

    expect(result.counts).toEqual({ done: 9, unconfirmed: 0, 'no-permission': 1, 'not-found': 0, failed: 0 });
    expect(result.results[5]).toMatchObject({ issueKey: data, outcome: 'no-permission', changed: false });
    expect(result.results.filter((r) => r.outcome === 'done').map((r) => r.issueKey)).toEqual(ema);
    expect(JSON.stringify(storedProperty(site, data))).toBe(dataBefore);
    for (const key of ema) {
      const stored = storedProperty(site, key) as Record<string, string[]>;
      expect(stored.touchpoint).toContain('app');
      expect(stored.lifecycle).toContain('set-up');
      expect(stored.phase).toContain('use');
      // Terms that were there stay.
      for (const id of emaBefore.get(key)?.channel ?? []) expect(stored.channel).toContain(id);
    }
    // One conditional write (and its task) per distinct stored value; one read, one read-back, and one permission
    // check to tell why Jira skipped the DATA issue.
    expect(site.instruments.counts()).toEqual({ 'POST /rest/api/3/issue/bulkfetch': 2, [WRITE]: groups, 'GET /rest/api/3/task/{taskId}': groups, 'POST /rest/api/3/permissions/check': 1 });
  });

  it('needs four requests for ten issues that store the same tags: read, one conditional write, its task, read-back', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => untaggedIssue(site, 'EMA', i));
    site.instruments.reset();
    const result = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: keys, add: { channel: ['whatsapp'] } }));
    expect(result.counts.done).toBe(10);
    expect(totalRequests()).toBe(4);
    for (const key of keys) expect(storedProperty(site, key)).toMatchObject({ channel: ['whatsapp'] });
  });

  it('sends one write per distinct stored value, not one per issue', async () => {
    const keys = keysOf('EMA', 10);
    const groups = distinctValues(keys);
    expect(groups).toBeLessThan(10);
    site.instruments.reset();
    const result = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: keys, add: { channel: ['whatsapp'] } }));
    expect(result.counts.done).toBe(10);
    expect(site.instruments.counts()[WRITE]).toBe(groups);
    expect(totalRequests()).toBe(2 + 2 * groups);
  });

  it('still tags everything when Jira first answers the write with 429, sending the write again', async () => {
    const keys = keysOf('EMA', 4);
    const groups = distinctValues(keys);
    site.instruments.failNext(WRITE, { status: 429, retryAfterSeconds: 0, reason: 'jira-per-issue-on-write' });
    const result = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: keys, add: { channel: ['chat'] } }));
    expect(result.counts.done).toBe(4);
    expect(site.instruments.counts()[WRITE]).toBe(groups + 1);
  });

  it('names the issues whose write Jira throttled for the hour, and tagging just those again finishes them', async () => {
    const keys = Array.from({ length: 3 }, (_, i) => untaggedIssue(site, 'EMA', i));
    // A quota 429 is never retried (retry-policy.ts): the one write these issues share is refused at once.
    site.instruments.failNext(WRITE, { status: 429, retryAfterSeconds: 30, reason: 'jira-quota-global-based' });
    const first = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: keys, add: { channel: ['chat'] } }));
    expect(first.results).toEqual(keys.map((issueKey) => ({ issueKey, outcome: 'failed', changed: false, reason: 'throttled', retryAfterSeconds: 30, detail: expect.any(String) })));
    for (const key of keys) expect(storedProperty(site, key)).toBeUndefined();

    const again = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: first.results.map((r) => r.issueKey), add: { channel: ['chat'] } }));
    expect(again.counts.done).toBe(3);
    for (const key of keys) expect(storedProperty(site, key)).toMatchObject({ channel: ['chat'] });
  });

  it('removes a term from every issue a JQL finds', async () => {
    const withIt = site.site.issues.filter((i) => i.projectKey === 'EMA' && (i.properties[JOURNEY_PROPERTY_KEY] as { channel?: string[] } | undefined)?.channel?.includes('email'));
    expect(withIt.length).toBeGreaterThan(0);
    const result = dataOf(await call(site, teamMember, 'tags/bulk', { jql: 'project = EMA AND journeyChannel = "email"', remove: { channel: ['email'] } }));
    expect(result.counts.done).toBe(withIt.length);
    expect(result.results.every((r) => r.changed)).toBe(true);
    for (const issue of withIt) expect((storedProperty(site, issue.key) as { channel: string[] }).channel).not.toContain('email');
  });

  it('reports an issue they cannot browse as not found, and an untouched one as done without a write', async () => {
    const [mi] = keysOf('MI', 1) as [string];
    const [ema] = keysOf('EMA', 1) as [string];
    dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: [ema], add: { action: ['inform-me'] } }));
    const result = dataOf(await call(site, teamMember, 'tags/bulk', { issueKeys: [ema, mi], add: { action: ['inform-me'] } }));
    expect(result.results).toEqual([
      { issueKey: ema, outcome: 'done', changed: false },
      { issueKey: mi, outcome: 'not-found', changed: false },
    ]);
  });

  it('is refused as a whole when it would add a retired term', async () => {
    dataOf(await call(site, admin, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'retire', dimension: 'channel', termId: 'sms', retired: true }] }));
    site.instruments.reset();
    const answer = await call(site, teamMember, 'tags/bulk', { issueKeys: keysOf('EMA', 3), add: { channel: ['sms'] } });
    expect(answer).toEqual({ ok: false, error: { code: 'TERM_RETIRED', field: 'add.channel', params: { dimension: 'channel', termId: 'sms' } } });
    expect(totalRequests()).toBe(0);
  });

  it('is refused a JQL that selects more than 100 issues', async () => {
    const answer = await call(site, DEMO_ACCOUNTS.programmeManager, 'tags/bulk', { jql: 'project in (EMA, DATA, COM, LOY, MI, PRT, OPS)', add: { channel: ['push'] } });
    expect(answer).toEqual({ ok: false, error: { code: 'BULK_TOO_MANY', field: 'jql', params: { limit: 100 } } });
  });

  it('is told in Jira’s own words when Jira refuses the JQL, not that Jira is unavailable', async () => {
    const answer = await call(site, teamMember, 'tags/bulk', { jql: 'project = "EMA', add: { channel: ['push'] } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'JIRA_REJECTED', params: { status: 400, message: expect.stringContaining('JQL') } } });
  });

  it('gets a payload error without choosing any term', async () => {
    const answer = await call(site, teamMember, 'tags/bulk', { issueKeys: keysOf('EMA', 2) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'add' } });
  });
});
