/**
 * The programme page's view in its module path: what a shared link says is what the page shows, a hand-edited or
 * hostile link falls back to no filter rather than breaking the page, and ids stay data.
 */
import { NO_FILTER } from '../../../static/main/src/surfaces/programme/dependency-filter';
import { decodeViewState, encodeViewState } from '../../../static/main/src/surfaces/programme/url-state';
import { DEFAULT_VIEW, sameView, type ViewState } from '../../../static/main/src/surfaces/programme/view-state';

const split = (path: string): [string, string] => {
  const at = path.indexOf('?');
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
};
const roundTrip = (view: ViewState) => decodeViewState(...split(encodeViewState(view)));

describe('the view in the module path', () => {
  it('writes conflicts of one stream on the list as a readable path', () => {
    const view: ViewState = { ...DEFAULT_VIEW, tab: 'list', filter: { ...NO_FILTER, status: 'conflict', streamId: 'crm' } };
    expect(encodeViewState(view)).toBe('/list?status=conflict&stream=crm');
    expect(roundTrip(view)).toEqual(view);
  });

  it('keeps every part of the filter, the tab and the zoom through a round trip', () => {
    const view: ViewState = {
      tab: 'round-table',
      zoom: 'quarter',
      sort: { column: 'gap', direction: 'descending' },
      filter: {
        status: 'at-risk',
        streamId: 'data & more',
        pair: { waitingStreamId: 'com', blockingStreamId: 'data' },
        focusKey: 'EMA-12',
        text: 'Zahlung = 100 % ?',
        journey: { touchpoint: ['website', 'app'], lifecycle: ['explore'], useCase: ['UC-7'] },
      only: 'cycle',
      },
    };
    expect(roundTrip(view)).toEqual(view);
    expect(sameView(roundTrip(view), view)).toBe(true);
  });

  it('writes the unfiltered timeline as the bare root', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toBe('/');
    expect(decodeViewState('/', '')).toEqual(DEFAULT_VIEW);
    expect(decodeViewState('', '')).toEqual(DEFAULT_VIEW);
  });

  it('still reads the issue view\'s /focus/KEY link as the list of that epic', () => {
    expect(decodeViewState('/focus/CRM-4', '')).toEqual({ ...DEFAULT_VIEW, tab: 'list', filter: { ...NO_FILTER, focusKey: 'CRM-4' } });
    expect(decodeViewState('/focus/not a key', '')).toEqual(DEFAULT_VIEW);
  });

  it('ignores unknown tabs, statuses, repeated or over-long values and malformed keys', () => {
    const view = decodeViewState('/nowhere', `?sort=gap-sideways&status=exploded&stream=${'x'.repeat(41)}&focus=<script>&waiting=a&zoom=YEAR&q=a&q=b`);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(decodeViewState('/list/extra', '').tab).toBe('timeline');
  });

  it('keeps a pair only with both of its streams', () => {
    expect(decodeViewState('/matrix', '?waiting=com').filter.pair).toBeNull();
    expect(decodeViewState('/matrix', 'waiting=com&blocking=data').filter.pair).toEqual({ waitingStreamId: 'com', blockingStreamId: 'data' });
  });

  it('takes ids that name built-ins as plain data and pollutes nothing', () => {
    const view = decodeViewState('/list', '?stream=__proto__&touchpoint=constructor&touchpoint=__proto__&useCase=toString&waiting=prototype&blocking=hasOwnProperty');
    expect(view.filter.streamId).toBe('__proto__');
    expect(view.filter.journey.touchpoint).toEqual(['constructor', '__proto__']);
    expect(view.filter.journey.useCase).toEqual(['toString']);
    expect(view.filter.journey.lifecycle).toEqual([]);
    expect(view.filter.pair).toEqual({ waitingStreamId: 'prototype', blockingStreamId: 'hasOwnProperty' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(roundTrip(view)).toEqual(view);
  });

  it('drops duplicate terms and keeps at most fifty per slot', () => {
    const many = Array.from({ length: 80 }, (_, i) => `touchpoint=t${i}`).join('&');
    expect(decodeViewState('/', `?${many}&touchpoint=t1`).filter.journey.touchpoint).toHaveLength(50);
    expect(decodeViewState('/', '?lifecycle=a&lifecycle=a').filter.journey.lifecycle).toEqual(['a']);
  });

  it('tells a changed view from the same one', () => {
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, tab: 'list' })).toBe(false);
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, sort: { column: 'status', direction: 'descending' } })).toBe(false);
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, filter: { ...NO_FILTER, journey: { ...NO_FILTER.journey, useCase: ['UC-1'] } } })).toBe(false);
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, filter: { ...NO_FILTER } })).toBe(true);
  });
});

describe('the words of the shareable view', () => {
  it('has every line in English and German, with the same placeholders', async () => {
    const { viewStateMessageTables } = await import('../../../static/main/src/surfaces/programme/view-state-messages');
    const { en, de } = viewStateMessageTables();
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => (text.match(/\{(\w+)/g) ?? []).sort();
    for (const key of Object.keys(en)) expect([key, placeholders(de[key] ?? '')]).toEqual([key, placeholders(en[key] ?? '')]);
  });
});
