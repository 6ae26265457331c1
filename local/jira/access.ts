/**
 * Permissions from the site file. The app's bot sees and edits everything (the
 * atlassian-addons-project-access role); a user browses and edits the projects the site file grants.
 * Invisible issues are 404 — Jira never admits they exist.
 */
import type { Actor } from '../site/actor';
import type { SiteFile, SiteIssue, SiteProject, SiteUser } from '../site/schema';
import { issueNotFound, unauthorized } from './errors';

export type ProjectPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'LINK_ISSUES' | 'CREATE_ISSUES';

export function siteUserOf(site: SiteFile, actor: Actor): SiteUser | undefined {
  return actor.kind === 'user' ? site.users.find((user) => user.accountId === actor.accountId) : undefined;
}

/** Anonymous callers and account ids the site does not know are both 401. */
export function requireKnownActor(site: SiteFile, actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthorized();
  if (actor.kind === 'user' && !siteUserOf(site, actor)) throw unauthorized();
}

export function isSiteAdmin(site: SiteFile, actor: Actor): boolean {
  return actor.kind === 'app' ? false : (siteUserOf(site, actor)?.siteAdmin ?? false);
}

export function hasProjectPermission(site: SiteFile, actor: Actor, projectKey: string, permission: ProjectPermission): boolean {
  if (actor.kind === 'app') return true;
  const user = siteUserOf(site, actor);
  if (!user) return false;
  const inScope = (scope: 'all' | string[]) => scope === 'all' || scope.includes(projectKey);
  if (!inScope(user.browseProjects)) return false;
  return permission === 'BROWSE_PROJECTS' ? true : inScope(user.editProjects);
}

export const canBrowse = (site: SiteFile, actor: Actor, projectKey: string) => hasProjectPermission(site, actor, projectKey, 'BROWSE_PROJECTS');
export const canEdit = (site: SiteFile, actor: Actor, projectKey: string) => hasProjectPermission(site, actor, projectKey, 'EDIT_ISSUES');

/** By id, or by key ignoring case (Jira resolves differently-cased keys without a redirect). */
export function findIssue(site: SiteFile, idOrKey: string): SiteIssue | undefined {
  if (/^[0-9]+$/.test(idOrKey)) return site.issues.find((issue) => issue.id === idOrKey);
  const wanted = idOrKey.toUpperCase();
  return site.issues.find((issue) => issue.key === wanted);
}

/** The issue if it exists and the actor may browse it, else Jira's 404. */
export function visibleIssue(site: SiteFile, actor: Actor, idOrKey: string): SiteIssue {
  const issue = findIssue(site, idOrKey);
  if (!issue || !canBrowse(site, actor, issue.projectKey)) throw issueNotFound();
  return issue;
}

export function projectOf(site: SiteFile, issue: SiteIssue): SiteProject {
  const project = site.projects.find((candidate) => candidate.key === issue.projectKey);
  if (!project) throw new Error(`Site inconsistency: issue ${issue.key} names unknown project ${issue.projectKey}`);
  return project;
}

export function visibleProjects(site: SiteFile, actor: Actor): SiteProject[] {
  return site.projects.filter((project) => canBrowse(site, actor, project.key));
}
