import { requestJira } from '@forge/bridge';
import { z } from 'zod';
import { refusalText } from '../bulk-tagging/search-issues';

/**
 * Where the signed-in person may create a follow-up issue, asked of Jira as them: the projects with Create permission
 * (`project/search?action=create`) and a project's issue types from its create metadata. Sub-tasks need a parent, so
 * they are left out.
 */
const ProjectPage = z.object({ values: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() }).loose()), isLast: z.boolean().optional() }).loose();
const IssueTypePage = z.object({ issueTypes: z.array(z.object({ id: z.string(), name: z.string(), subtask: z.boolean().default(false) }).loose()).default([]), total: z.number().optional() }).loose();

export interface ProjectChoice { key: string; name: string }
export interface IssueTypeChoice { id: string; name: string }

async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await requestJira(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(await refusalText(response));
  return schema.parse(await response.json());
}

export async function creatableProjects(): Promise<ProjectChoice[]> {
  const page = await getJson('/rest/api/3/project/search?action=create&orderBy=name&maxResults=100', ProjectPage);
  return page.values.map((p) => ({ key: p.key, name: p.name }));
}

export async function creatableIssueTypes(projectKey: string): Promise<IssueTypeChoice[]> {
  const page = await getJson(`/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes?maxResults=50`, IssueTypePage);
  return page.issueTypes.filter((t) => !t.subtask).map((t) => ({ id: t.id, name: t.name }));
}
