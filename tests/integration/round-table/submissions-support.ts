/**
 * Given/when helpers for the round-table submission tests: the demo site with its series and submissions, resolver
 * calls as a person from Jira or Confluence, and what the submission entity holds right now.
 */
import { resolve } from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ResolverData, ResolverKey } from '../../../src/contract/resolver-keys';
import { SUBMISSION_ENTITY } from '../../../src/services/round-table/submission-store';

const APP_DIR = resolve(__dirname, '../../..');

export async function openRoundTableSite(): Promise<LocalSite> {
  const file = buildDemoSite();
  return createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
}

const SURFACES = {
  jira: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  confluence: { moduleKey: 'round-table-submit', extension: { type: 'confluence:globalPage' } },
} as const;

/** Calls a key of the user resolver as a person (German locale unless told); fails on a crashed invocation. */
export async function call<K extends ResolverKey>(site: LocalSite, accountId: string, key: K, payload: unknown, surface: keyof typeof SURFACES = 'jira'): Promise<ResolverResult<ResolverData<K>>> {
  const result = await site.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: 'resolver',
    resolverKey: key,
    payload,
    accountId,
    context: { ...SURFACES[surface], locale: 'de-DE', timezone: 'Europe/Berlin' },
  });
  if (!result.ok) throw new Error(`invocation of ${key} failed: ${result.error.message}`);
  return result.value;
}

export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** The ids of every stored submission, sorted. */
export function storedSubmissionIds(site: LocalSite): string[] {
  return Object.keys(site.kvsState.entities[SUBMISSION_ENTITY] ?? {}).sort();
}

export function storedSubmission(site: LocalSite, id: string): Record<string, unknown> | undefined {
  return site.kvsState.entities[SUBMISSION_ENTITY]?.[id]?.value as Record<string, unknown> | undefined;
}

export const validInput = (title = 'Opt-in mails land in spam') => ({ kind: 'concern', title, text: 'A third of the confirmations end up in spam folders.' });
