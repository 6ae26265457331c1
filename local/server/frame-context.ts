/**
 * The FullContext a Custom UI frame's `view.getContext()` returns (forge-platform.md §2.2), built on the server
 * from the query parameters the shell puts on the frame URL and the current user's locale and time zone.
 */
import type { UiModuleDeclaration } from '../host';
import type { LocalSite } from '../site/create-local-site';
import type { SiteUser } from '../site/schema';
import type { ColorMode } from './color-mode';
import { macroExtension } from './macro-context';
import { issueKeysOf, searchPath, searchStateOf } from './shell/search-state';

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
  /** The issues the user ticked in the navigator, comma-separated. */
  issueKeys?: string;
  /** The saved filter the navigator's search came from. */
  filterId?: string;
  /** A macro's configuration view: `insert` or `edit`. */
  macroMode?: string;
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
  /** the user's theme (Forge's `Partial<ThemeState>`); the frame applies it when it calls `view.theme.enable()` */
  theme: { colorMode: ColorMode; light: 'light'; dark: 'dark'; spacing: 'spacing'; typography: 'typography' };
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

/**
 * What Jira gives a navigator action (forge-platform.md §1.3, corrected): the search's `jql`, the ticked issues as
 * `issueKeys` (empty when none; act on them when there are some), `filterId` only when the search came from a saved
 * filter, and `location`, the search page's URL.
 */
function navigatorExtension(params: FrameParams, siteUrl: string): Record<string, unknown> {
  const state = searchStateOf({ jql: params.jql, filter: params.filterId, selected: issueKeysOf(params.issueKeys) });
  return {
    jql: state.jql,
    issueKeys: state.selected,
    ...(state.filterId ? { filterId: state.filterId } : {}),
    location: new URL(searchPath(state), siteUrl).toString(),
  };
}

export function frameContext(local: LocalSite, module: UiModuleDeclaration, user: SiteUser | undefined, params: FrameParams, siteUrl: string, colorMode: ColorMode = 'light'): FrameContext {
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
  if (module.type === 'macro') Object.assign(extension, macroExtension(local, user, params));
  else {
    if (params.spaceKey) extension.space = { key: params.spaceKey };
    if (params.contentId) extension.content = { id: params.contentId };
  }
  if (module.type === 'jira:issueNavigatorAction') Object.assign(extension, navigatorExtension(params, siteUrl));
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
    theme: { colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
    extension,
  };
}
