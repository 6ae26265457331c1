/**
 * An issue's entity properties are keyed by whatever key a client chose, and their values are whatever JSON it sent:
 * a property may be called `__proto__`, a value may hold a `"__proto__"` key. So properties are read as own entries
 * only and written by definition, never by assignment — assigning to `__proto__` would replace the record's
 * prototype instead of storing a property (the ids-as-data rule of src/domain/id-keyed.ts, here for Jira's data).
 */
import type { SiteIssue } from '../site/schema';

export function hasIssueProperty(issue: SiteIssue, key: string): boolean {
  return Object.hasOwn(issue.properties, key);
}

/** The stored value, or undefined when the issue has no such property of its own. */
export function issueProperty(issue: SiteIssue, key: string): unknown {
  return hasIssueProperty(issue, key) ? issue.properties[key] : undefined;
}

export function setIssueProperty(issue: SiteIssue, key: string, value: unknown): void {
  Object.defineProperty(issue.properties, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A fresh record of properties keyed by data (no prototype), as `POST /issue` and responses build them. */
export function propertyRecord(entries: Iterable<readonly [string, unknown]> = []): Record<string, unknown> {
  const record = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of entries) Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  return record;
}
