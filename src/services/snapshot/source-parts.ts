import { z } from 'zod';
import { compareIssueKeys, type DependencyLink } from '../../domain';
import { SourceIssueSchema, type ProgrammeSource, type SourceIssue } from './source';

/**
 * The snapshot's source (every issue of the programme and its links) stored in parts: one per project, and one for
 * the links. A patch then writes only the parts whose content changed — a handful of issues costs the units of
 * their projects, not of the whole programme. Each part is compact: positional tuples, and no summary for a lower
 * issue under a parent (nothing shows it: the panel names epics and dependency ends, the coverage names epics).
 */
export const LINKS_PART = '#links';

const CATEGORIES = ['new', 'indeterminate', 'done'] as const;

/** [id, key, stream index (-1 none), type index, hierarchy level, parent key, status index, category index, start, due, summary, tags] */
const IssueTuple = z.tuple([
  z.string(), z.string(), z.number().int(), z.number().int(), z.number().int(), z.string().nullable(), z.number().int(), z.number().int(),
  z.string().nullable(), z.string().nullable(), z.string().nullable(),
], z.string());
const IssuePartSchema = z.object({ streams: z.array(z.string()), types: z.array(z.string()), statuses: z.array(z.string()), issues: z.array(IssueTuple) });
const LinksPartSchema = z.object({ links: z.array(z.tuple([z.string(), z.string(), z.string(), z.string()])) });

const projectOf = (key: string) => key.slice(0, key.lastIndexOf('-'));

/** Whether the summary is worth its bytes: a lower issue with a parent rolls up to it and is never named itself. */
const keepsSummary = (issue: SourceIssue) => issue.hierarchyLevel >= 1 || issue.parentKey === null || issue.streamId === null;

function indexer(): { list: string[]; of: (value: string) => number } {
  const list: string[] = [];
  const at = new Map<string, number>();
  return {
    list,
    of(value) {
      const known = at.get(value);
      if (known !== undefined) return known;
      at.set(value, list.length);
      return list.push(value) - 1;
    },
  };
}

function encodeIssues(issues: readonly SourceIssue[]): string {
  const streams = indexer();
  const types = indexer();
  const statuses = indexer();
  const tuples = [...issues]
    .sort((a, b) => compareIssueKeys(a.key, b.key))
    .map((issue): z.infer<typeof IssueTuple> => [
      issue.id, issue.key, issue.streamId === null ? -1 : streams.of(issue.streamId), types.of(issue.issueType), issue.hierarchyLevel, issue.parentKey,
      statuses.of(issue.status), CATEGORIES.indexOf(issue.statusCategory), issue.startDate, issue.dueDate, keepsSummary(issue) ? issue.summary : null, ...(issue.tags ?? []),
    ]);
  return JSON.stringify({ streams: streams.list, types: types.list, statuses: statuses.list, issues: tuples });
}

/** Each Jira link once (it is read from both of its issues), in a fixed order, so equal content gives equal text. */
function encodeLinks(links: readonly DependencyLink[]): string {
  const unique = new Map(links.map((link) => [link.id, link]));
  const sorted = [...unique.values()].sort((a, b) => a.id.localeCompare(b.id) || compareIssueKeys(a.blocker, b.blocker) || compareIssueKeys(a.blocked, b.blocked));
  return JSON.stringify({ links: sorted.map((link) => [link.id, link.type, link.blocker, link.blocked]) });
}

/** The source as parts, by name (a project key, or LINKS_PART), each as the text to store. Deterministic. */
export function encodeSourceParts(source: ProgrammeSource): Map<string, string> {
  const byProject = new Map<string, SourceIssue[]>();
  for (const issue of source.issues) {
    const project = projectOf(issue.key);
    const list = byProject.get(project);
    if (list) list.push(issue);
    else byProject.set(project, [issue]);
  }
  const parts = new Map<string, string>();
  for (const [project, issues] of [...byProject].sort(([a], [b]) => a.localeCompare(b))) parts.set(project, encodeIssues(issues));
  parts.set(LINKS_PART, encodeLinks(source.links));
  return parts;
}

/** The parts read back into one source; a malformed part throws with its name (the caller reports STORED_DATA_INVALID). */
export function decodeSourceParts(parts: ReadonlyMap<string, unknown>): ProgrammeSource {
  const issues: SourceIssue[] = [];
  const links: DependencyLink[] = [];
  for (const [name, value] of parts) {
    if (name === LINKS_PART) {
      for (const [id, type, blocker, blocked] of LinksPartSchema.parse(value).links) links.push({ id, type, blocker, blocked } as DependencyLink);
      continue;
    }
    const part = IssuePartSchema.parse(value);
    for (const [id, key, stream, type, hierarchyLevel, parentKey, status, category, startDate, dueDate, summary, ...tags] of part.issues) {
      issues.push(
        SourceIssueSchema.parse({
          id, key, summary: summary ?? '', streamId: stream >= 0 ? part.streams[stream] : null, issueType: part.types[type] ?? '', hierarchyLevel, parentKey,
          status: part.statuses[status] ?? '', statusCategory: CATEGORIES[category] ?? 'new', startDate, dueDate, ...(tags.length > 0 ? { tags } : {}),
        }),
      );
    }
  }
  return { issues, links };
}
