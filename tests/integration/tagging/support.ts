/**
 * Given/when helpers for the journey-tagging tests: one local demo site running the app's real manifest, with the
 * tagging handlers served by the `resolver` and `admin-resolver` functions.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_USE_CASES } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ResolverData, ResolverKey } from '../../../src/contract/resolver-keys';
import { JOURNEY_PROPERTY_KEY, emptyTags, type JourneyTags } from '../../../src/domain';
import { writeUseCaseCsv } from '../../../src/domain/use-case-csv';

const APP_DIR = resolve(__dirname, '../../..');
const ADMIN_KEYS = new Set<ResolverKey>(['taxonomy/save', 'use-cases/save', 'use-cases/retire', 'use-cases/import', 'use-cases/export']);

export async function openDemoSite(): Promise<LocalSite> {
  return createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState(), autoDeliverQueues: false });
}

/** Calls a resolver key as a person, through the function the manifest routes it to; fails on a crashed invocation. */
export async function call<K extends ResolverKey>(site: LocalSite, accountId: string, key: K, payload: unknown, locale = 'en-US'): Promise<ResolverResult<ResolverData<K>>> {
  const admin = ADMIN_KEYS.has(key);
  const result = await site.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: admin ? 'admin-resolver' : 'resolver',
    resolverKey: key,
    payload,
    accountId,
    context: admin ? { moduleKey: 'programme-settings', locale } : { moduleKey: 'journey-panel', locale, extension: { type: 'jira:issuePanel' } },
  });
  if (!result.ok) throw new Error(`invocation of ${key} failed: ${result.error.message}`);
  return result.value;
}

export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** The admin stores the demo's use-case catalogue through the CSV import, as the local site should seed it. */
export async function givenTheDemoCatalogue(site: LocalSite): Promise<void> {
  const outcome = dataOf(await call(site, DEMO_ACCOUNTS.admin, 'use-cases/import', { expectedVersion: 0, csv: writeUseCaseCsv(DEMO_USE_CASES) }));
  if (!outcome.imported) throw new Error(`the demo catalogue did not import: ${JSON.stringify(outcome.problems)}`);
}

/** The journey property as it is stored on the emulated site right now. */
export function storedProperty(site: LocalSite, issueKey: string): unknown {
  const issue = site.site.issues.find((i) => i.key === issueKey);
  if (!issue) throw new Error(`no issue ${issueKey} on the demo site`);
  return issue.properties[JOURNEY_PROPERTY_KEY];
}

export function tagsWith(partial: Partial<JourneyTags>): JourneyTags {
  return { ...emptyTags(), ...partial };
}

/** Issue keys matching a JQL, searched through the emulated Jira as a person (uncounted). */
export async function searchKeys(site: LocalSite, accountId: string, jql: string): Promise<string[]> {
  const request = new Request('https://local-site.atlassian.net/rest/api/3/search/jql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jql, fields: ['summary'], maxResults: 500 }),
  });
  const response = await site.direct.jira(request, { kind: 'user', accountId });
  const body = (await response.json()) as { issues?: Array<{ key: string }>; errorMessages?: string[] };
  if (!response.ok) throw new Error(`search refused: ${JSON.stringify(body)}`);
  return (body.issues ?? []).map((i) => i.key);
}

/** An EMA issue without journey tags (the team member may edit EMA). */
export function untaggedIssue(site: LocalSite, projectKey: string, skip = 0): string {
  const found = site.site.issues.filter((i) => i.projectKey === projectKey && i.properties[JOURNEY_PROPERTY_KEY] === undefined)[skip];
  if (!found) throw new Error(`the demo site lacks an untagged ${projectKey} issue`);
  return found.key;
}
