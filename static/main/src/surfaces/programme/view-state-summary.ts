import type { Stream } from '../../../../../src/domain/programme';
import { FILTER_SLOTS } from '../../../../../src/domain/journey-filter';
import type { Language } from '../../i18n/messages';
import type { DependencyFilter } from './dependency-filter';
import { streamName } from './labels';
import { pt } from './messages';
import { vt } from './view-state-messages';

/** The parts of a filter in words ("status Conflict, stream CRM, 2 journey terms"), for the print header and the Coverage tab. */
export function filterParts(language: Language, streams: readonly Stream[], filter: DependencyFilter): string[] {
  const parts: string[] = [];
  if (filter.status) parts.push(vt(language, 'filter.summary.status', { value: pt(language, `status.${filter.status}`) }));
  if (filter.only) parts.push(vt(language, `only.${filter.only}`));
  if (filter.streamId) parts.push(vt(language, 'filter.summary.stream', { value: streamName(language, streams, filter.streamId) }));
  if (filter.pair) {
    parts.push(pt(language, 'filter.pair', { waiting: streamName(language, streams, filter.pair.waitingStreamId), blocking: streamName(language, streams, filter.pair.blockingStreamId) }));
  }
  if (filter.focusKey) parts.push(pt(language, 'filter.focus', { key: filter.focusKey }));
  if (filter.text.trim() !== '') parts.push(vt(language, 'filter.summary.text', { value: filter.text.trim() }));
  const terms = FILTER_SLOTS.reduce((sum, slot) => sum + filter.journey[slot].length, 0);
  if (terms > 0) parts.push(vt(language, 'filter.summary.terms', { count: terms }));
  return parts;
}
