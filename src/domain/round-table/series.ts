import { z } from 'zod';
import { isKnownTimeZone } from './time-zone';

/**
 * The 360 round table (domain.md §4): a series of monthly meetings of the task force, each with the standing agenda
 * sections, fed by submissions from anyone and live programme data, ending in decisions with owners and follow-ups.
 */

/** The app's own id of a series, meeting, submission, agenda item or decision (generated), never a title. */
const appId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[a-z0-9]{4,32}$`), { message: `expected an id such as ${prefix}-3f9a2c` });
export const SeriesIdSchema = appId('rt');
export const MeetingIdSchema = appId('m');
export const SectionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'expected lowercase letters, digits and dashes (at most 40)' });
export type SectionId = z.infer<typeof SectionIdSchema>;

/** ISO weekday as date-fns counts it: 0 Sunday … 6 Saturday. */
export const WeekdaySchema = z.number().int().min(0).max(6);
/** "HH:mm", 24-hour, local to the series' time zone. */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time such as 14:30' });

/**
 * When the meetings are: monthly on the nth weekday (`week` 1–5, or `last`), or on a day of the month (1–31), at a
 * local time in an IANA time zone. A month without a fifth such weekday has no meeting; a month without the day (the
 * 31st in April) meets on its last day — both are said where the dates are listed.
 */
/** An IANA zone the runtime knows; an unknown one is refused where it is entered, naming the field. */
export const TimeZoneSchema = z.string().min(1).max(64).refine(isKnownTimeZone, { message: 'unknown time zone: expected an IANA name such as Europe/Berlin' });
export const CadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('nth-weekday'), week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('last')]), weekday: WeekdaySchema, time: LocalTimeSchema, timeZone: TimeZoneSchema }).strict(),
  z.object({ kind: z.literal('day-of-month'), day: z.number().int().min(1).max(31), time: LocalTimeSchema, timeZone: TimeZoneSchema }).strict(),
]);
export type Cadence = z.infer<typeof CadenceSchema>;

/** One planned meeting date, as `nextMeetings` lists them. */
export interface MeetingDate {
  /** The instant (ISO, UTC) the meeting starts. */
  startsAt: string;
  /** Its calendar day and time in the series' time zone. */
  localDate: string;
  localTime: string;
  /** The month has no such day (the 31st in April): the meeting is on the month's last day instead. */
  movedToLastDay: boolean;
}

export const StandingSectionSchema = z.object({
  id: SectionIdSchema,
  labels: z.object({ en: z.string().trim().min(1, 'must not be empty').max(120), de: z.string().trim().min(1, 'must not be empty').max(120) }),
  /** A retired section takes no new items; past agendas keep it. */
  retired: z.boolean().default(false),
});
export type StandingSection = z.infer<typeof StandingSectionSchema>;

export const SeriesSchema = z.object({
  id: SeriesIdSchema,
  version: z.number().int().min(0),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  cadence: CadenceSchema,
  /** In agenda order. */
  sections: z.array(StandingSectionSchema).min(1).max(30),
  memberAccountIds: z.array(z.string().min(1).max(128)).max(100).default([]),
  /** The language of the series' published pages. */
  language: z.enum(['en', 'de']).default('de'),
  /** Whether its pages are published (under the configured Confluence parent, in a page of their own). */
  publish: z.boolean().default(true),
});
export type Series = z.infer<typeof SeriesSchema>;
