/**
 * The issue panel's `journey/issue` resolver, run through the local host: real @forge/resolver, @forge/api and
 * @forge/kvs code against the emulated demo site, as different users.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import { JOURNEY_PROPERTY_KEY } from '../../../src/domain';

const APP_DIR = resolve(__dirname, '../../..');

let site: LocalSite;
beforeEach(async () => {
  site = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState() });
});
afterEach(() => site.close());

function openPanel(issueKey: unknown, accountId: string) {
  return site.host.invokeResolver<{ ok: boolean; data?: any; error?: any }>({
    functionKey: 'resolver',
    resolverKey: 'journey/issue',
    payload: { issueKey },
    accountId,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issuePanel', issue: { key: issueKey } } },
  });
}

function issueWith(predicate: (issue: ReturnType<typeof buildDemoSite>['issues'][number]) => boolean) {
  const found = buildDemoSite().issues.find(predicate);
  if (!found) throw new Error('the demo site lacks the issue this test needs');
  return found;
}

describe('a team member opens the journey panel', () => {
  it('sees the issue\'s own tags with their labels', async () => {
    const tagged = issueWith((i) => i.projectKey === 'EMA' && i.properties[JOURNEY_PROPERTY_KEY] !== undefined);
    const result = await openPanel(tagged.key, DEMO_ACCOUNTS.teamMember);
    expect(result.ok).toBe(true);
    const answer = (result as { value: { ok: boolean; data: any } }).value;
    expect(answer.ok).toBe(true);
    const stored = tagged.properties[JOURNEY_PROPERTY_KEY] as { touchpoint: string[] };
    expect(answer.data.own.touchpoint).toEqual(stored.touchpoint);
    expect(answer.data.issue).toMatchObject({ key: tagged.key, summary: tagged.summary });
  });

  it('sees an untagged story\'s epic tags as inherited, not as its own', async () => {
    const site0 = buildDemoSite();
    const story = site0.issues.find((i) => {
      if (i.projectKey !== 'EMA' || !i.parentKey || i.properties[JOURNEY_PROPERTY_KEY] !== undefined) return false;
      const parent = site0.issues.find((p) => p.key === i.parentKey);
      return parent?.issueType === 'Epic' && parent.properties[JOURNEY_PROPERTY_KEY] !== undefined;
    });
    if (!story) throw new Error('the demo site lacks an untagged story under a tagged epic');
    const result = await openPanel(story.key, DEMO_ACCOUNTS.teamMember);
    const answer = (result as { value: { ok: boolean; data: any } }).value;
    expect(answer.data.epic.key).toBe(story.parentKey);
    expect(answer.data.own.touchpoint).toEqual([]);
    const inherited = Object.values(answer.data.shown as Record<string, Array<{ source: string }>>).flat();
    expect(inherited.length).toBeGreaterThan(0);
    expect(inherited.every((t) => t.source === 'epic')).toBe(true);
  });

  it('is told an issue of a project they cannot browse does not exist, as Jira says it', async () => {
    const hidden = issueWith((i) => i.projectKey === 'MI');
    const result = await openPanel(hidden.key, DEMO_ACCOUNTS.teamMember);
    expect((result as { value: unknown }).value).toEqual({ ok: false, error: { code: 'NOT_FOUND', params: expect.objectContaining({ issueKey: hidden.key }) } });
    const asManager = await openPanel(hidden.key, DEMO_ACCOUNTS.programmeManager);
    expect((asManager as { value: { ok: boolean } }).value.ok).toBe(true);
  });

  it('gets a clear error naming the field for a malformed payload', async () => {
    const result = await openPanel('not a key', DEMO_ACCOUNTS.teamMember);
    expect((result as { value: unknown }).value).toEqual({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: 'issueKey', params: { message: 'expected an issue key such as CRM-12' } },
    });
  });

  it('still gets the panel when Jira answers 429 and then 503 first, without asking more than needed', async () => {
    const tagged = issueWith((i) => i.projectKey === 'EMA' && i.issueType === 'Epic');
    site.instruments.failNext('GET /rest/api/3/issue/{issueIdOrKey}', { status: 429, retryAfterSeconds: 0, reason: 'jira-burst-based' });
    site.instruments.failNext('GET /rest/api/3/issue/{issueIdOrKey}', { status: 503 });
    const result = await openPanel(tagged.key, DEMO_ACCOUNTS.teamMember);
    expect((result as { value: { ok: boolean } }).value.ok).toBe(true);
    // An epic has no parent to read: one request, repeated once per transient failure.
    expect(site.instruments.counts()['GET /rest/api/3/issue/{issueIdOrKey}']).toBe(3);
  });
});
