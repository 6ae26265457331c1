import type { PublishReport } from '../../../../../src/contract/publishing';
import type { RoundTableMessageKey } from './rt-messages';

/**
 * What "Publish agenda/minutes" did, in words: the server marks the page published and queues a run only when none is
 * waiting or running (`queued: false` then, with that run's report); a series that is not published gets no page.
 */
export function publishOutcomeKey(what: 'agenda' | 'minutes', answer: { queued: boolean; report: PublishReport | null }, seriesPublishes: boolean): RoundTableMessageKey {
  if (!seriesPublishes) return what === 'agenda' ? 'agenda.notPublishedSeries' : 'minutes.notPublishedSeries';
  if (answer.queued) return what === 'agenda' ? 'agenda.published' : 'minutes.published';
  // A run that has not started reads the meetings when it does; a running one may already be past them.
  return answer.report?.state === 'queued' ? 'publish.waiting' : 'publish.running';
}
