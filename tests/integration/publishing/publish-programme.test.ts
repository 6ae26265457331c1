/**
 * The demo programme published for real: the app's own render (snapshot → pages) and sync, through the local host, as
 * `npm start` does after one "Publish now". The sync's rules are proven on synthetic pages in publish-sync.test.ts; this
 * proves the whole chain a sponsor relies on.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { PublishReport } from '../../../src/contract/publishing';
import type { StrategyView } from '../../../src/contract/strategy';
import { confluenceWrites, dataOf, pageTitled, programmeCall, publishAndReport, PROG_HOME_ID, spacePages } from './support';

const APP_DIR = resolve(__dirname, '../../..');
const { programmeManager: katrin, admin, teamMember: lena, leadEma } = DEMO_ACCOUNTS;

let site: LocalSite;
beforeEach(async () => {
  const file = buildDemoSite();
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
  await call(admin, 'programme/refresh');
  await site.host.drainQueues();
});
afterEach(() => site.close());

const call = <T>(accountId: string, resolverKey: string, payload: unknown = {}) => programmeCall<T>(site, accountId, resolverKey, payload);
const publish = () => publishAndReport(site, katrin);

const titlesWith = (report: PublishReport, action: string) => report.pages.filter((page) => page.action === action).map((page) => page.title).sort();

describe('publishing the demo programme', () => {
  it('creates the roll-up, one page per stream and the strategy tree as a page tree under the configured home page', async () => {
    const report = await publish();
    expect(report).toMatchObject({ state: 'done', failure: null, trigger: 'manual', requestedBy: katrin });
    // roll-up, six streams, the strategy tree and its five nodes; and the demo's round table: its page and decision log
    expect(titlesWith(report, 'created')).toHaveLength(1 + 6 + 1 + 5 + 2);
    expect(titlesWith(report, 'created')).toEqual(expect.arrayContaining(['360 Round Table', '360 Round Table – Entscheidungslog']));

    const rollUp = pageTitled(site, 'Programme roll-up');
    expect(rollUp.parentId).toBe(PROG_HOME_ID);
    const parentTitle = (title: string) => site.site.confluence.pages.find((p) => p.id === pageTitled(site, title).parentId)?.title;
    expect(parentTitle('Strategy: CRM strategy')).toBe('Strategy: 360° Customer Centricity strategy');
    expect(parentTitle('Strategy: Salesforce concept (Marketing Cloud & personalisation)')).toBe('Strategy: CRM strategy');
    expect(parentTitle('Strategy: E-mail marketing strategy')).toBe('Strategy: Salesforce concept (Marketing Cloud & personalisation)');
    expect(parentTitle('Strategy: Marketing strategy')).toBe('Strategy: 360° Customer Centricity strategy');
    // Issue links go to the site's issue pages; the sponsor's picture is the chart macro.
    expect(rollUp.body).toContain('https://local-site.atlassian.net/browse/');
    expect(rollUp.body).toContain('ac:name="chart"');
    // The Salesforce concept's epics include those its JQL found with the snapshot (EMA's Marketing Cloud epics).
    expect(pageTitled(site, 'Strategy: Salesforce concept (Marketing Cloud & personalisation)').body).toContain('/browse/EMA-1"');
  });

  it('writes nothing the second time, and after an epic is resolved in Jira updates only the pages that show it', async () => {
    await publish();
    const total = spacePages(site).length;
    site.instruments.reset();
    const again = await publish();
    expect(confluenceWrites(site)).toEqual({ POST: 0, PUT: 0, DELETE: 0 });
    expect(titlesWith(again, 'unchanged')).toHaveLength(15);

    const transitions = await site.direct.jira(new Request('https://local-site.atlassian.net/rest/api/3/issue/EMA-3/transitions'), { kind: 'user', accountId: leadEma });
    const done = ((await transitions.json()) as { transitions: Array<{ id: string; to: { statusCategory: { key: string } } }> }).transitions.find((t) => t.to.statusCategory.key === 'done');
    const moved = await site.direct.jira(
      new Request('https://local-site.atlassian.net/rest/api/3/issue/EMA-3/transitions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ transition: { id: done?.id } }) }),
      { kind: 'user', accountId: leadEma },
    );
    expect(moved.status).toBe(204);
    await site.host.idle(); // the trigger records the change …
    await site.host.drainQueues(); // … and the queued patch applies it

    site.instruments.reset();
    const after = await publish();
    const updated = titlesWith(after, 'updated');
    expect(updated).toContain('Stream: E-Mail Marketing Next Level & Marketing Automation');
    expect(updated).toContain('Strategy: E-mail marketing strategy');
    expect(updated).not.toContain('Stream: Loyalty Programme');
    expect(updated.length).toBeLessThan(total);
    expect(confluenceWrites(site).PUT).toBe(updated.length);
    expect(pageTitled(site, 'Programme roll-up').body).toMatch(/Changes since/);
  });

  it("shows on the strategy tab how far a node slipped since the last publication's baseline", async () => {
    await publish();
    const before = dataOf(await call<StrategyView>(katrin, 'strategy/load')).nodes['n-emailmkt']?.rollUp;
    expect(before?.slipDays).toBe(0);
    // EMA-4's due date (the node's latest) moves three weeks later in Jira.
    const latest = before?.latestDue ?? '';
    const later = new Date(Date.parse(`${latest}T00:00:00Z`) + 21 * 86_400_000).toISOString().slice(0, 10);
    const epic = site.site.issues.find((issue) => issue.dueDate === latest && ['EMA-3', 'EMA-4', 'EMA-6', 'EMA-7'].includes(issue.key));
    const moved = await site.direct.jira(
      new Request(`https://local-site.atlassian.net/rest/api/3/issue/${epic?.key}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fields: { duedate: later } }) }),
      { kind: 'user', accountId: leadEma },
    );
    expect(moved.status).toBe(204);
    await site.host.idle();
    await site.host.drainQueues();
    const after = dataOf(await call<StrategyView>(katrin, 'strategy/load')).nodes['n-emailmkt']?.rollUp;
    expect(after).toMatchObject({ latestDue: later, slipDays: 21 });
  });

  it('refuses "Publish now" from someone who is not a programme manager, and queues nothing', async () => {
    expect(await call(lena, 'publishing/publish-now')).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
    await site.host.drainQueues();
    expect(spacePages(site).map((page) => page.title)).toEqual(['Programme 360° Customer Centricity']);
  });
});
