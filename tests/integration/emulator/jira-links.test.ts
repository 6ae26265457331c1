/**
 * J10–J13 issue links and link types; direction exactly per rest doc §5.2, events per forge-platform §1.4 (a link
 * event plus an issue-updated event for each end, as Jira raises them).
 */
import type { Actor } from '../../../local/site/actor';
import { ANA, BEA, createTestJira } from './fixtures';

const ANA_ID = 'ana-account';

const linkEntries = async (call: ReturnType<typeof createTestJira>['call'], key: string, actor?: Actor) =>
  (await call('GET', `/rest/api/3/issue/${key}?fields=issuelinks`, { actor })).json.fields.issuelinks;

describe('issue link direction (site file and API)', () => {
  it('shows the site link "DATA-3 blocks CRM-2" as outwardIssue on DATA-3 and inwardIssue on CRM-2', async () => {
    const { call } = createTestJira();
    const onBlocker = await linkEntries(call, 'DATA-3');
    const onBlocked = await linkEntries(call, 'CRM-2');
    expect(onBlocker).toEqual([
      {
        id: '20000',
        self: 'https://acme.atlassian.net/rest/api/3/issueLink/20000',
        type: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: 'https://acme.atlassian.net/rest/api/3/issueLinkType/10000' },
        outwardIssue: expect.objectContaining({ id: '10011', key: 'CRM-2', fields: expect.objectContaining({ summary: 'Summary of CRM-2' }) }),
      },
    ]);
    expect(onBlocked).toHaveLength(1);
    expect(onBlocked[0].id).toBe('20000');
    expect(onBlocked[0].inwardIssue.key).toBe('DATA-3');
    expect(onBlocked[0]).not.toHaveProperty('outwardIssue');
  });
});

describe('POST /rest/api/3/issueLink', () => {
  it('answers 201 with an empty body; inwardIssue A + outwardIssue B reads "A blocks B"', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/issueLink', { body: { type: { name: 'Blocks' }, inwardIssue: { key: 'CRM-3' }, outwardIssue: { key: 'DATA-2' } } });
    expect(answer.status).toBe(201);
    expect(answer.text).toBe('');
    const onA = await linkEntries(call, 'CRM-3');
    const onB = await linkEntries(call, 'DATA-2');
    expect(onA[0].outwardIssue.key).toBe('DATA-2');
    expect(onB[0].inwardIssue.key).toBe('CRM-3');
    expect(onA[0].id).toBe(onB[0].id);
    const byId = await call('GET', `/rest/api/3/issueLink/${onA[0].id}`);
    expect(byId.status).toBe(200);
    expect(byId.json.inwardIssue.key).toBe('CRM-3');
    expect(byId.json.outwardIssue.key).toBe('DATA-2');
    expect(byId.json.type.name).toBe('Blocks');
  });

  it('is idempotent and fires avi:jira:created:issuelink once, with ids only, and an issue update for each end', async () => {
    const { call, events, site, setClock } = createTestJira();
    setClock(new Date('2026-10-21T08:30:00.000Z'));
    const body = { type: { id: '10000' }, inwardIssue: { id: '10012' }, outwardIssue: { key: 'DATA-2' } };
    expect((await call('POST', '/rest/api/3/issueLink', { body })).status).toBe(201);
    expect((await call('POST', '/rest/api/3/issueLink', { body })).status).toBe(201);
    expect(site.links).toHaveLength(2);
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:created:issuelink', 'avi:jira:updated:issue', 'avi:jira:updated:issue']);
    expect(events[0]).toEqual({
      eventType: 'avi:jira:created:issuelink',
      selfGenerated: true,
      id: '20001',
      sourceIssueId: '10012',
      destinationIssueId: '10021',
      sourceProjectId: '10000',
      destinationProjectId: '10001',
      issueLinkType: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
    });
    // "CRM-3 blocks DATA-2": Jira's changelog of each end names the other, in the link's own words.
    expect(events[1]).toMatchObject({
      selfGenerated: true,
      issue: { id: '10012', key: 'CRM-3', fields: { updated: '2026-10-21T08:30:00.000+0000' } },
      changelog: { items: [{ field: 'Link', fieldtype: 'jira', from: null, to: 'DATA-2', toString: 'This issue blocks DATA-2' }] },
    });
    expect(events[2]).toMatchObject({
      issue: { id: '10021', key: 'DATA-2' },
      changelog: { items: [{ field: 'Link', to: 'CRM-3', toString: 'This issue is blocked by CRM-3' }] },
    });
    expect(site.issues.find((i) => i.key === 'DATA-2')?.updated).toBe('2026-10-21T08:30:00.000Z');
  });

  it('answers 404 for an unknown type (also when posted by its phrase), an invisible issue, or no Link permission', async () => {
    const { call } = createTestJira();
    const post = (type: object, inward: string, outward: string, actor?: Actor) =>
      call('POST', '/rest/api/3/issueLink', { actor, body: { type, inwardIssue: { key: inward }, outwardIssue: { key: outward } } });
    expect((await post({ name: 'blocks' }, 'CRM-1', 'CRM-2')).status).toBe(404);
    expect((await post({ name: 'Depends' }, 'CRM-1', 'CRM-2')).status).toBe(404);
    const hidden = await post({ name: 'Blocks' }, 'DATA-1', 'SEC-1', BEA);
    expect(hidden.status).toBe(404);
    expect(hidden.json.errorMessages).toEqual(['Issue does not exist or you do not have permission to see it.']);
    expect((await post({ name: 'Blocks' }, 'DATA-1', 'CRM-1', BEA)).status).toBe(404); // Link issues needed on CRM
    expect((await post({ name: 'Blocks' }, 'CRM-1', 'DATA-1', BEA)).status).toBe(201);
  });

  it('hides links to issues the user cannot see', async () => {
    const { call } = createTestJira();
    await call('POST', '/rest/api/3/issueLink', { body: { type: { name: 'Relates' }, inwardIssue: { key: 'SEC-1' }, outwardIssue: { key: 'DATA-3' } } });
    expect(await linkEntries(call, 'DATA-3')).toHaveLength(2);
    expect(await linkEntries(call, 'DATA-3', BEA)).toHaveLength(1);
  });
});

describe('GET/DELETE /rest/api/3/issueLink/{linkId}', () => {
  it('reads a link with both ends, 404 for unknown ids, 400 for malformed ids', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/issueLink/20000');
    expect(answer.json).toMatchObject({ id: '20000', inwardIssue: { key: 'DATA-3' }, outwardIssue: { key: 'CRM-2' } });
    expect((await call('GET', '/rest/api/3/issueLink/99999')).status).toBe(404);
    expect((await call('GET', '/rest/api/3/issueLink/abc')).status).toBe(400);
  });

  it('deletes with 204 and fires avi:jira:deleted:issuelink, and an issue update for each end, as the user who did it', async () => {
    const { call, events } = createTestJira();
    const answer = await call('DELETE', '/rest/api/3/issueLink/20000', { actor: ANA });
    expect(answer.status).toBe(204);
    expect(await linkEntries(call, 'CRM-2')).toEqual([]);
    expect(events).toEqual([
      expect.objectContaining({ eventType: 'avi:jira:deleted:issuelink', id: '20000', sourceIssueId: '10022', destinationIssueId: '10011', atlassianId: ANA_ID, selfGenerated: false }),
      expect.objectContaining({ eventType: 'avi:jira:updated:issue', atlassianId: ANA_ID, selfGenerated: false, issue: expect.objectContaining({ key: 'DATA-3' }) }),
      expect.objectContaining({ eventType: 'avi:jira:updated:issue', issue: expect.objectContaining({ key: 'CRM-2' }) }),
    ]);
    expect(events[1]).toMatchObject({ changelog: { items: [{ field: 'Link', from: 'CRM-2', fromString: 'This issue blocks CRM-2', to: null, toString: null }] } });
    expect(events[2]).toMatchObject({ changelog: { items: [{ field: 'Link', from: 'DATA-3', fromString: 'This issue is blocked by DATA-3', to: null }] } });
    expect((await call('DELETE', '/rest/api/3/issueLink/20000')).status).toBe(404);
    expect(events).toHaveLength(3);
  });
});

describe('GET /rest/api/3/issueLinkType', () => {
  it('lists the default Cloud link types', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/issueLinkType');
    expect(answer.json.issueLinkTypes.map((t: { name: string; inward: string; outward: string }) => [t.name, t.inward, t.outward])).toEqual([
      ['Blocks', 'is blocked by', 'blocks'],
      ['Cloners', 'is cloned by', 'clones'],
      ['Duplicate', 'is duplicated by', 'duplicates'],
      ['Relates', 'relates to', 'relates to'],
    ]);
    expect((await call('GET', '/rest/api/3/issueLinkType/10003')).json.name).toBe('Relates');
    expect((await call('GET', '/rest/api/3/issueLinkType/1')).status).toBe(404);
  });
});
