/** J1/J2 enhanced search, J3 approximate count, J24 legacy search — as a client sees them. */
import { ANA, ANONYMOUS, BEA, createTestJira, searchAll } from './fixtures';

describe('GET/POST /rest/api/3/search/jql', () => {
  it('returns id, key, self and no fields object unless fields are named', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/search/jql?jql=project%20%3D%20CRM');
    expect(answer.status).toBe(200);
    expect(answer.json.isLast).toBe(true);
    expect(answer.json).not.toHaveProperty('nextPageToken');
    expect(answer.json).not.toHaveProperty('total');
    expect(answer.json.issues.map((i: { key: string }) => i.key)).toEqual(['CRM-1', 'CRM-2', 'CRM-3']);
    expect(answer.json.issues[0]).toEqual({
      expand: expect.any(String),
      id: '10010',
      key: 'CRM-1',
      self: 'https://acme.atlassian.net/rest/api/3/issue/10010',
    });
  });

  it('returns only the requested fields, plus properties', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/search/jql?jql=key%3DCRM-2&fields=summary,duedate&fields=customfield_10015&properties=journey');
    const [issue] = answer.json.issues;
    expect(Object.keys(issue.fields).sort()).toEqual(['customfield_10015', 'duedate', 'summary']);
    expect(issue.fields).toEqual({ summary: 'Summary of CRM-2', duedate: '2026-11-30', customfield_10015: '2026-10-01' });
    expect(issue.properties).toEqual({ journey: { stage: 'Awareness', touchpoints: ['website', 'app'], score: 3 } });
  });

  it('supports *all minus excluded fields', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'key = CRM-2', fields: ['*all', '-description', '-issuelinks'] } });
    const fields = answer.json.issues[0].fields;
    expect(fields).toHaveProperty('parent.key', 'CRM-1');
    expect(fields).toHaveProperty('status.statusCategory.key', 'new');
    expect(fields).not.toHaveProperty('description');
    expect(fields).not.toHaveProperty('issuelinks');
  });

  it('pages with nextPageToken, serving each issue exactly once, even when issues are created between pages', async () => {
    const { call } = createTestJira();
    const first = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project in (CRM, DATA) ORDER BY key', maxResults: 2 } });
    expect(first.json.isLast).toBe(false);
    expect(first.json.issues).toHaveLength(2);
    await call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'CRM' }, issuetype: { name: 'Task' }, summary: 'late arrival' } } });
    const keys = [...first.json.issues.map((i: { key: string }) => i.key)];
    let token = first.json.nextPageToken;
    while (token) {
      const page = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project in (CRM, DATA) ORDER BY key', maxResults: 2, nextPageToken: token } });
      keys.push(...page.json.issues.map((i: { key: string }) => i.key));
      token = page.json.nextPageToken;
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['CRM-1', 'CRM-2', 'CRM-3', 'CRM-4', 'DATA-1', 'DATA-2', 'DATA-3']);
  });

  it('rejects tampered, foreign-query, numeric and duplicated tokens with 400', async () => {
    const { call } = createTestJira();
    const first = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 1 } });
    const token: string = first.json.nextPageToken;
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'BB' : 'AA'}`;
    for (const body of [
      { jql: 'project = CRM', nextPageToken: tampered },
      { jql: 'project = DATA', nextPageToken: token },
      { jql: 'project = CRM', nextPageToken: '12345' },
    ]) {
      const answer = await call('POST', '/rest/api/3/search/jql', { body });
      expect(answer.status).toBe(400);
      expect(answer.json.errorMessages).toHaveLength(1);
    }
    const twice = await call('GET', `/rest/api/3/search/jql?jql=project%3DCRM&nextPageToken=${token}&nextPageToken=${token}`);
    expect(twice.status).toBe(400);
  });

  it('expires tokens after 7 days', async () => {
    const { call, setClock } = createTestJira();
    const first = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 1 } });
    setClock(new Date('2026-10-28T10:00:00.000Z'));
    const later = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', nextPageToken: first.json.nextPageToken } });
    expect(later.status).toBe(400);
  });

  it('treats an empty or null token as the first page', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', nextPageToken: null } });
    expect(answer.json.issues).toHaveLength(3);
    const empty = await call('GET', '/rest/api/3/search/jql?jql=project%3DCRM&nextPageToken=');
    expect(empty.json.issues).toHaveLength(3);
  });

  it('enforces maxResults 1–5000 and caps heavy pages at 100', async () => {
    const { call, site } = createTestJira();
    for (const maxResults of [0, 5001]) {
      const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults } });
      expect(answer.status).toBe(400);
      expect(answer.json.errorMessages).toEqual(['The max results parameter has to be between 1 and 5,000.']);
    }
    for (let n = 4; n < 160; n += 1) {
      site.issues.push({ ...site.issues[2]!, id: String(11000 + n), key: `CRM-${n}`, labels: [], properties: {} });
    }
    const light = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 1000, fields: ['summary'] } });
    expect(light.json.issues).toHaveLength(159);
    const heavy = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 1000, fields: ['*all'] } });
    expect(heavy.json.issues).toHaveLength(100);
    expect(heavy.json.isLast).toBe(false);
  });

  it('drops issues of projects the user cannot browse', async () => {
    const { call } = createTestJira();
    expect(await searchAll(call, 'project in (CRM, DATA) OR labels = q4', BEA)).toEqual(['CRM-1', 'CRM-2', 'CRM-3', 'DATA-1', 'DATA-2', 'DATA-3']);
    expect(await searchAll(call, 'issuetype = Task', ANA)).toEqual(['CRM-3', 'SEC-1']);
    expect(await searchAll(call, 'issuetype = Task', BEA)).toEqual(['CRM-3']);
  });

  it('answers 400 for unbounded, malformed and unknown-field JQL', async () => {
    const { call } = createTestJira();
    const cases: Array<[string, string | RegExp]> = [
      ['', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
      ['ORDER BY key', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
      ['project = "unterminated', /^Error in the JQL Query: The quoted string 'unterminated' has not been completed/],
      ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
      ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
      ['project = CRM AND', /^Error in the JQL Query: /],
    ];
    for (const [jql, message] of cases) {
      const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql } });
      expect(answer.status).toBe(400);
      expect(answer.json.errors).toEqual({});
      expect(answer.json.errorMessages[0]).toMatch(message);
    }
  });

  it('says a hidden project does not exist rather than revealing it', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/search/jql', { actor: BEA, body: { jql: 'project = SEC' } });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages).toEqual(["The value 'SEC' does not exist for the field 'project'."]);
  });

  it('POST reads only the body: unknown or mistyped members are 400, query-string jql is ignored', async () => {
    const { call } = createTestJira();
    expect((await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', startAt: 0 } })).status).toBe(400);
    expect((await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 'ten' } })).status).toBe(400);
    const ignored = await call('POST', '/rest/api/3/search/jql?jql=project%3DCRM', { body: {} });
    expect(ignored.status).toBe(400);
    expect(ignored.json.errorMessages[0]).toMatch(/^Unbounded JQL/);
  });

  it('answers 415 problem+json to a POST without a JSON content type', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/search/jql', { rawBody: '{"jql":"project = CRM"}', contentType: null });
    expect(answer.status).toBe(415);
    expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(answer.json).toMatchObject({ title: 'Unsupported Media Type', instance: '/rest/api/3/search/jql' });
  });

  it('answers 401 to anonymous callers', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/search/jql?jql=project%3DCRM', { actor: ANONYMOUS });
    expect(answer.status).toBe(401);
    expect(answer.json.errorMessages).toHaveLength(1);
  });
});

describe('POST /rest/api/3/search/approximate-count', () => {
  it('counts visible matches and rejects bad JQL', async () => {
    const { call } = createTestJira();
    expect((await call('POST', '/rest/api/3/search/approximate-count', { body: { jql: 'issuetype = Task' } })).json).toEqual({ count: 2 });
    expect((await call('POST', '/rest/api/3/search/approximate-count', { actor: BEA, body: { jql: 'issuetype = Task' } })).json).toEqual({ count: 1 });
    expect((await call('POST', '/rest/api/3/search/approximate-count', { body: { jql: 'status ==' } })).status).toBe(400);
  });
});

describe('legacy /rest/api/3/search', () => {
  it('is gone with 410 pointing at CHANGE-2046', async () => {
    const { call } = createTestJira();
    for (const method of ['GET', 'POST']) {
      const answer = await call(method, '/rest/api/3/search?jql=project%3DCRM', method === 'POST' ? { body: { jql: 'project = CRM' } } : {});
      expect(answer.status).toBe(410);
      expect(answer.json.errorMessages[0]).toMatch(/search\/jql.*CHANGE-2046/);
    }
  });
});
