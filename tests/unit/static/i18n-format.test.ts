import { formatCalendarDate, formatMessage, formatNumber, parameterNames } from '../../../static/main/src/i18n/format';

const CONFLICTS = '{count, plural, one {# conflict} other {# conflicts}}';
const KONFLIKTE = '{count, plural, one {# Konflikt} other {# Konflikte}}';

describe('plural forms', () => {
  it.each([
    [0, '0 conflicts', '0 Konflikte'],
    [1, '1 conflict', '1 Konflikt'],
    [2, '2 conflicts', '2 Konflikte'],
    [1234, '1,234 conflicts', '1.234 Konflikte'],
  ])('%p reads "%s" and "%s"', (count, english, german) => {
    expect(formatMessage('en', CONFLICTS, { count })).toBe(english);
    expect(formatMessage('de', KONFLIKTE, { count })).toBe(german);
  });

  it('prefers an exact value and fills other parameters inside a branch', () => {
    const template = '{count, plural, =0 {No issues in {stream}} one {One issue in {stream}} other {# issues in {stream}}}.';
    expect(formatMessage('en', template, { count: 0, stream: 'CRM' })).toBe('No issues in CRM.');
    expect(formatMessage('en', template, { count: 1, stream: 'CRM' })).toBe('One issue in CRM.');
    expect(formatMessage('en', template, { count: 7, stream: 'CRM' })).toBe('7 issues in CRM.');
  });

  it('keeps two counts in one sentence apart', () => {
    const template = '{count, plural, one {# dependency} other {# dependencies}}, {conflicts, plural, one {# conflict} other {# conflicts}}';
    expect(formatMessage('en', template, { count: 1, conflicts: 3 })).toBe('1 dependency, 3 conflicts');
  });
});

describe('numbers', () => {
  it('uses the thousands separator and decimal mark of the language', () => {
    expect(formatNumber('en', 12345.6)).toBe('12,345.6');
    expect(formatNumber('de', 12345.6)).toBe('12.345,6');
    expect(formatMessage('de', '{percent} % erledigt', { percent: 33.3 })).toBe('33,3 % erledigt');
  });
});

describe('calendar dates', () => {
  it('writes a Jira date the way the language does, never as ISO', () => {
    expect(formatCalendarDate('de', '2026-06-30', 'long')).toBe('30. Juni 2026');
    expect(formatCalendarDate('en', '2026-06-30', 'long')).toBe('30 June 2026');
    expect(formatCalendarDate('en', '2026-06-30')).toBe('30 Jun 2026');
    expect(formatCalendarDate('de', '2026-03-01')).toBe('1. März 2026');
    expect(formatMessage('de', 'fällig am {due, date}', { due: '2026-12-24' })).toBe('fällig am 24. Dez. 2026');
  });

  it('keeps the day across a daylight-saving change', () => {
    expect(formatCalendarDate('de', '2026-03-29')).toBe('29. März 2026');
    expect(formatCalendarDate('en', '2026-10-25')).toBe('25 Oct 2026');
  });
});

describe('templates', () => {
  it('leaves a missing parameter visible, or uses the given stand-in', () => {
    expect(formatMessage('en', 'Row {row}: {message}', { row: 3 })).toBe('Row 3: {message}');
    expect(formatMessage('en', 'Row {row}: {message}', { row: 3 }, '')).toBe('Row 3: ');
  });

  it('shows lone braces and a string parameter as written', () => {
    expect(formatMessage('en', 'JQL {x} and { not an argument', { x: 'project = {CRM}' })).toBe('JQL project = {CRM} and { not an argument');
  });

  it('names the parameters of a template, including those inside plural branches', () => {
    expect(parameterNames('{waiting} waits on {blocking}: {count, plural, one {# in {stream}} other {#}}')).toEqual(['blocking', 'count', 'stream', 'waiting']);
  });
});
