/**
 * The Confluence part of the persisted local site file: spaces and pages with their versions,
 * content properties and labels. `{}` parses to an empty Confluence. Cross-references (page → space,
 * page → parent, unique ids/keys) are checked too, and every message names the entry and the field.
 */
import { z } from 'zod';
import { knownNames } from './entry-path';

const numericId = z.string().regex(/^[0-9]+$/, 'must be a numeric string id such as "131200"');
const isoInstant = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 instant such as 2026-10-01T08:00:00.000Z' });

export const ConfluenceSpaceSchema = z.object({
  id: numericId,
  key: z.string().regex(/^[A-Za-z0-9~]{1,255}$/, 'must be letters and digits (personal spaces start with ~)'),
  name: z.string().min(1),
  type: z.enum(['global', 'collaboration', 'knowledge_base', 'personal']).default('global'),
  status: z.enum(['current', 'archived']).default('current'),
  homepageId: numericId.nullable().default(null),
  /** Who may view the space: everyone with site access, or only the listed accounts. */
  viewers: z.union([z.literal('all'), z.array(z.string().min(1))]).default('all'),
  authorId: z.string().optional(),
  createdAt: isoInstant.optional(),
});

export const ConfluencePageVersionSchema = z.object({
  number: z.number().int().min(1),
  message: z.string().default(''),
  createdAt: isoInstant,
  authorId: z.string().min(1),
});

export const ConfluencePropertySchema = z.object({
  id: numericId,
  key: z.string().min(1).max(255),
  value: z.unknown(),
  version: z.object({
    number: z.number().int().min(1),
    message: z.string().optional(),
    createdAt: isoInstant.optional(),
    authorId: z.string().optional(),
  }),
});

export const ConfluenceLabelSchema = z.object({
  id: numericId,
  prefix: z.enum(['global', 'my', 'team', 'system']).default('global'),
  name: z.string().min(1).max(255),
});

export const ConfluencePageSchema = z.object({
  id: numericId,
  spaceId: numericId,
  parentId: numericId.optional(),
  title: z.string().max(255),
  status: z.enum(['current', 'archived', 'trashed', 'draft']).default('current'),
  /** Storage-format XHTML, exactly as stored. */
  body: z.string().default(''),
  version: ConfluencePageVersionSchema,
  authorId: z.string().min(1),
  createdAt: isoInstant,
  properties: z.array(ConfluencePropertySchema).default([]),
  labels: z.array(ConfluenceLabelSchema).default([]),
  /** View restriction: only these accounts see the page and its descendants. */
  restrictedTo: z.array(z.string().min(1)).optional(),
});

export const ConfluenceSiteSchema = z
  .object({
    spaces: z.array(ConfluenceSpaceSchema).default([]),
    pages: z.array(ConfluencePageSchema).default([]),
  })
  .superRefine((site, ctx) => checkReferences(site, ctx));

export type ConfluenceSpace = z.infer<typeof ConfluenceSpaceSchema>;
export type ConfluencePage = z.infer<typeof ConfluencePageSchema>;
export type ConfluencePageVersion = z.infer<typeof ConfluencePageVersionSchema>;
export type ConfluenceProperty = z.infer<typeof ConfluencePropertySchema>;
export type ConfluenceLabel = z.infer<typeof ConfluenceLabelSchema>;
export type ConfluenceSite = z.infer<typeof ConfluenceSiteSchema>;

type ParsedSite = { spaces: ConfluenceSpace[]; pages: ConfluencePage[] };

/** Integrity rules zod's shape checks cannot see; paths point at the offending entry and field. */
function checkReferences(site: ParsedSite, ctx: z.RefinementCtx): void {
  const spaceIds = new Set<string>();
  const spaceKeys = new Set<string>();
  site.spaces.forEach((space, i) => {
    if (spaceIds.has(space.id)) issue(ctx, ['spaces', i, 'id'], `space ${space.key}: id ${space.id} is used by another space`);
    if (spaceKeys.has(space.key)) issue(ctx, ['spaces', i, 'key'], `space ${space.key}: key is used by another space`);
    spaceIds.add(space.id);
    spaceKeys.add(space.key);
  });
  const pagesById = new Map(site.pages.map((page) => [page.id, page]));
  const seenPageIds = new Set<string>();
  site.pages.forEach((page, i) => {
    const name = `page ${page.id} ("${page.title}")`;
    if (seenPageIds.has(page.id)) issue(ctx, ['pages', i, 'id'], `${name}: id is used by another page`);
    seenPageIds.add(page.id);
    if (!spaceIds.has(page.spaceId)) {
      const spaces = site.spaces.map((space) => `${space.id} (${space.key})`);
      issue(ctx, ['pages', i, 'spaceId'], `${name}: spaceId ${page.spaceId} matches no space; ${knownNames('spaces', spaces)}`);
    }
    if (page.parentId !== undefined) {
      const parent = pagesById.get(page.parentId);
      if (!parent) issue(ctx, ['pages', i, 'parentId'], `${name}: parentId ${page.parentId} matches no page`);
      else if (parent.spaceId !== page.spaceId) issue(ctx, ['pages', i, 'parentId'], `${name}: parent ${parent.id} is in another space`);
    }
  });
  reportParentCycles(site.pages, ctx);
  site.spaces.forEach((space, i) => {
    if (space.homepageId !== null && pagesById.get(space.homepageId)?.spaceId !== space.id) {
      issue(ctx, ['spaces', i, 'homepageId'], `space ${space.key}: homepageId ${space.homepageId} is not a page of this space`);
    }
  });
}

/** A page tree with a loop (A under B under A) has pages no tree walk reaches: each loop once, on its first page. */
function reportParentCycles(pages: ConfluencePage[], ctx: z.RefinementCtx): void {
  const indexOf = new Map(pages.map((page, i) => [page.id, i]));
  const finished = new Set<string>();
  for (const start of pages) {
    const chain: string[] = [];
    let id: string | undefined = start.id;
    while (id !== undefined && indexOf.has(id) && !finished.has(id)) {
      if (chain.includes(id)) {
        const cycle = chain.slice(chain.indexOf(id));
        const first = Math.min(...cycle.map((member) => indexOf.get(member) ?? Infinity));
        const page = pages[first]!;
        const from = cycle.indexOf(page.id);
        const ordered = [...cycle.slice(from), ...cycle.slice(0, from), page.id];
        issue(ctx, ['pages', first, 'parentId'], `page ${page.id} ("${page.title}"): parent cycle ${ordered.join(' → ')}; one of these pages needs another parent`);
        break;
      }
      chain.push(id);
      id = pages[indexOf.get(id)!]?.parentId;
    }
    chain.forEach((walked) => finished.add(walked));
  }
}

function issue(ctx: z.RefinementCtx, path: Array<string | number>, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}
