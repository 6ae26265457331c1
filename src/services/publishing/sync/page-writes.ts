import type { PageOutcome } from '../../../contract/publishing';
import { PlatformError } from '../../../platform/platform-error';
import { editedByPerson, type Step } from './decide';
import type { PageRecord } from './page-map';
import { learnAppAuthor, outcomeOf, type PageSync, type SyncTarget } from './page-sync';
import type { ObservedPage } from './sync-port';

/** A 409 means someone wrote in between; after this many fresh tries the page is reported failed. */
const CONFLICT_TRIES = 3;

function remember(sync: PageSync, target: SyncTarget, written: ObservedPage, marked: boolean): PageRecord {
  const { desired } = target;
  const record: PageRecord = {
    pageKey: desired.pageKey, pageId: written.id, title: desired.title, hash: target.hash, version: written.version,
    parentKey: desired.parentKey, parentId: written.parentId ?? target.parentId, marked,
  };
  learnAppAuthor(sync, written.versionAuthorId);
  sync.map.records.set(desired.pageKey, record);
  sync.placed.set(desired.pageKey, written.id);
  return record;
}

/** Marks the page as the app's; a failure leaves it unmarked for the next run rather than failing a page that was written. */
async function markOwned(sync: PageSync, record: PageRecord): Promise<void> {
  try {
    await sync.port.mark(record.pageId, record.pageKey);
  } catch (error) {
    // A mark whose answer was lost may be there already (Confluence refuses a second one with 400).
    if (!(error instanceof PlatformError) || error.kind !== 'bad-request') return;
    if ((await sync.port.ownerMark(record.pageId))?.pageKey !== record.pageKey) return;
  }
  sync.map.records.set(record.pageKey, { ...record, marked: true });
}

const pageWrite = (target: SyncTarget, parentId: string | null) => ({ title: target.desired.title, storage: target.desired.storage, parentId });

/**
 * Creates a missing page — unless its title is taken. A page with the title that carries the app's mark for this very
 * pageKey is the app's own (its create answer, or the page map, was lost): it is taken back and updated, unless a
 * person wrote its latest version. Any other page with the title is never touched: `skipped` / `title-taken`.
 */
export async function createPage(sync: PageSync, target: SyncTarget, reason: 'recreated' | null): Promise<PageOutcome> {
  const { desired } = target;
  const holder = await sync.port.findByTitle(desired.title);
  if (holder) {
    const mark = await sync.port.ownerMark(holder.id);
    if (mark?.pageKey !== desired.pageKey) return outcomeOf(desired, 'skipped', 'title-taken', holder.webui);
    learnAppAuthor(sync, mark.authorId);
    sync.placed.set(desired.pageKey, holder.id);
    const byApp = holder.versionAuthorId !== null && holder.versionAuthorId === sync.map.appAuthorId;
    if (!byApp && !sync.overwrite.has(desired.pageKey)) return outcomeOf(desired, 'skipped', 'edited-by-person', holder.webui);
    const ours: PageRecord = {
      pageKey: desired.pageKey, pageId: holder.id, title: holder.title, hash: '', version: holder.version, parentKey: desired.parentKey, parentId: holder.parentId, marked: true,
    };
    return updatePage(sync, target, ours, { kind: 'update', currentVersion: holder.version, moveTo: null, reason });
  }
  const created = await sync.port.create(pageWrite(target, target.parentId));
  await markOwned(sync, remember(sync, target, created, false));
  return outcomeOf(desired, 'created', reason, created.webui);
}

/**
 * Writes the page as version current + 1. On 409 (someone wrote in between) it reads the page again: gone → created
 * again; a person's edit → skipped, as decide() would have; else the write is tried with the fresh version.
 */
export async function updatePage(sync: PageSync, target: SyncTarget, record: PageRecord, step: Extract<Step, { kind: 'update' }>): Promise<PageOutcome> {
  const { desired } = target;
  const overwrite = sync.overwrite.has(desired.pageKey);
  let current = step.currentVersion;
  for (let attempt = 1; ; attempt++) {
    try {
      const written = await sync.port.update(record.pageId, current, pageWrite(target, step.moveTo));
      const saved = remember(sync, target, written, record.marked);
      if (!record.marked) await markOwned(sync, saved);
      return outcomeOf(desired, 'updated', step.reason, written.webui);
    } catch (error) {
      if (!(error instanceof PlatformError) || error.kind !== 'conflict' || attempt >= CONFLICT_TRIES) throw error;
      const fresh = await sync.port.readPage(record.pageId);
      if (!fresh || fresh.status === 'trashed') return createPage(sync, target, 'recreated');
      if (!overwrite && editedByPerson(record, fresh, sync.map.appAuthorId)) return outcomeOf(desired, 'skipped', 'edited-by-person', fresh.webui);
      current = fresh.version;
    }
  }
}
