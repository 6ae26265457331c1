/**
 * Given/when helpers for the meeting and decision tests: the demo site with its series, submissions and a built
 * programme snapshot, the next demo meeting, and what storage and the local Jira hold right now.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import { demoNextMeetingId } from '../../../local/demo/round-table';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { MeetingView } from '../../../src/contract/round-table';
import { call, dataOf, openRoundTableSite } from './submissions-support';

export { call, dataOf };
export const SITE_URL = 'https://local-site.atlassian.net';

/** The demo site with the programme snapshot built, as the admin's "Refresh now" leaves it. */
export async function openMeetingSite(): Promise<LocalSite> {
  const site = await openRoundTableSite();
  dataOf(await call(site, DEMO_ACCOUNTS.admin, 'programme/refresh', {}));
  await site.host.drainQueues();
  return site;
}

/** The demo's next meeting (the last Thursday after the snapshot day), where submission s-demo02 is scheduled. */
export const nextMeeting = () => demoNextMeetingId();

/** Every storage key of the meetings and decisions (records, index, baselines, claims). */
export function meetingKeys(site: LocalSite): string[] {
  return Object.keys(site.kvsState.kv).filter((key) => key.startsWith('round-table:') && key !== 'round-table:series').sort();
}

/** The ids of a section's items, in agenda order. */
export function itemIds(view: MeetingView, sectionId: string): string[] {
  return view.agenda?.sections.find((section) => section.sectionId === sectionId)?.items.map((item) => item.id) ?? [];
}

export async function assembled(site: LocalSite, meetingId = nextMeeting()): Promise<MeetingView> {
  return dataOf(await call(site, DEMO_ACCOUNTS.programmeManager, 'meeting/assemble', { meetingId }));
}

/** Reads an issue through the local Jira's REST as a person (null when they cannot see it). */
export async function issueAs(site: LocalSite, accountId: string, key: string, fields = 'summary,status,reporter,description'): Promise<Record<string, any> | null> {
  const answer = await site.direct.jira(new Request(`${SITE_URL}/rest/api/3/issue/${key}?fields=${fields}`), { kind: 'user', accountId });
  return answer.status === 200 ? ((await answer.json()) as Record<string, any>) : null;
}

/** Resolves an issue in Jira as a person, through its transitions, as people do on the issue view. */
export async function resolveIssue(site: LocalSite, accountId: string, key: string): Promise<void> {
  const listed = await site.direct.jira(new Request(`${SITE_URL}/rest/api/3/issue/${key}/transitions`), { kind: 'user', accountId });
  const done = ((await listed.json()) as { transitions: Array<{ id: string; to: { statusCategory: { key: string } } }> }).transitions.find((t) => t.to.statusCategory.key === 'done');
  const moved = await site.direct.jira(
    new Request(`${SITE_URL}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ transition: { id: done?.id } }) }),
    { kind: 'user', accountId },
  );
  if (moved.status !== 204) throw new Error(`transition of ${key} answered ${moved.status}`);
}
