/**
 * Jira's search index, which trails the database: a write reaches `/search/jql`, approximate-count and `jql/match`
 * only some seconds after it happened (rest doc §2.1 "Consistency"), while `GET /issue`, bulkfetch and property reads
 * are current at once. Until then search sees the issue's old field values and links, a new issue not at all and a
 * deleted one still. `reconcileIssues` (≤ 50 ids) reads the listed issues current, in that search only.
 *
 * The index notes each issue's state (fields, properties and its links) as a version stamped with the time it was
 * first seen, and serves, per issue, the newest version at least `lag` seconds old. The emulator has it look at the
 * site before every request and after every request that may write, so a write is stamped with the time of the request
 * that made it, and an edit of the site file between requests (the shell, a test) with the time of the next request.
 *
 * The lag is 0 by default, and then the index keeps nothing and search reads the site itself: the tests of the app's
 * reads, the demo and the bench depend on a search that sees what was just written, and a lag of seconds would make
 * them wait or flake. Tests that study consistency turn it on with `setLag`.
 */
import { z } from 'zod';
import type { SiteFile, SiteIssue, SiteLink } from '../site/schema';

export interface SearchIndex {
  /** Seconds a write takes to reach search and `jql/match` (0: at once, the default). */
  setLag(seconds: number): void;
  lagSeconds(): number;
  /** Binds the index to the site it trails; the emulator calls it once. */
  attach(site: SiteFile): void;
  /** Notes the site's current state, stamped now; a no-op while the lag is 0. */
  observe(): void;
  /** What a search sees now; `reconcile` lists issue ids read current (`reconcileIssues`). */
  view(reconcile?: readonly number[]): SearchView;
}

export interface SearchView {
  /** The site with `issues` as the index holds them. */
  site: SiteFile;
  /** The site to render `issue` with: its links as the index holds them. */
  siteFor(issue: SiteIssue): SiteFile;
}

export interface SearchIndexOptions {
  /** the clock writes are stamped with (injectable for tests); the real one otherwise */
  now?: () => Date;
}

interface Version {
  /** when the index first saw this state (ms); -Infinity for what was there when the lag was turned on */
  at: number;
  /** undefined: the issue was deleted */
  issue: SiteIssue | undefined;
  links: SiteLink[];
  fingerprint: string;
}

const LagSeconds = z.number().nonnegative();

export function createSearchIndex(options: SearchIndexOptions = {}): SearchIndex {
  const now = options.now ?? (() => new Date());
  let site: SiteFile | undefined;
  let lagMs = 0;
  const history = new Map<string, Version[]>();

  const record = (at: number) => {
    if (!site) return;
    const linksByKey = linksByIssueKey(site.links);
    const present = new Set<string>();
    for (const issue of site.issues) {
      present.add(issue.id);
      const links = linksByKey.get(issue.key) ?? [];
      const fingerprint = JSON.stringify([issue, links]);
      const versions = history.get(issue.id) ?? [];
      if (versions.at(-1)?.fingerprint === fingerprint) continue;
      versions.push({ at, issue: structuredClone(issue), links: structuredClone(links), fingerprint });
      history.set(issue.id, versions);
    }
    for (const [id, versions] of history) {
      if (!present.has(id) && versions.at(-1)?.issue !== undefined) versions.push({ at, issue: undefined, links: [], fingerprint: '' });
    }
    prune(history, now().getTime() - lagMs);
  };

  return {
    setLag(seconds) {
      const wasOn = lagMs > 0;
      lagMs = LagSeconds.parse(seconds) * 1000;
      if (lagMs === 0) history.clear();
      // What is there when the lag is turned on has always been indexed; only later writes trail.
      else if (!wasOn) record(Number.NEGATIVE_INFINITY);
    },
    lagSeconds: () => lagMs / 1000,
    attach(target) {
      if (site && site !== target) throw new Error('A search index trails one site; create one per site.');
      site = target;
      if (lagMs > 0 && history.size === 0) record(Number.NEGATIVE_INFINITY); // the lag was set before the site was known
    },
    observe() {
      if (lagMs > 0) record(now().getTime());
    },
    view(reconcile = []) {
      if (!site) throw new Error('The search index is not attached to a site.');
      if (lagMs === 0) {
        const current = site;
        return { site: current, siteFor: () => current };
      }
      return indexedView(site, history, now().getTime() - lagMs, new Set(reconcile.map(String)));
    },
  };
}

function indexedView(site: SiteFile, history: Map<string, Version[]>, visibleAt: number, reconcile: Set<string>): SearchView {
  const linksByKey = linksByIssueKey(site.links);
  const issues: SiteIssue[] = [];
  const links = new Map<SiteIssue, SiteLink[]>();
  // Reconciled issues are read current: as the site has them now, or gone if deleted.
  for (const issue of site.issues) {
    if (!reconcile.has(issue.id)) continue;
    issues.push(issue);
    links.set(issue, linksByKey.get(issue.key) ?? []);
  }
  for (const [id, versions] of history) {
    if (reconcile.has(id)) continue;
    const version = visibleVersion(versions, visibleAt);
    if (!version?.issue) continue;
    issues.push(version.issue);
    links.set(version.issue, version.links);
  }
  const indexed: SiteFile = { ...site, issues };
  return { site: indexed, siteFor: (issue) => ({ ...indexed, links: links.get(issue) ?? [] }) };
}

/** The newest version stamped at or before `visibleAt`; none for an issue created since. */
function visibleVersion(versions: Version[], visibleAt: number): Version | undefined {
  for (let i = versions.length - 1; i >= 0; i -= 1) {
    const version = versions[i];
    if (version && version.at <= visibleAt) return version;
  }
  return undefined;
}

/** Drops versions no search can see any more: those older than the one now visible, and deletions already visible. */
function prune(history: Map<string, Version[]>, visibleAt: number): void {
  for (const [id, versions] of history) {
    const visible = versions.findLastIndex((version) => version.at <= visibleAt);
    if (visible > 0) versions.splice(0, visible);
    const [only, ...later] = versions;
    if (only && later.length === 0 && only.issue === undefined && only.at <= visibleAt) history.delete(id);
  }
}

function linksByIssueKey(links: SiteLink[]): Map<string, SiteLink[]> {
  const byKey = new Map<string, SiteLink[]>();
  for (const link of links) {
    for (const key of new Set([link.outwardKey, link.inwardKey])) byKey.set(key, [...(byKey.get(key) ?? []), link]);
  }
  return byKey;
}

