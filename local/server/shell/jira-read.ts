/** The shell's own reads of the emulated Jira, as the current user and past the instruments (so they are not counted). */
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';

export function asUser(local: LocalSite, user: SiteUser | undefined, restPath: string, init?: { method: string; body: unknown }): Promise<Response> {
  const request = new Request(new URL(restPath, local.host.settings.siteUrl), {
    method: init?.method ?? 'GET',
    ...(init ? { body: JSON.stringify(init.body), headers: { 'Content-Type': 'application/json' } } : {}),
  });
  return local.direct.jira(request, user ? { kind: 'user', accountId: user.accountId } : { kind: 'anonymous' });
}

/** Jira's `errorMessages` and `errors` as one line. */
export async function jiraErrorText(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { errorMessages?: unknown; errors?: unknown };
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : [];
  const fieldErrors = body.errors && typeof body.errors === 'object' ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`) : [];
  return [...messages, ...fieldErrors].join(' ') || `Jira answered ${response.status}`;
}
