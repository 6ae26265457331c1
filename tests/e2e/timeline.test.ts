/**
 * In a real browser: the programme timeline opens on today, brings the worst conflict into view and focus in one
 * action, explains its colours and patterns in a legend, lets a keyboard user skip past the chart, and answers
 * "what if EMA-3 slips?" with the knock-on on LOY-4, drawn as ghosts.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_FACTS } from '../../local/demo';
import type { ProgrammeView } from '../../src/contract/programme';
import type { ResolverResult } from '../../src/contract/errors';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(120_000);

const context = { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } };
let shell: DemoShell;
let frame: FrameLocator;
let view: ProgrammeView;

beforeAll(async () => {
  shell = await openDemoShell();
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  const invoke = <T>(resolverKey: string) => shell.local.host.invokeResolver<ResolverResult<T>>({ functionKey: 'resolver', resolverKey, payload: {}, accountId: DEMO_ACCOUNTS.admin, context });
  const refreshed = await invoke<{ queued: boolean }>('programme/refresh');
  if (!refreshed.ok || !refreshed.value.ok) throw new Error(`refresh refused: ${JSON.stringify(refreshed)}`);
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  const loaded = await invoke<ProgrammeView>('programme/load');
  if (!loaded.ok || !loaded.value.ok) throw new Error(`load refused: ${JSON.stringify(loaded)}`);
  view = loaded.value.data;
  await shell.page.setViewportSize({ width: 1280, height: 900 });
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('timeline').waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await shell?.close();
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

/** Whether the element is within the chart's scrolled viewport, horizontally. */
async function inScrolledView(element: Locator): Promise<boolean> {
  const [outer, inner] = [await box(frame.getByTestId('timeline-scroller')), await box(element)];
  return inner.x + inner.width > outer.x && inner.x < outer.x + outer.width;
}

const activeElement = () => frame.locator('*:focus');

describe('the timeline opens on now and on the problems', () => {
  it('opens with today’s line inside the scrolled viewport', async () => {
    // The demo's epics span 2026 and 2027; the page opens on the viewer's today, not on January 2026.
    expect(view.today).not.toBeNull();
    expect(await frame.getByTestId('timeline-scroller').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await inScrolledView(frame.getByTestId('today-line'))).toBe(true);
  });

  it('brings the worst conflict into view and focus with one press of Next conflict, and says which it is', async () => {
    const worst = [...DEMO_FACTS.conflicts].sort((a, b) => b.overlapDays - a.overlapDays)[0];
    if (!worst) throw new Error('the demo has conflicts');
    await frame.getByTestId('timeline-today').click();
    await frame.getByRole('button', { name: 'Next conflict' }).click();
    const focused = activeElement();
    expect(await focused.getAttribute('data-status')).toBe('conflict');
    expect(await focused.getAttribute('aria-label')).toBe(`${worst.blocker} blocks ${worst.blocked}: conflict, ${worst.overlapDays} days overlap`);
    expect(await inScrolledView(focused)).toBe(true);
    expect(await frame.getByTestId('timeline-announcement').textContent()).toBe(`Conflict 1 of ${DEMO_FACTS.conflicts.length}: ${worst.blocker} blocks ${worst.blocked}: conflict, ${worst.overlapDays} days overlap`);
    await frame.getByRole('button', { name: 'Previous conflict' }).click();
    expect(await frame.getByTestId('timeline-announcement').textContent()).toMatch(new RegExp(`^Conflict ${DEMO_FACTS.conflicts.length} of ${DEMO_FACTS.conflicts.length}: `));
    expect(await inScrolledView(activeElement())).toBe(true);
  });

  it('names each highlight in the legend, and draws a cycle and the critical path differently', async () => {
    const legend = (await frame.getByTestId('timeline-legend').textContent()) ?? '';
    for (const name of ['Conflict', 'At risk', 'Cycle', 'Critical path', 'Resolved', 'Today', 'Progress', 'What-if']) expect(legend).toContain(name);
    const cycleBar = frame.locator('[data-testid^="bar-"][data-mark="cycle"]').first();
    const criticalBar = frame.locator('[data-testid^="bar-"][data-mark="critical"]').first();
    const dash = (bar: Locator) => bar.locator('rect').first().getAttribute('stroke-dasharray');
    expect(await dash(cycleBar)).not.toBe(await dash(criticalBar));
  });

  it('fits the epics into the visible width', async () => {
    await frame.getByTestId('timeline-fit').click();
    const [scroller, svg] = [await box(frame.getByTestId('timeline-scroller')), await box(frame.getByTestId('timeline'))];
    expect(svg.width).toBeLessThanOrEqual(scroller.width * 1.5);
    await frame.getByRole('button', { name: 'Months' }).click();
  });

  it('lets a keyboard user skip past the chart in one step', async () => {
    const skip = frame.getByTestId('timeline-skip');
    await skip.focus();
    expect(await skip.textContent()).toBe('Skip timeline');
    await shell.page.keyboard.press('Enter');
    expect(await activeElement().getAttribute('data-testid')).toBe('timeline-legend');
    await shell.page.keyboard.press('Tab');
    expect(await activeElement().evaluate((el) => el.closest('svg') === null)).toBe(true);
  });
});

describe('what if it slips?', () => {
  it('shows that EMA-3 slipping past its slack pushes LOY-4 and turns their dependency into a conflict, drawn as ghosts', async () => {
    const link = view.dependencies.find((d) => !d.blocker.hidden && !d.blocked.hidden && d.blocker.key === 'EMA-3' && d.blocked.key === 'LOY-4');
    if (!link || link.slackDays === null) throw new Error('the demo plans EMA-3 → LOY-4 with slack');
    expect(link.status).toBe('ok');
    const panel = frame.getByTestId('what-if');
    await panel.locator('#what-if-epic').selectOption('EMA-3');
    await panel.locator('#what-if-days').fill(String(link.slackDays + 20));
    await panel.getByRole('button', { name: 'Simulate' }).click();
    const answer = panel.getByTestId('what-if-answer');
    await answer.waitFor({ timeout: 15_000 });
    expect(await answer.getByTestId('what-if-change').allTextContents()).toContainEqual(expect.stringMatching(/^EMA-3 → LOY-4: OK becomes a conflict, \d+ days? overlap$/));
    expect(await answer.getByTestId('what-if-pushed-epic').allTextContents()).toContainEqual(expect.stringMatching(/^LOY-4 .+: \d+ days? later, to /));
    expect(await frame.getByTestId('ghost-EMA-3').count()).toBe(1);
    expect(await frame.getByTestId('ghost-LOY-4').count()).toBe(1);
    await panel.getByRole('button', { name: 'Clear' }).click();
    expect(await frame.getByTestId('ghost-LOY-4').count()).toBe(0);
  });
});
