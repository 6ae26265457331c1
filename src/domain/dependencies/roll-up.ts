import { compareIssueKeys, type IssueKey } from '../ids';
import type { DependencyLink, WorkItem } from '../programme';
import type { Evidence } from './types';

/** A dependency between two epic-level nodes with every Jira link that produced it. */
export interface RolledUpEdge {
  blocker: IssueKey;
  blocked: IssueKey;
  evidence: Evidence[];
}

/**
 * The epic-level node an issue rolls up to: its nearest ancestor at hierarchy level 1 or above. An issue with
 * no epic above it stands for itself; so does a key the programme did not read (an external issue).
 */
export function createEpicResolver(itemsByKey: ReadonlyMap<string, WorkItem>): (key: IssueKey) => IssueKey {
  const cache = new Map<string, IssueKey>();
  return function epicOf(key: IssueKey): IssueKey {
    const cached = cache.get(key);
    if (cached) return cached;
    let current = itemsByKey.get(key);
    const seen = new Set<string>();
    // Walk up while below epic level; `seen` guards against a corrupt parent loop in the data.
    while (current && current.hierarchyLevel < 1 && current.parentKey && !seen.has(current.key)) {
      seen.add(current.key);
      const parent = itemsByKey.get(current.parentKey);
      if (!parent) break;
      current = parent;
    }
    const result = current ? current.key : key;
    cache.set(key, result);
    return result;
  };
}

/**
 * Rolls links between lower issues up to their epics, merging duplicates (the same pair linked twice, or from
 * both ends) into one edge with all the evidence. Links inside one epic are returned apart.
 */
export function rollUpLinks(itemsByKey: ReadonlyMap<string, WorkItem>, links: readonly DependencyLink[]): { edges: RolledUpEdge[]; internal: Evidence[] } {
  const epicOf = createEpicResolver(itemsByKey);
  const edges = new Map<string, RolledUpEdge>();
  const internal: Evidence[] = [];
  const seenLinkIds = new Set<string>();
  for (const link of links) {
    if (seenLinkIds.has(link.id)) continue; // the same Jira link read from both of its issues
    seenLinkIds.add(link.id);
    const evidence: Evidence = { linkId: link.id, type: link.type, blocker: link.blocker, blocked: link.blocked };
    const blocker = epicOf(link.blocker);
    const blocked = epicOf(link.blocked);
    if (blocker === blocked) {
      internal.push(evidence);
      continue;
    }
    const id = `${blocker}->${blocked}`;
    const edge = edges.get(id) ?? { blocker, blocked, evidence: [] };
    edge.evidence.push(evidence);
    edges.set(id, edge);
  }
  const byEvidence = (a: Evidence, b: Evidence) => compareIssueKeys(a.blocker, b.blocker) || compareIssueKeys(a.blocked, b.blocked) || a.linkId.localeCompare(b.linkId);
  for (const edge of edges.values()) edge.evidence.sort(byEvidence);
  internal.sort(byEvidence);
  return { edges: [...edges.values()], internal };
}
