/**
 * `programme/load` says what the viewer may do (link, administer, manage) and, per evidence link, whether they may
 * remove it — for the demo's admin, programme manager, sponsor and a team member — at the cost of a bounded number
 * of Jira requests as the user, never one per issue or project.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { ProgrammeView } from '../../../src/contract/programme';
import { call, dataOf, demoSiteWithSettings } from './support';

let site: LocalSite;
beforeAll(async () => {
  ({ site } = await demoSiteWithSettings());
  expect(dataOf(await call(site, 'programme/refresh', {}, DEMO_ACCOUNTS.programmeManager))).toEqual({ queued: true });
  await site.host.drainQueues();
});
afterAll(() => site.close());

const project = (key: string) => key.slice(0, key.lastIndexOf('-'));
const links = (view: ProgrammeView) => view.dependencies.flatMap((d) => d.evidence);

/** One load as `accountId`, with the Jira requests it made, by route. */
async function load(accountId: string, payload: object = {}): Promise<{ view: ProgrammeView; requests: Record<string, number> }> {
  site.instruments.reset();
  const view = dataOf(await call(site, 'programme/load', payload, accountId));
  return { view, requests: { ...site.instruments.counts() } };
}

describe('what each viewer may do on the programme page', () => {
  it('the Jira admin may link, administer and manage, and remove every link', async () => {
    const { view } = await load(DEMO_ACCOUNTS.admin);
    expect(view.viewerCan).toEqual({ link: true, administer: true, manage: true });
    expect(links(view).length).toBeGreaterThan(0);
    expect(links(view).every((link) => link.removable === true)).toBe(true);
  });

  it('the programme manager (named in the settings) may link and manage but not administer Jira', async () => {
    const { view } = await load(DEMO_ACCOUNTS.programmeManager);
    expect(view.viewerCan).toEqual({ link: true, administer: false, manage: true });
    expect(links(view).every((link) => link.removable === true)).toBe(true);
  });

  it('a member of the programme office group manages the programme too', async () => {
    const { view } = await load(DEMO_ACCOUNTS.leadData);
    expect(view.viewerCan.manage).toBe(true);
    expect(view.viewerCan.administer).toBe(false);
  });

  it('the read-only sponsor may do nothing: no link, no removal, no settings, no management', async () => {
    const { view } = await load(DEMO_ACCOUNTS.sponsor);
    expect(view.viewerCan).toEqual({ link: false, administer: false, manage: false });
    expect(links(view).length).toBeGreaterThan(0);
    expect(links(view).some((link) => link.removable)).toBe(false);
  });

  it('the team member who edits only EMA may remove exactly the links with an EMA issue', async () => {
    const { view } = await load(DEMO_ACCOUNTS.teamMember);
    expect(view.viewerCan).toEqual({ link: true, administer: false, manage: false });
    const all = links(view);
    const ema = all.filter((link) => project(link.blocker) === 'EMA' || project(link.blocked) === 'EMA');
    expect(ema.length).toBeGreaterThan(0);
    expect(ema.length).toBeLessThan(all.length);
    for (const link of all) expect(link.removable).toBe(ema.includes(link));
  });

  it('on a project page the rights are asked about that stream\'s projects', async () => {
    const { view } = await load(DEMO_ACCOUNTS.teamMember, { projectKey: 'DATA' });
    const all = links(view);
    expect(all.length).toBeGreaterThan(0);
    for (const link of all) expect(link.removable).toBe(project(link.blocker) === 'EMA' || project(link.blocked) === 'EMA');
  });
});

describe('what the rights cost', () => {
  it('one project search and one bulk permission check as the user; a group lookup only for those the settings do not name', async () => {
    const sponsor = await load(DEMO_ACCOUNTS.sponsor);
    expect(sponsor.requests).toEqual({
      'GET /rest/api/3/project/search': 1,
      'POST /rest/api/3/permissions/check': 1,
      'GET /rest/api/3/myself': 1,
    });
    const manager = await load(DEMO_ACCOUNTS.programmeManager);
    expect(manager.requests).toEqual({ 'GET /rest/api/3/project/search': 1, 'POST /rest/api/3/permissions/check': 1 });
  });

  it('asks the server again on every write: the sponsor cannot remove a link by calling the resolver', async () => {
    const { view } = await load(DEMO_ACCOUNTS.admin);
    const link = links(view)[0];
    if (!link) throw new Error('the demo has links');
    const answer = await call(site, 'dependency/remove', { linkId: link.linkId }, DEMO_ACCOUNTS.sponsor);
    expect(answer.ok).toBe(false);
    expect(site.site.links.some((l) => l.id === link.linkId)).toBe(true);
  });
});

describe('when Jira cannot say what the viewer may do', () => {
  it('still shows the programme, offers no action that needs Jira’s word, keeps a named programme manager, and says why', async () => {
    site.instruments.reset();
    site.instruments.failNext('POST /rest/api/3/permissions/check', { status: 503 }, 10);
    const view = dataOf(await call(site, 'programme/load', {}, DEMO_ACCOUNTS.programmeManager));
    expect(view.viewerCan).toEqual({ link: false, administer: false, manage: true, unknown: true });
    expect(view.dependencies.length).toBeGreaterThan(0);
    expect(links(view).some((link) => link.removable === true)).toBe(false);
    // The next load, with Jira answering again, has the rights back.
    expect((await load(DEMO_ACCOUNTS.programmeManager)).view.viewerCan).toEqual({ link: true, administer: false, manage: true });
  }, 60_000);

  it('shows the issue’s journey tags read-only when the edit question fails', async () => {
    site.instruments.reset();
    site.instruments.failNext('GET /rest/api/3/mypermissions', { status: 503 }, 10);
    const answer = dataOf(await call(site, 'journey/issue', { issueKey: 'EMA-3' }, DEMO_ACCOUNTS.teamMember));
    expect(answer.mayEdit).toBe(false);
    expect(answer.issue.key).toBe('EMA-3');
  }, 60_000);
});
