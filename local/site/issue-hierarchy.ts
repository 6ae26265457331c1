/**
 * The issue hierarchy of a site file: no parent cycles (the emulator and the app walk parent chains and would
 * loop), and every parent's issue type above its child's (an epic under a story is something Jira never shows).
 * Unknown parents and issue types are reported by site-references.ts; these checks skip them.
 */
import type { ParsedSite } from './schema';
import type { ReportProblem } from './site-references';

export function checkIssueHierarchy(site: ParsedSite, problem: ReportProblem): void {
  const levelOf = new Map(site.issueTypes.map((type) => [type.name, type.hierarchyLevel]));
  const indexOf = new Map(site.issues.map((issue, i) => [issue.key, i]));

  const cycles = parentCycles(site, indexOf);
  for (const cycle of cycles) {
    const first = Math.min(...cycle.map((key) => indexOf.get(key) ?? Infinity));
    const start = cycle.indexOf(site.issues[first]?.key ?? '');
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    problem(['issues', first, 'parentKey'], `parent cycle ${[...ordered, ordered[0]].join(' → ')}; one of these issues needs another parent or none`);
  }

  // An issue on a cycle has its cycle reported; a level complaint about the same parent would only add noise.
  const onCycle = new Set(cycles.flat());
  site.issues.forEach((issue, i) => {
    if (onCycle.has(issue.key)) return;
    const parentIndex = issue.parentKey === undefined ? undefined : indexOf.get(issue.parentKey);
    const parent = parentIndex === undefined ? undefined : site.issues[parentIndex];
    const childLevel = levelOf.get(issue.issueType);
    const parentLevel = parent ? levelOf.get(parent.issueType) : undefined;
    if (!parent || parent === issue || childLevel === undefined || parentLevel === undefined || parentLevel > childLevel) return;
    problem(
      ['issues', i, 'parentKey'],
      `parent ${parent.key} (${parent.issueType}, hierarchyLevel ${parentLevel}) is not above ${issue.key} (${issue.issueType}, hierarchyLevel ${childLevel}); a parent's issue type needs a higher hierarchyLevel than its child's`,
    );
  });
}

/** Each cycle once, as the keys along the parent chain; an issue that is its own parent is reported elsewhere. */
function parentCycles(site: ParsedSite, indexOf: Map<string, number>): string[][] {
  const parentOf = (key: string) => {
    const index = indexOf.get(key);
    return index === undefined ? undefined : site.issues[index]?.parentKey;
  };
  const finished = new Set<string>();
  const cycles: string[][] = [];
  for (const issue of site.issues) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let key: string | undefined = issue.key;
    while (key !== undefined && indexOf.has(key) && !finished.has(key)) {
      if (onChain.has(key)) {
        const cycle = chain.slice(chain.indexOf(key));
        if (cycle.length > 1) cycles.push(cycle);
        break;
      }
      onChain.add(key);
      chain.push(key);
      key = parentOf(key);
    }
    // Every key walked now leads to a root, an unknown parent or a cycle already found: never walk it again.
    chain.forEach((walked) => finished.add(walked));
  }
  return cycles;
}
