/**
 * Given/when helpers for the "ids are data" tests: the demo site, every resolver key routed to the function the
 * manifest serves it from, raw JSON written into Jira's journey property, and a guard that nothing was written onto
 * Object or its prototype.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_USE_CASES } from '../../../local/demo';
import { demoAppData, demoSettings } from '../../../local/demo/app-data';
import type { KvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { SiteFile } from '../../../local/site/schema';
import { ERROR_CODES, type ResolverResult } from '../../../src/contract/errors';
import type { ProgrammeSettings } from '../../../src/contract/programme';
import type { ResolverData, ResolverKey } from '../../../src/contract/resolver-keys';
import { JOURNEY_PROPERTY_KEY, defaultTaxonomy, type StreamId } from '../../../src/domain';
import { TAXONOMY_KEY } from '../../../src/services/load-taxonomy';
import { SETTINGS_KEY } from '../../../src/services/settings/stored-settings';
import { CATALOGUE_KEY } from '../../../src/services/use-cases/catalogue-store';

export const APP_DIR = resolve(__dirname, '../../..');
export const { admin } = DEMO_ACCOUNTS;

/** The ids every test feeds wherever an id goes: each names something every JavaScript object already has. */
export const NASTY_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

/** Whether an id spells a member every object has (the test's own list, not the app's), in any case. */
export function namesABuiltIn(id: string): boolean {
  return [...Object.getOwnPropertyNames(Object.prototype), 'prototype'].some((name) => name.toLowerCase() === id.toLowerCase());
}

/** Keys served by the admin page's function (`admin-resolver`); the rest by the user surfaces' `resolver`. */
const ADMIN_KEYS = new Set<ResolverKey>([
  'admin/check', 'settings/get', 'settings/save', 'settings/check-jql', 'taxonomy/save', 'use-cases/save', 'use-cases/retire', 'use-cases/import', 'use-cases/export',
  'publishing/settings-get', 'publishing/settings-save', 'publishing/check-target', 'publishing/pages',
]);

export async function openSite(kvsState: (file: SiteFile) => KvsState = demoAppData): Promise<LocalSite> {
  const file = buildDemoSite();
  return createLocalSite({ appDir: APP_DIR, site: file, kvsState: kvsState(file), autoDeliverQueues: false });
}

/**
 * Calls a resolver as the site admin. A handler that throws (a raw TypeError, say) makes the host answer
 * `ok: false`: that fails here, naming the key and payload, instead of being taken for a coded refusal.
 */
export async function invoke<K extends ResolverKey>(site: LocalSite, key: K, payload: unknown): Promise<ResolverResult<ResolverData<K>>> {
  const adminKey = ADMIN_KEYS.has(key);
  const result = await site.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: adminKey ? 'admin-resolver' : 'resolver',
    resolverKey: key,
    payload,
    accountId: admin,
    context: adminKey ? { moduleKey: 'programme-settings' } : { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!result.ok) throw new Error(`${key} threw ${result.error.name}: ${result.error.message} for ${JSON.stringify(payload)}`);
  const answer = result.value;
  if (!answer.ok && !(ERROR_CODES as readonly string[]).includes(answer.error.code)) throw new Error(`${key} answered an unknown code ${JSON.stringify(answer.error)}`);
  return answer;
}

export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

export function codeOf(answer: ResolverResult<unknown>): string {
  return answer.ok ? 'ok' : answer.error.code;
}

/** Writes a journey property value as raw JSON text through Jira's REST API, as anyone with Edit issues may. */
export async function writeRawProperty(site: LocalSite, issueKey: string, json: string): Promise<void> {
  const request = new Request(`https://local-site.atlassian.net/rest/api/3/issue/${issueKey}/properties/${JOURNEY_PROPERTY_KEY}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: json,
  });
  const response = await site.direct.jira(request, { kind: 'user', accountId: admin });
  if (!response.ok) throw new Error(`writing the property of ${issueKey} was refused: ${response.status} ${await response.text()}`);
}

/** Queues a full rebuild of the programme snapshot and runs the queue consumer, as the snapshot tests do. */
export async function rebuildSnapshot(site: LocalSite): Promise<void> {
  dataOf(await invoke(site, 'programme/refresh', {}));
  await site.host.drainQueues();
}

/**
 * App data an admin could have stored before ids were checked: a stream `constructor` (the OPS project), a
 * touchpoint and a lifecycle stage `constructor` (in BUY), and use cases `constructor`, `toString` and `valueOf`.
 */
export function oldAppData(file: SiteFile): KvsState {
  const state = demoAppData(file);
  const settings: ProgrammeSettings = demoSettings(file);
  settings.streams.push({ id: 'constructor' as StreamId, name: 'Constructor', jql: 'project = OPS', ownerAccountId: null, colour: '#626f86' });
  const taxonomy = JSON.parse(JSON.stringify(defaultTaxonomy()).replace('"phaseOfStage":{', '"phaseOfStage":{"constructor":"buy",')) as {
    dimensions: Record<'touchpoint' | 'lifecycle', unknown[]>;
  };
  taxonomy.dimensions.touchpoint.push({ id: 'constructor', labels: { en: 'Constructor', de: 'Konstrukteur' }, retired: false });
  taxonomy.dimensions.lifecycle.push({ id: 'constructor', labels: { en: 'Construct', de: 'Konstruieren' }, retired: false });
  const extra = ['constructor', 'toString', 'valueOf'].map((id) => ({ ...DEMO_USE_CASES[0], id, title: `Use case ${id}`, retired: false }));
  const at = { createdAt: 0, updatedAt: 0 };
  state.kv[SETTINGS_KEY] = { value: settings, ...at };
  state.kv[TAXONOMY_KEY] = { value: taxonomy, ...at };
  state.kv[CATALOGUE_KEY] = { value: { version: 1, useCases: [...DEMO_USE_CASES, ...extra] }, ...at };
  return state;
}

/** What Object and its prototype hold now, to compare with after the test. */
export function objectShape(): { objectMembers: string[]; prototypeMembers: string[] } {
  return { objectMembers: Object.getOwnPropertyNames(Object), prototypeMembers: Object.getOwnPropertyNames(Object.prototype) };
}

export function expectNoPollution(before: ReturnType<typeof objectShape>): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(objectShape()).toEqual(before);
}
