/** J6 bulkfetch, J7 GET issue, J8 create issue, issue edit and J9 fields — shapes per rest doc §3, §4, §7.2. */
import { parseSiteFile } from '../../../local/site/schema';
import { ANA, BEA, createTestJira, rawSite } from './fixtures';

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('returns every field in the §4 shapes by default', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/issue/CRM-2');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: '10011', key: 'CRM-2', self: 'https://acme.atlassian.net/rest/api/3/issue/10011' });
    const fields = answer.json.fields;
    expect(fields.status).toEqual({
      self: 'https://acme.atlassian.net/rest/api/3/status/10000',
      description: '',
      iconUrl: expect.any(String),
      name: 'To Do',
      id: '10000',
      statusCategory: { self: 'https://acme.atlassian.net/rest/api/3/statuscategory/2', id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
    });
    expect(fields.issuetype).toMatchObject({ id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 });
    expect(fields.issuetype).not.toHaveProperty('scope'); // company-managed project
    expect(fields.parent).toEqual({
      id: '10010',
      key: 'CRM-1',
      self: 'https://acme.atlassian.net/rest/api/3/issue/10010',
      fields: expect.objectContaining({ summary: 'Checkout epic', issuetype: expect.objectContaining({ name: 'Epic', hierarchyLevel: 1 }) }),
    });
    expect(fields.parent.fields.status.statusCategory.key).toBe('indeterminate');
    expect(fields.duedate).toBe('2026-11-30');
    expect(fields.customfield_10015).toBe('2026-10-01');
    expect(fields.labels).toEqual(['journey', 'q4']);
    expect(fields.project).toMatchObject({ id: '10000', key: 'CRM', name: 'Customer Relations', projectTypeKey: 'software', simplified: false });
    expect(fields.assignee).toBeNull();
    expect(fields.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    expect(fields.issuelinks).toHaveLength(1);
  });

  it('gives team-managed issue types a scope, and dates as null when unset', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/issue/DATA-1?fields=issuetype,duedate,customfield_10015,parent');
    expect(answer.json.fields.issuetype.scope).toEqual({ type: 'PROJECT', project: { id: '10001' } });
    expect(answer.json.fields).toEqual({ issuetype: expect.any(Object), duedate: null, customfield_10015: null });
  });

  it('resolves ids and differently-cased keys without a redirect, embeds properties on request', async () => {
    const { call } = createTestJira();
    expect((await call('GET', '/rest/api/3/issue/10011?fields=summary')).json.key).toBe('CRM-2');
    const lower = await call('GET', '/rest/api/3/issue/crm-2?fields=summary&properties=*all');
    expect(lower.status).toBe(200);
    expect(lower.json.key).toBe('CRM-2');
    expect(lower.json.properties.journey.stage).toBe('Awareness');
  });

  it('leaves out a parent the user cannot browse, as for an issue without one, in GET, bulkfetch and search', async () => {
    const raw = rawSite();
    const issues: Array<Record<string, unknown>> = [
      ...raw.issues,
      { id: '10031', key: 'SEC-2', projectKey: 'SEC', summary: 'Secret epic', issueType: 'Epic', status: 'To Do' },
      { id: '10013', key: 'CRM-4', projectKey: 'CRM', summary: 'Story under a secret epic', issueType: 'Story', status: 'To Do', parentKey: 'SEC-2' },
    ];
    const { call } = createTestJira(parseSiteFile({ ...raw, issues }));
    const asBea = await call('GET', '/rest/api/3/issue/CRM-4?fields=summary,parent', { actor: BEA });
    expect(asBea.status).toBe(200);
    expect(asBea.json.fields).toEqual({ summary: 'Story under a secret epic' });
    const fetched = await call('POST', '/rest/api/3/issue/bulkfetch', { actor: BEA, body: { issueIdsOrKeys: ['CRM-4'], fields: ['parent', 'summary'] } });
    const found = await call('GET', '/rest/api/3/search/jql?jql=key%3DCRM-4&fields=parent,summary', { actor: BEA });
    for (const answer of [asBea, fetched, found]) expect(answer.text).not.toMatch(/SEC-2|Secret epic|10031/);
    expect((await call('GET', '/rest/api/3/issue/CRM-4?fields=parent', { actor: ANA })).json.fields.parent).toMatchObject({ key: 'SEC-2' });
  });

  it("answers Jira's 404 for missing issues and for issues the user cannot browse", async () => {
    const { call } = createTestJira();
    const body = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };
    const hidden = await call('GET', '/rest/api/3/issue/SEC-1', { actor: BEA });
    expect(hidden.status).toBe(404);
    expect(hidden.json).toEqual(body);
    const missing = await call('GET', '/rest/api/3/issue/CRM-404');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(body);
    expect((await call('GET', '/rest/api/3/issue/SEC-1', { actor: ANA })).status).toBe(200);
  });
});

describe('POST /rest/api/3/issue/bulkfetch', () => {
  it('returns visible issues in ascending id order, omitting missing and invisible ones', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/issue/bulkfetch', {
      actor: BEA,
      body: { issueIdsOrKeys: ['DATA-2', '10010', 'SEC-1', 'NOPE-1', 'crm-2'], fields: ['summary', 'duedate'], properties: ['journey'] },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.issues.map((issue: { key: string }) => issue.key)).toEqual(['CRM-1', 'CRM-2', 'DATA-2']);
    expect(answer.json.issueErrors).toEqual([]);
    expect(answer.json.issues[2].fields).toEqual({ summary: 'Summary of DATA-2', duedate: '2026-12-15' });
    expect(answer.json.issues[2].properties.journey.stage).toBe('Purchase');
  });

  it('answers 400 to an empty list or more than 100 entries', async () => {
    const { call } = createTestJira();
    expect((await call('POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: [] } })).status).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => `CRM-${i + 1}`);
    expect((await call('POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: many } })).status).toBe(400);
  });
});

describe('POST /rest/api/3/issue', () => {
  const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Raised at the round table' }] }] };

  it('creates an issue with parent, dates, labels and properties and fires avi:jira:created:issue', async () => {
    const { call, events } = createTestJira();
    const answer = await call('POST', '/rest/api/3/issue', {
      actor: ANA,
      body: {
        fields: {
          project: { key: 'CRM' },
          issuetype: { id: '10002' },
          summary: 'Follow-up: confirm token TTL',
          parent: { key: 'CRM-1' },
          duedate: '2026-12-01',
          customfield_10015: '2026-11-15',
          labels: ['roundtable'],
          description: adf,
        },
        properties: [{ key: 'orchestrator.origin', value: { meeting: 'rt-2026-11' } }],
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: '10031', key: 'CRM-4', self: 'https://acme.atlassian.net/rest/api/3/issue/10031' });
    const created = await call('GET', '/rest/api/3/issue/CRM-4?properties=orchestrator.origin');
    expect(created.json.fields).toMatchObject({ summary: 'Follow-up: confirm token TTL', duedate: '2026-12-01', customfield_10015: '2026-11-15', labels: ['roundtable'] });
    expect(created.json.fields.parent.key).toBe('CRM-1');
    expect(created.json.fields.status.statusCategory.key).toBe('new');
    expect(created.json.properties).toEqual({ 'orchestrator.origin': { meeting: 'rt-2026-11' } });
    expect(events).toEqual([
      expect.objectContaining({ eventType: 'avi:jira:created:issue', atlassianId: 'ana-account', selfGenerated: false, issue: expect.objectContaining({ id: '10031', key: 'CRM-4' }) }),
    ]);
    expect(events[0]).toMatchObject({ issue: { fields: { summary: 'Follow-up: confirm token TTL', issuetype: { name: 'Task' }, project: { key: 'CRM' } } } });
  });

  it('reports field errors in Jira shape without creating anything', async () => {
    const { call, site, events } = createTestJira();
    const before = site.issues.length;
    const answer = await call('POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CRM' }, issuetype: { name: 'Story' }, duedate: '30.11.2026', description: 'plain text', parent: { key: 'CRM-2' }, priority: { id: '1' } } },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages).toEqual([]);
    expect(answer.json.errors).toEqual({
      summary: 'You must specify a summary of the issue.',
      duedate: 'Error parsing date string: 30.11.2026',
      description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
      priority: "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown.",
      parent: 'Given parent issue does not belong to appropriate hierarchy.',
    });
    expect(site.issues).toHaveLength(before);
    expect(events).toEqual([]);
  });

  it('requires a parent for sub-tasks and a visible project', async () => {
    const { call } = createTestJira();
    const subtask = await call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'CRM' }, issuetype: { name: 'Subtask' }, summary: 's' } } });
    expect(subtask.json.errors.parent).toBeDefined();
    const hidden = await call('POST', '/rest/api/3/issue', { actor: BEA, body: { fields: { project: { key: 'SEC' }, issuetype: { name: 'Task' }, summary: 's' } } });
    expect(hidden.status).toBe(400);
    expect(hidden.json.errors.project).toBe('valid project is required');
  });

  it('answers 403 when the user can see but not edit the project', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/issue', { actor: BEA, body: { fields: { project: { key: 'CRM' }, issuetype: { name: 'Task' }, summary: 's' } } });
    expect(answer.status).toBe(403);
    expect(answer.json.errorMessages).toHaveLength(1);
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey}', () => {
  it('edits dates and fires avi:jira:updated:issue with a changelog', async () => {
    const { call, events } = createTestJira();
    const answer = await call('PUT', '/rest/api/3/issue/CRM-2', { actor: ANA, body: { fields: { duedate: '2026-12-24', customfield_10015: null } } });
    expect(answer.status).toBe(204);
    const issue = await call('GET', '/rest/api/3/issue/CRM-2?fields=duedate,customfield_10015');
    expect(issue.json.fields).toEqual({ duedate: '2026-12-24', customfield_10015: null });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      issue: { key: 'CRM-2' },
      changelog: {
        items: [
          { field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from: '2026-11-30', to: '2026-12-24' },
          { field: 'Start date', fieldtype: 'custom', fieldId: 'customfield_10015', from: '2026-10-01', to: null },
        ],
      },
    });
  });

  it('answers 403 without edit permission and 404 for invisible issues', async () => {
    const { call } = createTestJira();
    expect((await call('PUT', '/rest/api/3/issue/CRM-2', { actor: BEA, body: { fields: { duedate: null } } })).status).toBe(403);
    expect((await call('PUT', '/rest/api/3/issue/SEC-1', { actor: BEA, body: { fields: { duedate: null } } })).status).toBe(404);
  });
});

describe('GET /rest/api/3/field', () => {
  it('lists the system fields the app reads and the Start date date picker', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/field');
    expect(answer.status).toBe(200);
    const ids = answer.json.map((field: { id: string }) => field.id);
    expect(ids).toEqual(expect.arrayContaining(['summary', 'status', 'issuetype', 'parent', 'duedate', 'labels', 'customfield_10015']));
    expect(answer.json.find((field: { id: string }) => field.id === 'customfield_10015')).toMatchObject({
      key: 'customfield_10015',
      name: 'Start date',
      custom: true,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10015]', 'Start date', 'Start date[Date]'],
      schema: { type: 'date', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', customId: 10015 },
    });
    expect(answer.json.find((field: { id: string }) => field.id === 'duedate')).toMatchObject({
      custom: false,
      clauseNames: ['due', 'duedate'],
      schema: { type: 'date', system: 'duedate' },
    });
  });
});
