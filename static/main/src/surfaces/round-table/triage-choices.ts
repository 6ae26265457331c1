import { meetingIdOf } from '../../../../../src/contract/round-table';
import type { MeetingDate } from '../../../../../src/domain/round-table/series';

/**
 * The meeting a schedule form starts on: the stored one while it is still offered, else the first upcoming date — a
 * past or no-longer-offered meeting would be sent although the list shows another. Empty when no date is ahead.
 */
export function initialMeetingId(stored: string | null, upcoming: readonly MeetingDate[]): string {
  const offered = upcoming.map((date) => meetingIdOf(date.localDate));
  return stored !== null && offered.includes(stored) ? stored : (offered[0] ?? '');
}
