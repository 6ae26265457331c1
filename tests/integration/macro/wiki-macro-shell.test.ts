/**
 * The local Confluence's side of the status macro: a user inserts it into a page (Edit → Insert Programme status →
 * the configuration view's submit), the page is saved through the emulator with the macro in Confluence's storage
 * form, and the page shows the app's frame with the context a Forge macro gets.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import { frameContext } from '../../../local/server/frame-context';
import { startDemoSite, type RunningLocalSite } from '../local-site/support';

jest.setTimeout(30_000);

let site: RunningLocalSite;
beforeEach(async () => {
  site = await startDemoSite();
});
afterEach(() => site.stop());

const sponsor = DEMO_ACCOUNTS.sponsor;
const PAGE = '/wiki/spaces/PROG/pages/98306';

async function submitConfig(path: string, payload: unknown, accountId = sponsor) {
  return fetch(site.server.url + path, {
    method: 'POST',
    headers: { Cookie: `local-site-user=${encodeURIComponent(accountId)}` },
    body: new URLSearchParams({ payload: JSON.stringify(payload) }),
    redirect: 'manual',
  });
}

const home = () => site.local.site.confluence.pages.find((p) => p.id === '98306');
const user = (accountId: string) => site.local.site.users.find((u) => u.accountId === accountId);

describe('inserting the status macro into a page', () => {
  it('offers it under Edit, opens its configuration view, and saves the page with the macro element', async () => {
    const page = await site.get(PAGE, sponsor);
    expect(page.text).toContain('<summary>Edit</summary>');
    expect(page.text).toContain(`${PAGE}/macro?module=programme-status`);
    const config = await site.get(`${PAGE}/macro?module=programme-status`, sponsor);
    expect(config.status).toBe(200);
    expect(config.text).toContain('macroMode=insert');
    expect(config.text).toContain('Choose what Programme status shows');

    const saved = await submitConfig(`${PAGE}/macro?module=programme-status`, { config: { kind: 'stream', streamId: 'ema' } });
    expect(saved.status).toBe(303);
    const stored = home();
    expect(stored?.version.number).toBe(2);
    expect(stored?.version.authorId).toBe(sponsor);
    const { appId, environmentId } = site.local.host.settings;
    expect(stored?.body).toContain(`<ac:adf-attribute key="extension-key">${appId}/${environmentId}/static/programme-status</ac:adf-attribute>`);
    expect(stored?.body).toContain('<ac:adf-parameter key="stream-id">ema</ac:adf-parameter>');

    const shown = await site.get(PAGE, sponsor);
    expect(shown.text).toMatch(/<iframe class="app-frame" src="\/resources\/main\/\?moduleKey=programme-status&amp;localId=[0-9a-f-]{36}&amp;contentId=98306&amp;spaceKey=PROG"/);
  });

  it('gives the frame the macro context: its page, space and configuration as strings', async () => {
    await submitConfig(`${PAGE}/macro?module=programme-status`, { config: { kind: 'node', nodeId: 'n-crm001' } });
    const localId = /localId=([0-9a-f-]{36})/.exec((await site.get(PAGE, sponsor)).text)?.[1];
    const module = site.local.app.uiModules.find((m) => m.key === 'programme-status');
    if (!module || !localId) throw new Error('the macro was not placed');
    const shown = frameContext(site.local, module, user(sponsor), { moduleKey: module.key, localId, contentId: '98306', spaceKey: 'PROG' }, site.server.url);
    expect(shown.localId).toBe(localId);
    expect(shown.extension).toMatchObject({ type: 'macro', config: { kind: 'node', nodeId: 'n-crm001' }, content: { id: '98306', type: 'page' }, space: { id: '98305', key: 'PROG' }, isEditing: false });
    expect(shown.extension.macro).toBeUndefined();
    const editing = frameContext(site.local, module, user(sponsor), { moduleKey: module.key, localId, contentId: '98306', spaceKey: 'PROG', macroMode: 'edit' }, site.server.url);
    expect(editing.extension).toMatchObject({ macro: { isConfiguring: true, isInserting: false }, config: { kind: 'node', nodeId: 'n-crm001' } });
  });

  it('configures a placed macro anew in place, without adding a second one', async () => {
    await submitConfig(`${PAGE}/macro?module=programme-status`, { config: { kind: 'programme' } });
    const localId = /localId=([0-9a-f-]{36})/.exec((await site.get(PAGE, sponsor)).text)?.[1] ?? '';
    expect((await submitConfig(`${PAGE}/macro?module=programme-status&localId=${localId}`, { config: { kind: 'stream', streamId: 'loy' } })).status).toBe(303);
    const body = home()?.body ?? '';
    expect(body.match(/<ac:adf-extension>/g)).toHaveLength(1);
    expect(body).toContain('<ac:adf-parameter key="stream-id">loy</ac:adf-parameter>');
    expect(home()?.version.number).toBe(3);
  });

  it('refuses a configuration Forge would not store, and changes nothing', async () => {
    const numbers = await submitConfig(`${PAGE}/macro?module=programme-status`, { config: { kind: 'stream', streamId: 7 } });
    expect(numbers.status).toBe(400);
    expect(await numbers.text()).toContain('macro configuration values are strings');
    expect((await submitConfig(`${PAGE}/macro?module=programme-status`, { kind: 'programme' })).status).toBe(400);
    expect(home()?.version.number).toBe(1);
  });

  it('escapes hostile configuration text in the stored page, which stays valid storage format', async () => {
    const hostile = `</ac:adf-parameter><script>alert(1)</script>&nbsp;"'`;
    expect((await submitConfig(`${PAGE}/macro?module=programme-status`, { config: { kind: 'stream', streamId: hostile } })).status).toBe(303);
    const localId = /localId=([0-9a-f-]{36})/.exec((await site.get(PAGE, sponsor)).text)?.[1] ?? '';
    const module = site.local.app.uiModules.find((m) => m.key === 'programme-status');
    if (!module) throw new Error('no macro module');
    const shown = frameContext(site.local, module, user(sponsor), { moduleKey: module.key, localId, contentId: '98306', spaceKey: 'PROG' }, site.server.url);
    expect(shown.extension.config).toEqual({ kind: 'stream', streamId: hostile });
  });

  it('is not offered to someone who cannot see the page, nor saved for them', async () => {
    const page = home();
    if (!page) throw new Error('the demo lacks its home page');
    page.restrictedTo = [DEMO_ACCOUNTS.admin];
    expect((await site.get(`${PAGE}/macro?module=programme-status`, sponsor)).status).toBe(404);
    expect((await submitConfig(`${PAGE}/macro?module=programme-status`, { config: { kind: 'programme' } })).status).toBe(404);
    expect(page.version.number).toBe(1);
  });
});
