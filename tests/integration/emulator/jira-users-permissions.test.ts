/** J19 project search, J20 myself, J21 mypermissions, J22 permissions/check, J23 user/bulk, and routing errors. */
import { ADMIN, ANA, ANONYMOUS, APP, BEA, createTestJira } from './fixtures';
import { userActor } from '../../../local/site/actor';

describe('GET /rest/api/3/project/search', () => {
  it('lists the projects the caller can browse as a PageBean', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/project/search', { actor: BEA });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ startAt: 0, maxResults: 50, total: 2, isLast: true });
    expect(answer.json.values).toEqual([
      expect.objectContaining({ id: '10000', key: 'CRM', name: 'Customer Relations', projectTypeKey: 'software', simplified: false, style: 'classic' }),
      expect.objectContaining({ id: '10001', key: 'DATA', simplified: true, style: 'next-gen' }),
    ]);
  });

  it('pages with startAt/maxResults, caps maxResults at 100 and filters by keys, query and action', async () => {
    const { call } = createTestJira();
    const first = await call('GET', '/rest/api/3/project/search?maxResults=2');
    expect(first.json.values.map((p: { key: string }) => p.key)).toEqual(['CRM', 'DATA']);
    expect(first.json.isLast).toBe(false);
    expect(first.json.nextPage).toContain('startAt=2');
    expect((await call('GET', '/rest/api/3/project/search?startAt=2')).json.values.map((p: { key: string }) => p.key)).toEqual(['SEC']);
    expect((await call('GET', '/rest/api/3/project/search?maxResults=500')).json.maxResults).toBe(100);
    expect((await call('GET', '/rest/api/3/project/search?keys=SEC&keys=CRM')).json.total).toBe(2);
    expect((await call('GET', '/rest/api/3/project/search?query=platform')).json.values[0].key).toBe('DATA');
    expect((await call('GET', '/rest/api/3/project/search?action=edit', { actor: BEA })).json.values.map((p: { key: string }) => p.key)).toEqual(['DATA']);
    expect((await call('GET', '/rest/api/3/project/search?startAt=x')).status).toBe(400);
  });
});

describe('GET /rest/api/3/myself', () => {
  it('describes the bot asApp and the user asUser', async () => {
    const { call } = createTestJira();
    const app = await call('GET', '/rest/api/3/myself', { actor: APP });
    expect(app.json).toMatchObject({ accountType: 'app', active: true });
    const bea = await call('GET', '/rest/api/3/myself', { actor: BEA });
    expect(bea.json).toMatchObject({ accountId: 'bea-account', accountType: 'atlassian', displayName: 'Bea Stein', locale: 'de_DE', groups: { size: 0, items: [] } });
    expect((await call('GET', '/rest/api/3/myself', { actor: ANONYMOUS })).status).toBe(401);
    expect((await call('GET', '/rest/api/3/myself', { actor: userActor('stranger') })).status).toBe(401);
  });
});

describe('GET /rest/api/3/mypermissions', () => {
  it('answers havePermission per key, in the project or issue context', async () => {
    const { call } = createTestJira();
    const keys = 'BROWSE_PROJECTS,EDIT_ISSUES,LINK_ISSUES,ADMINISTER';
    const inCrm = await call('GET', `/rest/api/3/mypermissions?permissions=${keys}&projectKey=CRM`, { actor: BEA });
    expect(inCrm.status).toBe(200);
    expect(inCrm.json.permissions.BROWSE_PROJECTS).toMatchObject({ key: 'BROWSE_PROJECTS', type: 'PROJECT', havePermission: true });
    expect(inCrm.json.permissions.EDIT_ISSUES.havePermission).toBe(false);
    expect(inCrm.json.permissions.LINK_ISSUES.havePermission).toBe(false);
    expect(inCrm.json.permissions.ADMINISTER).toMatchObject({ type: 'GLOBAL', havePermission: false });
    const onIssue = await call('GET', `/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=DATA-2`, { actor: BEA });
    expect(onIssue.json.permissions.EDIT_ISSUES.havePermission).toBe(true);
    // without context a project permission is true if held anywhere (Jira's trap)
    expect((await call('GET', '/rest/api/3/mypermissions?permissions=EDIT_ISSUES', { actor: BEA })).json.permissions.EDIT_ISSUES.havePermission).toBe(true);
    expect((await call('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER', { actor: ADMIN })).json.permissions.ADMINISTER.havePermission).toBe(true);
  });

  it('answers 400 without or with unknown permissions, 404 for an invisible context', async () => {
    const { call } = createTestJira();
    expect((await call('GET', '/rest/api/3/mypermissions')).status).toBe(400);
    expect((await call('GET', '/rest/api/3/mypermissions?permissions=FLY')).status).toBe(400);
    expect((await call('GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=SEC', { actor: BEA })).status).toBe(404);
    expect((await call('GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=SEC-1', { actor: BEA })).status).toBe(404);
  });
});

describe('POST /rest/api/3/permissions/check', () => {
  it('returns the granted subsets with numeric ids, as authorize() reads them', async () => {
    const { call } = createTestJira();
    const answer = await call('POST', '/rest/api/3/permissions/check', {
      actor: BEA,
      body: {
        accountId: 'bea-account',
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: [10000, 10001, 10002, 123], issues: [10011, 10022, 10030] }],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'BROWSE_PROJECTS', projects: [10000, 10001], issues: [10011, 10022] },
        { permission: 'EDIT_ISSUES', projects: [10001], issues: [10022] },
      ],
    });
  });

  it('lets an admin check another user; others get 403; unknown permissions 400', async () => {
    const { call } = createTestJira();
    const body = { accountId: 'bea-account', projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10002] }] };
    expect((await call('POST', '/rest/api/3/permissions/check', { actor: ANA, body })).status).toBe(403);
    const asAdmin = await call('POST', '/rest/api/3/permissions/check', { actor: ADMIN, body });
    expect(asAdmin.json.projectPermissions[0].projects).toEqual([]);
    const unknown = await call('POST', '/rest/api/3/permissions/check', { actor: ANA, body: { globalPermissions: ['PERMISSION_123'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors).toEqual({ PERMISSION_123: 'Unrecognized permission' });
  });
});

describe('GET /rest/api/3/user/bulk', () => {
  it('returns a PageBean of the known users, 400 without accountId', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/user/bulk?accountId=ana-account&accountId=nobody&accountId=bea-account&maxResults=1');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false });
    expect(answer.json.values).toEqual([expect.objectContaining({ accountId: 'ana-account', displayName: 'Ana Ruiz', emailAddress: 'ana@example.com' })]);
    expect((await call('GET', '/rest/api/3/user/bulk')).status).toBe(400);
  });
});

describe('routing', () => {
  it('answers unknown routes with 404 in Jira shape', async () => {
    const { call } = createTestJira();
    const answer = await call('GET', '/rest/api/3/dashboard');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ errorMessages: [expect.stringContaining('/rest/api/3/dashboard')], errors: {} });
  });
});
