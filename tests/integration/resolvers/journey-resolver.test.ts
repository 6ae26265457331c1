/**
 * The issue panel's `journey/issue` resolver, run through the local host: real @forge/resolver, @forge/api and
 * @forge/kvs code against the emulated demo site, as different users.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_FACTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { TagsSaveResult } from '../../../src/contract/journey';
import { JOURNEY_PROPERTY_KEY, TAG_SLOTS, type JourneyTags } from '../../../src/domain';
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
      error: { code: 'INVALID_PAYLOAD', field: 'issueKey', params: { issue: 'invalid_format', format: 'regex', message: 'expected an issue key such as CRM-12' } },
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

describe('a team member opens the journey panel of an issue whose epic is in a project she cannot browse', () => {
  const [fact] = DEMO_FACTS.underAnotherProjectsEpic;
  if (!fact) throw new Error('the demo site lacks an issue under another project\'s epic');
  const issue = issueWith((i) => i.key === fact.key);
  const epic = issueWith((i) => i.key === fact.epic);
  const storedOwn = issue.properties[JOURNEY_PROPERTY_KEY] as JourneyTags;
  const epicTags = epic.properties[JOURNEY_PROPERTY_KEY] as JourneyTags;

  it('sees the issue with its own tags and is told the inherited ones are withheld, without the epic named', async () => {
    const answer = await answerOf(openPanel(issue.key, DEMO_ACCOUNTS.teamMember));
    const view = dataOf(answer);
    expect(view.issue).toEqual({ key: issue.key, summary: issue.summary, issueType: 'Story' });
    expect(view).toMatchObject({ epic: null, epicHidden: true });
    for (const slot of TAG_SLOTS) {
      expect(view.own[slot]).toEqual(storedOwn[slot]);
      expect(view.shown[slot]).toEqual(storedOwn[slot].map((id) => ({ id, source: 'own' })));
    }
    // Nothing of the epic reaches her: not its key, its summary, nor a tag only the epic carries.
    const text = JSON.stringify(answer);
    expect(text).not.toMatch(/\bMI-\d+/);
    expect(text).not.toContain(epic.summary);
    const epicOnly = TAG_SLOTS.flatMap((slot) => epicTags[slot].filter((id) => !(storedOwn[slot] as string[]).includes(id)));
    expect(epicOnly.length).toBeGreaterThan(0);
    const tagsShown = JSON.stringify({ own: view.own, shown: view.shown });
    for (const id of epicOnly) expect(tagsShown).not.toContain(`"${id}"`);
  });

  it('can still edit the issue\'s own tags', async () => {
    const { own } = dataOf(await answerOf(openPanel(issue.key, DEMO_ACCOUNTS.teamMember)));
    const invocation = await site.host.invokeResolver<ResolverResult<TagsSaveResult>>({
      functionKey: 'resolver',
      resolverKey: 'tags/save',
      payload: { issueKey: issue.key, base: own, tags: { ...own, channel: [...own.channel, 'push'] } },
      accountId: DEMO_ACCOUNTS.teamMember,
      context: { moduleKey: 'journey-panel', extension: { type: 'jira:issuePanel', issue: { key: issue.key } } },
    });
    if (!invocation.ok) throw new Error(invocation.error.message);
    expect(invocation.value).toMatchObject({ ok: true, data: { confirmed: true, tags: { channel: ['email', 'push'] } } });
    expect(dataOf(await answerOf(openPanel(issue.key, DEMO_ACCOUNTS.teamMember))).own.channel).toEqual(['email', 'push']);
  });

  it('asks Jira twice: the issue as her, and the app whether a parent is hidden from her', async () => {
    await answerOf(openPanel(issue.key, DEMO_ACCOUNTS.teamMember));
    expect(site.instruments.counts()['GET /rest/api/3/issue/{issueIdOrKey}']).toBe(2);
  });

  it('shows someone who may browse the epic its tags as inherited', async () => {
    const view = dataOf(await answerOf(openPanel(issue.key, DEMO_ACCOUNTS.programmeManager)));
    expect(view).toMatchObject({ epic: { key: epic.key, summary: epic.summary }, epicHidden: false });
    expect(view.shown.action).toEqual(epicTags.action.map((id) => ({ id, source: 'epic' })));
  });

  it('says nothing is withheld for an issue that has no epic at all', async () => {
    const loose = issueWith((i) => i.projectKey === 'OPS' && !i.parentKey);
    expect(dataOf(await answerOf(openPanel(loose.key, DEMO_ACCOUNTS.teamMember)))).toMatchObject({ epic: null, epicHidden: false });
  });
});
