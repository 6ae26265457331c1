/**
 * Where each UI module of the manifest can be seen in the shell: issue modules on an issue the user can browse,
 * project pages with a project, everything else on its own app page. Shared by the home page and the CLI banner.
 */
import type { UiModuleDeclaration } from '../../host';
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';
import { query } from '../html';

export const ISSUE_MODULE_TYPES = new Set(['jira:issuePanel', 'jira:issueContext', 'jira:issueActivity', 'jira:issueGlance', 'jira:issueAction']);

export interface Surface {
  module: UiModuleDeclaration;
  title: string;
  /** a shell path showing the module, undefined when the site has nothing to show it on */
  path: string | undefined;
}

function browsable(user: SiteUser | undefined, projectKey: string): boolean {
  if (!user) return true;
  return user.siteAdmin || user.browseProjects === 'all' || user.browseProjects.includes(projectKey);
}

/** Prefers an epic: issue panels usually have the most to say there. */
function sampleIssueKey(local: LocalSite, user: SiteUser | undefined): string | undefined {
  const visible = local.site.issues.filter((i) => browsable(user, i.projectKey));
  const epicTypes = new Set(local.site.issueTypes.filter((t) => t.hierarchyLevel === 1).map((t) => t.name));
  return (visible.find((i) => epicTypes.has(i.issueType)) ?? visible[0])?.key;
}

export function surfacePath(local: LocalSite, module: UiModuleDeclaration, user: SiteUser | undefined): string | undefined {
  if (ISSUE_MODULE_TYPES.has(module.type)) {
    const key = sampleIssueKey(local, user);
    return key ? `/jira/browse/${encodeURIComponent(key)}` : undefined;
  }
  if (module.type === 'jira:projectPage') {
    const project = local.site.projects.find((p) => browsable(user, p.key));
    return `/jira/apps/${encodeURIComponent(module.key)}${query({ project: project?.key })}`;
  }
  if (module.type.startsWith('confluence:')) return `/wiki/apps/${encodeURIComponent(module.key)}`;
  // A macro lives in a page: the user inserts it there (Edit → Insert …).
  if (module.type === 'macro') return '/wiki';
  return `/jira/apps/${encodeURIComponent(module.key)}`;
}

export function surfacesOf(local: LocalSite, titles: Record<string, string>, user: SiteUser | undefined): Surface[] {
  return local.app.uiModules.map((module) => ({ module, title: titles[module.key] ?? module.key, path: surfacePath(local, module, user) }));
}
