/**
 * Who may see what. The app sees everything; a user sees a space when its `viewers` allow them and
 * a page when they see its space and neither the page nor any ancestor restricts them out (view
 * restrictions are inherited in Confluence). Anything a caller may not see is reported as 404.
 */
import type { ConfluencePage, ConfluenceSpace } from '../site/confluence-schema';
import type { Actor } from '../site/actor';
import type { EmulatorContext } from './context';
import { notFound } from './errors';

export function accountOf(actor: Actor): string | undefined {
  return actor.kind === 'user' ? actor.accountId : undefined;
}

export function canViewSpace(space: ConfluenceSpace, actor: Actor): boolean {
  if (actor.kind === 'app') return true;
  if (actor.kind === 'anonymous') return false;
  return space.viewers === 'all' || space.viewers.includes(actor.accountId);
}

/** Checks the space and the restriction chain for one account (used for permission/check subjects too). */
export function canViewPage(ctx: EmulatorContext, page: ConfluencePage, actor: Actor): boolean {
  if (actor.kind === 'app') return true;
  if (actor.kind === 'anonymous') return false;
  const space = findSpace(ctx, page.spaceId);
  if (!space || !canViewSpace(space, actor)) return false;
  const seen = new Set<string>();
  let current: ConfluencePage | undefined = page;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.restrictedTo && !current.restrictedTo.includes(actor.accountId)) return false;
    current = current.parentId === undefined ? undefined : findPage(ctx, current.parentId);
  }
  return true;
}

export function findSpace(ctx: EmulatorContext, spaceId: string): ConfluenceSpace | undefined {
  return ctx.site.confluence.spaces.find((space) => space.id === spaceId);
}

export function findPage(ctx: EmulatorContext, pageId: string): ConfluencePage | undefined {
  return ctx.site.confluence.pages.find((page) => page.id === pageId);
}

export function visibleSpaceOrThrow(ctx: EmulatorContext, spaceId: string, actor: Actor): ConfluenceSpace {
  const space = findSpace(ctx, spaceId);
  if (!space || !canViewSpace(space, actor)) throw notFound(`No space with id ${spaceId} exists or you do not have permission to view it.`);
  return space;
}

/** A page the caller may see (drafts only for their author), else 404. */
export function visiblePageOrThrow(ctx: EmulatorContext, pageId: string, actor: Actor): ConfluencePage {
  const page = findPage(ctx, pageId);
  const draftOfSomeoneElse = page?.status === 'draft' && actor.kind === 'user' && page.authorId !== actor.accountId;
  if (!page || draftOfSomeoneElse || !canViewPage(ctx, page, actor)) {
    throw notFound(`No page with id ${pageId} exists or you do not have permission to view it.`);
  }
  return page;
}
