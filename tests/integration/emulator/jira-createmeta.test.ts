/** `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes`: what the follow-up form offers as issue types. */
import { ANONYMOUS, BEA, createTestJira } from './fixtures';

describe('GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes', () => {
  it('lists the issue types a person may create in a project, by key or id, paged', async () => {
    const { call } = createTestJira();
    const byKey = await call('GET', '/rest/api/3/issue/createmeta/DATA/issuetypes', { actor: BEA });
    expect(byKey.status).toBe(200);
    expect(byKey.json).toMatchObject({ startAt: 0, maxResults: 50, total: 5 });
    expect(byKey.json.issueTypes).toContainEqual(expect.objectContaining({ id: '10002', name: 'Task', subtask: false, hierarchyLevel: 0 }));
    expect(byKey.json.issueTypes).toContainEqual(expect.objectContaining({ name: 'Subtask', subtask: true }));
    const byId = await call('GET', '/rest/api/3/issue/createmeta/10001/issuetypes?startAt=1&maxResults=2', { actor: BEA });
    expect(byId.json).toMatchObject({ startAt: 1, maxResults: 2, total: 5 });
    expect(byId.json.issueTypes.map((t: { name: string }) => t.name)).toEqual(['Story', 'Task']);
  });

  it('offers nothing where the person may browse but not create, and hides projects they cannot see', async () => {
    const { call } = createTestJira();
    const browseOnly = await call('GET', '/rest/api/3/issue/createmeta/CRM/issuetypes', { actor: BEA });
    expect(browseOnly.status).toBe(200);
    expect(browseOnly.json).toMatchObject({ issueTypes: [], total: 0 });
    const hidden = await call('GET', '/rest/api/3/issue/createmeta/SEC/issuetypes', { actor: BEA });
    expect(hidden.status).toBe(404);
    expect(hidden.json.errorMessages).toEqual(["No project could be found with key 'SEC'."]);
    expect((await call('GET', '/rest/api/3/issue/createmeta/NOPE/issuetypes', { actor: BEA })).status).toBe(404);
    expect((await call('GET', '/rest/api/3/issue/createmeta/DATA/issuetypes', { actor: ANONYMOUS })).status).toBe(401);
    expect((await call('GET', '/rest/api/3/issue/createmeta/DATA/issuetypes?maxResults=x', { actor: BEA })).status).toBe(400);
  });

  it('matches the projects project/search offers for creating', async () => {
    const { call } = createTestJira();
    const creatable = (await call('GET', '/rest/api/3/project/search?action=create', { actor: BEA })).json.values.map((p: { key: string }) => p.key);
    expect(creatable).toEqual(['DATA']);
  });
});
