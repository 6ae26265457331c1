/**
 * Ids are data, never property names. Terms, use cases and streams called `constructor`, `prototype`, `toString`,
 * `hasOwnProperty` (or a JSON key `__proto__`) — written into Jira directly, or kept in an old stored taxonomy — are
 * counted, merged and indexed like any other id: no crash, no member of Object.prototype read as a cell or a phase,
 * nothing written onto a prototype.
 */
import { z } from 'zod';
import {
  TaxonomySchema, UseCaseSchema, computeCoverage, coverageReport, defaultTaxonomy, mergeTallies, resolveInheritedTags, tallyCoverage, toIndexedProperty,
  type JourneyTags, type Taxonomy, type WorkItem,
} from '../../../src/domain';
import { idRecord, idRecordSchema, ownValue, withOwnValue } from '../../../src/domain/id-keyed';
import { phaseOf } from '../../../src/domain/taxonomy/taxonomy';
import { epic, story, stream } from './programme-builders';

const NASTY = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

function tags(partial: Partial<Record<keyof JourneyTags, string[]>>): JourneyTags {
  return { touchpoint: [], lifecycle: [], category: [], action: [], channel: [], useCase: [], ...partial } as JourneyTags;
}
function tagged(item: WorkItem, partial: Partial<Record<keyof JourneyTags, string[]>>): WorkItem {
  return { ...item, tags: tags(partial) };
}

const objectMembers = Object.getOwnPropertyNames(Object);
const prototypeMembers = Object.getOwnPropertyNames(Object.prototype);
afterEach(() => {
  // Nothing above may have written onto Object or its prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object)).toEqual(objectMembers);
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeMembers);
});

describe('a record keyed by data', () => {
  it('finds nothing for a key it does not hold, whatever the key spells', () => {
    const record = idRecord<string, number>([['website', 1]]);
    for (const key of NASTY) expect(record[key]).toBeUndefined();
    // ownValue is safe on a plain object too, as one that crossed JSON is.
    const plain: Record<string, number> = { website: 1 };
    for (const key of NASTY) expect(ownValue(plain, key)).toBeUndefined();
    expect(ownValue(plain, 'website')).toBe(1);
  });

  it('keeps every key as an own entry, `__proto__` included, and never gains a prototype', () => {
    const record = idRecord<string, string>(NASTY.map((key) => [key, `value of ${key}`]));
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual([...NASTY]);
    expect(ownValue(record, '__proto__')).toBe('value of __proto__');
    const next = withOwnValue<string, string>(record, 'valueOf', 'value of valueOf');
    expect(Object.getPrototypeOf(next)).toBeNull();
    expect(ownValue(next, 'valueOf')).toBe('value of valueOf');
    expect(ownValue(record, 'valueOf')).toBeUndefined();
  });

  it('is parsed from JSON keeping a "__proto__" key as data, where z.record would drop it', () => {
    const json = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"polluted":"no"}}') as unknown;
    const parsed = idRecordSchema(z.string(), z.object({ polluted: z.string() })).parse(json);
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.keys(parsed)).toEqual(['__proto__', 'constructor']);
    expect(ownValue(parsed, '__proto__')).toEqual({ polluted: 'yes' });
    // What the brief warned of: zod's record silently loses the key and hands back a plain object.
    const viaRecord = z.record(z.string(), z.unknown()).parse(json);
    expect(Object.keys(viaRecord)).toEqual(['constructor']);
    expect(JSON.stringify(parsed)).toBe('{"__proto__":{"polluted":"yes"},"constructor":{"polluted":"no"}}');
  });

  it('names the key of a bad entry in the error path', () => {
    const result = idRecordSchema(z.string().regex(/^[a-z]+$/), z.number()).safeParse({ good: 1, Bad: 2, bad: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['Bad'], ['bad']]);
  });
});

describe('coverage with ids that spell built-in members', () => {
  // Stream `constructor`, touchpoints `constructor`/`prototype`, lifecycle `constructor`, use cases `constructor`/`toString`.
  const streams = [stream('constructor'), stream('ema')];
  const items: WorkItem[] = [
    tagged(epic('CONSTRUCTOR-1'), { touchpoint: ['constructor', 'website'], lifecycle: ['constructor'], useCase: ['constructor', 'toString'] }),
    story('CONSTRUCTOR-2', 'CONSTRUCTOR-1', { done: true }),
    tagged(epic('EMA-1'), { touchpoint: ['prototype'], lifecycle: ['prototype', 'explore'], useCase: ['hasOwnProperty'] }),
    tagged(story('EMA-2', 'EMA-1'), { touchpoint: ['constructor'] }),
  ];
  const useCase = (id: string) => UseCaseSchema.parse({ id, title: `Use case ${id}`, lifecycleStage: 'explore' });
  const useCases = ['constructor', 'toString', 'valueOf', 'UC-001'].map(useCase);
  const report = computeCoverage(items, { streams, taxonomy: defaultTaxonomy(), useCases });
  const heat = (streamId: string, touchpointId: string) => report.heatmap.find((r) => r.streamId === streamId)?.cells.find((c) => c.touchpointId === touchpointId);
  const pair = (lifecycleId: string, touchpointId: string) => report.lifecycleMatrix.find((r) => r.lifecycleId === lifecycleId)?.cells.find((c) => c.touchpointId === touchpointId);

  it('counts them as the plain ids they are, inherited ones included', () => {
    // CONSTRUCTOR-2 inherits both touchpoints from its epic; EMA-2 narrows to `constructor`.
    expect(heat('constructor', 'constructor')).toMatchObject({ count: 2, done: 1, shareDone: 0.5 });
    expect(heat('constructor', 'website')).toMatchObject({ count: 2, done: 1 });
    expect(heat('ema', 'constructor')).toMatchObject({ count: 1, done: 0 });
    expect(heat('ema', 'prototype')).toMatchObject({ count: 1, done: 0 });
    expect(heat('constructor', 'prototype')).toMatchObject({ count: 0, shareDone: null });
    expect(pair('constructor', 'constructor')?.count).toBe(2);
    expect(pair('prototype', 'constructor')?.count).toBe(1);
    expect(pair('explore', 'prototype')?.count).toBe(1);
    expect(pair('constructor', 'prototype')?.count).toBe(0);
  });

  it('shows unknown ids as columns and rows of their own, with JQL that names them', () => {
    expect(report.touchpoints.filter((t) => t.retired).map((t) => t.id)).toEqual(['constructor', 'prototype']);
    expect(report.lifecycles.filter((t) => t.retired).map((t) => t.id)).toEqual(['constructor', 'prototype']);
    expect(heat('constructor', 'constructor')?.jql).toBe('(project = CONSTRUCTOR) AND (journeyTouchpoint = "constructor" OR (journeyTouchpoint is EMPTY AND parent in (CONSTRUCTOR-1)))');
  });

  it('knows which use cases have work: `constructor` and `toString` do, `valueOf` does not', () => {
    expect(report.useCasesWithoutWork.map((u) => u.id)).toEqual(['valueOf', 'UC-001']);
  });

  it('adds per-project tallies up to the whole', () => {
    const inherited = resolveInheritedTags(items);
    const halves = [tallyCoverage(items.filter((i) => i.key.startsWith('EMA')), inherited), tallyCoverage(items.filter((i) => i.key.startsWith('CONSTRUCTOR')), inherited)];
    const merged = mergeTallies(halves);
    expect(merged.streamTouchpoint.get('constructor')?.get('constructor')).toEqual({ count: 2, done: 1, parents: ['CONSTRUCTOR-1'] });
    expect(merged.lifecycleTouchpoint.get('constructor')?.get('website')).toEqual({ count: 2, parents: { touchpoint: ['CONSTRUCTOR-1'], lifecycle: ['CONSTRUCTOR-1'] } });
    expect(merged.useCases).toEqual(['constructor', 'hasOwnProperty', 'toString']);
    expect(coverageReport(merged, { streams, taxonomy: defaultTaxonomy(), useCases })).toEqual(report);
    // Merging the same tally twice doubles it: the merge reads cells, not members of the Map or Object.
    expect(mergeTallies([merged, merged]).streamTouchpoint.get('ema')?.get('prototype')?.count).toBe(2);
  });
});

describe('the indexed property and the phase of a stage', () => {
  it('adds no phase — never null — for a stage the taxonomy does not map', () => {
    const indexed = toIndexedProperty(tags({ lifecycle: ['constructor', 'prototype', 'explore'] }), defaultTaxonomy());
    expect(indexed.phase).toEqual(['need']);
    expect(JSON.stringify(indexed)).not.toContain('null');
    expect(phaseOf(defaultTaxonomy(), 'constructor')).toBeUndefined();
    expect(phaseOf({ phaseOfStage: { explore: 'need' } as unknown as Taxonomy['phaseOfStage'] }, 'toString')).toBeUndefined();
  });

  it('reads an old stored taxonomy that has a lifecycle stage `constructor` and maps it', () => {
    // As the stored JSON text would have it: the stage's own entry in phaseOfStage.
    const text = JSON.stringify(defaultTaxonomy()).replace('"phaseOfStage":{', '"phaseOfStage":{"constructor":"buy",');
    const stored = JSON.parse(text) as { dimensions: { lifecycle: unknown[] } };
    stored.dimensions.lifecycle.push({ id: 'constructor', labels: { en: 'Constructor', de: 'Konstrukteur' }, retired: false });
    const taxonomy = TaxonomySchema.parse(stored);
    expect(phaseOf(taxonomy, 'constructor')).toBe('buy');
    expect(toIndexedProperty(tags({ lifecycle: ['constructor'] }), taxonomy).phase).toEqual(['buy']);
  });

  it('refuses a stored taxonomy whose stage `constructor` has no phase of its own', () => {
    const stored = JSON.parse(JSON.stringify(defaultTaxonomy())) as { dimensions: { lifecycle: unknown[] } };
    stored.dimensions.lifecycle.push({ id: 'constructor', labels: { en: 'Constructor', de: 'Konstrukteur' }, retired: false });
    const result = TaxonomySchema.safeParse(stored);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['lifecycle stage "constructor" needs a known phase']);
  });
});
