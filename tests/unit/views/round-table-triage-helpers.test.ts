/**
 * Triage helpers: every page of the submission list is read (not only the newest 20), the schedule form starts on a
 * date it offers, and a refused merge says why in words that fit its reason.
 */
import type { ResolverResult } from '../../../src/contract/errors';
import { errorMessage } from '../../../static/main/src/i18n/messages';
import { allPages, MAX_LIST_PAGES, type Page } from '../../../static/main/src/surfaces/round-table/all-pages';
import { initialMeetingId } from '../../../static/main/src/surfaces/round-table/triage-choices';

type Item = { id: string };
const ids = (from: number, count: number): Item[] => Array.from({ length: count }, (_, i) => ({ id: `s-${from + i}` }));

/** A list of `total` items served 20 a page, with the cursors it was asked for. */
function pagedList(total: number) {
  const asked: Array<string | undefined> = [];
  const fetchPage = async (cursor: string | undefined): Promise<ResolverResult<Page<Item>>> => {
    asked.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor);
    const end = Math.min(start + 20, total);
    return { ok: true, data: { submissions: ids(start, end - start), nextCursor: end < total ? String(end) : null } };
  };
  return { asked, fetchPage };
}

describe('allPages', () => {
  it('follows nextCursor to the end: 45 submissions in three pages', async () => {
    const { asked, fetchPage } = pagedList(45);
    const answer = await allPages(fetchPage);
    expect(answer).toEqual({ ok: true, data: { submissions: ids(0, 45), complete: true } });
    expect(asked).toEqual([undefined, '20', '40']);
  });

  it('stops after MAX_LIST_PAGES pages and says the list is not complete', async () => {
    const { asked, fetchPage } = pagedList(10_000);
    const answer = await allPages(fetchPage);
    expect(asked).toHaveLength(MAX_LIST_PAGES);
    expect(answer.ok && answer.data).toEqual({ submissions: ids(0, MAX_LIST_PAGES * 20), complete: false });
  });

  it('keeps an item that moved between pages once, and answers the first refusal', async () => {
    const pages: Array<ResolverResult<Page<Item>>> = [
      { ok: true, data: { submissions: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c1' } },
      { ok: true, data: { submissions: [{ id: 'b' }, { id: 'c' }], nextCursor: null } },
    ];
    expect(await allPages(async () => pages.shift() as ResolverResult<Page<Item>>)).toEqual({ ok: true, data: { submissions: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], complete: true } });
    const refusal = { code: 'PROGRAMME_MANAGER_REQUIRED', params: {} } as const;
    let calls = 0;
    const answer = await allPages(async (): Promise<ResolverResult<Page<Item>>> => (++calls === 1 ? { ok: true, data: { submissions: [{ id: 'a' }], nextCursor: 'x' } } : { ok: false, error: refusal }));
    expect(answer).toEqual({ ok: false, error: refusal });
  });
});

describe('initialMeetingId', () => {
  const upcoming = ['2026-12-31', '2027-01-28'].map((localDate) => ({ localDate, startsAt: `${localDate}T13:00:00.000Z`, localTime: '14:00', movedToLastDay: false }));
  it('keeps the stored meeting while it is offered, else starts on the first upcoming date', () => {
    expect(initialMeetingId('m-20270128', upcoming)).toBe('m-20270128');
    expect(initialMeetingId('m-20261126', upcoming)).toBe('m-20261231');
    expect(initialMeetingId(null, upcoming)).toBe('m-20261231');
    expect(initialMeetingId('m-20261126', [])).toBe('');
  });
});

describe('MERGE_INVALID words', () => {
  const refused = (reason: string) => ({ code: 'MERGE_INVALID' as const, field: 'action.into', params: { submissionId: 's-1', reason } });
  it('say which of the reasons it was, in English and German', () => {
    expect(errorMessage('en', refused('itself'))).toBe('A submission cannot be merged into itself. Choose another one.');
    expect(errorMessage('en', refused('merged'))).toMatch(/^The chosen submission has been merged into another one itself/);
    expect(errorMessage('en', refused('has-duplicates'))).toMatch(/^Other submissions were merged into this one/);
    expect(errorMessage('de', refused('has-duplicates'))).toMatch(/^In diese Einreichung wurden bereits andere zusammengeführt/);
    const words = ['itself', 'merged', 'has-duplicates'].map((reason) => errorMessage('de', refused(reason)));
    expect(new Set(words).size).toBe(3);
  });
  it('fall back to words that fit any reason, never to an object property of the reason', () => {
    expect(errorMessage('en', refused('constructor'))).toMatch(/^This merge is not possible/);
  });
});
