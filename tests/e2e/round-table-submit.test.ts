/**
 * In a real browser, in the local site's Confluence: Lena Schulz, a team member, opens Apps → "Round table: bring your
 * topic", is told per field what is missing without losing what she typed, submits a concern with a related Jira issue
 * she found through the picker (a search run as her from the Confluence page), and sees it "received". A programme
 * manager schedules it for the next meeting's "Business decisions"; Lena reloads the page and sees it scheduled.
 */
import { format, parseISO } from 'date-fns';
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import { meetingIdOf } from '../../src/contract/round-table';
import type { ResolverData, ResolverKey } from '../../src/contract/resolver-keys';
import { DEFAULT_SECTIONS } from '../../src/domain/round-table/sections';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(120_000);

let shell: DemoShell;

/** A resolver call as a person would make it from Jira's Round table tab. */
async function callAs<K extends ResolverKey>(key: K, payload: unknown, accountId: string, locale: string): Promise<ResolverData<K>> {
  const answer = await shell.local.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: 'resolver', resolverKey: key, payload, accountId, context: { moduleKey: 'programme-page', locale, extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`${key} refused: ${JSON.stringify(answer)}`);
  return answer.value.data;
}

beforeAll(async () => {
  shell = await openDemoShell();
  // Given the admin's settings (Katrin Hoffmann is a programme manager) and a monthly round table she set up.
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  await callAs('round-table/series-save', {
    expectedVersion: 0,
    series: { id: 'rt-taskforce', name: '360 round table', cadence: { kind: 'nth-weekday', week: 'last', weekday: 4, time: '14:00', timeZone: 'Europe/Berlin' }, sections: DEFAULT_SECTIONS, memberAccountIds: [], language: 'de', publish: false },
  }, DEMO_ACCOUNTS.programmeManager, 'de-DE');
});
afterAll(async () => {
  await shell?.close();
});

const TITLE = 'Round table: bring your topic';
const frame = (): FrameLocator => shell.page.frameLocator(`iframe[title="${TITLE}"]`);

it('a team member submits a concern from Confluence, sees it received, and after triage sees it scheduled', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Lena Schulz');
  await shell.page.goto(`${shell.server.url}/wiki`);
  await Promise.all([shell.page.waitForURL(/\/wiki\/apps\/[^/]+\/[^/]+\/round-table$/), shell.page.getByRole('link', { name: TITLE }).click()]);
  const form = frame();
  await form.getByRole('heading', { name: 'Bring your topic to the round table' }).waitFor();
  await form.getByText('You have not brought a topic to the round table yet.', { exact: false }).waitFor();

  // She writes her text first and submits: each missing field is named, and her text stays.
  const text = 'The double opt-in of the newsletter and the consent data of the loyalty app disagree, so we may mail people who withdrew.';
  await form.getByLabel('Your text').fill(text);
  expect(await form.getByTestId('rt-text-count').textContent()).toBe(`${(5000 - text.length).toLocaleString('en')} characters left`);
  await form.getByRole('button', { name: 'Submit' }).click();
  expect(await form.getByTestId('rt-kind-problem').textContent()).toBe('Choose what kind of topic this is.');
  expect(await form.getByTestId('rt-title-problem').textContent()).toBe('Please fill in this field.');
  expect(await form.getByTestId('rt-submit-outcome').textContent()).toContain('Nothing you wrote is lost');
  expect(await form.getByLabel('Your text').inputValue()).toBe(text);

  // A concern, by keyboard among the kinds; a title; an EMA issue found through the picker.
  await form.getByRole('radio', { name: /^Concern/ }).check();
  await form.getByLabel('Title', { exact: true }).fill('Consent data disagree between newsletter and loyalty app');
  const related = shell.local.site.issues.find((issue) => issue.projectKey === 'EMA');
  if (!related) throw new Error('the demo has no EMA issue');
  await form.getByRole('combobox', { name: 'Find a Jira issue by key or summary' }).fill(related.key);
  await form.getByRole('option', { name: new RegExp(`^${related.key}`) }).waitFor();
  await form.getByRole('combobox', { name: 'Find a Jira issue by key or summary' }).press('Enter');
  await form.getByRole('button', { name: `Remove ${related.key}` }).waitFor();
  await form.getByRole('button', { name: 'Submit' }).click();

  await form.getByText('was received', { exact: false }).waitFor();
  expect(await form.getByTestId('rt-submit-outcome').textContent()).toContain('The programme managers put it on the agenda of a coming meeting');
  expect(await form.getByLabel('Your text').inputValue()).toBe('');
  const item = form.getByTestId('rt-submission').filter({ hasText: 'Consent data disagree' });
  await item.waitFor();
  expect(await item.getByTestId('rt-status-line').textContent()).toBe('Received — the programme managers will put it on the agenda of a coming meeting');
  expect(await item.textContent()).toContain('Concern');

  // The programme manager schedules it for the next meeting, in the section a concern suggests.
  const [mine] = (await callAs('submission/mine', {}, DEMO_ACCOUNTS.teamMember, 'en-US')).submissions;
  if (!mine) throw new Error('the submission was not stored');
  expect(mine.issueKeys).toEqual([related.key]);
  const overview = await callAs('round-table/overview', {}, DEMO_ACCOUNTS.programmeManager, 'de-DE');
  const next = overview.upcoming[0];
  if (!next) throw new Error('the series lists no coming meeting');
  await callAs('submission/triage', { id: mine.id, baseRev: mine.rev, action: { kind: 'schedule', meetingId: meetingIdOf(next.localDate), sectionId: 'business-decisions' } }, DEMO_ACCOUNTS.programmeManager, 'de-DE');

  // Lena comes back to the page.
  await shell.page.reload();
  const scheduled = frame().getByTestId('rt-submission').filter({ hasText: 'Consent data disagree' });
  await scheduled.waitFor();
  expect(await scheduled.getByTestId('rt-status-line').textContent()).toBe(`Scheduled for ${format(parseISO(next.localDate), 'd MMMM yyyy')}, Business decisions`);
});
