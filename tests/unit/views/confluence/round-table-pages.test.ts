import { renderRoundTablePages } from '../../../../src/confluence/round-table-publication';
import { checkStorageXhtml } from '../../../../local/confluence/storage-validation';
import { roundTableModel, SITE } from './round-table-fixture';
import { pageText, readStorage } from './storage-text';

const TAKEN = new Set(['Programme roll-up', 'Stream: CRM']);

function pagesOf(language: 'en' | 'de') {
  const pages = renderRoundTablePages(roundTableModel(language), TAKEN);
  const page = (key: string) => {
    const found = pages.find((candidate) => candidate.pageKey === key);
    if (!found) throw new Error(`no page ${key}`);
    return { ...found, text: pageText(found.storage), attributes: readStorage(found.storage).attributes };
  };
  return { pages, page };
}

describe('the round table as pages (English)', () => {
  const { pages, page } = pagesOf('en');

  it('publishes the series page under the configured parent, and the decision log, agendas and minutes below it', () => {
    expect(pages.map((p) => [p.pageKey, p.title, p.parentKey])).toEqual([
      ['rt:rt-main01', '360 Round Table', null],
      ['rt:rt-main01:decisions', '360 Round Table — Decision log', 'rt:rt-main01'],
      ['rt:rt-main01:agenda:m-20261126', '360 Round Table 2026-11-26 — Agenda', 'rt:rt-main01'],
      ['rt:rt-main01:minutes:m-20261126', '360 Round Table 2026-11-26 — Minutes', 'rt:rt-main01'],
      ['rt:rt-main01:agenda:m-20261231', '360 Round Table 2026-12-31 — Agenda', 'rt:rt-main01'],
    ]);
    for (const p of pages) expect(checkStorageXhtml(p.storage)).toEqual({ ok: true });
  });

  it('says the cadence in words, the next dates, the members as mentions, the active sections and links every page', () => {
    const series = page('rt:rt-main01');
    expect(series.text).toContain('Monthly on the last Thursday at 14:00 (Europe/Berlin)');
    expect(series.text).toContain('31 Dec 2026, 14:00');
    expect(series.text).toContain('28 Jan 2027, 14:00');
    expect(series.attributes).toEqual(expect.arrayContaining(['acc-katrin', 'acc-aylin']));
    expect(series.text).toContain('Current and planned measures');
    expect(series.text).not.toContain('Old stuff');
    expect(series.attributes).toEqual(expect.arrayContaining(['360 Round Table 2026-11-26 — Agenda', '360 Round Table 2026-11-26 — Minutes', '360 Round Table 2026-12-31 — Agenda', '360 Round Table — Decision log']));
    // the December meeting has no minutes yet
    expect(series.text).toMatch(/31 Dec 2026 .*not published/);
  });

  it('lists the agenda by section in order: live items with issue links, the submission with kind and submitter, the manual item', () => {
    const agenda = page('rt:rt-main01:agenda:m-20261126');
    const order = ['Current and planned measures', 'EMA-3 Newsletter relaunch in progress', 'Business decisions', 'EMA-3 starts before DATA-4 is due', 'Checkout loses the basket', 'Budget for Q1'];
    const positions = order.map((text) => agenda.text.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(agenda.attributes).toEqual(expect.arrayContaining([`${SITE}/browse/EMA-3`, `${SITE}/browse/DATA-4`, 'acc-lena']));
    expect(agenda.text).toContain('Concern from');
    expect(agenda.text).toContain('Added by the programme manager');
    expect(agenda.text).toContain('Ask the sponsors');
    expect(agenda.text).toContain('Old stuff (retired) Nothing on the agenda in this section.');
  });

  it('records per item the discussion and the decisions: owner, due date, what it replaces, the follow-up as a link', () => {
    const minutes = page('rt:rt-main01:minutes:m-20261126');
    expect(minutes.text).toContain('Discussion Agreed to move EMA-3.');
    expect(minutes.text).toContain('DATA-4 stays.');
    expect(minutes.text).toContain('Move EMA-3 by four weeks');
    expect(minutes.text).toContain('1 Dec 2026');
    expect(minutes.attributes).toEqual(expect.arrayContaining([`${SITE}/browse/EMA-9`, `${SITE}/browse/MI-2`, 'acc-katrin']));
    expect(minutes.text).toContain('EMA-9 Replan EMA-3 (In Progress)');
    expect(minutes.text).toContain('Decision d-open01 — Replaces: Decision d-supr01');
    expect(minutes.text).toContain('no owner');
    // a decision whose item left the agenda is still in the minutes
    expect(minutes.text).toMatch(/Other decisions of this meeting .*Decision d-supr01 — Replaced by: Decision d-open01/);
    expect(minutes.attributes).toContain(`${SITE}/browse/DATA-7`);
  });

  it('keeps the decision log worst first, counts each state, and names the submissions each decision answered', () => {
    const log = page('rt:rt-main01:decisions');
    expect(log.text).toContain('Red Overdue 1 Blue Open 1 Green Done 1 Grey Superseded 1');
    const order = ['Move EMA-3 by four weeks', 'Decision d-open01', 'Decision d-done01', 'Decision d-supr01 —'].map((text) => log.text.indexOf(text));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(log.text).toContain('Concern: Checkout loses the basket');
    expect(log.attributes).toContain('360 Round Table 2026-11-26 — Minutes');
    expect(log.text).toContain('20 Dec 2026');
  });

  it('renders byte for byte the same from the same model', () => {
    expect(renderRoundTablePages(roundTableModel('en'), TAKEN)).toEqual(pages);
  });
});

describe('the round table as pages (German, the series’ language)', () => {
  const { pages, page } = pagesOf('de');

  it('titles with German dates and words', () => {
    expect(pages.map((p) => p.title)).toEqual([
      '360 Round Table', '360 Round Table – Entscheidungslog', '360 Round Table 26.11.2026 – Tagesordnung', '360 Round Table 26.11.2026 – Protokoll', '360 Round Table 31.12.2026 – Tagesordnung',
    ]);
  });

  it('says everything in German', () => {
    expect(page('rt:rt-main01').text).toContain('Monatlich am letzten Donnerstag um 14:00 Uhr (Europe/Berlin)');
    expect(page('rt:rt-main01').text).toContain('31.12.2026, 14:00 Uhr');
    expect(page('rt:rt-main01:agenda:m-20261126').text).toContain('Bedenken von');
    expect(page('rt:rt-main01:minutes:m-20261126').text).toContain('01.12.2026');
    expect(page('rt:rt-main01:minutes:m-20261126').text).toContain('Besprechung');
    expect(page('rt:rt-main01:decisions').text).toContain('Red Überfällig 1 Blue Offen 1 Green Erledigt 1 Grey Ersetzt 1');
    expect(page('rt:rt-main01:decisions').text).toContain('Bedenken: Checkout loses the basket');
  });

  it('gives a title someone else holds a counter', () => {
    const taken = new Set(['360 round table']);
    expect(renderRoundTablePages(roundTableModel('de'), taken)[0]?.title).toBe('360 Round Table (2)');
  });
});
