/** Resolver of the fixture app: real @forge/resolver, @forge/api, @forge/kvs and @forge/events. */
import Resolver from '@forge/resolver';
import { asApp, asUser, getAppContext, route } from '@forge/api';
import { kvs, WhereConditions, Sort } from '@forge/kvs';
import { Queue } from '@forge/events';

const resolver = new Resolver();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

resolver.define('whoAmI', async ({ payload, context }) => {
  await pause(Number(payload.delayMs ?? 0));
  const user = await (await asUser().requestJira(route`/rest/api/3/myself`)).json();
  const app = await (await asApp().requestJira(route`/rest/api/3/serverInfo`)).json();
  return { accountId: context.accountId, user, app, moduleKey: getAppContext().moduleKey };
});

resolver.define('kvsRoundTrip', async () => {
  await kvs.set('cfg:stream:DATA', { owner: 'alice' });
  const read = await kvs.get('cfg:stream:DATA');
  const missing = await kvs.get('cfg:stream:NONE');
  for (let i = 0; i < 25; i++) await kvs.set(`item:${String(i).padStart(2, '0')}`, i);
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const q = kvs.query().where('key', WhereConditions.beginsWith('item:')).limit(20);
    const page = await (cursor ? q.cursor(cursor) : q).getMany();
    keys.push(...page.results.map((r) => r.key));
    cursor = page.nextCursor;
  } while (cursor);
  const deps = kvs.entity<{ stream: string; dueAt: number; fromKey: string }>('dependency');
  await deps.set('d1', { stream: 'DATA', dueAt: 5, fromKey: 'A-1' });
  await deps.set('d2', { stream: 'DATA', dueAt: 9, fromKey: 'A-2' });
  await deps.set('d3', { stream: 'CRM', dueAt: 7, fromKey: 'A-3' });
  const due = await deps.query().index('by-stream-due', { partition: ['DATA'] }).where(WhereConditions.greaterThan(1)).sort(Sort.DESC).getMany();
  await kvs.transact().set('tx:a', 1).delete('cfg:stream:DATA').execute();
  return { read, missing: missing ?? null, keys, due: due.results.map((r) => r.key), afterTx: (await kvs.get('cfg:stream:DATA')) ?? null };
});

resolver.define('transactionTooBig', async () => {
  let tx = kvs.transact();
  for (let i = 0; i < 26; i++) tx = tx.set(`big:${i}`, i);
  await tx.execute();
  return 'unreachable';
});

resolver.define('enqueue', async ({ payload }) => {
  const queue = new Queue({ key: String(payload.queue) });
  const { jobId } = await queue.push({ body: payload.body as Record<string, unknown>, delayInSeconds: payload.delayInSeconds as number | undefined });
  return { jobId };
});

/** Writes an issue property as the app or as the invoking user: the test sees which events that raises. */
resolver.define('setProperty', async ({ payload }) => {
  const { as, issueKey, key, value } = payload as { as: 'app' | 'user'; issueKey: string; key: string; value: unknown };
  const requester = as === 'app' ? asApp() : asUser();
  const response = await requester.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${key}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(value),
  });
  return { status: response.status };
});

resolver.define('fail', async () => {
  throw new Error('boom from resolver');
});

export const handler = resolver.getDefinitions();
