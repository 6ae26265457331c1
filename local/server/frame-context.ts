/**
 * The FullContext a Custom UI frame's `view.getContext()` returns (forge-platform.md §2.2), built on the server
 * from the query parameters the shell puts on the frame URL and the current user's locale and time zone.
 */
import type { UiModuleDeclaration } from '../host';
import type { LocalSite } from '../site/create-local-site';
import type { SiteUser } from '../site/schema';

export interface FrameParams {
  moduleKey: string;
  localId?: string;
  issueKey?: string;
  projectKey?: string;
  spaceKey?: string;
  contentId?: string;
  /** JSON of the `context` a parent frame passed to `new Modal({context})` */
  modal?: string;
  /** The issue navigator's current search, for `jira:issueNavigatorAction` frames. */
  jql?: string;
}

export interface FrameContext {
  accountId?: string;
  cloudId: string;
  localId: string;
  moduleKey: string;
  siteUrl: string;
  locale: string;
  timezone: string;
  environmentId: string;
  environmentType: string;
  theme: null;
  extension: Record<string, unknown> & { type: string };
}

function parseModal(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function frameContext(local: LocalSite, module: UiModuleDeclaration, user: SiteUser | undefined, params: FrameParams, siteUrl: string): FrameContext {
  const { site, host } = local;
  const extension: FrameContext['extension'] = { type: module.type };
  const issue = params.issueKey ? site.issues.find((i) => i.key === params.issueKey) : undefined;
  const projectKey = issue?.projectKey ?? params.projectKey;
  const project = projectKey ? site.projects.find((p) => p.key === projectKey) : undefined;
  if (issue) {
    const typeId = site.issueTypes.find((t) => t.name === issue.issueType)?.id;
    extension.issue = { key: issue.key, id: issue.id, type: issue.issueType, typeId };
  }
  if (project) extension.project = { key: project.key, id: project.id, type: project.projectTypeKey };
  if (params.spaceKey) extension.space = { key: params.spaceKey };
  if (params.contentId) extension.content = { id: params.contentId };
  // Jira gives a navigator action the search's JQL (the selected issues are not part of the public context).
  if (module.type === 'jira:issueNavigatorAction') extension.jql = params.jql ?? '';
  const modal = parseModal(params.modal);
  if (modal !== undefined) extension.modal = modal;
  return {
    ...(user ? { accountId: user.accountId } : {}),
    cloudId: host.settings.cloudId,
    localId: params.localId ?? `${module.key}-local`,
    moduleKey: module.key,
    siteUrl,
    locale: user?.locale ?? 'en-US',
    timezone: user?.timeZone ?? 'UTC',
    environmentId: host.settings.environmentId,
    environmentType: host.settings.environmentType,
    theme: null,
    extension,
  };
}
