import type { DesiredPage } from '../../../confluence/desired-page';
import type { PageAction, PageOutcome, PageReason } from '../../../contract/publishing';
import type { PageMap } from './page-map';
import type { SyncPort } from './sync-port';

/** What one run's page writes share: the port, the map being updated, and where each page ended up this run. */
export interface PageSync {
  port: SyncPort;
  map: PageMap;
  /** pageKey → page id, for the children that follow */
  placed: Map<string, string>;
  overwrite: ReadonlySet<string>;
}

/** A desired page with its fingerprint and the page id it belongs under. */
export interface SyncTarget {
  desired: DesiredPage;
  hash: string;
  parentId: string | null;
}

export function outcomeOf(desired: DesiredPage, action: PageAction, reason: PageReason | null, webui: string | null, detail: string | null = null): PageOutcome {
  return { pageKey: desired.pageKey, title: desired.title.slice(0, 300), action, reason, detail, webui };
}

export function failedOutcome(desired: DesiredPage, reason: PageReason | null, detail: string): PageOutcome {
  return outcomeOf(desired, 'failed', reason, null, detail);
}

/** The first write's author is the app's account: remembered, so a later newer version can be told apart from a person's. */
export function learnAppAuthor(sync: PageSync, authorId: string | null): void {
  if (sync.map.appAuthorId === null && authorId !== null) sync.map.appAuthorId = authorId;
}
