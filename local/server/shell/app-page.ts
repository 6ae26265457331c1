/** `/jira/apps/:moduleKey` (and `/wiki/apps/:moduleKey`): a page-style module framed full width; project pages take `?project=KEY`. */
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';
import { FRAME_SANDBOX } from '../csp';
import { html, query, type SafeHtml } from '../html';
import { appFrame } from './layout';
import { moduleHistoryScript } from './module-history';

export interface AppPage {
  status: 200 | 404;
  title: string;
  body: SafeHtml;
}

function canBrowse(user: SiteUser | undefined, projectKey: string): boolean {
  return !user || user.siteAdmin || user.browseProjects === 'all' || user.browseProjects.includes(projectKey);
}

export function appPage(local: LocalSite, user: SiteUser | undefined, titles: Record<string, string>, moduleKey: string, projectKey: string | undefined, path?: string): AppPage {
  const module = local.app.uiModules.find((m) => m.key === moduleKey);
  if (!module?.resource) return { status: 404, title: 'Page not found', body: html`<h1>Page not found</h1><p>The app has no page-style module <code>${moduleKey}</code>.</p>` };
  const title = titles[module.key] ?? module.key;
  if (module.type === 'jira:adminPage' && !user?.siteAdmin) {
    return { status: 404, title: 'Page not found', body: html`<h1>You don't have access to this page</h1><p>${title} is an administration page; switch to a site admin.</p>` };
  }
  if (module.type === 'jira:projectPage') {
    const project = local.site.projects.find((p) => p.key === projectKey);
    if (!project || !canBrowse(user, project.key)) {
      const choices = local.site.projects.filter((p) => canBrowse(user, p.key));
      return {
        status: project ? 404 : 200,
        title,
        body: html`<h1>${title}</h1>${project ? html`<p class="error">You can't view project ${project.key}.</p>` : ''}<p>Open it for a project:</p>
          <ul>${choices.map((p) => html`<li><a href="/jira/apps/${encodeURIComponent(module.key)}${query({ project: p.key })}">${p.name} (${p.key})</a></li>`)}</ul>`,
      };
    }
  }
  const src = `/resources/${encodeURIComponent(module.resource)}/${query({ moduleKey: module.key, localId: `${module.key}-page`, projectKey, path })}`;
  return { status: 200, title, body: html`<h1>${title}${projectKey ? html` <span class="muted">· ${projectKey}</span>` : ''}</h1>${appFrame(src, title, FRAME_SANDBOX)}${moduleHistoryScript(path)}` };
}
