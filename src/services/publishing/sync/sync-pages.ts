import type { DesiredPage } from '../../../confluence/desired-page';
import type { PageOutcome } from '../../../contract/publishing';
import { PlatformError, type RateLimitDetails } from '../../../platform/platform-error';
import { contentHash } from './content-hash';
import { decide } from './decide';
import type { PageMap } from './page-map';
import { failedOutcome, outcomeOf, type PageSync } from './page-sync';
import { createPage, updatePage } from './page-writes';
import type { ObservedPage, SyncPort } from './sync-port';

export interface SyncInput {
  /** parents before children */
  pages: readonly DesiredPage[];
  /** where top-level pages belong: the configured parent page, or the space's homepage */
  topParentId: string | null;
  map: PageMap;
  /** pageKeys whose people's edits the programme manager asked to overwrite */
  overwrite: ReadonlySet<string>;
}

export interface SyncResult {
  outcomes: PageOutcome[];
  map: PageMap;
  /** set when Confluence's rate limit stopped the run: the pages after it were not tried */
  rateLimited: RateLimitDetails | null;
}

/**
 * Brings Confluence in line with the desired pages, one page at a time (parents first, so children know their parent's
 * id). Reads what the app owns in one listing, writes only what differs (./decide.ts). A page Confluence refuses is
 * reported and the run goes on; once Confluence rate limits the app, the rest are reported `rate-limited` untried.
 *
 * Pages the app published before but no longer wants (a deleted strategy node, a removed stream, a page type switched
 * off) are left in Confluence as they are — a sponsor may link to them, and deleting what people read is not the
 * app's call — and are listed `unchanged` / `retired` on every run, so the programme manager can remove them by hand.
 * Their records stay, so a node that comes back gets its old page again.
 */
export async function syncPages(port: SyncPort, input: SyncInput): Promise<SyncResult> {
  const map: PageMap = { records: new Map(input.map.records), appAuthorId: input.map.appAuthorId };
  const known = [...map.records.values()].map((record) => record.pageId);
  const pages = known.length === 0 ? new Map() : await port.readPages(known);
  const sync: PageSync = { port, map, placed: new Map(), overwrite: input.overwrite };
  const outcomes: PageOutcome[] = [];
  let rateLimited: RateLimitDetails | null = null;
  for (const desired of input.pages) {
    if (rateLimited) {
      outcomes.push(failedOutcome(desired, 'rate-limited', 'Not tried: Confluence asked the app to wait.'));
      continue;
    }
    try {
      outcomes.push(await syncOne(sync, desired, pages, input.topParentId));
    } catch (error) {
      if (error instanceof PlatformError && error.kind === 'rate-limited') rateLimited = error.rateLimit ?? { retryAfterSeconds: 60, reason: null };
      outcomes.push(failedOutcome(desired, reasonOf(error), detailOf(error)));
    }
  }
  const wanted = new Set(input.pages.map((page) => page.pageKey));
  for (const record of map.records.values()) {
    if (wanted.has(record.pageKey)) continue;
    outcomes.push({ pageKey: record.pageKey, title: record.title, action: 'unchanged', reason: 'retired', detail: null, webui: pages.get(record.pageId)?.webui ?? null });
  }
  return { outcomes, map, rateLimited };
}

async function syncOne(sync: PageSync, desired: DesiredPage, pages: ReadonlyMap<string, ObservedPage>, topParentId: string | null): Promise<PageOutcome> {
  const record = sync.map.records.get(desired.pageKey);
  const parentId = desired.parentKey === null ? topParentId : (sync.placed.get(desired.parentKey) ?? sync.map.records.get(desired.parentKey)?.pageId ?? topParentId);
  const hash = contentHash(desired);
  const page = record ? pages.get(record.pageId) : undefined;
  const overwrite = sync.overwrite.has(desired.pageKey);
  const step = decide({ hash, parentKey: desired.parentKey, parentId, record, page, appAuthorId: sync.map.appAuthorId, overwrite });
  const target = { desired, hash, parentId };
  if (step.kind === 'create' || !record || !page) return createPage(sync, target, step.kind === 'create' ? step.reason : null);
  if (step.kind === 'update') return updatePage(sync, target, record, step);
  sync.placed.set(desired.pageKey, record.pageId);
  if (step.kind === 'skip') return outcomeOf(desired, 'skipped', step.reason, page.webui);
  // a person's move is reported once: from now on the page's place is where they put it
  if (step.reason === 'moved') sync.map.records.set(desired.pageKey, { ...record, parentId: page.parentId });
  return outcomeOf(desired, 'unchanged', step.reason, page.webui);
}

function reasonOf(error: unknown): PageOutcome['reason'] {
  if (!(error instanceof PlatformError)) return 'error';
  if (error.kind === 'rate-limited') return 'rate-limited';
  if (error.kind === 'forbidden' || error.kind === 'not-found' || error.kind === 'unauthorized') return 'no-permission';
  if (error.status === 413) return 'too-large';
  return 'error';
}

function detailOf(error: unknown): string {
  const text = error instanceof PlatformError ? `Confluence ${error.status}: ${error.message}` : error instanceof Error ? error.message : 'unknown error';
  return text.slice(0, 500);
}
