/** The site shell: the home page lists the manifest's surfaces, the issue view respects Browse permission, strings are escaped. */
import { buildDemoSite } from '../../../local/demo';
import { ADMIN, hiddenIssueKey, startDemoSite, TEAM_MEMBER, type RunningLocalSite } from './support';

let site: RunningLocalSite;
beforeAll(async () => {
  const demo = buildDemoSite();
  const ema3 = demo.issues.find((i) => i.key === 'EMA-3');
  if (ema3) ema3.summary = 'Onboarding <script>alert(1)</script> & "more"';
  site = await startDemoSite(demo);
}, 30_000);
afterAll(() => site.stop());

describe('home', () => {
  it('lists every UI module of the manifest with its type and a link, and the JQL aliases', async () => {
    const home = await site.get('/', ADMIN);
    expect(home.status).toBe(200);
    expect(site.local.app.uiModules.length).toBeGreaterThan(0);
    for (const module of site.local.app.uiModules) {
      expect(home.text).toContain(`<code>${module.key}</code>`);
      expect(home.text).toContain(`<code>${module.type}</code>`);
    }
    for (const alias of site.local.app.entityProperties.flatMap((m) => m.values.map((v) => v.searchAlias ?? ''))) expect(home.text).toContain(alias);
    expect(home.text).toMatch(/<a href="\/jira\/browse\/[A-Z]+-\d+">Customer journey<\/a>/);
  });

  it('offers every site user in the switcher and remembers the choice in a cookie', async () => {
    const home = await site.get('/');
    for (const user of site.local.site.users) expect(home.text).toContain(`value="${user.accountId}"`);
    const switched = await fetch(`${site.server.url}/shell/user`, { method: 'POST', body: new URLSearchParams({ accountId: TEAM_MEMBER, back: '/jira/issues' }), redirect: 'manual' });
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/jira/issues');
    expect(switched.headers.get('set-cookie')).toContain(`local-site-user=${encodeURIComponent(TEAM_MEMBER)}`);
  });
});

describe('issue view', () => {
  it('shows the issue with its links and frames the issue panel with the issue in context', async () => {
    const view = await site.get('/jira/browse/EMA-3', ADMIN);
    expect(view.status).toBe(200);
    expect(view.text).toContain('Onboarding &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(view.text).not.toContain('<script>alert(1)</script>');
    expect(view.text).toMatch(/EMA-3 (blocks|is blocked by) <a href="\/jira\/browse\//);
    expect(view.text).toContain('src="/resources/main/?moduleKey=journey-panel&amp;localId=journey-panel-EMA-3&amp;issueKey=EMA-3&amp;projectKey=EMA"');
  });

  it('answers 404 in Jira words when the user cannot browse the project', async () => {
    const hidden = hiddenIssueKey(site.local);
    const denied = await site.get(`/jira/browse/${hidden}`, TEAM_MEMBER);
    expect(denied.status).toBe(404);
    expect(denied.text).toContain("You can't view this issue");
    expect(denied.text).not.toContain('src="/resources/main/');
    expect((await site.get(`/jira/browse/${hidden}`, ADMIN)).status).toBe(200);
  });
});

describe('issue search and Confluence', () => {
  it('lists results and shows JQL errors', async () => {
    const found = await site.get(`/jira/issues?jql=${encodeURIComponent('project = EMA AND issuetype = Epic')}`, ADMIN);
    expect(found.text).toContain('href="/jira/browse/EMA-3"');
    const broken = await site.get(`/jira/issues?jql=${encodeURIComponent('project = = EMA')}`, ADMIN);
    expect(broken.text).toMatch(/class="error" role="alert">[^<]+/);
  });

  it('renders a published page in its space, only for users who may see it', async () => {
    const { confluence } = site.local.site;
    confluence.spaces.push({ id: '990001', key: 'ZTEST', name: 'Programme', type: 'global', status: 'current', homepageId: null, viewers: [ADMIN] });
    const version = { number: 1, message: '', createdAt: '2026-11-01T08:00:00.000Z', authorId: ADMIN };
    confluence.pages.push({ id: '990002', spaceId: '990001', title: 'Roll-up', status: 'current', body: '<p>Stream <strong>EMA</strong> &amp; more</p>', version, authorId: ADMIN, createdAt: version.createdAt, properties: [], labels: [] });
    const space = await site.get('/wiki/spaces/ZTEST', ADMIN);
    expect(space.text).toContain('href="/wiki/spaces/ZTEST/pages/990002">Roll-up</a>');
    const page = await site.get('/wiki/spaces/ZTEST/pages/990002', ADMIN);
    expect(page.text).toContain('<strong>EMA</strong>');
    expect((await site.get('/wiki/spaces/ZTEST/pages/990002', TEAM_MEMBER)).status).toBe(404);
  });
});
