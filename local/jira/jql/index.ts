/** The emulator's JQL: parse with ohm, check against the site as the caller sees it, then filter and order. */
import type { SiteIssue } from '../../site/schema';
import { canBrowse } from '../access';
import { type CompiledJql, compileQuery } from './compile';
import type { JqlScope } from './fields';
import { parseJql } from './parse';

export { JqlError, parseJql } from './parse';
export type { CompiledJql } from './compile';
export type { JqlScope } from './fields';

export function compileJql(text: string, scope: JqlScope): CompiledJql {
  return compileQuery(parseJql(text), scope);
}

/** Visible matching issues in ORDER BY order; invisible ones are silently dropped as in Jira. */
export function runJql(compiled: CompiledJql, scope: JqlScope): SiteIssue[] {
  return scope.site.issues
    .filter((issue) => canBrowse(scope.site, scope.actor, issue.projectKey) && compiled.matches(issue))
    .map((issue) => ({ issue, key: compiled.sortKey(issue) }))
    .sort((a, b) => compiled.compareKeys(a.key, b.key))
    .map((entry) => entry.issue);
}
