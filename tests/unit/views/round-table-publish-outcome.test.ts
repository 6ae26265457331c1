/** "Publish agenda/minutes" says what happened: queued, joined a waiting run, a run already going, or no pages at all. */
import type { PublishReport } from '../../../src/contract/publishing';
import { publishOutcomeKey } from '../../../static/main/src/surfaces/round-table/publish-outcome';
import { rt } from '../../../static/main/src/surfaces/round-table/rt-messages';

const report = (state: PublishReport['state']) => ({ state }) as PublishReport;

it('says queued only when a run was queued', () => {
  expect(rt('en', publishOutcomeKey('agenda', { queued: true, report: report('queued') }, true))).toBe('The agenda is queued for publishing to Confluence.');
  expect(rt('de', publishOutcomeKey('minutes', { queued: true, report: report('queued') }, true))).toBe('Das Protokoll wird in Confluence veröffentlicht.');
});

it('says a waiting run takes the page, and a running one may need another run', () => {
  expect(rt('en', publishOutcomeKey('agenda', { queued: false, report: report('queued') }, true))).toBe('A publication is already waiting to start: the page goes out with it.');
  const running = rt('en', publishOutcomeKey('minutes', { queued: false, report: report('running') }, true));
  expect(running).toMatch(/^A publication is running right now: the page goes out with it if/);
  expect(running).not.toMatch(/queued/);
  expect(rt('de', publishOutcomeKey('minutes', { queued: false, report: null }, true))).toMatch(/^Gerade läuft eine Veröffentlichung/);
});

it('says a series that is not published gets no page, whatever the queue did', () => {
  expect(rt('en', publishOutcomeKey('agenda', { queued: true, report: report('queued') }, false))).toMatch(/this series is not published to Confluence, so no page is written/);
  expect(rt('de', publishOutcomeKey('minutes', { queued: false, report: report('running') }, false))).toMatch(/diese Reihe wird nicht in Confluence veröffentlicht/);
});
