import { route } from '@forge/api';
import { z } from 'zod';
import { PlatformError } from './platform-error';
import { requestProduct, type Principal } from './product-client';

/**
 * What Jira offers the admin page to choose from: fields, issue link types and projects (atlassian-rest.md §4.3,
 * §5.1, §7.1). Schemas model only the fields we read and let unknown ones through; enums stay open strings.
 */

const FieldSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  custom: z.boolean().default(false),
  schema: z.object({ type: z.string(), custom: z.string().optional(), system: z.string().optional() }).optional(),
});
export type JiraField = z.infer<typeof FieldSchema>;

/** Every field the caller can see (`GET /field`, unpaged; `/field/search` would demand Administer Jira). */
export async function fetchFields(principal: Principal): Promise<JiraField[]> {
  return requestProduct('jira', principal, route`/rest/api/3/field`, z.array(FieldSchema));
}

const LinkTypeSchema = z.object({ id: z.string().min(1), name: z.string(), inward: z.string(), outward: z.string() });
export type JiraLinkType = z.infer<typeof LinkTypeSchema>;

/** The site's issue link types. Jira answers 404 when issue linking is switched off: then there are none. */
export async function fetchLinkTypes(principal: Principal): Promise<JiraLinkType[]> {
  try {
    const body = await requestProduct('jira', principal, route`/rest/api/3/issueLinkType`, z.object({ issueLinkTypes: z.array(LinkTypeSchema) }));
    return body.issueLinkTypes;
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'not-found') return [];
    throw error;
  }
}

const ProjectSchema = z.object({ id: z.string().min(1), key: z.string().min(1), name: z.string() });
export type JiraProject = z.infer<typeof ProjectSchema>;
const ProjectPageSchema = z.object({ startAt: z.number().int(), isLast: z.boolean().optional(), total: z.number().int().optional(), values: z.array(ProjectSchema) });

/** Jira caps a project page at 100 (a larger maxResults silently becomes 100). */
const PROJECT_PAGE_SIZE = 100;
/** A guard against a paging loop that never ends (10,000 projects is far beyond any programme site). */
const MAX_PROJECT_PAGES = 100;

/** All projects the caller can view, every page, ordered by key. */
export async function fetchAllProjects(principal: Principal): Promise<JiraProject[]> {
  const projects: JiraProject[] = [];
  for (let page = 0; page < MAX_PROJECT_PAGES; page++) {
    const startAt = projects.length;
    const body = await requestProduct(
      'jira',
      principal,
      route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${PROJECT_PAGE_SIZE}&orderBy=key`,
      ProjectPageSchema,
    );
    projects.push(...body.values);
    // `isLast` is the documented end marker; an empty page also ends the loop so a missing flag cannot spin.
    const done = body.isLast ?? (body.total !== undefined ? projects.length >= body.total : true);
    if (done || body.values.length === 0) return projects;
  }
  throw new PlatformError('unexpected-response', 200, `project/search did not end after ${MAX_PROJECT_PAGES} pages`, 'jira');
}
