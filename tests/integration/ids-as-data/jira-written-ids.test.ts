/**
 * Ids that name built-ins, already in the data: a stream, a touchpoint and a lifecycle stage `constructor` and use
 * cases `constructor`/`toString` stored before ids were checked, and journey properties written straight into Jira
 * as raw JSON — a `"__proto__"` key included — on several issues. The programme snapshot still builds and patches,
 * `programme/load` and `coverage/load` answer, every such id is counted as the id it is, and a tag save writes the
 * phases of known stages and never `null`.
 */
import type { LocalSite } from '../../../local/site/create-local-site';
import type { CoverageView } from '../../../src/contract/programme';
import { JOURNEY_PROPERTY_KEY, compareIssueKeys } from '../../../src/domain';
import { dataOf, expectNoPollution, invoke, objectShape, oldAppData, openSite, rebuildSnapshot, writeRawProperty } from './support';

/** What people wrote into Jira's journey property, as JSON text. */
const WRITTEN: Record<string, string> = {
  'OPS-1': '{"__proto__":{"polluted":"yes","touchpoint":["website"]},"touchpoint":["constructor","prototype"],"lifecycle":["constructor"],"useCase":["constructor","toString"]}',
  'OPS-2': '{"touchpoint":["constructor"],"lifecycle":["prototype"],"useCase":["hasOwnProperty"]}',
  // `toString` is no term id (upper case): the snapshot drops it, the issue panel reports the property as damaged.
  'OPS-3': '{"touchpoint":["toString","constructor"],"phase":[null]}',
  'OPS-4': '{"touchpoint":["constructor"],"lifecycle":["constructor"],"useCase":["constructor"]}',
  // An epic: its issues leave touchpoint and lifecycle empty, so they inherit `constructor` from it.
  'EMA-2': '{"__proto__":{"touchpoint":["app"]},"touchpoint":["constructor"],"lifecycle":["constructor"],"category":["transactional"],"channel":["email"],"useCase":["toString"]}',
};

let site: LocalSite;
const before = objectShape();
beforeEach(async () => {
  site = await openSite(oldAppData);
  for (const [issueKey, json] of Object.entries(WRITTEN)) await writeRawProperty(site, issueKey, json);
});
afterEach(async () => {
  await site.close();
  expectNoPollution(before);
});

const issue = (key: string) => {
  const found = site.site.issues.find((i) => i.key === key);
  if (!found) throw new Error(`the demo site lacks ${key}`);
  return found;
};
/** An epic and every issue below it. */
function epicAndBelow(epicKey: string) {
  const below = (key: string): string[] => site.site.issues.filter((i) => i.parentKey === key).flatMap((i) => [i.key, ...below(i.key)]);
  return [epicKey, ...below(epicKey)].map(issue);
}
const doneCount = (issues: ReadonlyArray<{ statusCategory: string }>) => issues.filter((i) => i.statusCategory === 'done').length;

function heat(view: CoverageView, streamId: string, touchpointId: string) {
  return view.heatmap.find((row) => row.streamId === streamId)?.cells.find((cell) => cell.touchpointId === touchpointId);
}
function pair(view: CoverageView, lifecycleId: string, touchpointId: string) {
  return view.lifecycleMatrix.find((row) => row.lifecycleId === lifecycleId)?.cells.find((cell) => cell.touchpointId === touchpointId)?.count;
}

describe('a programme whose data holds ids that name built-ins', () => {
  it('builds its snapshot and serves the programme with the epic\'s tags as written', async () => {
    await rebuildSnapshot(site);
    const view = dataOf(await invoke(site, 'programme/load', {}));
    expect(view).toMatchObject({ state: 'ready', failure: null });
    expect(view.streams.map((s) => s.id)).toContain('constructor');
    expect(view.epics.find((e) => e.key === 'EMA-2')?.tags).toEqual({ touchpoint: ['constructor'], lifecycle: ['constructor'], useCase: ['toString'] });
    // The project page of OPS is the stream `constructor`; a project key that spells a built-in finds no stream.
    expect(dataOf(await invoke(site, 'programme/load', { projectKey: 'OPS' })).streams.map((s) => s.id)).toContain('constructor');
    for (const payload of [{ projectKey: 'constructor' }, { projectKey: 'toString' }, { streamId: 'constructor' }, { streamId: 'hasOwnProperty' }]) {
      expect(dataOf(await invoke(site, 'programme/load', payload)).state).toBe('ready');
    }
  });

  it('counts every such id as itself in the coverage, inherited ones included', async () => {
    // Below EMA-2 nobody names a touchpoint or stage of their own: all count for the epic's.
    const subtree = epicAndBelow('EMA-2');
    const own = (i: (typeof subtree)[number]) => i.properties[JOURNEY_PROPERTY_KEY] as { touchpoint?: unknown[]; lifecycle?: unknown[] } | undefined;
    expect(subtree.slice(1).filter((i) => (own(i)?.touchpoint?.length ?? 0) + (own(i)?.lifecycle?.length ?? 0) > 0)).toEqual([]);
    const passedDown = subtree.filter((i) => site.site.issues.some((child) => child.parentKey === i.key)).map((i) => i.key).sort(compareIssueKeys);
    const ops = ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'].map(issue);
    await rebuildSnapshot(site);
    const view = dataOf(await invoke(site, 'coverage/load', {}));
    expect(view.state).toBe('ready');
    expect(heat(view, 'constructor', 'constructor')).toMatchObject({ count: 4, done: doneCount(ops) });
    expect(heat(view, 'constructor', 'prototype')?.count).toBe(1);
    expect(heat(view, 'constructor', 'website')?.count).toBe(0);
    expect(heat(view, 'ema', 'constructor')).toMatchObject({ count: subtree.length, done: doneCount(subtree) });
    expect(heat(view, 'ema', 'constructor')?.jql).toBe(`(project = EMA) AND (journeyTouchpoint = "constructor" OR (journeyTouchpoint is EMPTY AND parent in (${passedDown.join(', ')})))`);
    expect(pair(view, 'constructor', 'constructor')).toBe(subtree.length + 2);
    expect(pair(view, 'constructor', 'prototype')).toBe(1);
    expect(pair(view, 'prototype', 'constructor')).toBe(1);
    // The stored taxonomy names `constructor`; `prototype` is unknown and shows as itself.
    expect(view.touchpoints.find((t) => t.id === 'constructor')).toEqual({ id: 'constructor', labels: { en: 'Constructor', de: 'Konstrukteur' }, retired: false });
    expect(view.lifecycles.find((t) => t.id === 'prototype')).toEqual({ id: 'prototype', labels: { en: 'prototype', de: 'prototype' }, retired: true });
    // Use cases `constructor` and `toString` are tagged; `valueOf` is not.
    const waiting = view.useCasesWithoutWork.map((u) => u.id);
    expect(waiting).toContain('valueOf');
    expect(waiting).not.toContain('constructor');
    expect(waiting).not.toContain('toString');
    const onOps = dataOf(await invoke(site, 'coverage/load', { projectKey: 'OPS' }));
    expect(onOps.heatmap.map((row) => row.streamId)).toEqual(['constructor']);
    expect(dataOf(await invoke(site, 'coverage/load', { projectKey: 'constructor' })).heatmap).toEqual([]);
  });

  it('shows the tags on the issue, and a save writes the phase of a known stage — never null', async () => {
    await rebuildSnapshot(site);
    const panel = dataOf(await invoke(site, 'journey/issue', { issueKey: 'OPS-1' }));
    expect(panel.own).toMatchObject({ touchpoint: ['constructor', 'prototype'], lifecycle: ['constructor'], useCase: ['constructor', 'toString'] });
    expect(await invoke(site, 'journey/issue', { issueKey: 'OPS-3' })).toMatchObject({ ok: false, error: { code: 'STORED_DATA_INVALID' } });

    const own = dataOf(await invoke(site, 'journey/issue', { issueKey: 'OPS-4' })).own;
    const saved = dataOf(await invoke(site, 'tags/save', { issueKey: 'OPS-4', base: own, tags: { ...own, touchpoint: [...own.touchpoint, 'website'] } }));
    expect(saved.tags.touchpoint).toEqual(['constructor', 'website']);
    // The stored taxonomy puts `constructor` into BUY; `prototype` is a stage it does not know.
    expect(issue('OPS-4').properties[JOURNEY_PROPERTY_KEY]).toMatchObject({ lifecycle: ['constructor'], phase: ['buy'] });
    const bulk = dataOf(await invoke(site, 'tags/bulk', { issueKeys: ['OPS-2', 'OPS-4'], add: { touchpoint: ['app'] } }));
    expect(bulk.results.map((r) => [r.issueKey, r.outcome])).toEqual([['OPS-2', 'done'], ['OPS-4', 'done']]);
    expect(issue('OPS-2').properties[JOURNEY_PROPERTY_KEY]).toMatchObject({ touchpoint: ['constructor', 'app'], lifecycle: ['prototype'], phase: [] });
    for (const key of ['OPS-2', 'OPS-4']) expect(JSON.stringify(issue(key).properties[JOURNEY_PROPERTY_KEY])).not.toContain('null');

    // The saves patched the snapshot (a property write raises no event): the new tags are counted.
    const view = dataOf(await invoke(site, 'coverage/load', {}));
    expect(heat(view, 'constructor', 'website')?.count).toBe(1);
    expect(heat(view, 'constructor', 'app')?.count).toBe(2);
    expect(heat(view, 'constructor', 'constructor')?.count).toBe(4);
    expect(dataOf(await invoke(site, 'programme/load', {})).failure).toBeNull();
  });

  it('rebuilds again after the admin edits the old terms and use cases', async () => {
    const { taxonomy } = dataOf(await invoke(site, 'taxonomy/get', {}));
    const renamed = await invoke(site, 'taxonomy/save', { expectedVersion: taxonomy.version, changes: [{ op: 'rename', dimension: 'touchpoint', termId: 'constructor', labels: { en: 'Builder', de: 'Baumeister' } }] });
    expect(dataOf(renamed).taxonomy.dimensions.touchpoint.find((t) => t.id === 'constructor')?.labels.en).toBe('Builder');
    const catalogue = dataOf(await invoke(site, 'use-cases/list', {}));
    const stored = catalogue.useCases.find((u) => u.id === 'constructor');
    expect(stored).toBeDefined();
    const edited = await invoke(site, 'use-cases/save', { expectedVersion: catalogue.version, isNew: false, useCase: { ...stored, title: 'Still here' } });
    expect(dataOf(edited).useCases.find((u) => u.id === 'constructor')?.title).toBe('Still here');
    await rebuildSnapshot(site);
    const view = dataOf(await invoke(site, 'coverage/load', {}));
    expect(view.touchpoints.find((t) => t.id === 'constructor')?.labels.en).toBe('Builder');
    expect(heat(view, 'constructor', 'constructor')?.count).toBe(4);
  });
});
