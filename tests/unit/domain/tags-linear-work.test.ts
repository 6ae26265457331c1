/**
 * The tag merge does work in proportion to what it is given, never to its square: the testers' 30,000 ids took
 * seconds because each id was looked for in the other list. Instead of timing (which flakes on a busy machine) the
 * test counts how often the merge reads an element of the lists it is handed: a quadratic merge reads each id once
 * per other id, a linear one a few times in all. Counted through Proxies, so the code under test is untouched.
 */
import {
  MAX_TERMS_PER_DIMENSION, MAX_USE_CASES_PER_ISSUE, StoredUseCaseSchema, TAG_SLOTS, TaxonomySchema, defaultTaxonomy, diffTags, effectiveTags,
  mergeTagEdits, validateTagChange, type JourneyTags, type TagSlot, type Taxonomy, type UseCase,
} from '../../../src/domain';

/** Wraps arrays so that every read of an element by index is counted. */
function elementReads() {
  let reads = 0;
  const watch = <T>(items: T[]): T[] =>
    new Proxy(items, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return { watch, reads: () => reads };
}

const slotSize = (slot: TagSlot, scale: number) => (slot === 'useCase' ? MAX_USE_CASES_PER_ISSUE : MAX_TERMS_PER_DIMENSION) * scale;
const idOf = (slot: TagSlot, i: number) => (slot === 'useCase' ? `UC-${i}` : `term-${i}`);

/** Tags holding ids `from … from+size-1` of every slot, each slot `scale` times the payload maximum. */
function tagsFrom(from: number, scale: number, watch: <T>(items: T[]) => T[]): JourneyTags {
  const tags = {} as Record<TagSlot, string[]>;
  for (const slot of TAG_SLOTS) tags[slot] = watch(Array.from({ length: slotSize(slot, scale) }, (_, i) => idOf(slot, from + i)));
  return tags as JourneyTags;
}

const idsIn = (tags: JourneyTags) => TAG_SLOTS.reduce((sum, slot) => sum + tags[slot].length, 0);

/** A taxonomy whose tagged dimensions hold `count` terms each (stages all in one phase), and `count` use cases. */
function bigCatalogue(count: number, watch: <T>(items: T[]) => T[]): { taxonomy: Taxonomy; useCases: UseCase[] } {
  const terms = (slot: TagSlot) => Array.from({ length: count }, (_, i) => ({ id: idOf(slot, i), labels: { en: `T${i}`, de: `T${i}` } }));
  const { phase } = defaultTaxonomy().dimensions;
  const taxonomy = TaxonomySchema.parse({
    version: 1,
    dimensions: { touchpoint: terms('touchpoint'), lifecycle: terms('lifecycle'), category: terms('category'), action: terms('action'), channel: terms('channel'), phase },
    phaseOfStage: Object.fromEntries(terms('lifecycle').map((stage) => [stage.id, phase[0]?.id])),
  });
  for (const slot of TAG_SLOTS) if (slot !== 'useCase') taxonomy.dimensions[slot] = watch(taxonomy.dimensions[slot]);
  const useCases = watch(Array.from({ length: count }, (_, i) => StoredUseCaseSchema.parse({ id: idOf('useCase', i), title: `Use case ${i}`, lifecycleStage: 'explore' })));
  return { taxonomy, useCases };
}

/** One `tags/save` merge at `scale` times the payload maximum: its result and the element reads it took. */
function mergeAt(scale: number) {
  const counter = elementReads();
  const base = tagsFrom(0, scale, counter.watch);
  // The user replaces every id they loaded by as many new ones; nobody else changed the issue meanwhile.
  const mine = tagsFrom(MAX_USE_CASES_PER_ISSUE * scale, scale, counter.watch);
  const latest = tagsFrom(0, scale, counter.watch);
  const { taxonomy, useCases } = bigCatalogue(4 * MAX_USE_CASES_PER_ISSUE * scale, counter.watch);
  const setUpReads = counter.reads();
  const merged = mergeTagEdits(base, mine, latest);
  const refused = validateTagChange(latest, merged, taxonomy, useCases);
  const shown = effectiveTags(merged, latest);
  const handed = idsIn(base) + idsIn(mine) + idsIn(latest) + TAG_SLOTS.length * 4 * MAX_USE_CASES_PER_ISSUE * scale;
  return { merged, refused, shown, reads: counter.reads() - setUpReads, handed };
}

describe('the tags/save merge at the largest payload', () => {
  const atMaximum = mergeAt(1);

  it('merges correctly: my replacement of every id, nothing refused, the stored ones shown as the epic\'s', () => {
    for (const slot of TAG_SLOTS) expect(atMaximum.merged[slot]).toEqual(Array.from({ length: slotSize(slot, 1) }, (_, i) => idOf(slot, MAX_USE_CASES_PER_ISSUE + i)));
    expect(atMaximum.refused).toEqual([]);
    expect(atMaximum.shown.touchpoint.filter((tag) => tag.source === 'own')).toHaveLength(MAX_TERMS_PER_DIMENSION);
  });

  it('reads each id it is handed a few times at most, not once per other id', () => {
    // A quadratic merge of these lists reads several hundred thousand elements; this one reads each about twice.
    expect(atMaximum.reads).toBeLessThanOrEqual(4 * atMaximum.handed);
  });

  it('does twice the work for twice the ids', () => {
    const twice = mergeAt(2);
    expect(twice.handed).toBe(2 * atMaximum.handed);
    expect(twice.reads).toBeLessThanOrEqual(2 * atMaximum.reads + 100);
  });

  it('diffs a slot with an id named twice as a set', () => {
    const base = { ...tagsFrom(0, 0, (items) => items), touchpoint: ['app', 'app'] } as JourneyTags;
    const mine = { ...base, touchpoint: ['website', 'website', 'app'] } as JourneyTags;
    expect(diffTags(base, mine)).toEqual({ add: { touchpoint: ['website'] }, remove: {} });
  });
});
