import { createPageOnce } from '../../../platform/confluence-create';
import { findPageByTitle, getPage, getPagesByIds, putPage, type ConfluencePage, type PageWrite } from '../../../platform/confluence-pages';
import { createPageProperty, findPageProperty } from '../../../platform/confluence-properties';
import { PlatformError } from '../../../platform/platform-error';

/** A page as the sync sees it in Confluence. */
export interface ObservedPage {
  id: string;
  status: string;
  title: string;
  parentId: string | null;
  version: number;
  /** who wrote the latest version */
  versionAuthorId: string | null;
  webui: string | null;
}

/** The app's mark on a page it created: which of its pages this is, and the account that wrote the mark (the app). */
export interface OwnerMark {
  pageKey: string;
  authorId: string | null;
}

/** The content property that marks a page as the app's own (rest doc §8.4). */
export const OWNER_PROPERTY_KEY = 'programme-orchestrator.page';
export const OWNER_APP = 'programme-orchestrator';

/** What the sync needs of Confluence, as the app; the counting implementation below talks to Confluence for real. */
export interface SyncPort {
  readPages(pageIds: readonly string[]): Promise<Map<string, ObservedPage>>;
  /** null when the page is gone or invisible (404) */
  readPage(pageId: string): Promise<ObservedPage | null>;
  findByTitle(title: string): Promise<ObservedPage | null>;
  ownerMark(pageId: string): Promise<OwnerMark | null>;
  create(page: PageWrite): Promise<ObservedPage>;
  /** a stale `currentVersion` → PlatformError `conflict` */
  update(pageId: string, currentVersion: number, page: PageWrite): Promise<ObservedPage>;
  mark(pageId: string, pageKey: string): Promise<void>;
  requests(): { reads: number; writes: number };
}

export function observed(page: ConfluencePage): ObservedPage {
  return {
    id: page.id,
    status: page.status,
    title: page.title,
    parentId: page.parentId ?? null,
    version: page.version.number,
    versionAuthorId: page.version.authorId ?? null,
    webui: page._links?.webui ?? null,
  };
}

const OwnerValueSchema = (value: unknown): string | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { pageKey, app } = value as { pageKey?: unknown; app?: unknown };
  return app === OWNER_APP && typeof pageKey === 'string' ? pageKey : null;
};

/** The sync's port onto Confluence in one space, as the app, counting the requests it sends (a retried one counts once). */
export function confluenceSyncPort(spaceId: string): SyncPort {
  let reads = 0;
  let writes = 0;
  const read = <T>(work: Promise<T>) => ((reads += 1), work);
  const write = <T>(work: Promise<T>) => ((writes += 1), work);
  return {
    async readPages(pageIds) {
      reads += Math.ceil(pageIds.length / 250);
      const found = await getPagesByIds('app', pageIds);
      return new Map([...found].map(([id, page]) => [id, observed(page)]));
    },
    async readPage(pageId) {
      try {
        return observed(await read(getPage('app', pageId)));
      } catch (error) {
        if (error instanceof PlatformError && error.kind === 'not-found') return null;
        throw error;
      }
    },
    async findByTitle(title) {
      const page = await read(findPageByTitle('app', spaceId, title));
      return page ? observed(page) : null;
    },
    async ownerMark(pageId) {
      const property = await read(findPageProperty('app', pageId, OWNER_PROPERTY_KEY));
      const pageKey = property ? OwnerValueSchema(property.value) : null;
      return property && pageKey !== null ? { pageKey, authorId: property.version.authorId ?? null } : null;
    },
    async create(page) {
      return observed((await write(createPageOnce('app', spaceId, page))).page);
    },
    async update(pageId, currentVersion, page) {
      return observed(await write(putPage('app', pageId, currentVersion, page)));
    },
    async mark(pageId, pageKey) {
      await write(createPageProperty('app', pageId, OWNER_PROPERTY_KEY, { pageKey, app: OWNER_APP }));
    },
    requests: () => ({ reads, writes }),
  };
}
