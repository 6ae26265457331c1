import type { SubmissionView } from '../../../../../src/contract/round-table';
import type { Language } from '../../i18n/messages';
import { st } from './submit-messages';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const locale = (language: Language) => (language === 'de' ? 'de-DE' : 'en-GB');

/** A calendar day (`2026-07-30`) or an instant, as the viewer reads a date: "30 July 2026" / "30. Juli 2026". */
export function readableDate(language: Language, value: string): string {
  const day = CALENDAR_DATE.exec(value);
  // A calendar day is no instant: built from its parts in the viewer's zone, so it never shifts by a day.
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Where the submission stands, in one line: received; scheduled for <date>, <section>; discussed; merged; declined. */
export function statusLine(language: Language, submission: SubmissionView): string {
  const date = submission.meetingDate ? readableDate(language, submission.meetingDate) : null;
  switch (submission.status) {
    case 'received':
      return st(language, 'status.received');
    case 'scheduled':
      return date && submission.sectionLabel ? st(language, 'status.scheduled', { date, section: submission.sectionLabel }) : st(language, 'status.scheduledOpen');
    case 'discussed':
      return date ? st(language, 'status.discussed', { date }) : st(language, 'status.discussedOpen');
    case 'merged':
      return submission.mergedIntoTitle ? st(language, 'status.merged', { title: submission.mergedIntoTitle }) : st(language, 'status.mergedOpen');
    case 'declined':
      return submission.declineReason ? st(language, 'status.declined', { reason: submission.declineReason }) : st(language, 'status.declinedOpen');
  }
}
