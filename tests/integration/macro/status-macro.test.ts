/**
 * The live "Programme status" macro's `status/macro` resolver through the local host: the roll-up of the programme,
 * a stream or a strategy node, read from the snapshot and counted for the person reading the Confluence page.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { MacroStatusView } from '../../../src/contract/macro';
import type { ProgrammeView } from '../../../src/contract/programme';
import { call, dataOf, demoSiteWithSettings } from '../snapshot/support';

let site: LocalSite;
beforeEach(async () => {
  ({ site } = await demoSiteWithSettings());
});
afterEach(() => site.close());

const { sponsor, programmeManager: pm, teamMember: lena } = DEMO_ACCOUNTS;

/** The macro on a Confluence page: the resolver gets Confluence's context (a macro, its page and space). */
async function macro(target: unknown, accountId: string): Promise<ResolverResult<MacroStatusView>> {
  const result = await site.host.invokeResolver<ResolverResult<MacroStatusView>>({
    functionKey: 'resolver',
    resolverKey: 'status/macro',
    payload: { target },
    accountId,
    context: { moduleKey: 'programme-status', siteUrl: site.host.settings.siteUrl, extension: { type: 'macro', config: target, content: { id: '1001' }, space: { key: 'PROG' } } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

async function build(): Promise<ProgrammeView> {
  expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: true });
  await site.host.drainQueues();
  return dataOf(await call(site, 'programme/load', {}, pm));
}

/** What the programme page shows, worked out independently: done issues / all, conflicts touching the epics. */
function expectedFigures(programme: ProgrammeView, epicKeys: ReadonlySet<string>) {
  const touching = programme.dependencies.filter((d) => (!d.blocker.hidden && epicKeys.has(d.blocker.key)) || (!d.blocked.hidden && epicKeys.has(d.blocked.key)));
  return { total: touching.length, conflicts: touching.filter((d) => d.status === 'conflict').length, atRisk: touching.filter((d) => d.status === 'at-risk').length };
}

describe('a sponsor reads the status macro', () => {
  it('says the figures are being prepared before the first snapshot, then shows the whole programme', async () => {
    const before = dataOf(await macro({ kind: 'programme' }, sponsor));
    expect(before).toMatchObject({ state: 'building', found: true, progress: null, asOf: null });

    // Its first view queued the first build, as the programme page's does: no refresh button needed.
    await site.host.drainQueues();
    const programme = dataOf(await call(site, 'programme/load', {}, pm));
    const view = dataOf(await macro({ kind: 'programme' }, sponsor));
    expect(view).toMatchObject({ state: 'ready', found: true, hiddenEpics: 0, asOf: programme.asOf });
    expect(view.dependencies).toEqual(expectedFigures(programme, new Set(programme.epics.map((e) => e.key))));
    expect(view.dependencies.conflicts).toBeGreaterThan(0);
    expect(view.health).toBe('off-track');
    expect(view.reasons.conflicts).toBe(view.dependencies.conflicts);
    const { todo, inProgress, done } = view.progress ?? { todo: 0, inProgress: 0, done: 0 };
    expect(todo + inProgress + done).toBeGreaterThanOrEqual(programme.epics.length);
    expect(view.shareDone).toBeCloseTo(done / (todo + inProgress + done), 10);
    expect(view.earliestStart).toBe(programme.epics.map((e) => e.startDate).filter((d) => d !== null).sort()[0]);
    expect(view.programmeUrl).toMatch(/^https:\/\/local-site\.atlassian\.net\/jira\/apps\/[0-9a-f-]+\/[0-9a-f-]+$/);
  });

  it('shows one stream: its name, only its epics, the dependencies touching them', async () => {
    const programme = await build();
    const stream = programme.streams.find((s) => s.id === 'ema');
    if (!stream) throw new Error('the demo lacks the EMA stream');
    const view = dataOf(await macro({ kind: 'stream', streamId: 'ema' }, sponsor));
    const emaEpics = programme.epics.filter((e) => e.streamId === 'ema');
    expect(view).toMatchObject({ found: true, title: stream.name, hiddenEpics: 0 });
    expect(view.dependencies).toEqual(expectedFigures(programme, new Set(emaEpics.map((e) => e.key))));
    expect(view.latestDue).toBe(emaEpics.map((e) => e.dueDate).filter((d) => d !== null).sort().at(-1));
  });

  it('says a stream that was removed is not there any more, rather than showing nothing as if all were well', async () => {
    await build();
    expect(dataOf(await macro({ kind: 'stream', streamId: 'gone' }, sponsor))).toMatchObject({ found: false, health: 'unknown', progress: null });
  });
});

describe('Lena cannot browse MI', () => {
  it('sees the programme\'s figures as everyone does, MI\'s epics counted as hidden and their dates left out', async () => {
    const programme = await build();
    const miEpics = programme.epics.filter((e) => e.key.startsWith('MI-'));
    expect(miEpics.length).toBeGreaterThan(0);
    const view = dataOf(await macro({ kind: 'programme' }, lena));
    expect(view.hiddenEpics).toBe(miEpics.length);
    const sponsorView = dataOf(await macro({ kind: 'programme' }, sponsor));
    expect(sponsorView.hiddenEpics).toBe(0);
    // Figures name nothing, so they are the same for everyone; the dates come from the epics each may browse.
    expect(view).toMatchObject({ progress: sponsorView.progress, health: sponsorView.health, dependencies: sponsorView.dependencies });
    const visibleDates = programme.epics.filter((e) => !e.key.startsWith('MI-')).map((e) => e.startDate).filter((d) => d !== null).sort();
    expect(view.earliestStart).toBe(visibleDates[0]);
    expect(JSON.stringify(view)).not.toMatch(/MI-\d/);
  });

  it('sees MI\'s stream with every epic hidden: its figures, but no dates and nothing named', async () => {
    await build();
    const view = dataOf(await macro({ kind: 'stream', streamId: 'mi' }, lena));
    const sponsorView = dataOf(await macro({ kind: 'stream', streamId: 'mi' }, sponsor));
    expect(view).toMatchObject({ found: true, earliestStart: null, latestDue: null, progress: sponsorView.progress, health: sponsorView.health });
    expect(view.hiddenEpics).toBeGreaterThan(0);
    expect(JSON.stringify(view)).not.toMatch(/MI-\d/);
  });
});

describe('a bad target', () => {
  it('is refused with a code naming the field', async () => {
    expect(await macro({ kind: 'stream' }, sponsor)).toEqual({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'target.streamId', params: expect.any(Object) } });
    expect(await macro({ kind: 'node', nodeId: 'CRM' }, sponsor)).toEqual({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'target.nodeId', params: expect.any(Object) } });
    expect(await macro({ kind: 'everything' }, sponsor)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
