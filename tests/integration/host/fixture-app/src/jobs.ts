/** Scheduled triggers: one that reads Jira as the app, one that overruns its 1 s limit. */
import { asApp, route } from '@forge/api';
import { kvs } from '@forge/kvs';

export async function nightly(event: { context: { cloudId: string; moduleKey: string } }, context: { principal?: unknown }) {
  const info = await (await asApp().requestJira(route`/rest/api/3/serverInfo`)).json();
  await kvs.set('nightly:ran', { event: event.context, principal: context.principal ?? null, info });
  return { statusCode: 204 };
}

export async function slow() {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return { statusCode: 204 };
}
