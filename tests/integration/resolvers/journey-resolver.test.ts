/**
 * The issue panel's `journey/issue` resolver, run through the local host: real @forge/resolver, @forge/api and
 * @forge/kvs code against the emulated demo site, as different users.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import { JOURNEY_PROPERTY_KEY } from '../../../src/domain';
import type { IssueJourneyView } from '../../../src/services/load-issue-journey';

type PanelAnswer = ResolverResult<IssueJourneyView>;

const APP_DIR = resolve(__dirname, '../../..');

let site: LocalSite;
beforeEach(async () => {
  site = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState() });
});
afterEach(() => site.close());

function openPanel(issueKey: unknown, accountId: string) {
  return site.host.invokeResolver<PanelAnswer>({
    functionKey: 'resolver',
    resolverKey: 'journey/issue',
    payload: { issueKey },
    accountId,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issuePanel', issue: { key: issueKey } } },
  });
}

/** The resolver's own answer, once the host reports the invocation itself succeeded. */
async function answerOf(invocation: ReturnType<typeof openPanel>): Promise<PanelAnswer> {
  const result = await invocation;
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

function dataOf(answer: PanelAnswer): IssueJourneyView {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

function issueWith(predicate: (issue: ReturnType<typeof buildDemoSite>['issues'][number]) => boolean) {
  const found = buildDemoSite().issues.find(predicate);
  if (!found) throw new Error('the demo site lacks the issue this test needs');
  return found;
}

describe('a team member opens the journey panel', () => {
  it('sees the issue\'s own tags with their labels', async () => {
    const tagged = issueWith((i) => i.projectKey === 'EMA' && i.properties[JOURNEY_PROPERTY_KEY] !== undefined);
    const view = dataOf(await answerOf(openPanel(tagged.key, DEMO_ACCOUNTS.teamMember)));
    const stored = tagged.properties[JOURNEY_PROPERTY_KEY] as { touchpoint: string[] };
    expect(view.own.touchpoint).toEqual(stored.touchpoint);
    expect(view.issue).toMatchObject({ key: tagged.key, summary: tagged.summary });
  });

  it('sees an untagged story\'s epic tags as inherited, not as its own', async () => {
    const site0 = buildDemoSite();
    const story = site0.issues.find((i) => {
      if (i.projectKey !== 'EMA' || !i.parentKey || i.properties[JOURNEY_PROPERTY_KEY] !== undefined) return false;
      const parent = site0.issues.find((p) => p.key === i.parentKey);
      return parent?.issueType === 'Epic' && parent.properties[JOURNEY_PROPERTY_KEY] !== undefined;
    });
    if (!story) throw new Error('the demo site lacks an untagged story under a tagged epic');
    const view = dataOf(await answerOf(openPanel(story.key, DEMO_ACCOUNTS.teamMember)));
    expect(view.epic?.key).toBe(story.parentKey);
    expect(view.own.touchpoint).toEqual([]);
    const inherited = Object.values(view.shown).flat();
    expect(inherited.length).toBeGreaterThan(0);
    expect(inherited.every((t) => t.source === 'epic')).toBe(true);
  });

  it('is told an issue of a project they cannot browse does not exist, as Jira says it', async () => {
    const hidden = issueWith((i) => i.projectKey === 'MI');
    expect(await answerOf(openPanel(hidden.key, DEMO_ACCOUNTS.teamMember))).toEqual({ ok: false, error: { code: 'NOT_FOUND', params: expect.objectContaining({ issueKey: hidden.key }) } });
    expect((await answerOf(openPanel(hidden.key, DEMO_ACCOUNTS.programmeManager))).ok).toBe(true);
  });

  it('gets a clear error naming the field for a malformed payload', async () => {
    expect(await answerOf(openPanel('not a key', DEMO_ACCOUNTS.teamMember))).toEqual({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: 'issueKey', params: { message: 'expected an issue key such as CRM-12' } },
    });
  });

  it('still gets the panel when Jira answers 429 and then 503 first, without asking more than needed', async () => {
    const tagged = issueWith((i) => i.projectKey === 'EMA' && i.issueType === 'Epic');
    site.instruments.failNext('GET /rest/api/3/issue/{issueIdOrKey}', { status: 429, retryAfterSeconds: 0, reason: 'jira-burst-based' });
    site.instruments.failNext('GET /rest/api/3/issue/{issueIdOrKey}', { status: 503 });
    expect((await answerOf(openPanel(tagged.key, DEMO_ACCOUNTS.teamMember))).ok).toBe(true);
    // An epic has no parent to read: one request, repeated once per transient failure.
    expect(site.instruments.counts()['GET /rest/api/3/issue/{issueIdOrKey}']).toBe(3);
  });
});
