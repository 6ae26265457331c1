/**
 * The work of one `tags/save` besides its REST calls, at the largest payload the contract accepts (100 terms in each
 * of the five dimensions and 200 use cases, in `base` and in `tags`): parsing the payload, diffing it, merging it on
 * top of what is stored, checking the additions against a taxonomy and catalogue of that size, and building the
 * indexed property. Also: how long refusing the testers' 30,000-id payload takes.
 */
import { TagsSavePayload } from '../src/contract/journey';
import {
  MAX_TERMS_PER_DIMENSION, MAX_USE_CASES_PER_ISSUE, StoredUseCaseSchema, TAG_SLOTS, TaxonomySchema, defaultTaxonomy, diffTags, applyTagEdit,
  emptyTags, toIndexedProperty, validateTagChange, type JourneyTags, type TagSlot,
} from '../src/domain';

export interface TagsMergeFigures {
  /** Median time of one merge at the maximum payload, in milliseconds. */
  tagsMergeMs: number;
  /** Ids in that payload (`base` plus `tags`). */
  tagsMergeIds: number;
  /** Median time to refuse a payload of 30,000 ids in one slot, in milliseconds. */
  tagsRefuse30kMs: number;
}

const RUNS = 201;
const idOf = (slot: TagSlot, i: number) => (slot === 'useCase' ? `UC-${i}` : `term-${i}`);
const sizeOf = (slot: TagSlot) => (slot === 'useCase' ? MAX_USE_CASES_PER_ISSUE : MAX_TERMS_PER_DIMENSION);

function tagsFrom(from: number): Record<TagSlot, string[]> {
  const tags = {} as Record<TagSlot, string[]>;
  for (const slot of TAG_SLOTS) tags[slot] = Array.from({ length: sizeOf(slot) }, (_, i) => idOf(slot, from + i));
  return tags;
}

/** A taxonomy with 2 × the slot maximum terms per tagged dimension, and a catalogue of 2 × 200 use cases. */
function catalogueOfMaximumSize() {
  const count = 2 * MAX_USE_CASES_PER_ISSUE;
  const terms = (slot: TagSlot) => Array.from({ length: count }, (_, i) => ({ id: idOf(slot, i), labels: { en: `T${i}`, de: `T${i}` } }));
  const { phase } = defaultTaxonomy().dimensions;
  const taxonomy = TaxonomySchema.parse({
    version: 1,
    dimensions: { touchpoint: terms('touchpoint'), lifecycle: terms('lifecycle'), category: terms('category'), action: terms('action'), channel: terms('channel'), phase },
    phaseOfStage: Object.fromEntries(terms('lifecycle').map((stage) => [stage.id, phase[0]?.id])),
  });
  const useCases = Array.from({ length: count }, (_, i) => StoredUseCaseSchema.parse({ id: idOf('useCase', i), title: `Use case ${i}`, lifecycleStage: 'explore' }));
  return { taxonomy, useCases };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 1000) / 1000;
}

function timed(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function benchTagsMerge(): TagsMergeFigures {
  const { taxonomy, useCases } = catalogueOfMaximumSize();
  // The user replaces half of what they loaded; someone else stored the other half and as many new ids meanwhile.
  const payload = { issueKey: 'EMA-1', base: tagsFrom(0), tags: tagsFrom(MAX_USE_CASES_PER_ISSUE / 2) };
  const stored = tagsFrom(MAX_USE_CASES_PER_ISSUE) as JourneyTags;
  const merge = () => {
    const { base, tags } = TagsSavePayload.parse(payload);
    const next = applyTagEdit(stored, diffTags(base, tags));
    if (validateTagChange(stored, next, taxonomy, useCases).length > 0) throw new Error('the benchmark payload should be valid');
    toIndexedProperty(next, taxonomy);
  };
  const flood = { issueKey: 'EMA-1', base: emptyTags(), tags: { ...emptyTags(), touchpoint: Array.from({ length: 30_000 }, (_, i) => `term-${i}`) } };
  const refuse = () => {
    if (TagsSavePayload.safeParse(flood).success) throw new Error('30,000 ids should be refused');
  };
  for (let i = 0; i < 20; i++) merge(); // warm-up
  const merges = Array.from({ length: RUNS }, () => timed(merge));
  const refusals = Array.from({ length: 21 }, () => timed(refuse));
  const ids = TAG_SLOTS.reduce((sum, slot) => sum + 2 * sizeOf(slot), 0);
  return { tagsMergeMs: median(merges), tagsMergeIds: ids, tagsRefuse30kMs: median(refusals) };
}
