/** Moving an issue to another status: the transitions a user may take, the change itself and the event it fires. */
import { ANA, BEA, createTestJira } from './fixtures';

describe('issue transitions', () => {
  it('lists a transition to every other status and moves the issue, firing an update event with the status change', async () => {
    const { call, site, events } = createTestJira();
    const listed = await call('GET', '/rest/api/3/issue/DATA-2/transitions', { actor: BEA });
    expect(listed.status).toBe(200);
    const done = listed.json.transitions.find((t: any) => t.to.statusCategory.key === 'done');
    expect(listed.json.transitions.map((t: any) => t.to.name)).not.toContain(site.issues.find((i) => i.key === 'DATA-2')?.status);

    const moved = await call('POST', '/rest/api/3/issue/DATA-2/transitions', { actor: BEA, body: { transition: { id: done.id } } });
    expect(moved.status).toBe(204);
    expect(site.issues.find((i) => i.key === 'DATA-2')).toMatchObject({ status: done.to.name, statusCategory: 'done' });
    expect(events.at(-1)).toMatchObject({ eventType: 'avi:jira:updated:issue', issue: { key: 'DATA-2' }, changelog: { items: [{ field: 'status', toString: done.to.name }] } });
  });

  it('refuses an unknown transition (400), a user who may not edit (403) and one who may not browse (404)', async () => {
    const { call } = createTestJira();
    const anyTarget = (await call('GET', '/rest/api/3/issue/CRM-1/transitions', { actor: ANA })).json.transitions[0].id;
    expect((await call('POST', '/rest/api/3/issue/CRM-1/transitions', { actor: ANA, body: { transition: { id: '999999' } } })).status).toBe(400);
    expect((await call('POST', '/rest/api/3/issue/CRM-1/transitions', { actor: BEA, body: { transition: { id: anyTarget } } })).status).toBe(403);
    expect((await call('POST', '/rest/api/3/issue/SEC-1/transitions', { actor: BEA, body: { transition: { id: anyTarget } } })).status).toBe(404);
  });
});
