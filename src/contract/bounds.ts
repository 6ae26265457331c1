import { z } from 'zod';

/**
 * The lengths every resolver payload is held to, so no request costs more work than a person could cause. Ids are
 * held to the longest value Jira (or our own id schema) produces, free text to a few thousand characters.
 */

/**
 * Jira keys (projects, issues) and names (link types): Jira Cloud's project keys have at most 10 characters, but 255
 * is the longest key or name Jira stores anywhere (entity property keys, link type names), so no real value is
 * refused while an absurd one is.
 */
export const MAX_JIRA_KEY_CHARS = 255;

/** An issue key such as `CRM-12`. */
export const issueKeyField = z
  .string()
  .max(MAX_JIRA_KEY_CHARS)
  .regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, 'expected an issue key such as CRM-12');

/** A project key as a filter: any text up to Jira's key length (a key nobody has finds nothing). */
export const projectKeyField = z.string().min(1).max(MAX_JIRA_KEY_CHARS);

/** A Jira id or field id (`10000`, `customfield_10015`), as Jira hands them out. */
export const jiraIdField = z.string().min(1).max(MAX_JIRA_KEY_CHARS);

/** A Jira account id (`712020:2c6e…`): at most 128 characters. */
export const accountIdField = z.string().min(1).max(128);
