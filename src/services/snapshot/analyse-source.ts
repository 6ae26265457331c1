import type { ProgrammeSettings } from '../../contract/programme';
import { aggregateEpicTags, analyseProgramme, epicProgressOf, type CalendarDate } from '../../domain';
import { relevantLinks, workItemOf, type ProgrammeSource } from './source';
import { coverageOfSource, type StoredCoverage } from './coverage-part';
import { encodeView, type StoredView } from './view-codec';

/** The stream most of a project's issues belong to (ties: the earlier stream), for the project page. */
function projectStreamsOf(source: ProgrammeSource, settings: ProgrammeSettings): Record<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const issue of source.issues) {
    if (!issue.streamId) continue;
    const project = issue.key.slice(0, issue.key.lastIndexOf('-'));
    const counts = tally.get(project) ?? new Map<string, number>();
    counts.set(issue.streamId, (counts.get(issue.streamId) ?? 0) + 1);
    tally.set(project, counts);
  }
  const order = settings.streams.map((stream) => stream.id as string);
  return Object.fromEntries(
    [...tally].map(([project, counts]) => {
      const best = [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0];
      return [project, best?.[0] ?? ''];
    }),
  );
}

/** Runs the pure analysis over what was read and encodes the panel's view of it and the coverage tallies. */
export function analyseSource(settings: ProgrammeSettings, source: ProgrammeSource, today: CalendarDate): { view: StoredView; coverage: StoredCoverage } {
  const items = source.issues.map(workItemOf);
  const analysis = analyseProgramme(
    { streams: settings.streams, items, links: relevantLinks(source.issues, source.links), today },
    { atRiskThresholdDays: settings.atRiskThresholdDays },
  );
  // Epics outside every stream appear only as dependency ends, never as bars of a stream's lane.
  const epics = items.filter((item) => item.hierarchyLevel >= 1 && item.streamId !== null);
  const projectStreams = projectStreamsOf(source, settings);
  return {
    view: encodeView(settings.streams, epics, analysis, projectStreams, aggregateEpicTags(items), epicProgressOf(items)),
    coverage: coverageOfSource(source, projectStreams),
  };
}

/** The UTC calendar day of an instant: the analysis's "today" at build time. */
export function utcDay(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10) as CalendarDate;
}
