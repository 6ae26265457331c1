/** Who the browser is acting as: a cookie naming a site user, defaulting to the first site admin. */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { SiteFile, SiteUser } from '../site/schema';

export const USER_COOKIE = 'local-site-user';

export function defaultUser(site: SiteFile): SiteUser | undefined {
  return site.users.find((u) => u.siteAdmin) ?? site.users[0];
}

export function currentUser(c: Context, site: SiteFile): SiteUser | undefined {
  const accountId = getCookie(c, USER_COOKIE);
  return site.users.find((u) => u.accountId === accountId) ?? defaultUser(site);
}

export function rememberUser(c: Context, accountId: string): void {
  setCookie(c, USER_COOKIE, accountId, { path: '/', sameSite: 'Lax', httpOnly: true });
}

/** "Programme manager"-style words for the switcher: what the user may do, from the site's permissions. */
export function roleOf(user: SiteUser): string {
  if (user.siteAdmin) return 'site admin';
  const browse = user.browseProjects === 'all' ? 'all projects' : user.browseProjects.join(', ') || 'no projects';
  const edit = user.editProjects === 'all' ? 'edits all' : user.editProjects.length ? `edits ${user.editProjects.join(', ')}` : 'read-only';
  return `browses ${browse}; ${edit}`;
}
