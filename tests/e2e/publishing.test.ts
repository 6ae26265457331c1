/**
 * In a real browser: with publishing set up as the demo ships it (the PROG space, English pages), the programme
 * manager presses "Publish now" on the programme page, watches the run finish, reads the report, opens the published
 * pages in the local Confluence space and finds the roll-up, the strategy tree with her strategies, and — after a
 * second publication — "Changes since". A team member who is no programme manager reads the report without the button.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { demoPublishingSettings } from '../../local/demo/app-data';
import type { ResolverResult } from '../../src/contract/errors';
import type { StrategyEditResult } from '../../src/contract/strategy';
import { PUBLISHING_SETTINGS_KEY } from '../../src/services/publishing/publishing-settings-store';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(240_000);

let shell: DemoShell;
const invoke = async <T>(resolverKey: string, payload: unknown, accountId: string = DEMO_ACCOUNTS.programmeManager): Promise<T> => {
  const answer = await shell.local.host.invokeResolver<ResolverResult<T>>({
    functionKey: 'resolver',
    resolverKey,
    payload,
    accountId,
    context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`${resolverKey} refused: ${JSON.stringify(answer)}`);
  return answer.value.data;
};
const fields = (title: string, epicKeys: string[] = []) => ({ title, ownerAccountId: null, summary: `Why ${title} matters.`, goal: '', kpis: [], conceptUrl: null, epicKeys, epicJql: null });

beforeAll(async () => {
  shell = await openDemoShell();
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  shell.local.kvsState.kv[PUBLISHING_SETTINGS_KEY] = { value: demoPublishingSettings(shell.local.site), createdAt: 0, updatedAt: 0 };
  await invoke('programme/refresh', {});
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  // The branch the programme manager built on the Strategy tab (tests/e2e/strategy-tree.test.ts builds one by hand).
  await invoke<StrategyEditResult>('strategy/edit', { kind: 'add', id: 'n-root0001', parentId: null, index: 0, fields: fields('Customer Centricity 360') });
  await invoke<StrategyEditResult>('strategy/edit', { kind: 'add', id: 'n-crm00001', parentId: 'n-root0001', index: 0, fields: fields('CRM', ['DATA-2']) });
});
afterAll(async () => {
  await shell?.close();
});

async function openPublishing(displayName: string): Promise<FrameLocator> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, displayName);
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('tab', { name: /^(Publishing|Veröffentlichung)$/ }).click();
  await frame.getByTestId('publishing-panel').waitFor({ timeout: 20_000 });
  return frame;
}

/** Presses "Publish now" and waits for the report of a finished run. */
async function publish(frame: FrameLocator): Promise<void> {
  const before = await frame.getByTestId('last-run').count();
  await frame.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  if (before > 0) await frame.getByTestId('publish-running').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await frame.getByTestId('last-run').waitFor({ timeout: 120_000 });
  await frame.getByTestId('publish-running').waitFor({ state: 'detached', timeout: 120_000 });
}

const count = async (frame: FrameLocator, action: string) => Number((await frame.getByTestId(`count-${action}`).locator('strong').textContent()) ?? 'NaN');

describe('the programme manager', () => {
  let frame: FrameLocator;
  beforeAll(async () => {
    frame = await openPublishing('Katrin Hoffmann');
  });

  it('sees where the pages go, and that nothing was published yet', async () => {
    expect(await frame.getByTestId('publishing-target').textContent()).toContain('(PROG)');
    await frame.getByTestId('publishing-empty').waitFor();
  });

  it('publishes now and reads the report: every page created, each a link into the space', async () => {
    await publish(frame);
    expect(await count(frame, 'created')).toBeGreaterThanOrEqual(4);
    expect(await count(frame, 'failed')).toBe(0);
    expect(await frame.getByTestId('last-run-by').textContent()).toBe('Veröffentlicht von Katrin Hoffmann.');
    const titles = await frame.getByTestId('published-page').locator('th').allTextContents();
    expect(titles.some((t) => t.startsWith('Programme roll-up'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Strategy: CRM'))).toBe(true);
  });

  it('opens the published strategy page in the Confluence space and finds its narrative, its epic and its place in the tree', async () => {
    const href = await frame.getByRole('link', { name: /^Strategy: CRM/ }).getAttribute('href');
    expect(href).toMatch(/\/wiki\/spaces\/PROG\/pages\/\d+/);
    await shell.page.goto(href ?? '');
    const body = (await shell.page.locator('body').textContent()) ?? '';
    expect(body).toContain('Why CRM matters.');
    expect(body).toContain('DATA-2');
    expect(body).toContain('Customer Centricity 360');
  });

  it('publishes again and the roll-up says what changed since the first publication', async () => {
    frame = await openPublishing('Katrin Hoffmann');
    await publish(frame);
    expect(await count(frame, 'failed')).toBe(0);
    expect(await frame.getByTestId('last-run').textContent()).toContain('Die Seiten werden mit der Veröffentlichung vom');
    const href = await frame.getByRole('link', { name: /^Programme roll-up/ }).getAttribute('href');
    await shell.page.goto(href ?? '');
    const body = (await shell.page.locator('body').textContent()) ?? '';
    expect(body).toMatch(/Changes since/);
    expect(body).toContain('Overall health');
  });
});

describe('a page a person edited in Confluence', () => {
  it('is skipped and reported, and the programme manager overwrites it after confirming', async () => {
    const rollUp = shell.local.site.confluence.pages.find((page) => page.title === 'Programme roll-up' && page.status === 'current');
    if (!rollUp) throw new Error('the roll-up was not published');
    const edited = { id: rollUp.id, status: 'current', title: rollUp.title, body: { representation: 'storage', value: `${rollUp.body}<p>Note from the steering committee.</p>` }, version: { number: rollUp.version.number + 1 } };
    const answer = await shell.local.direct.confluence(
      new Request(`https://local-site.atlassian.net/wiki/api/v2/pages/${rollUp.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(edited) }),
      { kind: 'user', accountId: DEMO_ACCOUNTS.sponsor },
    );
    expect(answer.status).toBe(200);

    let frame = await openPublishing('Katrin Hoffmann');
    await publish(frame);
    const row = frame.getByTestId('published-page').filter({ hasText: 'Programme roll-up' });
    expect(await row.getAttribute('data-action')).toBe('skipped');
    expect(await row.textContent()).toContain('Jemand hat die Seite in Confluence bearbeitet');
    expect(shell.local.site.confluence.pages.find((page) => page.id === rollUp.id)?.body).toContain('Note from the steering committee.');

    await row.getByTestId('overwrite-page').click();
    const question = frame.getByRole('alertdialog');
    expect(await question.textContent()).toContain('„Programme roll-up“ überschreiben?');
    await question.getByTestId('overwrite-confirm').click();
    frame = await openPublishing('Katrin Hoffmann');
    await frame.getByTestId('publish-running').waitFor({ state: 'detached', timeout: 120_000 });
    await frame.getByTestId('last-run').waitFor({ timeout: 120_000 });
    expect(await frame.getByTestId('published-page').filter({ hasText: 'Programme roll-up' }).getAttribute('data-action')).toBe('updated');
    expect(shell.local.site.confluence.pages.find((page) => page.id === rollUp.id)?.body).not.toContain('Note from the steering committee.');
  });
});

describe('a team member who is no programme manager', () => {
  it('reads the last report but is offered no "Publish now"', async () => {
    const frame = await openPublishing('Lena Schulz');
    await frame.getByTestId('last-run').waitFor({ timeout: 20_000 });
    expect(await frame.getByRole('button', { name: /Publish now|Jetzt veröffentlichen/ }).count()).toBe(0);
    expect(await frame.getByTestId('publishing-panel').textContent()).toMatch(/Programme managers publish|Programmverantwortliche veröffentlichen/);
  });
});
