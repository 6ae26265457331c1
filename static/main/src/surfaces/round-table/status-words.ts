import type { SubmissionView } from '../../../../../src/contract/round-table';
import type { Series } from '../../../../../src/domain/round-table/series';
import type { Language } from '../../i18n/messages';
import { formatDay } from '../programme/labels';
import { rt } from './rt-messages';
import { sectionLabel } from './rt-format';

/** Where a submission stands, in a sentence (scheduled for a date and section, merged into another, declined and why). */
export function statusLine(language: Language, submission: SubmissionView, series: Series | null): string | null {
  if (submission.status === 'scheduled' || submission.status === 'discussed') {
    if (!submission.meetingDate) return null;
    const section = submission.sectionLabel ?? (submission.sectionId ? sectionLabel(language, series, submission.sectionId) : '');
    return rt(language, 'line.scheduled', { date: formatDay(language, submission.meetingDate), section });
  }
  if (submission.status === 'merged') return rt(language, 'line.merged', { title: submission.mergedIntoTitle ?? submission.mergedInto ?? '' });
  if (submission.status === 'declined') return rt(language, 'line.declined', { reason: submission.declineReason ?? '' });
  return null;
}
