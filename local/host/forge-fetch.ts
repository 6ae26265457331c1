/** Routes each `__forge_fetch__(descriptor, path, init)` the SDKs make to the emulated product, store or queue. */
import type { Actor } from './actor';
import type { HostEndpoints, InvocationScope } from './scope';

export interface ForgeFetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
  service?: string;
}

/**
 * `asApp()` → the app; `asUser(id?)` → that id or the invoking user, marked as made through the app (its changes
 * are the app's own for `ignoreSelf`); bare `requestJira` → anonymous.
 */
function actorFor(descriptor: ForgeFetchDescriptor, scope: InvocationScope | undefined): Actor {
  if (descriptor.provider === 'app') return { kind: 'app' };
  if (descriptor.provider === 'none') return { kind: 'anonymous' };
  if (descriptor.provider === 'user') {
    if (descriptor.accountId) return { kind: 'user', accountId: descriptor.accountId, viaApp: true };
    if (scope?.principal.kind === 'user') return { kind: 'user', accountId: scope.principal.accountId, viaApp: true };
    const where = scope ? `function '${scope.functionKey}' (module '${scope.moduleKey}')` : 'code running outside any invocation';
    throw new Error(`asUser() needs an invoking user, but ${where} has none; use asApp() in triggers, schedules and consumers`);
  }
  throw new Error(`Unknown product provider '${descriptor.provider}'`);
}

function productRequest(siteUrl: string, path: string, init: RequestInit): Request {
  // undici refuses a body on GET/HEAD; the SDK never sends one there, but a stray empty string must not break the call.
  const method = (init.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : init.body;
  return new Request(new URL(path, siteUrl), { method, headers: init.headers, body, redirect: init.redirect, signal: init.signal });
}

export async function dispatchForgeFetch(
  endpoints: HostEndpoints,
  scope: InvocationScope | undefined,
  descriptor: ForgeFetchDescriptor,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  if (descriptor.type === 'kvs') return endpoints.kvs.fetch(path, init);
  if (descriptor.type === 'fpp' && (descriptor.remote === 'jira' || descriptor.remote === 'confluence')) {
    const actor = actorFor(descriptor, scope);
    return endpoints.products[descriptor.remote](productRequest(endpoints.settings.siteUrl, path, init), actor);
  }
  if (descriptor.type === 'fpp' && descriptor.remote === 'stargate' && path.startsWith('/webhook/queue/')) {
    return endpoints.queue(path, init);
  }
  throw new Error(`The local Forge host does not emulate ${descriptor.type}/${descriptor.remote ?? descriptor.service ?? '?'} ${path}`);
}
