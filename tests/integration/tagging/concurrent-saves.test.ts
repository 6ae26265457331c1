/**
 * Two people tag the same issue at the same moment, with Jira answering as slowly as it does in production: neither
 * change may be lost, and what each is told must agree with what Jira stores. 300 pairs (three latency mixes of
 * 100 pairs, each pair on its own issue, the pairs of a batch all at once), then a bulk run with single saves
 * landing during it, and a save that never wins its race.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { JOURNEY_PROPERTY_KEY, JourneyTagsSchema, TAG_SLOTS, activeTerms, defaultTaxonomy, type JourneyTags, type TagSlot } from '../../../src/domain';
import { call, dataOf, givenTheDemoCatalogue, openDemoSite, storedProperty, tagsWith } from './support';

jest.setTimeout(120_000);

let site: LocalSite;
beforeEach(async () => {
  site = await openDemoSite();
  // Hundreds of saves within seconds compress what a team does in hours: this file tests compare-and-set, not the
  // storage quota (each save also reads the taxonomy and refreshes the snapshot, which the quota would refuse here).
  site.instruments.kvs.relaxQuota(
    { readUnitsPerMinute: Infinity, writeUnitsPerMinute: Infinity, batchOpsPerMinute: Infinity, requestsPerSecond: Infinity },
    'hundreds of concurrent tag saves in a few seconds test compare-and-set, not the storage quota',
  );
  await givenTheDemoCatalogue(site);
});
afterEach(() => site.close());

const { admin, programmeManager } = DEMO_ACCOUNTS;
const READS = ['GET /rest/api/3/issue/{issueIdOrKey}', 'POST /rest/api/3/issue/bulkfetch', 'GET /rest/api/3/task/{taskId}', 'POST /rest/api/3/search/jql'];
const WRITE = 'PUT /rest/api/3/issue/properties/{propertyKey}';
/** Every way Jira lets the app write an issue property, so the latency does not depend on which one it uses. */
const WRITES = [WRITE, 'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', 'POST /rest/api/3/issue/properties/multi'];

function withLatency(readMs: number, writeMs: number): void {
  site.instruments.reset();
  for (const route of READS) site.instruments.setLatency(route, readMs);
  for (const route of WRITES) site.instruments.setLatency(route, writeMs);
}

const storedTags = (issueKey: string): JourneyTags => JourneyTagsSchema.parse(storedProperty(site, issueKey) ?? {});
const withTerm = (tags: JourneyTags, slot: TagSlot, id: string): JourneyTags => ({ ...tags, [slot]: [...tags[slot], id] });
const has = (tags: JourneyTags, slot: TagSlot, id: string) => (tags[slot] as string[]).includes(id);
const termsOf = (tags: JourneyTags) => TAG_SLOTS.flatMap((slot) => tags[slot].map((id) => `${slot}:${id}`));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Terms of a slot the issue does not have yet. */
function newTerms(tags: JourneyTags, slot: 'touchpoint' | 'channel', count: number): string[] {
  const free = activeTerms(defaultTaxonomy(), slot).map((t) => t.id as string).filter((id) => !has(tags, slot, id));
  if (free.length < count) throw new Error(`the taxonomy lacks ${count} free ${slot} terms`);
  return free.slice(0, count);
}

interface Pair {
  issueKey: string;
  base: JourneyTags;
  a: { slot: TagSlot; id: string };
  b: { slot: TagSlot; id: string };
  staggerMs: number;
}

/** Each pair: both users load the same tags, each adds a different term; the second starts a little later. */
function pairsOn(issueKeys: readonly string[], batch: number): Pair[] {
  return issueKeys.map((issueKey, i) => {
    const base = storedTags(issueKey);
    const [ta, tb] = newTerms(base, 'touchpoint', 2) as [string, string];
    const [channel] = newTerms(base, 'channel', 1) as [string];
    // Half the pairs add to the same slot (order within it matters), half to different slots.
    const b = i % 2 === 0 ? { slot: 'touchpoint' as const, id: tb } : { slot: 'channel' as const, id: channel };
    return { issueKey, base, a: { slot: 'touchpoint', id: ta }, b, staggerMs: (i * 37 + batch * 11) % 220 };
  });
}

/** Runs every pair at once and lists what was lost: a term not stored, or a user told something Jira does not store. */
async function runPairs(pairs: readonly Pair[]): Promise<string[]> {
  const answers = await Promise.all(
    pairs.map(async (pair) => {
      const first = call(site, admin, 'tags/save', { issueKey: pair.issueKey, base: pair.base, tags: withTerm(pair.base, pair.a.slot, pair.a.id) });
      await sleep(pair.staggerMs);
      const second = call(site, programmeManager, 'tags/save', { issueKey: pair.issueKey, base: pair.base, tags: withTerm(pair.base, pair.b.slot, pair.b.id) });
      return [await first, await second] as const;
    }),
  );
  const lost: string[] = [];
  pairs.forEach((pair, i) => {
    const stored = storedTags(pair.issueKey);
    const expected = new Set([...termsOf(pair.base), `${pair.a.slot}:${pair.a.id}`, `${pair.b.slot}:${pair.b.id}`]);
    if (termsOf(stored).length !== expected.size || !termsOf(stored).every((term) => expected.has(term))) {
      lost.push(`${pair.issueKey}: stored ${termsOf(stored).join(' ')}, expected ${[...expected].join(' ')}`);
    }
    (answers[i] ?? []).forEach((answer, user) => {
      const own = user === 0 ? pair.a : pair.b;
      if (!answer.ok) return void lost.push(`${pair.issueKey}: user ${user + 1} was refused ${answer.error.code}`);
      const { tags, confirmed } = answer.data;
      // Told "saved" with tags that are all stored (the other user's may come later), own term included.
      if (!confirmed || !has(tags, own.slot, own.id) || !termsOf(tags).every((term) => termsOf(stored).includes(term))) {
        lost.push(`${pair.issueKey}: user ${user + 1} was told ${JSON.stringify(answer.data)}`);
      }
    });
  });
  return lost;
}

/** 100 issues from every project (both users edit them all). */
const issueKeys = () => site.site.issues.filter((_, i) => i % 2 === 0).slice(0, 100).map((issue) => issue.key);

it('loses no change in 300 pairs of concurrent saves under three latency mixes', async () => {
  const keys = issueKeys();
  const mixes = [
    [10, 150], // the testers' case: quick reads, slow writes
    [150, 10], // slow reads, quick writes
    [40, 40],
  ] as const;
  const lost: string[] = [];
  for (const [batch, [readMs, writeMs]] of mixes.entries()) {
    withLatency(readMs, writeMs);
    lost.push(...(await runPairs(pairsOn(keys, batch))));
    // The pairs really raced: far more writes than pairs means many saves lost a round and re-merged.
    expect(site.instruments.counts()[WRITE]).toBeGreaterThan(keys.length * 2);
  }
  expect(lost).toEqual([]);
});

it('loses neither a bulk run’s terms nor single saves landing during it', async () => {
  withLatency(10, 150);
  const keys = issueKeys().slice(0, 40);
  const pairs = pairsOn(keys, 0);
  // Single saves start while the bulk run reads, writes and reads back: some land before its write, some after.
  const bulk = call(site, admin, 'tags/bulk', { issueKeys: keys, add: { action: ['inform-me'] } });
  const singles = pairs.map(async (pair) => {
    await sleep(pair.staggerMs);
    return call(site, programmeManager, 'tags/save', { issueKey: pair.issueKey, base: pair.base, tags: withTerm(pair.base, pair.a.slot, pair.a.id) });
  });
  const [bulkAnswer, ...singleAnswers] = await Promise.all([bulk, ...singles]);

  if (!bulkAnswer.ok) throw new Error(`bulk refused: ${JSON.stringify(bulkAnswer.error)}`);
  expect(bulkAnswer.data.counts).toMatchObject({ done: keys.length, failed: 0, unconfirmed: 0 });
  pairs.forEach((pair, i) => {
    const stored = storedTags(pair.issueKey);
    expect({ issue: pair.issueKey, bulkTerm: has(stored, 'action', 'inform-me'), singleTerm: has(stored, pair.a.slot, pair.a.id) }).toEqual({ issue: pair.issueKey, bulkTerm: true, singleTerm: true });
    expect(singleAnswers[i]).toMatchObject({ ok: true, data: { confirmed: true } });
    for (const term of termsOf(pair.base)) expect(termsOf(stored)).toContain(term);
  });
});

describe('an issue someone else rewrites between every read and write', () => {
  /** Every read of the property sees a new value, as if another writer changed it each time: no write can match. */
  function rewrittenAllTheTime(issueKey: string): void {
    const issue = site.site.issues.find((i) => i.key === issueKey);
    if (!issue) throw new Error(`no issue ${issueKey}`);
    let rewrites = 0;
    Object.defineProperty(issue.properties, JOURNEY_PROPERTY_KEY, { enumerable: true, configurable: true, get: () => ({ channel: [], touchpoint: [rewrites++ % 2 ? 'app' : 'website'] }) });
  }

  it('gives a save up after four writes and says it conflicted, storing nothing of it', async () => {
    const [issueKey] = issueKeys() as [string];
    rewrittenAllTheTime(issueKey);
    site.instruments.reset();
    const answer = await call(site, admin, 'tags/save', { issueKey, base: tagsWith({}), tags: tagsWith({ channel: ['sms'] } as never) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { issueKey } } });
    expect(site.instruments.counts()[WRITE]).toBe(4);
    expect(storedTags(issueKey).channel).toEqual([]);
  });

  it('reports that issue failed in a bulk run, and tags the others', async () => {
    const [rewritten, ...others] = issueKeys().slice(0, 5) as [string, ...string[]];
    rewrittenAllTheTime(rewritten);
    const result = dataOf(await call(site, admin, 'tags/bulk', { issueKeys: [rewritten, ...others], add: { channel: ['sms'] } }));
    expect(result.results[0]).toMatchObject({ issueKey: rewritten, outcome: 'failed', changed: false });
    expect(result.counts).toMatchObject({ done: others.length, failed: 1 });
    for (const key of others) expect(storedTags(key).channel).toContain('sms');
  });
});
