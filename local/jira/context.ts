/**
 * What every route shares: the mutable site, the indexed entity-property paths, the clock, event delivery,
 * page tokens, async tasks and id allocation. The site is read on every call, never cached, because the host
 * may edit it between requests.
 */
import type { Actor } from '../site/actor';
import type { SiteFile } from '../site/schema';
import type { JiraProductEvent } from './events';
import type { PageTokenCodec } from './page-token';
import type { TaskStore } from './tasks';

export interface PropertyIndexEntry {
  propertyKey: string;
  /** dot path into the property's JSON value; an array there means "any element" */
  path: string;
  type: 'string' | 'number' | 'text' | 'user' | 'date';
  searchAlias?: string;
}

export interface JiraEmulatorOptions {
  /** Mutable state: the emulator reads and writes issues, links and properties here. */
  site: SiteFile;
  /** What the app's `jira:entityProperty` modules index for JQL. */
  propertyIndex: PropertyIndexEntry[];
  onEvent?: (event: JiraProductEvent) => void;
  now?: () => Date;
}

export interface JiraContext {
  site: SiteFile;
  propertyIndex: PropertyIndexEntry[];
  now(): Date;
  emit(event: JiraProductEvent): void;
  tokens: PageTokenCodec;
  tasks: TaskStore;
}

/** Account id of the app's bot user, as `/myself` reports it asApp. */
export const APP_ACCOUNT_ID = '557058:programme-orchestrator-app';

/** The next numeric id above every id already used in `ids`. */
export function nextNumericId(ids: Iterable<string>, floor = 10000): string {
  let highest = floor;
  for (const id of ids) highest = Math.max(highest, Number(id) || 0);
  return String(highest + 1);
}

/** Common event fields for a change made by `actor`. */
export function eventOrigin(actor: Actor): { atlassianId?: string; selfGenerated: boolean } {
  return actor.kind === 'user' ? { atlassianId: actor.accountId, selfGenerated: false } : { selfGenerated: actor.kind === 'app' };
}

/** Jira timestamps: `2026-03-02T09:15:00.000+0000`. */
export function jiraTimestamp(iso: string): string {
  return iso.replace(/Z$/, '+0000').replace(/([+-]\d{2}):(\d{2})$/, '$1$2');
}
