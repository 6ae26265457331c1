import { z } from 'zod';

/** A Jira issue key such as `CRM-12`: project key, dash, number. */
export const IssueKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, { message: 'expected an issue key such as CRM-12' })
  .brand<'IssueKey'>();
export type IssueKey = z.infer<typeof IssueKeySchema>;

/** The longest stream id StreamIdSchema accepts: a payload field naming a stream needs no more. */
export const MAX_STREAM_ID_CHARS = 40;
/** The longest term id TermIdSchema accepts. */
export const MAX_TERM_ID_CHARS = 48;

/** The app's own id of a stream (not a Jira id). */
export const StreamIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'expected lowercase letters, digits and dashes (at most 40)' })
  .brand<'StreamId'>();
export type StreamId = z.infer<typeof StreamIdSchema>;

/** A taxonomy term's stable id; labels may change, the id never does. */
export const TermIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { message: 'expected lowercase letters, digits and dashes (at most 48)' })
  .brand<'TermId'>();
export type TermId = z.infer<typeof TermIdSchema>;

/** A use case's stable id, such as `UC-014`. */
export const UseCaseIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, { message: 'expected letters, digits, dot, dash or underscore (at most 32)' })
  .brand<'UseCaseId'>();
export type UseCaseId = z.infer<typeof UseCaseIdSchema>;

/** Orders issue keys as people read them: by project, then by number (CRM-2 before CRM-10). */
export function compareIssueKeys(a: string, b: string): number {
  // Sorting thousands of dependencies calls this often: slice instead of split to avoid arrays.
  const dashA = a.lastIndexOf('-');
  const dashB = b.lastIndexOf('-');
  const projectA = a.slice(0, dashA);
  const projectB = b.slice(0, dashB);
  if (projectA !== projectB) return projectA < projectB ? -1 : 1;
  return Number(a.slice(dashA + 1)) - Number(b.slice(dashB + 1));
}

/** Turns an English label into an id candidate: `Preference centre` → `preference-centre`. */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}
