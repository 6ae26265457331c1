import { route } from '@forge/api';
import { z } from 'zod';
import type { DependencyLinkType } from '../contract/programme';
import type { DependencyLink, IssueKey } from '../domain';
import type { IssueLinkEntry } from './jira-search';
import { requestProduct, type Principal } from './product-client';

/** One configured type, matched by id or by name (names survive a site copy, ids survive a rename). */
function typeOf(entry: IssueLinkEntry, types: readonly DependencyLinkType[]): DependencyLinkType | undefined {
  return types.find((type) => type.linkTypeId === entry.type.id) ?? types.find((type) => type.name === entry.type.name);
}

/**
 * The dependency links among issue X's `fields.issuelinks`, in the configured direction. Per rest doc §5.2 an
 * entry on X with `outwardIssue: Y` reads "X <outward phrase> Y" (X is the sentence's subject), one with
 * `inwardIssue: Y` reads "Y <outward phrase> X". With `objectWaits` the object waits on the subject.
 */
export function dependencyLinksOf(issueKey: string, entries: readonly IssueLinkEntry[], types: readonly DependencyLinkType[]): DependencyLink[] {
  const links: DependencyLink[] = [];
  for (const entry of entries) {
    const type = typeOf(entry, types);
    if (!type) continue;
    const other = entry.outwardIssue ?? entry.inwardIssue;
    if (!other) continue;
    const [subject, object] = entry.outwardIssue ? [issueKey, other.key] : [other.key, issueKey];
    const [blocker, blocked] = type.objectWaits ? [subject, object] : [object, subject];
    links.push({ id: entry.id, type: type.name, blocker: blocker as IssueKey, blocked: blocked as IssueKey });
  }
  return links;
}

/**
 * Creates "blocker → blocked" as a link of `type`. The POST's `inwardIssue` is the sentence's subject
 * (rest doc §5.2), so for a type whose object waits the blocker goes in `inwardIssue`. Jira answers 201 with
 * no body and de-duplicates a repeated POST, so a retry is safe.
 */
export async function createDependencyLink(principal: Principal, type: DependencyLinkType, blockerKey: string, blockedKey: string): Promise<void> {
  const [subject, object] = type.objectWaits ? [blockerKey, blockedKey] : [blockedKey, blockerKey];
  await requestProduct('jira', principal, route`/rest/api/3/issueLink`, z.unknown(), {
    method: 'POST',
    idempotent: true,
    body: { type: { id: type.linkTypeId }, inwardIssue: { key: subject }, outwardIssue: { key: object } },
  });
}

const LinkSchema = z.object({
  id: z.string(),
  type: z.object({ id: z.string(), name: z.string() }),
  inwardIssue: z.object({ id: z.string(), key: z.string() }),
  outwardIssue: z.object({ id: z.string(), key: z.string() }),
});
export type IssueLinkRecord = z.infer<typeof LinkSchema>;

/** One link with both ends (404 when it is missing or the caller cannot see an end). */
export async function fetchIssueLink(principal: Principal, linkId: string): Promise<IssueLinkRecord> {
  return requestProduct('jira', principal, route`/rest/api/3/issueLink/${linkId}`, LinkSchema);
}

export async function deleteIssueLink(principal: Principal, linkId: string): Promise<void> {
  await requestProduct('jira', principal, route`/rest/api/3/issueLink/${linkId}`, z.unknown(), { method: 'DELETE' });
}

const MyPermissionsSchema = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

/** Whether the caller holds each permission on one issue's project; 404 when they cannot see the issue. */
export async function permissionsOnIssue(principal: Principal, issueKey: string, permissions: string[]): Promise<Record<string, boolean>> {
  const answer = await requestProduct(
    'jira',
    principal,
    route`/rest/api/3/mypermissions?permissions=${permissions.join(',')}&issueKey=${issueKey}`,
    MyPermissionsSchema,
  );
  return Object.fromEntries(Object.entries(answer.permissions).map(([key, value]) => [key, value.havePermission]));
}
