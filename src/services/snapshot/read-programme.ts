import type { ProgrammeSettings } from '../../contract/programme';
import { CalendarDateSchema, IssueKeySchema, JOURNEY_PROPERTY_KEY, StatusCategorySchema, type DependencyLink, type Stream } from '../../domain';
import { dependencyLinksOf } from '../../platform/jira-links';
import { bulkFetchIssues, programmeFields, searchAllIssues, type ProgrammeIssue } from '../../platform/jira-search';
import { unreadOutsideEnds } from './outside-ends';
import { firstStreamOf, simpleProjectKeys, withoutOrderBy } from './stream-membership';
import type { ProgrammeSource, SourceIssue } from './source';
import { packTags, tagsOfPropertyValue } from './tag-codec';

/** Searches run side by side, but only a few: Jira's burst limits are per endpoint (rest doc §11). */
const CONCURRENT_SEARCHES = 3;

interface PlannedSearch {
  jql: string;
  /** The stream whose results this search lists (null for a combined search of simple streams). */
  streamId: Stream['id'] | null;
}

/**
 * One bounded search per project of the streams filtered by project (told apart by the project field), and one per
 * other filter. Jira serves 100 issues a page when fields are asked for (rest doc §2.1), and a search's pages come
 * one after another (each needs the last one's token): split by project, a few searches run side by side, so a
 * programme of 21,000 issues is read in about a third of the time of one long search, in the same number of pages.
 */
export function planSearches(streams: readonly Stream[]): PlannedSearch[] {
  const projectKeys = [...new Set(streams.flatMap((stream) => simpleProjectKeys(stream.jql) ?? []))];
  const searches: PlannedSearch[] = projectKeys.map((key) => ({ jql: `project = "${key}"`, streamId: null }));
  for (const stream of streams) if (!simpleProjectKeys(stream.jql)) searches.push({ jql: withoutOrderBy(stream.jql), streamId: stream.id });
  return searches;
}

async function runBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const dateOr = (value: unknown) => {
  const parsed = CalendarDateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

const withTags = (tags: string[] | undefined) => (tags ? { tags } : {});

/** A Jira issue as the snapshot keeps it; `streamId` is decided by the caller. */
export function sourceIssueOf(issue: ProgrammeIssue, streamId: Stream['id'] | null, settings: ProgrammeSettings): SourceIssue {
  const { fields } = issue;
  const category = StatusCategorySchema.safeParse(fields.status.statusCategory.key);
  const parent = fields.parent ? IssueKeySchema.safeParse(fields.parent.key) : null;
  return {
    id: issue.id,
    key: IssueKeySchema.parse(issue.key),
    summary: fields.summary,
    streamId,
    issueType: fields.issuetype.name,
    hierarchyLevel: fields.issuetype.hierarchyLevel,
    parentKey: parent?.success ? parent.data : null,
    status: fields.status.name,
    // Jira's "No Category" (`undefined`) counts as not started.
    statusCategory: category.success ? category.data : 'new',
    startDate: settings.startDateFieldId ? dateOr(fields[settings.startDateFieldId]) : null,
    dueDate: dateOr(fields[settings.dueDateFieldId]),
    ...withTags(packTags(tagsOfPropertyValue(issue.properties[JOURNEY_PROPERTY_KEY]))),
  };
}

/**
 * Reads every issue of the programme's streams as the app, with only the fields the snapshot needs, in the
 * largest pages Jira serves; the dependency links (`fields.issuelinks`) and the journey tags (the embedded
 * journey property) come from the same answers.
 */
export async function readProgramme(settings: ProgrammeSettings): Promise<ProgrammeSource> {
  const fields = programmeFields(settings.dueDateFieldId, settings.startDateFieldId);
  const searches = planSearches(settings.streams);
  const answers = await runBounded(searches, CONCURRENT_SEARCHES, (search) => searchAllIssues('app', search.jql, fields, [JOURNEY_PROPERTY_KEY]));

  const byKey = new Map<string, ProgrammeIssue>();
  const matched = new Map<string, Set<string>>();
  searches.forEach((search, index) => {
    const found = answers[index] ?? [];
    if (search.streamId) matched.set(search.streamId, new Set(found.map((issue) => issue.key)));
    for (const issue of found) byKey.set(issue.key, issue);
  });

  const issues: SourceIssue[] = [];
  const links: DependencyLink[] = [];
  for (const issue of byKey.values()) {
    const stream = firstStreamOf(settings.streams, issue.fields.project.key, issue.key, matched);
    if (!stream) continue; // only if Jira answered an issue of a project the search did not name
    issues.push(sourceIssueOf(issue, stream.id, settings));
    links.push(...dependencyLinksOf(issue.key, issue.fields.issuelinks, settings.dependencyLinkTypes));
  }
  issues.push(...(await readOutsideEnds(settings, unreadOutsideEnds(issues, links))));
  return { issues, links };
}

/**
 * Issues outside every stream that programme links reach, read as the app in bulk (100 a request, never one per
 * issue) with the same fields: their dates and status decide the dependencies they take part in.
 */
export async function readOutsideEnds(settings: ProgrammeSettings, keys: string[]): Promise<SourceIssue[]> {
  if (keys.length === 0) return [];
  const found = await bulkFetchIssues('app', keys, programmeFields(settings.dueDateFieldId, settings.startDateFieldId), [JOURNEY_PROPERTY_KEY]);
  return found.map((issue) => sourceIssueOf(issue, null, settings));
}
