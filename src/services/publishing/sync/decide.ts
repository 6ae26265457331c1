import type { PageReason } from '../../../contract/publishing';
import type { PageRecord } from './page-map';
import type { ObservedPage } from './sync-port';

/**
 * What to do with one desired page, from what the app remembers and what Confluence says now. Pure.
 *
 * The choices, deliberately:
 * - A person edited the page since the app's last write (a newer version by someone other than the app): the page is
 *   NOT overwritten and is reported `skipped` / `edited-by-person` with its link, on every run, until the programme
 *   manager asks to overwrite it ("Publish now" with that page named) — the person's words are never lost silently.
 *   A person archiving the page counts the same.
 * - A person deleted it (gone, or in the trash): it is created again and reported `created` / `recreated`; the
 *   sponsors' tree stays whole, and the trashed copy is still there for whoever deleted it.
 * - A person moved it: it stays where they put it and its content keeps being updated; reported `moved` once. Only
 *   when the programme itself restructures (the page's parent in the app changes) does the app move it.
 */
export type Step =
  | { kind: 'unchanged'; reason: PageReason | null }
  | { kind: 'create'; reason: 'recreated' | null }
  | { kind: 'update'; currentVersion: number; moveTo: string | null; reason: 'moved' | 'recreated' | null }
  | { kind: 'skip'; reason: 'edited-by-person' };

export interface Situation {
  hash: string;
  parentKey: string | null;
  /** the page id the page belongs under now */
  parentId: string | null;
  record: PageRecord | undefined;
  /** the page in Confluence; undefined when it is gone for good */
  page: ObservedPage | undefined;
  appAuthorId: string | null;
  /** the programme manager asked to overwrite a person's edit of this page */
  overwrite: boolean;
}

/** Someone other than the app wrote the page's latest version after the app's last write. */
export function editedByPerson(record: Pick<PageRecord, 'version'>, page: Pick<ObservedPage, 'version' | 'versionAuthorId'>, appAuthorId: string | null): boolean {
  if (page.version <= record.version) return false;
  // The app's own write whose answer was lost also leaves a newer version: its author says it was the app.
  return appAuthorId === null || page.versionAuthorId !== appAuthorId;
}

export function decide(situation: Situation): Step {
  const { record, page } = situation;
  if (!record) return { kind: 'create', reason: null };
  if (!page || page.status === 'trashed') return { kind: 'create', reason: 'recreated' };
  const personEdited = page.status === 'archived' || editedByPerson(record, page, situation.appAuthorId);
  if (personEdited && !situation.overwrite) return { kind: 'skip', reason: 'edited-by-person' };
  const appMoves = record.parentKey !== situation.parentKey && situation.parentId !== null && page.parentId !== situation.parentId;
  const movedByPerson = !appMoves && page.parentId !== record.parentId;
  const reason = movedByPerson ? 'moved' : null;
  if (!personEdited && record.hash === situation.hash && page.version === record.version) return { kind: 'unchanged', reason };
  return { kind: 'update', currentVersion: page.version, moveTo: appMoves ? situation.parentId : null, reason };
}
