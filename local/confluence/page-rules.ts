/** Rules shared by page create and update: unique titles per space, valid storage, a parent in the same space. */
import type { ConfluencePage, ConfluenceSpace } from '../site/confluence-schema';
import type { Actor } from '../site/actor';
import { visiblePageOrThrow } from './access';
import type { EmulatorContext } from './context';
import { badRequest } from './errors';
import { checkStorageXhtml } from './storage-validation';

/** Archived pages keep their title; trashed pages and drafts do not occupy it. */
const TITLE_HOLDING_STATUSES: ReadonlySet<ConfluencePage['status']> = new Set(['current', 'archived']);

export function assertTitleFree(ctx: EmulatorContext, spaceId: string, title: string, exceptPageId?: string): void {
  const taken = ctx.site.confluence.pages.some(
    (page) => page.spaceId === spaceId && page.id !== exceptPageId && TITLE_HOLDING_STATUSES.has(page.status) && page.title === title,
  );
  if (taken) throw badRequest('A page with this title already exists: A page already exists with the same TITLE in this space');
}

export function assertStorageBody(value: string): void {
  const check = checkStorageXhtml(value);
  if (!check.ok) throw badRequest(check.message);
}

/**
 * The parent a page ends up under: the given parent (visible, same space, not trashed), none for
 * `root-level=true`, else the space homepage — where Confluence puts pages created without a parent.
 */
export function resolveParentId(
  ctx: EmulatorContext,
  space: ConfluenceSpace,
  requested: string | undefined,
  rootLevel: boolean,
  actor: Actor,
): string | undefined {
  if (requested !== undefined) {
    if (rootLevel) throw badRequest("'parentId' cannot be combined with root-level=true");
    const parent = visiblePageOrThrow(ctx, requested, actor);
    if (parent.spaceId !== space.id) throw badRequest(`Parent page ${requested} is not in space ${space.id}`);
    if (parent.status === 'trashed' || parent.status === 'draft') throw badRequest(`Parent page ${requested} is ${parent.status}`);
    return parent.id;
  }
  return rootLevel || space.homepageId === null ? undefined : space.homepageId;
}

/** A parent chain must never loop back to the page itself. */
export function assertNotOwnAncestor(ctx: EmulatorContext, pageId: string, parentId: string | undefined): void {
  let current = parentId;
  const seen = new Set<string>();
  while (current !== undefined && !seen.has(current)) {
    if (current === pageId) throw badRequest(`Page ${pageId} cannot be moved under itself or its descendants`);
    seen.add(current);
    current = ctx.site.confluence.pages.find((page) => page.id === current)?.parentId;
  }
}
