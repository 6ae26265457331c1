/**
 * Issue properties whose JSON holds a `"__proto__"` key — or that are themselves called `__proto__` — are Jira's data
 * like any other: the local Jira stores them as sent, reads them back as stored, keeps them across a restart of the
 * site, and a conditional bulk write compares them as they are. So a tag save on an issue whose journey property
 * someone wrote with such a key succeeds instead of losing every race against itself.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import { createSiteStore, openSite as openStoredSite } from '../../../local/site/store';
import { JOURNEY_PROPERTY_KEY } from '../../../src/domain';
import { APP_DIR, admin, dataOf, expectNoPollution, invoke, objectShape, openSite, writeRawProperty } from './support';

/** What someone wrote into an issue property: a `"__proto__"` key beside an ordinary one. */
const WITH_PROTO_KEY = '{"__proto__":{"polluted":"yes"},"kept":1}';

async function jira(site: LocalSite, method: string, restPath: string, body?: string): Promise<{ status: number; text: string; json: unknown }> {
  const request = new Request(`https://local-site.atlassian.net${restPath}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body }) });
  const response = await site.direct.jira(request, { kind: 'user', accountId: admin });
  const text = await response.text();
  return { status: response.status, text, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

const valueOf = (answer: { json: unknown }) => (answer.json as { value: unknown }).value;
const propertyPath = (issueKey: string, key: string) => `/rest/api/3/issue/${issueKey}/properties/${encodeURIComponent(key)}`;

const before = objectShape();
afterEach(() => expectNoPollution(before));

describe('a property value with a "__proto__" key', () => {
  let site: LocalSite;
  beforeEach(async () => {
    site = await openSite();
  });
  afterEach(() => site.close());

  it('is read back through GET exactly as it was written', async () => {
    expect((await jira(site, 'PUT', propertyPath('EMA-5', 'note'), WITH_PROTO_KEY)).status).toBe(201);
    const read = await jira(site, 'GET', propertyPath('EMA-5', 'note'));
    expect(read.status).toBe(200);
    expect(JSON.stringify(valueOf(read))).toBe(WITH_PROTO_KEY);
    expect(Object.hasOwn(valueOf(read) as object, '__proto__')).toBe(true);
  });

  it('is matched by a conditional bulk write that names it as the current value, and only by one that does', async () => {
    await jira(site, 'PUT', propertyPath('EMA-5', 'note'), WITH_PROTO_KEY);
    const issueId = site.site.issues.find((i) => i.key === 'EMA-5')?.id;
    const bulkSet = (currentValue: string, value: object) =>
      jira(site, 'PUT', '/rest/api/3/issue/properties/note', `{"value":${JSON.stringify(value)},"filter":{"entityIds":[${issueId}],"currentValue":${currentValue}}}`);
    // Without the "__proto__" key it is another value: nothing is written.
    expect((await bulkSet('{"kept":1}', { kept: 2 })).status).toBe(303);
    expect(JSON.stringify(valueOf(await jira(site, 'GET', propertyPath('EMA-5', 'note'))))).toBe(WITH_PROTO_KEY);
    expect((await bulkSet(WITH_PROTO_KEY, { kept: 3 })).status).toBe(303);
    expect(valueOf(await jira(site, 'GET', propertyPath('EMA-5', 'note')))).toEqual({ kept: 3 });
  });

  it('keeps its key when set with POST /issue and with the per-issue bulk write', async () => {
    const created = await jira(site, 'POST', '/rest/api/3/issue', `{"fields":{"project":{"key":"OPS"},"issuetype":{"name":"Task"},"summary":"Created with a property"},"properties":[{"key":"note","value":${WITH_PROTO_KEY}}]}`);
    expect(created.status).toBe(201);
    const { key, id } = created.json as { key: string; id: string };
    expect(JSON.stringify(valueOf(await jira(site, 'GET', propertyPath(key, 'note'))))).toBe(WITH_PROTO_KEY);
    const multi = await jira(site, 'POST', '/rest/api/3/issue/properties/multi', `{"issues":[{"issueID":${id},"properties":{"other":${WITH_PROTO_KEY},"__proto__":{"a":1}}}]}`);
    expect(multi.status).toBe(303);
    expect(JSON.stringify(valueOf(await jira(site, 'GET', propertyPath(key, 'other'))))).toBe(WITH_PROTO_KEY);
    expect(valueOf(await jira(site, 'GET', propertyPath(key, '__proto__')))).toEqual({ a: 1 });
  });
});

describe('a property called __proto__', () => {
  it('is stored, listed, read and deleted as a property, leaving the issue\'s other properties as they were', async () => {
    const site = await openSite();
    try {
      const issue = site.site.issues.find((i) => i.key === 'EMA-3');
      const prototypeBefore = Object.getPrototypeOf(issue?.properties) as unknown;
      expect((await jira(site, 'GET', propertyPath('EMA-3', '__proto__'))).status).toBe(404);
      expect((await jira(site, 'PUT', propertyPath('EMA-3', '__proto__'), '{"a":1}')).status).toBe(201);
      expect((await jira(site, 'PUT', propertyPath('EMA-3', '__proto__'), '{"a":2}')).status).toBe(200);
      expect(valueOf(await jira(site, 'GET', propertyPath('EMA-3', '__proto__')))).toEqual({ a: 2 });
      const keys = (await jira(site, 'GET', '/rest/api/3/issue/EMA-3/properties')).json as { keys: Array<{ key: string }> };
      expect(keys.keys.map((k) => k.key).sort()).toEqual(['__proto__', JOURNEY_PROPERTY_KEY].sort());
      expect(Object.getPrototypeOf(issue?.properties)).toBe(prototypeBefore);
      const embedded = await jira(site, 'GET', `/rest/api/3/issue/EMA-3?fields=summary&properties=*all`);
      expect(embedded.text).toContain('"__proto__":{"a":2}');
      expect((await jira(site, 'DELETE', propertyPath('EMA-3', '__proto__'))).status).toBe(204);
      expect((await jira(site, 'GET', propertyPath('EMA-3', '__proto__'))).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});

describe('a restart of the local site', () => {
  it('keeps a "__proto__" key inside a value and a property called __proto__', async () => {
    const store = createSiteStore(mkdtempSync(path.join(tmpdir(), 'proto-key-')), { maxDelayMs: 10 });
    const opened = openStoredSite({ store, demo: buildDemoSite });
    const site = await createLocalSite({ appDir: APP_DIR, site: opened.site, kvsState: demoAppData(opened.site), persist: store, autoDeliverQueues: false });
    await jira(site, 'PUT', propertyPath('EMA-5', 'note'), WITH_PROTO_KEY);
    await jira(site, 'PUT', propertyPath('EMA-5', '__proto__'), '{"a":1}');
    await site.durable();
    await site.close();

    const reopened = openStoredSite({ store, demo: buildDemoSite });
    expect(reopened.source).toBe('saved');
    const properties = reopened.site.issues.find((i) => i.key === 'EMA-5')?.properties ?? {};
    expect(JSON.stringify(properties.note)).toBe(WITH_PROTO_KEY);
    expect(Object.hasOwn(properties, '__proto__')).toBe(true);
    expect(properties['__proto__']).toEqual({ a: 1 });
  }, 30_000);
});

describe('tags/save on an issue whose journey property someone wrote with a "__proto__" key', () => {
  it('saves at the first attempt, and the stored tags are what the user asked for', async () => {
    const site = await openSite();
    try {
      await writeRawProperty(site, 'EMA-5', '{"__proto__":{"touchpoint":["app"]},"touchpoint":["website"],"channel":["email"]}');
      const { own } = dataOf(await invoke(site, 'journey/issue', { issueKey: 'EMA-5' }));
      expect(own).toMatchObject({ touchpoint: ['website'], channel: ['email'] });
      const saved = dataOf(await invoke(site, 'tags/save', { issueKey: 'EMA-5', base: own, tags: { ...own, channel: [...own.channel, 'push'] } }));
      expect(saved).toMatchObject({ merged: false, confirmed: true, tags: { touchpoint: ['website'], channel: ['email', 'push'] } });
      // One conditional write: it matched the stored value on the first try.
      expect(site.instruments.counts()['PUT /rest/api/3/issue/properties/{propertyKey}']).toBe(1);
      expect(site.site.issues.find((i) => i.key === 'EMA-5')?.properties[JOURNEY_PROPERTY_KEY]).toMatchObject({ touchpoint: ['website'], channel: ['email', 'push'] });
    } finally {
      await site.close();
    }
  });
});
