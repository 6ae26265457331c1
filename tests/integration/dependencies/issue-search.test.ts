/**
 * `issue/search`, the issue picker of "Create dependency", through the local host: Jira's picker asked as the user,
 * so a project they cannot browse gives them nothing; epics first; each issue with its type and the epic it rolls up to.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { IssueSearchResult } from '../../../src/contract/issue-search';

const APP_DIR = resolve(__dirname, '../../..');

let site: LocalSite;
beforeEach(async () => {
  site = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState() });
});
afterEach(() => site.close());

async function search(query: unknown, accountId: string): Promise<ResolverResult<IssueSearchResult>> {
  const result = await site.host.invokeResolver<ResolverResult<IssueSearchResult>>({
    functionKey: 'resolver',
    resolverKey: 'issue/search',
    payload: { query },
    accountId,
    context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

async function found(query: string, accountId: string): Promise<IssueSearchResult['issues']> {
  const answer = await search(query, accountId);
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
  return answer.data.issues;
}

const projectOf = (key: string) => key.slice(0, key.lastIndexOf('-'));

it('finds issues by words of their summary, epics first, each with its type and epic', async () => {
  const issues = await found('journey', DEMO_ACCOUNTS.programmeManager);
  const expected = site.site.issues.filter((i) => /\bjourney/i.test(i.summary)).map((i) => i.key);
  expect(issues.length).toBeGreaterThan(3);
  expect(issues.every((i) => expected.includes(i.key))).toBe(true);
  const firstOther = issues.findIndex((i) => !i.epic);
  expect(firstOther).toBeGreaterThan(0);
  expect(issues.slice(firstOther).every((i) => !i.epic)).toBe(true);
  expect(issues.find((i) => i.key === 'EMA-3')).toEqual({ key: 'EMA-3', summary: 'Welcome and onboarding journeys in Journey Builder', issueType: 'Epic', epic: true, epicKey: 'EMA-3' });
  for (const issue of issues.filter((i) => !i.epic)) {
    const stored = site.site.issues.find((i) => i.key === issue.key);
    const parent = site.site.issues.find((i) => i.key === stored?.parentKey);
    const epicKey = parent?.issueType === 'Epic' ? parent.key : (parent?.parentKey ?? null);
    expect(issue).toMatchObject({ issueType: stored?.issueType, epicKey });
  }
  expect(issues.some((i) => projectOf(i.key) === 'MI')).toBe(true);
});

it('answers as the user: a project she cannot browse gives her no issue', async () => {
  const issues = await found('journey', DEMO_ACCOUNTS.teamMember);
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.some((i) => projectOf(i.key) === 'MI')).toBe(false);
  // An EMA story under an MI epic: she may see the story, never the epic's key.
  const underMi = site.site.issues.find((i) => i.key === 'EMA-50');
  if (!underMi) throw new Error('the demo has EMA-50 under MI-3');
  const [story] = await found(underMi.summary, DEMO_ACCOUNTS.teamMember);
  expect(story).toMatchObject({ key: 'EMA-50', epicKey: null });
});

it('finds an issue by its key, typed in lower case', async () => {
  const issues = await found('ema-3', DEMO_ACCOUNTS.teamMember);
  expect(issues[0]?.key).toBe('EMA-3');
  expect(issues.every((i) => i.key.startsWith('EMA-3'))).toBe(true);
});

it('refuses empty text with a coded error naming the field', async () => {
  expect(await search('   ', DEMO_ACCOUNTS.teamMember)).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'query' }) });
});
