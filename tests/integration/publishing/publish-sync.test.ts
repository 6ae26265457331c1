/**
 * Publishing as a sync, through the local host: "Publish now" queues a run; the consumer renders (synthetic pages
 * here), writes Confluence as the app, and leaves a report on the programme page.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import {
  confluenceWrites, dataOf, editAsPerson, lastReport, pageTitled, PROG_HOME_ID, PROG_SPACE_ID, publishingSite, publishNow, setDesiredPages, spacePages, syntheticPages,
} from './support';

jest.setTimeout(60_000);

let site: LocalSite;
afterEach(() => site?.close());

const actionsOf = (report: Awaited<ReturnType<typeof lastReport>>) => Object.fromEntries(report.pages.map((p) => [p.pageKey, [p.action, p.reason]]));

describe('the first publication', () => {
  it('creates the page tree under the chosen parent, marks each page as the app\'s, and reports every page created', async () => {
    site = await publishingSite();
    setDesiredPages(site, syntheticPages());
    expect(dataOf(await publishNow(site)).queued).toBe(true);

    const rollup = pageTitled(site, 'Programme roll-up');
    expect(rollup.parentId).toBe(PROG_HOME_ID);
    expect(pageTitled(site, 'Stream: E-mail & marketing').parentId).toBe(rollup.id);
    expect(pageTitled(site, 'Strategy: CRM').parentId).toBe(pageTitled(site, 'Strategy: 360° Customer Centricity').id);
    expect(rollup.body).toBe('<p>Overall: on track</p>');
    expect(rollup.properties.find((p) => p.key === 'programme-orchestrator.page')?.value).toEqual({ pageKey: 'rollup', app: 'programme-orchestrator' });

    const report = await lastReport(site);
    expect(report.state).toBe('done');
    expect(report.pages.map((p) => p.action)).toEqual(['created', 'created', 'created', 'created', 'created']);
    expect(report.pages[0]?.webui).toContain(`/pages/${rollup.id}/`);
    expect(report.requests.writes).toBe(10); // five pages, five marks
  });
});

describe('a second publication', () => {
  it('with nothing changed sends no write at all and reports every page unchanged', async () => {
    site = await publishingSite();
    setDesiredPages(site, syntheticPages());
    await publishNow(site);
    site.instruments.reset();

    await publishNow(site);

    expect(confluenceWrites(site)).toEqual({ POST: 0, PUT: 0, DELETE: 0 });
    const report = await lastReport(site);
    expect(new Set(report.pages.map((p) => p.action))).toEqual(new Set(['unchanged']));
    expect(report.requests.writes).toBe(0);
  });

  it('updates only the page whose content changed, as the next version', async () => {
    site = await publishingSite();
    setDesiredPages(site, syntheticPages());
    await publishNow(site);
    site.instruments.reset();

    setDesiredPages(site, syntheticPages().map((p) => (p.pageKey === 'strategy:n2' ? { ...p, storage: '<p>Progress 4 of 9 done</p>' } : p)));
    await publishNow(site);

    expect(confluenceWrites(site)).toEqual({ POST: 0, PUT: 1, DELETE: 0 });
    const crm = pageTitled(site, 'Strategy: CRM');
    expect(crm.body).toBe('<p>Progress 4 of 9 done</p>');
    expect(crm.version.number).toBe(2);
    expect(actionsOf(await lastReport(site))).toMatchObject({ 'strategy:n2': ['updated', null], rollup: ['unchanged', null] });
  });
});

describe('what people do in Confluence', () => {
  it('a person\'s edit is not overwritten: the page is skipped and reported until the programme manager asks to overwrite it', async () => {
    site = await publishingSite();
    setDesiredPages(site, syntheticPages());
    await publishNow(site);
    const stream = pageTitled(site, 'Stream: Data platform');
    await editAsPerson(site, stream.id, DEMO_ACCOUNTS.sponsor, { body: '<p>DATA progress 10 % <strong>(sponsor: looks late)</strong></p>' });

    setDesiredPages(site, syntheticPages().map((p) => (p.pageKey === 'stream:data' ? { ...p, storage: '<p>DATA progress 20 %</p>' } : p)));
    await publishNow(site);
    expect(pageTitled(site, 'Stream: Data platform').body).toContain('sponsor: looks late');
    const skipped = (await lastReport(site)).pages.find((p) => p.pageKey === 'stream:data');
    expect(skipped).toMatchObject({ action: 'skipped', reason: 'edited-by-person' });
    expect(skipped?.webui).toContain(`/pages/${stream.id}/`);

    await publishNow(site);
    expect(actionsOf(await lastReport(site))['stream:data']).toEqual(['skipped', 'edited-by-person']);

    await publishNow(site, { overwriteEdited: ['stream:data'] });
    expect(pageTitled(site, 'Stream: Data platform').body).toBe('<p>DATA progress 20 %</p>');
    expect(actionsOf(await lastReport(site))['stream:data']).toEqual(['updated', null]);
  });

  it('a page someone else created with the same title is never touched', async () => {
    site = await publishingSite();
    await editAsPersonCreate(site, 'Strategy: CRM', '<p>Our own CRM notes</p>');
    setDesiredPages(site, syntheticPages());
    await publishNow(site);

    const foreign = pageTitled(site, 'Strategy: CRM');
    expect(foreign.body).toBe('<p>Our own CRM notes</p>');
    expect(foreign.version.number).toBe(1);
    expect(foreign.properties).toEqual([]);
    expect(actionsOf(await lastReport(site))['strategy:n2']).toEqual(['skipped', 'title-taken']);
  });

  it('a page a person deleted is created again; one a person moved stays where they put it and keeps being updated', async () => {
    site = await publishingSite();
    setDesiredPages(site, syntheticPages());
    await publishNow(site);
    const ema = pageTitled(site, 'Stream: E-mail & marketing');
    const data = pageTitled(site, 'Stream: Data platform');
    await deleteAsPerson(site, ema.id);
    await editAsPerson(site, data.id, DEMO_ACCOUNTS.programmeManager, { parentId: PROG_HOME_ID });
    // the move is a version by a person: the programme manager confirms the app may write the page again
    setDesiredPages(site, syntheticPages().map((p) => (p.pageKey === 'stream:data' ? { ...p, storage: '<p>DATA progress 30 %</p>' } : p)));
    await publishNow(site, { overwriteEdited: ['stream:data'] });

    const again = pageTitled(site, 'Stream: E-mail & marketing');
    expect(again.id).not.toBe(ema.id);
    expect(again.parentId).toBe(pageTitled(site, 'Programme roll-up').id);
    const moved = pageTitled(site, 'Stream: Data platform');
    expect(moved.parentId).toBe(PROG_HOME_ID);
    expect(moved.body).toBe('<p>DATA progress 30 %</p>');
    expect(actionsOf(await lastReport(site))).toMatchObject({ 'stream:ema': ['created', 'recreated'], 'stream:data': ['updated', 'moved'] });

    await publishNow(site);
    expect(actionsOf(await lastReport(site))['stream:data']).toEqual(['unchanged', null]);
  });

  it('a page the programme no longer has is left in place and listed as retired', async () => {
    site = await publishingSite();
    setDesiredPages(site, syntheticPages());
    await publishNow(site);
    site.instruments.reset();
    setDesiredPages(site, syntheticPages().filter((p) => p.pageKey !== 'strategy:n2'));
    await publishNow(site);

    expect(confluenceWrites(site)).toEqual({ POST: 0, PUT: 0, DELETE: 0 });
    expect(pageTitled(site, 'Strategy: CRM').status).toBe('current');
    expect(actionsOf(await lastReport(site))['strategy:n2']).toEqual(['unchanged', 'retired']);
  });
});

async function editAsPersonCreate(site: LocalSite, title: string, body: string): Promise<void> {
  const response = await site.direct.confluence(
    new Request('https://local-site.atlassian.net/wiki/api/v2/pages', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ spaceId: PROG_SPACE_ID, title, parentId: PROG_HOME_ID, body: { representation: 'storage', value: body } }),
    }),
    { kind: 'user', accountId: DEMO_ACCOUNTS.admin },
  );
  if (!response.ok) throw new Error(`create refused: ${response.status}`);
}

async function deleteAsPerson(site: LocalSite, pageId: string): Promise<void> {
  const response = await site.direct.confluence(new Request(`https://local-site.atlassian.net/wiki/api/v2/pages/${pageId}`, { method: 'DELETE' }), { kind: 'user', accountId: DEMO_ACCOUNTS.admin });
  if (response.status !== 204) throw new Error(`delete refused: ${response.status}`);
}

it('lists the space pages it wrote (sanity of the helper)', async () => {
  site = await publishingSite();
  expect(spacePages(site).map((p) => p.id)).toEqual([PROG_HOME_ID]);
});
