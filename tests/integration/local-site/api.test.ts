/** The site server's JSON API: resolvers driven over HTTP as different users, and the products as a user. */
import { ADMIN, hiddenIssueKey, startDemoSite, TEAM_MEMBER, type RunningLocalSite } from './support';

let site: RunningLocalSite;
beforeAll(async () => {
  site = await startDemoSite();
}, 30_000);
afterAll(() => site.stop());

const journeyOf = (issueKey: string, accountId: string) =>
  site.post('/api/invoke', { moduleKey: 'journey-panel', resolverKey: 'journey/issue', payload: { issueKey }, accountId });

describe('POST /api/invoke', () => {
  it('runs the module resolver as each user, with that user permissions', async () => {
    const hidden = hiddenIssueKey(site.local);
    const [asAdmin, asTeamMember] = await Promise.all([journeyOf(hidden, ADMIN), journeyOf(hidden, TEAM_MEMBER)]);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.json).toEqual({ ok: true, value: expect.objectContaining({ ok: true }) });
    // The invocation succeeds, but the resolver answers the team member with a coded error: MI is not theirs to see.
    expect(asTeamMember.json).toEqual({ ok: true, value: { ok: false, error: expect.objectContaining({ code: expect.any(String) }) } });
    expect(site.local.host.counters().invocations.resolver).toBeGreaterThanOrEqual(2);
  });

  it('answers both users on an issue both can browse', async () => {
    const [asAdmin, asTeamMember] = await Promise.all([journeyOf('EMA-3', ADMIN), journeyOf('EMA-3', TEAM_MEMBER)]);
    expect(asAdmin.json.value.ok).toBe(true);
    expect(asTeamMember.json.value.ok).toBe(true);
  });

  it('refuses a bad request naming the field, an unknown module and an unknown user', async () => {
    const missing = await site.post('/api/invoke', { moduleKey: 'journey-panel', accountId: ADMIN });
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toMatch(/resolverKey/);
    const unknownModule = await site.post('/api/invoke', { moduleKey: 'nope', resolverKey: 'journey/issue' });
    expect(unknownModule.json.error.message).toMatch(/no UI module 'nope'/);
    const unknownUser = await site.post('/api/invoke', { moduleKey: 'journey-panel', resolverKey: 'journey/issue', accountId: 'someone-else' });
    expect(unknownUser.json.error.message).toMatch(/someone-else/);
  });

  it('reports a failed invocation as ok:false with the error', async () => {
    const result = await site.post('/api/invoke', { moduleKey: 'journey-panel', resolverKey: 'no/such-key', accountId: ADMIN });
    expect(result.json).toEqual({ ok: false, error: expect.objectContaining({ message: expect.any(String), timedOut: false }) });
  });
});

describe('POST /api/product/:product', () => {
  it('runs the product as the user: a project the user cannot browse is 404', async () => {
    const hidden = hiddenIssueKey(site.local);
    const request = (accountId: string) => site.post('/api/product/jira', { accountId, restPath: `/rest/api/3/issue/${hidden}?fields=summary`, method: 'GET', headers: [['Accept', 'application/json']] });
    const denied = await request(TEAM_MEMBER);
    expect(denied.status).toBe(200);
    expect(denied.json.status).toBe(404);
    expect(JSON.parse(denied.json.body).errorMessages[0]).toMatch(/does not exist or you do not have permission/);
    const allowed = await request(ADMIN);
    expect(allowed.json.status).toBe(200);
    expect(JSON.parse(allowed.json.body).key).toBe(hidden);
  });

  it('passes a body and counts the call by route pattern', async () => {
    await site.post('/api/instruments/reset', {});
    const search = await site.post('/api/product/jira', {
      accountId: TEAM_MEMBER,
      restPath: '/rest/api/3/search/jql',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jql: 'project in (EMA, MI)', fields: ['summary'] }),
    });
    // Jira itself refuses a JQL naming a project the user cannot see.
    expect(search.json.status).toBe(400);
    expect(JSON.parse(search.json.body).errorMessages.join(' ')).toMatch(/MI/);
    const allowed = await site.post('/api/product/jira', {
      accountId: TEAM_MEMBER,
      restPath: '/rest/api/3/search/jql',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jql: 'project = EMA', fields: ['summary'], maxResults: 5 }),
    });
    expect(JSON.parse(allowed.json.body).issues.map((i: { key: string }) => i.key.split('-')[0])).toEqual(['EMA', 'EMA', 'EMA', 'EMA', 'EMA']);
    const counts = await fetch(`${site.server.url}/api/instruments/counts`).then((r) => r.json());
    expect(counts.products['POST /rest/api/3/search/jql']).toBe(2);
  });

  it('injects a failure through the instruments', async () => {
    const fail = await site.post('/api/instruments/fail', { route: 'GET /rest/api/3/myself', status: 503 });
    expect(fail.json).toEqual({ ok: true });
    const first = await site.post('/api/product/jira', { accountId: ADMIN, restPath: '/rest/api/3/myself' });
    const second = await site.post('/api/product/jira', { accountId: ADMIN, restPath: '/rest/api/3/myself' });
    expect([first.json.status, second.json.status]).toEqual([503, 200]);
  });

  it('refuses an unknown product', async () => {
    const result = await site.post('/api/product/bitbucket', { restPath: '/x' });
    expect(result.status).toBe(400);
  });
});
