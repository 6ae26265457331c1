/**
 * Issue property events (forge-platform.md §1.4): every property write raises `avi:jira:set:issue-property`, every
 * delete `avi:jira:deleted:issue-property`, with the issue's id and the property's key, never the value; a refused
 * write raises nothing. Who caused it decides `atlassianId` and `selfGenerated` (what a trigger's ignoreSelf drops).
 */
import { ANA, APP, BEA, createTestJira } from './fixtures';

const ANA_ID = 'ana-account';
const set = (entityId: string, propertyKey: string, origin: object) => ({ eventType: 'avi:jira:set:issue-property', entityId, entityType: 'issue', propertyKey, ...origin });

describe('a property written on one issue', () => {
  it('raises a set event on each write and a deleted event on the delete, as the person who did it', async () => {
    const { call, events } = createTestJira();
    expect((await call('PUT', '/rest/api/3/issue/CRM-1/properties/reviewed', { actor: ANA, body: { by: 'ana' } })).status).toBe(201);
    expect((await call('PUT', '/rest/api/3/issue/CRM-1/properties/reviewed', { actor: ANA, body: { by: 'ana', again: true } })).status).toBe(200);
    expect((await call('DELETE', '/rest/api/3/issue/CRM-1/properties/reviewed', { actor: ANA })).status).toBe(204);
    const person = { atlassianId: ANA_ID, selfGenerated: false };
    expect(events).toEqual([
      set('10010', 'reviewed', person),
      set('10010', 'reviewed', person),
      { eventType: 'avi:jira:deleted:issue-property', entityId: '10010', entityType: 'issue', propertyKey: 'reviewed', ...person },
    ]);
  });

  it('marks the app’s own writes, as itself or as a user through it, as self-generated', async () => {
    const { call, events } = createTestJira();
    await call('PUT', '/rest/api/3/issue/CRM-1/properties/a', { actor: APP, body: 1 });
    await call('PUT', '/rest/api/3/issue/CRM-1/properties/b', { actor: { kind: 'user', accountId: ANA_ID, viaApp: true }, body: 2 });
    expect(events).toEqual([set('10010', 'a', { selfGenerated: true }), set('10010', 'b', { atlassianId: ANA_ID, selfGenerated: true })]);
  });

  it('raises nothing for a refused write or delete', async () => {
    const { call, events } = createTestJira();
    expect((await call('PUT', '/rest/api/3/issue/CRM-2/properties/journey', { actor: BEA, body: { stage: 'x' } })).status).toBe(403);
    expect((await call('PUT', '/rest/api/3/issue/SEC-1/properties/journey', { actor: BEA, body: { stage: 'x' } })).status).toBe(404);
    expect((await call('DELETE', '/rest/api/3/issue/CRM-1/properties/missing', { actor: ANA })).status).toBe(404);
    expect(events).toEqual([]);
  });
});

describe('bulk property writes', () => {
  it('PUT /issue/properties/{key} raises one set event per issue it changed', async () => {
    const { call, events } = createTestJira();
    const answer = await call('PUT', '/rest/api/3/issue/properties/journey', { actor: ANA, body: { value: { stage: 'Loyalty' }, filter: { entityIds: [10011, 10021, 10022], hasProperty: true } } });
    expect(answer.status).toBe(303);
    // DATA-3 (10022) has no journey property, so the filter leaves it out.
    expect(events).toEqual([set('10011', 'journey', { atlassianId: ANA_ID, selfGenerated: false }), set('10021', 'journey', { atlassianId: ANA_ID, selfGenerated: false })]);
  });

  it('POST /issue/properties/multi raises set events only for what it wrote', async () => {
    const { call, events } = createTestJira();
    const body = {
      issues: [
        { issueID: 10022, properties: { journey: { stage: 'Consideration' }, reviewed: true } },
        { issueID: 10011, properties: { journey: { stage: 'Consideration' } } }, // Bea may not edit CRM
        { issueID: 99999, properties: { journey: { stage: 'Consideration' } } }, // no such issue
      ],
    };
    expect((await call('POST', '/rest/api/3/issue/properties/multi', { actor: BEA, body })).status).toBe(303);
    const bea = { atlassianId: 'bea-account', selfGenerated: false };
    expect(events).toEqual([set('10022', 'journey', bea), set('10022', 'reviewed', bea)]);
  });
});
