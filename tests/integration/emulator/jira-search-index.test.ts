/**
 * The search-index lag switch: with a lag of N seconds, search, approximate-count and jql/match see a write only N
 * seconds after it happened (old values until then, a new issue not at all, a deleted one still), while GET issue,
 * bulkfetch and property reads are current, and `reconcileIssues` reads the listed issues current in that search.
 */
import { createSearchIndex } from '../../../local/jira/search-index';
import { buildSite, createTestJira } from './fixtures';

const T0 = new Date('2026-10-20T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** A test Jira whose index trails by `lag` seconds, with helpers that read as search, match and bulkfetch do. */
function laggingJira(lag: number) {
  const test = createTestJira();
  test.jira.searchIndex.setLag(lag);
  const { call } = test;
  const search = async (jql: string, extra: Record<string, unknown> = {}) => {
    const answer = await call('POST', '/rest/api/3/search/jql', { body: { jql, fields: ['summary', 'labels', 'issuelinks'], properties: ['journey'], ...extra } });
    expect(answer.status).toBe(200);
    return answer.json.issues as Array<{ id: string; key: string; fields: { summary: string; labels: string[]; issuelinks: unknown[] }; properties: Record<string, unknown> }>;
  };
  const keys = async (jql: string, extra: Record<string, unknown> = {}) => (await search(jql, extra)).map((issue) => issue.key);
  const count = async (jql: string) => (await call('POST', '/rest/api/3/search/approximate-count', { body: { jql } })).json.count as number;
  const match = async (issueIds: number[], jql: string) =>
    (await call('POST', '/rest/api/3/jql/match', { body: { issueIds, jqls: [jql] } })).json.matches[0].matchedIssues as number[];
  return { ...test, search, keys, count, match };
}

describe('the search-index lag', () => {
  it('is 0 by default: search sees a write at once', async () => {
    const { jira, call, keys } = laggingJira(0);
    expect(jira.searchIndex.lagSeconds()).toBe(0);
    expect(createTestJira().jira.searchIndex.lagSeconds()).toBe(0);
    await call('PUT', '/rest/api/3/issue/CRM-3', { body: { fields: { labels: ['fresh'] } } });
    expect(await keys('labels = fresh')).toEqual(['CRM-3']);
  });

  it('shows an edited issue with its old values until the lag has passed, while GET issue and bulkfetch are current', async () => {
    const { call, search, keys, count, setClock } = laggingJira(5);
    expect((await call('PUT', '/rest/api/3/issue/CRM-3', { body: { fields: { summary: 'Renamed', labels: ['fresh'] } } })).status).toBe(204);

    setClock(at(4.999));
    expect(await keys('labels = fresh')).toEqual([]);
    expect(await count('labels = fresh')).toBe(0);
    const [stale] = await search('key = CRM-3');
    expect(stale?.fields.summary).toBe('Summary of CRM-3');
    expect((await call('GET', '/rest/api/3/issue/CRM-3?fields=summary')).json.fields.summary).toBe('Renamed');
    const bulk = await call('POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: ['CRM-3'], fields: ['summary'] } });
    expect(bulk.json.issues[0].fields.summary).toBe('Renamed');

    setClock(at(5));
    expect(await keys('labels = fresh')).toEqual(['CRM-3']);
    expect(await count('labels = fresh')).toBe(1);
    expect((await search('key = CRM-3'))[0]?.fields.summary).toBe('Renamed');
  });

  it('trails property writes, while property reads are current', async () => {
    const { call, search, keys, match, setClock } = laggingJira(10);
    await call('PUT', '/rest/api/3/issue/CRM-2/properties/journey', { body: { stage: 'Purchase', touchpoints: ['store'], score: 9 } });

    setClock(at(9));
    expect(await keys('journeyStage = Purchase')).toEqual(['DATA-2']);
    expect((await search('key = CRM-2'))[0]?.properties.journey).toEqual({ stage: 'Awareness', touchpoints: ['website', 'app'], score: 3 });
    expect(await match([10011, 10021], 'journeyStage = Purchase')).toEqual([10021]);
    expect((await call('GET', '/rest/api/3/issue/CRM-2/properties/journey')).json.value).toMatchObject({ stage: 'Purchase' });

    setClock(at(10));
    expect(await keys('journeyStage = Purchase')).toEqual(['CRM-2', 'DATA-2']);
    expect(await match([10011, 10021], 'journeyStage = Purchase')).toEqual([10011, 10021]);
  });

  it('trails bulk property writes and links too', async () => {
    const { call, search, keys, setClock } = laggingJira(3);
    const bulk = await call('PUT', '/rest/api/3/issue/properties/journey', { body: { value: { stage: 'Loyalty' }, filter: { entityIds: [10012] } } });
    expect(bulk.status).toBe(303);
    const link = await call('POST', '/rest/api/3/issueLink', { body: { type: { name: 'Blocks' }, inwardIssue: { key: 'CRM-3' }, outwardIssue: { key: 'DATA-1' } } });
    expect(link.status).toBe(201);

    setClock(at(2));
    expect(await keys('journeyStage = Loyalty')).toEqual([]);
    expect((await search('key = CRM-3'))[0]?.fields.issuelinks).toEqual([]);
    expect((await search('key = DATA-1'))[0]?.fields.issuelinks).toEqual([]);

    setClock(at(3));
    expect(await keys('journeyStage = Loyalty')).toEqual(['CRM-3']);
    expect((await search('key = CRM-3'))[0]?.fields.issuelinks).toEqual([expect.objectContaining({ outwardIssue: expect.objectContaining({ key: 'DATA-1' }) })]);
    expect((await search('key = DATA-1'))[0]?.fields.issuelinks).toEqual([expect.objectContaining({ inwardIssue: expect.objectContaining({ key: 'CRM-3' }) })]);
  });

  it('does not find a new issue until the lag has passed, though bulkfetch does', async () => {
    const { call, keys, match, setClock } = laggingJira(5);
    setClock(at(1));
    const created = await call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'CRM' }, issuetype: { name: 'Task' }, summary: 'Brand new' } } });
    expect(created.status).toBe(201);
    const id = Number(created.json.id);

    setClock(at(5.5));
    expect(await keys('project = CRM')).toEqual(['CRM-1', 'CRM-2', 'CRM-3']);
    expect(await match([id], 'project = CRM')).toEqual([]);
    const bulk = await call('POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: [created.json.key] } });
    expect(bulk.json.issues.map((issue: { key: string }) => issue.key)).toEqual([created.json.key]);
    // a key that exists is a valid value even before the index has the issue
    expect(await keys(`key = ${created.json.key}`)).toEqual([]);

    setClock(at(6));
    expect(await keys('project = CRM')).toEqual(['CRM-1', 'CRM-2', 'CRM-3', created.json.key]);
    expect(await match([id], 'project = CRM')).toEqual([id]);
  });

  it('still finds a deleted issue, with its last values, until the lag has passed', async () => {
    const { site, call, keys, search, match, setClock } = laggingJira(5);
    await call('PUT', '/rest/api/3/issue/CRM-3', { body: { fields: { summary: 'Last words' } } });
    setClock(at(10));
    site.issues = site.issues.filter((issue) => issue.key !== 'CRM-3'); // deleted by the site's owner, between requests

    expect((await call('GET', '/rest/api/3/issue/CRM-3')).status).toBe(404);
    setClock(at(14));
    expect(await keys('project = CRM')).toEqual(['CRM-1', 'CRM-2', 'CRM-3']);
    expect((await search('project = CRM')).find((issue) => issue.key === 'CRM-3')?.fields.summary).toBe('Last words');
    // the key itself is checked against the site, as Jira validates JQL values: a deleted key does not exist
    expect((await call('POST', '/rest/api/3/search/jql', { body: { jql: 'key = CRM-3' } })).status).toBe(400);
    expect(await match([10012], 'project = CRM')).toEqual([10012]);

    setClock(at(15));
    expect(await keys('project = CRM')).toEqual(['CRM-1', 'CRM-2']);
    expect(await match([10012], 'project = CRM')).toEqual([]);
  });

  it('serves the listed reconcileIssues current in that search only, on GET and POST', async () => {
    const { call, keys, search } = laggingJira(60);
    await call('PUT', '/rest/api/3/issue/CRM-3', { body: { fields: { labels: ['fresh'] } } });
    await call('PUT', '/rest/api/3/issue/CRM-2', { body: { fields: { labels: ['fresh'] } } });
    const created = await call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'CRM' }, issuetype: { name: 'Task' }, summary: 'New', labels: ['fresh'] } } });

    expect(await keys('labels = fresh', { reconcileIssues: [10012, Number(created.json.id)] })).toEqual(['CRM-3', created.json.key]);
    const get = await call('GET', `/rest/api/3/search/jql?jql=labels%3Dfresh&reconcileIssues=10011`);
    expect(get.json.issues.map((issue: { key: string }) => issue.key)).toEqual(['CRM-2']);
    expect(await keys('labels = fresh')).toEqual([]);
    expect((await search('key = CRM-3', { reconcileIssues: [10012] })).map((issue) => issue.fields.labels)).toEqual([['fresh']]);
  });

  it('drops a deleted issue from a search that reconciles it', async () => {
    const { site, keys } = laggingJira(60);
    site.issues = site.issues.filter((issue) => issue.key !== 'CRM-3');
    expect(await keys('project = CRM')).toEqual(['CRM-1', 'CRM-2', 'CRM-3']);
    expect(await keys('project = CRM', { reconcileIssues: [10012] })).toEqual(['CRM-1', 'CRM-2']);
  });

  it('has indexed everything written before it was turned on, and turned off serves the site as it is', async () => {
    const { jira, call, keys } = laggingJira(0);
    await call('PUT', '/rest/api/3/issue/CRM-3', { body: { fields: { labels: ['before'] } } });
    jira.searchIndex.setLag(30);
    expect(await keys('labels = before')).toEqual(['CRM-3']);
    await call('PUT', '/rest/api/3/issue/CRM-1', { body: { fields: { labels: ['during'] } } });
    expect(await keys('labels = during')).toEqual([]);
    jira.searchIndex.setLag(0);
    expect(await keys('labels = during')).toEqual(['CRM-1']);
  });

  it('pages a lagging search consistently through nextPageToken', async () => {
    const { call, setClock } = laggingJira(5);
    await call('PUT', '/rest/api/3/issue/DATA-3', { body: { fields: { summary: 'Changed' } } });
    const first = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project in (CRM, DATA) ORDER BY key', maxResults: 4, fields: ['summary'] } });
    setClock(at(2));
    const second = await call('POST', '/rest/api/3/search/jql', {
      body: { jql: 'project in (CRM, DATA) ORDER BY key', maxResults: 4, fields: ['summary'], nextPageToken: first.json.nextPageToken },
    });
    expect([...first.json.issues, ...second.json.issues].map((issue: { key: string }) => issue.key)).toEqual(['CRM-1', 'CRM-2', 'CRM-3', 'DATA-1', 'DATA-2', 'DATA-3']);
    expect(second.json.issues.at(-1).fields.summary).toBe('Summary of DATA-3');
  });

  it('refuses a negative or non-numeric lag, and one index serves one site', () => {
    const index = createSearchIndex({ now: () => T0 });
    expect(() => index.setLag(-1)).toThrow();
    expect(() => index.setLag(Number.NaN)).toThrow();
    expect(index.lagSeconds()).toBe(0);
    index.attach(buildSite());
    expect(() => index.attach(buildSite())).toThrow(/one site/);
  });
});
