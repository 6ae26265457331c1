/** Custom UI serving: the built resource with the local bridge injected before the bundle, a Forge-like CSP, and the bridge itself. */
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { inlineScripts } from '../../../local/server/csp';
import { ADMIN, hiddenIssueKey, startDemoSite, TEAM_MEMBER, type RunningLocalSite } from './support';

let site: RunningLocalSite;
beforeAll(async () => {
  site = await startDemoSite();
}, 30_000);
afterAll(() => site.stop());

const panelPath = (issueKey: string) => `/resources/main/?moduleKey=journey-panel&localId=panel-1&issueKey=${issueKey}&projectKey=${issueKey.split('-')[0]}`;

type CallBridge = (name: string, payload?: unknown) => Promise<any>;

/** Runs the page's inline bridge script in a sandbox whose fetch reaches the site server. */
function bridgeOf(page: string): CallBridge {
  const sandbox: Record<string, unknown> = {
    fetch: (url: string, init: RequestInit) => fetch(new URL(url, site.server.url), init),
    location: new URL(site.server.url),
    URL,
    URLSearchParams,
    setTimeout,
    Promise,
    JSON,
  };
  sandbox.globalThis = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(inlineScripts(page)[0] ?? '', sandbox);
  return (sandbox.__bridge as { callBridge: CallBridge }).callBridge;
}

describe('index.html of a resource', () => {
  it('carries the bridge before the bundle, and a CSP allowing exactly that inline script', async () => {
    const page = await site.get(panelPath('EMA-3'), ADMIN);
    expect(page.status).toBe(200);
    const bridgeAt = page.text.indexOf('globalThis.__bridge');
    const bundleAt = page.text.search(/<script type="module"[^>]*src="\.\/assets\//);
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bundleAt).toBeGreaterThan(bridgeAt);
    const csp = page.headers.get('content-security-policy') ?? '';
    const hash = createHash('sha256').update(inlineScripts(page.text)[0] ?? '').digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/); // the manifest's permissions.content.styles
  });

  it('serves relative assets and nothing outside the build directory', async () => {
    const page = await site.get(panelPath('EMA-3'), ADMIN);
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(asset).toBeDefined();
    const js = await site.get(`/resources/main/${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await site.get('/resources/main/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await site.get('/resources/nope/')).status).toBe(404);
  });
});

describe('the local bridge', () => {
  it('gives the frame context of the module, the issue and the current user', async () => {
    const callBridge = bridgeOf((await site.get(panelPath('EMA-3'), TEAM_MEMBER)).text);
    const context = await callBridge('getContext');
    expect(context).toEqual(
      expect.objectContaining({
        accountId: TEAM_MEMBER,
        moduleKey: 'journey-panel',
        localId: 'panel-1',
        locale: 'en-US',
        timezone: 'Europe/Berlin',
        environmentType: 'DEVELOPMENT',
        siteUrl: site.server.url,
        extension: expect.objectContaining({ type: 'jira:issuePanel', issue: expect.objectContaining({ key: 'EMA-3', id: expect.any(String) }), project: expect.objectContaining({ key: 'EMA' }) }),
      }),
    );
  });

  it('invokes the resolver and fetches the product as that user', async () => {
    const callBridge = bridgeOf((await site.get(panelPath('EMA-3'), TEAM_MEMBER)).text);
    const value = await callBridge('invoke', { functionKey: 'journey/issue', payload: { issueKey: 'EMA-3' } });
    expect(value).toEqual(expect.objectContaining({ ok: true }));
    const withMetadata = await callBridge('invoke', { functionKey: 'journey/issue', payload: { issueKey: 'EMA-3' }, metadata: { rateLimitProperties: true } });
    expect(withMetadata).toEqual({ body: value, metadata: expect.any(Object) });
    const denied = await callBridge('fetchProduct', { product: 'jira', restPath: `/rest/api/3/issue/${hiddenIssueKey(site.local)}`, fetchRequestInit: { method: 'GET', headers: [['Accept', 'application/json']], body: null } });
    expect(denied.status).toBe(404);
  });

  it('rejects a failed invocation and any unsupported call by name', async () => {
    const callBridge = bridgeOf((await site.get(panelPath('EMA-3'), ADMIN)).text);
    await expect(callBridge('invoke', { functionKey: 'no/such-key', payload: {} })).rejects.toThrow();
    await expect(callBridge('requestTeamworkGraph', {})).rejects.toThrow('callBridge("requestTeamworkGraph") is unsupported in the local host');
    await expect(callBridge('submit', {})).resolves.toBe(true);
    expect(await callBridge('getUrl', { target: 'issue', issueKey: 'EMA-3' })).toBe(`${site.server.url}/jira/browse/EMA-3`);
    expect(await callBridge('getUrl', { target: 'module', moduleKey: 'journey-panel', projectKey: 'EMA' })).toBe(`${site.server.url}/jira/apps/journey-panel?project=EMA`);
  });

  it('passes a modal context into extension.modal', async () => {
    const page = await site.get(`${panelPath('EMA-3')}&modal=${encodeURIComponent(JSON.stringify({ step: 2 }))}`, ADMIN);
    expect((await bridgeOf(page.text)('getContext')).extension.modal).toEqual({ step: 2 });
  });
});
