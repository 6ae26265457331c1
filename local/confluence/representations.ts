/** JSON shapes the v2 API returns for spaces, pages, children, properties and labels (§8 of the REST brief). */
import type { ConfluenceLabel, ConfluencePage, ConfluenceProperty, ConfluenceSpace } from '../site/confluence-schema';
import { findPage, findSpace } from './access';
import type { EmulatorContext } from './context';

export function spaceJson(space: ConfluenceSpace) {
  return {
    id: space.id,
    key: space.key,
    name: space.name,
    type: space.type,
    status: space.status,
    authorId: space.authorId ?? null,
    createdAt: space.createdAt ?? null,
    homepageId: space.homepageId,
    icon: null,
    _links: { webui: `/spaces/${encodeURIComponent(space.key)}` },
  };
}

export interface PageJsonOptions {
  withBody: boolean;
  baseUrl?: string;
}

/** `Page` (single GET/POST/PUT, with `_links.base`) and `PageBulk` (list items, without it). */
export function pageJson(ctx: EmulatorContext, page: ConfluencePage, options: PageJsonOptions) {
  const parent = page.parentId === undefined ? undefined : findPage(ctx, page.parentId);
  const spaceKey = findSpace(ctx, page.spaceId)?.key ?? page.spaceId;
  return {
    id: page.id,
    status: page.status,
    title: page.title,
    spaceId: page.spaceId,
    parentId: parent ? parent.id : null,
    parentType: parent ? 'page' : null,
    position: childPosition(ctx, page),
    authorId: page.authorId,
    ownerId: page.authorId,
    lastOwnerId: null,
    createdAt: page.createdAt,
    version: {
      number: page.version.number,
      message: page.version.message,
      minorEdit: false,
      authorId: page.version.authorId,
      createdAt: page.version.createdAt,
    },
    ...(options.withBody ? { body: { storage: { representation: 'storage', value: page.body } } } : {}),
    _links: {
      webui: `/spaces/${encodeURIComponent(spaceKey)}/pages/${page.id}/${encodeURIComponent(page.title).replace(/%20/g, '+')}`,
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: `/x/${Buffer.from(page.id).toString('base64url')}`,
      ...(options.baseUrl ? { base: options.baseUrl } : {}),
    },
  };
}

/** Position among the parent's children, in the order pages were added to the site. */
export function childPosition(ctx: EmulatorContext, page: ConfluencePage): number {
  const siblings = ctx.site.confluence.pages.filter((other) => other.spaceId === page.spaceId && other.parentId === page.parentId);
  return siblings.findIndex((sibling) => sibling.id === page.id);
}

export function childJson(ctx: EmulatorContext, page: ConfluencePage, withType: boolean) {
  return {
    id: page.id,
    status: page.status,
    title: page.title,
    ...(withType ? { type: 'page' } : {}),
    spaceId: page.spaceId,
    childPosition: childPosition(ctx, page),
  };
}

export function propertyJson(property: ConfluenceProperty) {
  return {
    id: property.id,
    key: property.key,
    value: property.value,
    version: {
      number: property.version.number,
      message: property.version.message ?? '',
      minorEdit: false,
      authorId: property.version.authorId ?? null,
      createdAt: property.version.createdAt ?? null,
    },
  };
}

export function labelJson(label: ConfluenceLabel) {
  return { id: label.id, name: label.name, prefix: label.prefix };
}
