/**
 * What every route handler shares: the mutable site, the clock, event delivery, cursor signing and
 * id allocation. The site object is read on every call (never cached) because the host may swap
 * `site.confluence` wholesale, e.g. after loading the persisted file again.
 */
import type { ConfluenceSite } from '../site/confluence-schema';
import type { Actor } from '../site/actor';
import type { CursorCodec } from './cursor';

export interface SiteUser {
  accountId: string;
  displayName: string;
}

export interface ConfluenceEmulatorSite {
  confluence: ConfluenceSite;
  users: SiteUser[];
}

/** Product events in Forge's naming, fired after each successful write. */
export interface ConfluenceEvent {
  type:
    | 'avi:confluence:created:page'
    | 'avi:confluence:updated:page'
    | 'avi:confluence:trashed:page'
    | 'avi:confluence:restored:page'
    | 'avi:confluence:deleted:page'
    | 'avi:confluence:added:label'
    | 'avi:confluence:removed:label'
    | 'avi:confluence:created:content_property'
    | 'avi:confluence:updated:content_property'
    | 'avi:confluence:deleted:content_property';
  pageId: string;
  spaceId: string;
  /** The account that made the change; undefined when the app made it. */
  accountId: string | undefined;
  at: string;
  label?: string;
  propertyKey?: string;
}

export interface EmulatorContext {
  site: ConfluenceEmulatorSite;
  cursors: CursorCodec;
  now(): Date;
  emit(event: Omit<ConfluenceEvent, 'at' | 'accountId'>, actor: Actor): void;
  /** A fresh numeric id, unique across spaces, pages, properties and labels. */
  nextId(): string;
}

/** The account id written as author for an actor; the app acts as its bot user. */
export const APP_ACCOUNT_ID = 'app-programme-orchestrator';

export function authorOf(actor: Actor): string {
  return actor.kind === 'user' ? actor.accountId : APP_ACCOUNT_ID;
}

export function createIdAllocator(site: ConfluenceEmulatorSite): () => string {
  let scannedFor: ConfluenceSite | undefined;
  let last = 0;
  return () => {
    if (scannedFor !== site.confluence) {
      scannedFor = site.confluence;
      last = Math.max(last, highestId(site.confluence));
    }
    last += 1;
    return String(last);
  };
}

function highestId(confluence: ConfluenceSite): number {
  let highest = 100000; // start above zero so emulated ids look like real ones
  const see = (id: string) => {
    highest = Math.max(highest, Number(id));
  };
  confluence.spaces.forEach((space) => see(space.id));
  for (const page of confluence.pages) {
    see(page.id);
    page.properties.forEach((property) => see(property.id));
    page.labels.forEach((label) => see(label.id));
  }
  return highest;
}
