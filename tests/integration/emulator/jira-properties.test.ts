/** J14–J18 issue entity properties, bulk writes and task polling; search by alias after a write. */
import { ADMIN, ANA, BEA, createTestJira, searchAll } from './fixtures';

describe('issue entity properties', () => {
  it('lists keys, reads a value and 404s a missing one', async () => {
    const { call } = createTestJira();
    const keys = await call('GET', '/rest/api/3/issue/CRM-2/properties');
    expect(keys.json).toEqual({ keys: [{ key: 'journey', self: 'https://acme.atlassian.net/rest/api/3/issue/10011/properties/journey' }] });
    expect((await call('GET', '/rest/api/3/issue/CRM-3/properties')).json).toEqual({ keys: [] });
    const value = await call('GET', '/rest/api/3/issue/CRM-2/properties/journey');
    expect(value.json).toEqual({ key: 'journey', value: { stage: 'Awareness', touchpoints: ['website', 'app'], score: 3 } });
    const missing = await call('GET', '/rest/api/3/issue/CRM-2/properties/nothing');
    expect(missing.status).toBe(404);
    expect(missing.json.errorMessages).toHaveLength(1);
  });

  it('PUT takes the raw value: 201 when created, 200 when replaced (not merged)', async () => {
    const { call } = createTestJira();
    const created = await call('PUT', '/rest/api/3/issue/CRM-3/properties/journey', { body: { stage: 'Retention', touchpoints: ['email'], note: 'ünïcödé ✓' } });
    expect(created.status).toBe(201);
    const replaced = await call('PUT', '/rest/api/3/issue/CRM-3/properties/journey', { body: { stage: 'Loyalty' } });
    expect(replaced.status).toBe(200);
    expect((await call('GET', '/rest/api/3/issue/CRM-3/properties/journey')).json.value).toEqual({ stage: 'Loyalty' });
  });

  it('makes a written property searchable by its alias and by issue.property', async () => {
    const { call } = createTestJira();
    await call('PUT', '/rest/api/3/issue/DATA-3/properties/journey', { body: { stage: 'Awareness', touchpoints: ['app', 'store'], score: 5 } });
    expect(await searchAll(call, 'journeyStage = Awareness')).toEqual(['CRM-2', 'DATA-3']);
    expect(await searchAll(call, 'journeyTouchpoint = store')).toEqual(['DATA-2', 'DATA-3']);
    expect(await searchAll(call, 'issue.property[journey].score >= 5')).toEqual(['DATA-2', 'DATA-3']);
  });

  it('refuses values over 32,768 characters with 400', async () => {
    const { call } = createTestJira();
    const answer = await call('PUT', '/rest/api/3/issue/CRM-3/properties/big', { body: { text: 'x'.repeat(32760) } });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages[0]).toMatch(/32768/);
    const fits = await call('PUT', '/rest/api/3/issue/CRM-3/properties/big', { body: { text: 'x'.repeat(32750) } });
    expect(fits.status).toBe(201);
  });

  it('answers 403 to a write without Edit issues, 404 when the issue is invisible', async () => {
    const { call, site } = createTestJira();
    const forbidden = await call('PUT', '/rest/api/3/issue/CRM-2/properties/journey', { actor: BEA, body: { stage: 'x' } });
    expect(forbidden.status).toBe(403);
    expect(site.issues.find((i) => i.key === 'CRM-2')?.properties.journey).toMatchObject({ stage: 'Awareness' });
    expect((await call('PUT', '/rest/api/3/issue/SEC-1/properties/journey', { actor: BEA, body: { stage: 'x' } })).status).toBe(404);
    expect((await call('GET', '/rest/api/3/issue/SEC-1/properties', { actor: BEA })).status).toBe(404);
    expect((await call('PUT', '/rest/api/3/issue/DATA-3/properties/journey', { actor: BEA, body: { stage: 'x' } })).status).toBe(201);
  });

  it('DELETE answers 204, then the property is gone', async () => {
    const { call } = createTestJira();
    expect((await call('DELETE', '/rest/api/3/issue/CRM-2/properties/journey', { actor: BEA })).status).toBe(404);
    expect((await call('DELETE', '/rest/api/3/issue/CRM-2/properties/journey', { actor: ANA })).status).toBe(204);
    expect((await call('GET', '/rest/api/3/issue/CRM-2/properties/journey')).status).toBe(404);
    expect((await call('DELETE', '/rest/api/3/issue/CRM-2/properties/journey')).status).toBe(404);
  });
});

describe('bulk property writes and tasks', () => {
  it('POST /issue/properties/multi answers 303 to a task that is ENQUEUED, then RUNNING, then COMPLETE with the refused issues', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/issue/properties/multi', {
      actor: BEA,
      body: {
        issues: [
          { issueID: 10022, properties: { journey: { stage: 'Consideration' } } },
          { issueID: 10011, properties: { journey: { stage: 'Consideration' } } }, // CRM-2: Bea may see it, not edit it
          { issueID: 10030, properties: { journey: { stage: 'Consideration' } } }, // SEC-1: Bea cannot see it
          { issueID: 99999, properties: { journey: { stage: 'Consideration' } } }, // no such issue
        ],
      },
    });
    expect(answer.status).toBe(303);
    const location = answer.headers.get('location');
    expect(location).toMatch(/^\/rest\/api\/3\/task\/\d+$/);
    const polls = [];
    for (let i = 0; i < 4; i++) polls.push((await call('GET', location!, { actor: BEA })).json);
    expect(polls.map((task) => [task.status, task.progress])).toEqual([['ENQUEUED', 0], ['RUNNING', 50], ['COMPLETE', 100], ['COMPLETE', 100]]);
    // No result before it is finished: a client that stops polling early has nothing to read.
    expect(polls[0]).not.toHaveProperty('result');
    expect(polls[0]).not.toHaveProperty('finished');
    expect(polls[1]).not.toHaveProperty('result');
    expect(polls[2]).toMatchObject({ self: `https://acme.atlassian.net${location}`, finished: expect.any(Number) });
    // "If an issue is not found, it is ignored": only the issue Jira refused is listed.
    expect(polls[2].result.failedIssues.map((f: { issueId: number }) => f.issueId)).toEqual([10011]);
    expect(await searchAll(call, 'journeyStage = Consideration')).toEqual(['DATA-3']);
  });

  it('PUT /issue/properties/{key} sets one value on the filtered issues', async () => {
    const { call } = createTestJira();
    const answer = await call('PUT', '/rest/api/3/issue/properties/reviewed', { body: { value: true, filter: { entityIds: [10010, 10012] } } });
    expect(answer.status).toBe(303);
    expect((await call('GET', answer.headers.get('location')!)).json.status).toBe('COMPLETE');
    expect((await call('GET', '/rest/api/3/issue/CRM-1/properties/reviewed')).json.value).toBe(true);
    expect((await call('GET', '/rest/api/3/issue/CRM-2/properties/reviewed')).status).toBe(404);
    expect((await call('PUT', '/rest/api/3/issue/properties/reviewed', { body: { value: true, extra: 1 } })).status).toBe(400);
  });

  it('rejects more than 100 issues and shows tasks only to their submitter or an admin', async () => {
    const { call } = createTestJira();
    const many = Array.from({ length: 101 }, (_, i) => ({ issueID: 10000 + i, properties: { a: 1 } }));
    expect((await call('POST', '/rest/api/3/issue/properties/multi', { body: { issues: many } })).status).toBe(400);
    const answer = await call('POST', '/rest/api/3/issue/properties/multi', { actor: ANA, body: { issues: [{ issueID: 10010, properties: { a: 1 } }] } });
    const location = answer.headers.get('location')!;
    expect((await call('GET', location, { actor: BEA })).status).toBe(403);
    expect((await call('GET', location, { actor: ADMIN })).status).toBe(200);
    expect((await call('GET', '/rest/api/3/task/1')).status).toBe(404);
  });
});

describe('PUT /issue/properties/{key} with a filter: compare-and-set on many issues', () => {
  const CRM2 = { stage: 'Awareness', touchpoints: ['website', 'app'], score: 3 };
  const propertyOf = (site: ReturnType<typeof createTestJira>['site'], key: string) => site.issues.find((i) => i.key === key)?.properties.journey;

  async function setWhere(call: ReturnType<typeof createTestJira>['call'], body: unknown, actor = ANA) {
    const answer = await call('PUT', '/rest/api/3/issue/properties/journey', { actor, body });
    if (answer.status === 303) expect((await call('GET', answer.headers.get('location')!, { actor })).json.status).toBe('COMPLETE');
    return answer.status;
  }

  it('compares currentValue by JSON deep equality: key order does not matter, array order does', async () => {
    const { call, site } = createTestJira();
    const reordered = { score: 3, touchpoints: ['website', 'app'], stage: 'Awareness' };
    expect(await setWhere(call, { value: { stage: 'Loyalty' }, filter: { entityIds: [10011], currentValue: { ...reordered, touchpoints: ['app', 'website'] } } })).toBe(303);
    expect(propertyOf(site, 'CRM-2')).toEqual(CRM2);
    expect(await setWhere(call, { value: { stage: 'Loyalty' }, filter: { entityIds: [10011], currentValue: reordered } })).toBe(303);
    expect(propertyOf(site, 'CRM-2')).toEqual({ stage: 'Loyalty' });
  });

  it('lets only the first of two writes conditioned on the same value through', async () => {
    const { call, site } = createTestJira();
    await setWhere(call, { value: { ...CRM2, touchpoints: ['website', 'app', 'store'] }, filter: { entityIds: [10011], currentValue: CRM2 } });
    await setWhere(call, { value: { ...CRM2, score: 9 }, filter: { entityIds: [10011], currentValue: CRM2 } });
    expect(propertyOf(site, 'CRM-2')).toEqual({ ...CRM2, touchpoints: ['website', 'app', 'store'] });
  });

  it('selects by hasProperty, AND-ed with entityIds', async () => {
    const { call, site } = createTestJira();
    // CRM-2 has the property, CRM-3 and DATA-3 do not; DATA-3 is not named.
    await setWhere(call, { value: { stage: 'New' }, filter: { entityIds: [10011, 10012], hasProperty: false } });
    expect(propertyOf(site, 'CRM-2')).toEqual(CRM2);
    expect(propertyOf(site, 'CRM-3')).toEqual({ stage: 'New' });
    expect(propertyOf(site, 'DATA-3')).toBeUndefined();
    await setWhere(call, { value: { stage: 'Had one' }, filter: { entityIds: [10011, 10022], hasProperty: true } });
    expect(propertyOf(site, 'CRM-2')).toEqual({ stage: 'Had one' });
    expect(propertyOf(site, 'DATA-3')).toBeUndefined();
  });

  it('ANDs entityIds with currentValue: an issue with the same value that is not named stays as it is', async () => {
    const { call, site } = createTestJira();
    site.issues.find((i) => i.key === 'DATA-3')!.properties.journey = { ...CRM2 };
    await setWhere(call, { value: { stage: 'Loyalty' }, filter: { entityIds: [10022], currentValue: CRM2, hasProperty: true } });
    expect(propertyOf(site, 'DATA-3')).toEqual({ stage: 'Loyalty' });
    expect(propertyOf(site, 'CRM-2')).toEqual(CRM2);
  });

  it('writes only issues the caller may edit, skipping the rest without an error', async () => {
    const { call, site } = createTestJira();
    // Bea edits DATA only, and cannot see SEC.
    expect(await setWhere(call, { value: { stage: 'Bea' }, filter: { entityIds: [10012, 10022, 10030], hasProperty: false } }, BEA)).toBe(303);
    expect(propertyOf(site, 'DATA-3')).toEqual({ stage: 'Bea' });
    expect(propertyOf(site, 'CRM-3')).toBeUndefined();
    expect(propertyOf(site, 'SEC-1')).toBeUndefined();
  });

  it('refuses a currentValue together with hasProperty:false with 400, and changes nothing', async () => {
    const { call, site } = createTestJira();
    const answer = await call('PUT', '/rest/api/3/issue/properties/journey', { body: { value: { stage: 'x' }, filter: { entityIds: [10011, 10012], currentValue: CRM2, hasProperty: false } } });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages).toHaveLength(1);
    expect(propertyOf(site, 'CRM-2')).toEqual(CRM2);
    expect(propertyOf(site, 'CRM-3')).toBeUndefined();
  });

  it('is all or nothing: a value Jira refuses is written on none of the eligible issues', async () => {
    const { call, site } = createTestJira();
    const answer = await call('PUT', '/rest/api/3/issue/properties/journey', { body: { value: { text: 'x'.repeat(32760) }, filter: { entityIds: [10012, 10022], hasProperty: false } } });
    expect(answer.status).toBe(400);
    expect(propertyOf(site, 'CRM-3')).toBeUndefined();
    expect(propertyOf(site, 'DATA-3')).toBeUndefined();
    await setWhere(call, { value: { stage: 'Both' }, filter: { entityIds: [10012, 10022], hasProperty: false } });
    expect([propertyOf(site, 'CRM-3'), propertyOf(site, 'DATA-3')]).toEqual([{ stage: 'Both' }, { stage: 'Both' }]);
  });
});
