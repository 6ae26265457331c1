/** J1/J2 enhanced search, J3 approximate count, J24 legacy search — as a client sees them. */
import { firstInOrder } from '../../../local/jira/search-page';
import type { SiteFile } from '../../../local/site/schema';
import { ANA, ANONYMOUS, BEA, createTestJira, searchAll } from './fixtures';

/** Adds CRM-4 … CRM-(3 + count), copies of the task CRM-3. */
function addCrmIssues(site: SiteFile, count: number): void {
  const template = site.issues.find((issue) => issue.key === 'CRM-3');
  if (!template) throw new Error('the fixture has CRM-3');
  for (let n = 4; n < 4 + count; n += 1) site.issues.push({ ...template, id: String(20000 + n), key: `CRM-${n}`, labels: [], properties: {} });
}

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

  it('enforces maxResults 1–5000', async () => {
    const { call } = createTestJira();
    for (const maxResults of [0, 5001]) {
      const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults } });
      expect(answer.status).toBe(400);
      expect(answer.json.errorMessages).toEqual(['The max results parameter has to be between 1 and 5,000.']);
    }
    const bad = await call('GET', '/rest/api/3/search/jql?jql=project%3DCRM&maxResults=ten');
    expect(bad.status).toBe(400);
  });

  it('serves pages of up to maxResults only for id/key; any field, property or expand gets pages of 100', async () => {
    const { call, site } = createTestJira();
    addCrmIssues(site, 156); // CRM has 159 issues
    const pageOf = async (body: Record<string, unknown>) =>
      (await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 1000, ...body } })).json;
    for (const light of [{}, { fields: ['id'] }, { fields: ['key'] }, { fields: ['id', 'key'] }, { fields: ['-summary'] }, { properties: [] }]) {
      const answer = await pageOf(light);
      expect({ light, size: answer.issues.length, isLast: answer.isLast }).toEqual({ light, size: 159, isLast: true });
    }
    const heavyRequests = [
      { fields: ['summary'] },
      { fields: ['key', 'duedate'] },
      { fields: ['*all'] },
      { fields: ['*navigable'] },
      { properties: ['journey'] },
      { fields: ['id'], expand: 'names' },
      { expand: 'changelog' },
    ];
    for (const heavy of heavyRequests) {
      const answer = await pageOf(heavy);
      expect({ heavy, size: answer.issues.length, isLast: answer.isLast }).toEqual({ heavy, size: 100, isLast: false });
    }
    // GET applies the same rule; a smaller maxResults is honoured either way
    const get = await call('GET', '/rest/api/3/search/jql?jql=project%3DCRM&maxResults=1000&fields=summary');
    expect(get.json.issues).toHaveLength(100);
    const getKeys = await call('GET', '/rest/api/3/search/jql?jql=project%3DCRM&maxResults=1000&fields=key');
    expect(getKeys.json.issues).toHaveLength(159);
    expect((await pageOf({ maxResults: 30, fields: ['summary'] })).issues).toHaveLength(30);
  });

  it('serves 5,000 id-only issues a page at most', async () => {
    const { call, site } = createTestJira();
    addCrmIssues(site, 5100);
    const first = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 5000 } });
    expect(first.json.issues).toHaveLength(5000);
    expect(first.json.isLast).toBe(false);
    const second = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', maxResults: 5000, nextPageToken: first.json.nextPageToken } });
    expect(second.json.issues).toHaveLength(103);
    expect(second.json.isLast).toBe(true);
    expect(second.json).not.toHaveProperty('nextPageToken');
  });

  it('pages of 100 follow nextPageToken through every issue exactly once, in order', async () => {
    const { call, site } = createTestJira();
    addCrmIssues(site, 256); // CRM has 259 issues
    for (const request of [{ fields: ['summary'] }, { properties: ['journey'] }]) {
      const sizes: number[] = [];
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const body = { jql: 'project = CRM ORDER BY key DESC', maxResults: 5000, ...request, ...(token ? { nextPageToken: token } : {}) };
        const page = (await call('POST', '/rest/api/3/search/jql', { body })).json;
        sizes.push(page.issues.length);
        keys.push(...page.issues.map((issue: { key: string }) => issue.key));
        expect(page.isLast).toBe(page.nextPageToken === undefined);
        token = page.nextPageToken;
      } while (token);
      expect(sizes).toEqual([100, 100, 59]);
      expect(keys).toEqual(Array.from({ length: 259 }, (_, i) => `CRM-${259 - i}`));
    }
  });

  it('answers names and schema once, at the top level, with expand=names,schema', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', fields: ['summary', 'duedate'], expand: 'names,schema' } });
    expect(answer.json.names).toEqual({ summary: 'Summary', duedate: 'Due date' });
    expect(answer.json.schema).toEqual({ summary: { type: 'string', system: 'summary' }, duedate: { type: 'date', system: 'duedate' } });
    for (const issue of answer.json.issues) {
      expect(issue).not.toHaveProperty('names');
      expect(issue).not.toHaveProperty('schema');
    }
    const namesOnly = await call('GET', '/rest/api/3/search/jql?jql=key%3DCRM-2&fields=customfield_10015&expand=names');
    expect(namesOnly.json.names).toEqual({ customfield_10015: 'Start date' });
    expect(namesOnly.json).not.toHaveProperty('schema');
    const neither = await call('GET', '/rest/api/3/search/jql?jql=key%3DCRM-2&fields=summary');
    expect(Object.keys(neither.json).sort()).toEqual(['isLast', 'issues']);
  });

  it('refuses more than 50 issues to reconcile', async () => {
    const { call } = createTestJira();
    const ids = Array.from({ length: 51 }, (_, i) => 10000 + i);
    const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', reconcileIssues: ids } });
    expect(answer.status).toBe(400);
    const fifty = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = CRM', reconcileIssues: ids.slice(0, 50) } });
    expect(fifty.status).toBe(200);
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

describe('cutting a page from the matches', () => {
  it('takes the first n in order, as sorting all of them would', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647);
    const numbers = Array.from({ length: 2000 }, () => random() % 500); // with repeats
    const byValue = (a: number, b: number) => a - b;
    for (const count of [1, 100, 1999, 2000, 2500]) {
      expect(firstInOrder(numbers, count, byValue)).toEqual([...numbers].sort(byValue).slice(0, count));
    }
    expect(firstInOrder([], 5, byValue)).toEqual([]);
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
