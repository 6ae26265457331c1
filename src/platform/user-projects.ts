import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct } from './product-client';

const PAGE_SIZE = 100; // Jira silently caps project/search at 100 (rest doc §7.1)

const ProjectPageSchema = z.object({
  values: z.array(z.object({ key: z.string(), id: z.string() })),
  isLast: z.boolean().optional(),
  total: z.number().optional(),
});

/**
 * The keys of the projects the viewing user can browse: one request for a site of up to 100 projects.
 * Read as the user, so Jira applies their permissions; the snapshot (read as the app) is redacted with it.
 */
export async function browsableProjectKeys(): Promise<Set<string>> {
  return new Set((await browsableProjects()).keys());
}

/** The same search, keeping each project's id by its key (the bulk permission check names projects by id). */
export async function browsableProjects(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let startAt = 0; ; startAt += PAGE_SIZE) {
    const page = await requestProduct('jira', 'user', route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${PAGE_SIZE}&action=browse`, ProjectPageSchema);
    for (const project of page.values) ids.set(project.key, project.id);
    const done = page.isLast ?? (page.total === undefined ? page.values.length < PAGE_SIZE : startAt + page.values.length >= page.total);
    if (done || page.values.length === 0) return ids;
  }
}
