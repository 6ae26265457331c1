/** The demo's programme as work items with their journey tags, read straight from the site file (no app code). */
import { demoSettings } from '../../../local/demo/app-data';
import type { SiteFile } from '../../../local/site/schema';
import { JOURNEY_PROPERTY_KEY, JourneyTagsSchema, type CalendarDate, type IssueKey, type StreamId, type WorkItem } from '../../../src/domain';

/** The demo's work items straight from the site file, tags read from the journey property. */
export function demoItems(file: SiteFile): WorkItem[] {
  const streams = demoSettings(file).streams;
  const streamOf = (projectKey: string) => streams.find((s) => s.jql === `project = ${projectKey}`)?.id ?? null;
  const levels = new Map(file.issueTypes.map((t) => [t.name, t.hierarchyLevel]));
  return file.issues
    .filter((issue) => streamOf(issue.projectKey) !== null)
    .map((issue) => {
      const property = issue.properties[JOURNEY_PROPERTY_KEY];
      return {
        key: issue.key as IssueKey, summary: issue.summary, streamId: streamOf(issue.projectKey) as StreamId, issueType: issue.issueType,
        hierarchyLevel: levels.get(issue.issueType) ?? 0, parentKey: (issue.parentKey ?? null) as IssueKey | null, status: issue.status,
        statusCategory: issue.statusCategory, startDate: (issue.startDate ?? null) as CalendarDate | null, dueDate: (issue.dueDate ?? null) as CalendarDate | null,
        ...(property === undefined ? {} : { tags: JourneyTagsSchema.parse(property) }),
      };
    });
}

