/** The JQL subset (through search, as the app uses it), J4 jql/match and J5 jql/parse. */
import { APP, BEA, createTestJira, searchAll } from './fixtures';

describe('JQL through /search/jql', () => {
  const cases: Array<[string, string[]]> = [
    ['project = crm', ['CRM-1', 'CRM-2', 'CRM-3']],
    ['project = 10001', ['DATA-1', 'DATA-2', 'DATA-3']],
    ['project = "Data Platform" and issuetype = Epic', ['DATA-1']],
    ['PROJECT IN (CRM, DATA) AND type = epic', ['CRM-1', 'DATA-1']],
    ['project not in (CRM, DATA)', ['SEC-1']],
    ['key = CRM-2', ['CRM-2']],
    ['key in (crm-3, 10020)', ['CRM-3', 'DATA-1']],
    ['parent = CRM-1', ['CRM-2']],
    ['parent in (CRM-1, DATA-1)', ['CRM-2', 'DATA-2']],
    ['project = CRM AND parent is EMPTY', ['CRM-1', 'CRM-3']],
    ['status = "In Progress"', ['CRM-1']],
    ['statusCategory = Done', ['CRM-3']],
    ['statusCategory != done and project = CRM', ['CRM-1', 'CRM-2']],
    ['labels = q4', ['CRM-2', 'DATA-3']],
    ['labels in (journey)', ['CRM-2']],
    ['labels != journey', ['DATA-3']],
    ['project = DATA AND labels is EMPTY', ['DATA-1', 'DATA-2']],
    ['labels is not empty', ['CRM-2', 'DATA-3']],
    ['duedate < 2026-11-01', ['CRM-3']],
    ['duedate >= "2026/11/30"', ['CRM-2', 'DATA-2']],
    ['due <= 2026-11-30 AND due > 2026-09-15', ['CRM-2']],
    ['project = DATA AND duedate is EMPTY', ['DATA-1', 'DATA-3']],
    ['"Start date" = 2026-10-01', ['CRM-2']],
    ['cf[10015] is not EMPTY', ['CRM-2']],
    ['customfield_10015 > 2026-09-01', ['CRM-2']],
    ['issue.property[journey].stage = Awareness', ['CRM-2']],
    ['journeyStage in (Awareness, Purchase)', ['CRM-2', 'DATA-2']],
    ['journeyTouchpoint = app', ['CRM-2']],
    ['journeyTouchpoint = store OR journeyTouchpoint = website', ['CRM-2', 'DATA-2']],
    ['journeyScore > 5', ['DATA-2']],
    ['journeyscore <= 3', ['CRM-2']],
    ['project = DATA AND journeyStage is EMPTY', ['DATA-1', 'DATA-3']],
    ['project = CRM AND NOT issuetype = Epic', ['CRM-2', 'CRM-3']],
    ['project = CRM and !(status = Done or status = "In Progress")', ['CRM-2']],
    ['project = CRM OR project = DATA AND issuetype = Epic', ['CRM-1', 'CRM-2', 'CRM-3', 'DATA-1']],
    ['(project = CRM OR project = DATA) AND issuetype = Epic', ['CRM-1', 'DATA-1']],
    ['summary ~ "checkout"', ['CRM-1']],
  ];
  it.each(cases)('%s', async (jql, expected) => {
    const { call } = createTestJira();
    expect(await searchAll(call, jql, APP, 3)).toEqual(expected);
  });

  it('orders by ORDER BY fields, EMPTY last ascending and first descending, then by id', async () => {
    const { call } = createTestJira();
    expect(await searchAll(call, 'project in (CRM, DATA) ORDER BY duedate ASC, key DESC')).toEqual(['CRM-3', 'CRM-2', 'DATA-2', 'DATA-3', 'DATA-1', 'CRM-1']);
    expect(await searchAll(call, 'project in (CRM, DATA) order by duedate desc')).toEqual(['CRM-1', 'DATA-1', 'DATA-3', 'DATA-2', 'CRM-2', 'CRM-3']);
    expect(await searchAll(call, 'project = CRM ORDER BY "Start date" ASC, created')).toEqual(['CRM-2', 'CRM-1', 'CRM-3']);
  });

  it('orders CRM-10 after CRM-9 by default', async () => {
    const { call, site } = createTestJira();
    site.issues.push({ ...site.issues[2]!, id: '10099', key: 'CRM-10', labels: [], properties: {} });
    site.issues.push({ ...site.issues[2]!, id: '10098', key: 'CRM-9', labels: [], properties: {} });
    expect(await searchAll(call, 'project = CRM')).toEqual(['CRM-1', 'CRM-2', 'CRM-3', 'CRM-9', 'CRM-10']);
  });

  const errors: Array<[string, RegExp]> = [
    ['this is not jql', /^Error in the JQL Query: /],
    ['project = CRM ORDER BY foo', /^Field 'foo' does not exist/],
    ['project = CRM ORDER BY labels', /does not support sorting/],
    ['project > CRM', /^The operator '>' is not supported by the 'project' field\.$/],
    ['project is EMPTY', /does not support searching for EMPTY values/],
    ['summary = "x"', /^The operator '=' is not supported by the 'summary' field\.$/],
    ['duedate = tomorrow', /^Date value 'tomorrow' for field 'duedate' is invalid/],
    ['key = CRM-99', /^An issue with key 'CRM-99' does not exist for field 'key'\.$/],
    ['status = Blocked', /^The value 'Blocked' does not exist for the field 'status'\.$/],
    ['journeyScore > many', /not a valid number/],
    ['issue.property[journey].secret = x', /not indexed/],
    ['assignee = currentUser()', /^Field 'assignee' does not exist/],
    ['parent = currentUser()', /^Unable to find JQL function 'currentUser\(\)'/],
    ['project = CRM ORDER BY key, id, created, updated, duedate, summary, status, project', /ORDER BY/],
  ];
  it.each(errors)('rejects %s with 400', async (jql, message) => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql } });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages[0]).toMatch(message);
  });
});

describe('POST /rest/api/3/jql/match', () => {
  it('answers per query in input order, with per-query errors and Browse honoured', async () => {
    const { call } = createTestJira();
    const body = { issueIds: [10010, 10011, 10020, 10030, 99999], jqls: ['project = CRM', 'project in (DATA, SEC)', 'bogus ='] };
    const asApp = await call('POST', '/rest/api/3/jql/match', { body });
    expect(asApp.status).toBe(200);
    expect(asApp.json.matches[0]).toEqual({ matchedIssues: [10010, 10011], errors: [] });
    expect(asApp.json.matches[1]).toEqual({ matchedIssues: [10020, 10030], errors: [] });
    expect(asApp.json.matches[2].matchedIssues).toEqual([]);
    expect(asApp.json.matches[2].errors[0]).toMatch(/^Error in the JQL Query/);
    const asBea = await call('POST', '/rest/api/3/jql/match', { actor: BEA, body: { ...body, jqls: ['project = DATA OR issuetype = Task'] } });
    expect(asBea.json.matches[0].matchedIssues).toEqual([10020]);
  });

  it('answers 400 when a member is missing', async () => {
    const { call } = createTestJira();
    expect((await call('POST', '/rest/api/3/jql/match', { body: { jqls: ['project = CRM'] } })).status).toBe(400);
  });
});

describe('POST /rest/api/3/jql/parse', () => {
  it('returns structure for good queries and errors for bad ones, always 200', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/jql/parse?validation=strict', {
      body: { queries: ['project = CRM AND labels in (q4, journey) ORDER BY duedate DESC', 'project = NOPE', 'project ='] },
    });
    expect(answer.status).toBe(200);
    const [good, unknown, broken] = answer.json.queries;
    expect(good.structure.where.operator).toBe('and');
    expect(good.structure.where.clauses[0]).toEqual({ field: { name: 'project', encodedName: 'project' }, operator: '=', operand: { value: 'CRM', encodedValue: 'CRM' } });
    expect(good.structure.where.clauses[1].operand.values).toHaveLength(2);
    expect(good.structure.orderBy.fields[0]).toEqual({ field: { name: 'duedate', encodedName: 'duedate' }, direction: 'desc' });
    expect(unknown).toEqual({ query: 'project = NOPE', errors: ["The value 'NOPE' does not exist for the field 'project'."] });
    expect(broken.errors[0]).toMatch(/^Error in the JQL Query/);
    expect(broken).not.toHaveProperty('structure');
  });

  it('turns validation problems into warnings with validation=warn and skips them with none', async () => {
    const { call } = createTestJira();
    const warn = await call('POST', '/rest/api/3/jql/parse?validation=warn', { body: { queries: ['project = NOPE'] } });
    expect(warn.json.queries[0].warnings).toHaveLength(1);
    expect(warn.json.queries[0].structure).toBeDefined();
    const none = await call('POST', '/rest/api/3/jql/parse?validation=none', { body: { queries: ['project = NOPE'] } });
    expect(none.json.queries[0]).not.toHaveProperty('warnings');
    expect(none.json.queries[0]).not.toHaveProperty('errors');
  });

  it('answers 400 to a malformed request', async () => {
    const { call } = createTestJira();
    expect((await call('POST', '/rest/api/3/jql/parse', { body: { query: 'project = CRM' } })).status).toBe(400);
  });
});
