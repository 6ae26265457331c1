/**
 * `npm run bench`: times the dependency analysis on a programme of 20 streams, 1,000 epics, 20,000 lower
 * issues and 5,000 links, then the programme snapshot (build through the local site with 100 ms per REST call,
 * and one panel load), then the merge of one `tags/save` at the largest payload, then a publication of 171 pages and
 * its repeat with nothing changed, then the programme page in the browser (bench/ui.ts: JavaScript size and time to
 * the first timeline bar). Prints the figures, then one line of JSON for scripts; exits 1 when the UI is over budget.
 */
import { analyseProgramme, calendarDate } from '../src/domain';
import { benchSnapshot } from './snapshot';
import { benchPublish } from './publish';
import { benchSustained } from './sustained';
import { benchTagsMerge } from './tags-merge';
import { benchUi, printUi } from './ui';
import { PROGRAMME_SCALE, syntheticProgramme } from './synthetic-programme';

function peakTracker() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

async function main(): Promise<void> {
  const programme = syntheticProgramme();
  const today = calendarDate('2026-11-23');
  // One warm-up run so the figure is the steady state a long-lived function would see.
  analyseProgramme({ ...programme, today });
  (globalThis as { gc?: () => void }).gc?.();
  const tracker = peakTracker();
  const runs: number[] = [];
  let dependencies = 0;
  let cycles = 0;
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    const analysis = analyseProgramme({ ...programme, today });
    runs.push(Number(process.hrtime.bigint() - started) / 1e6);
    dependencies = analysis.counts.dependencies;
    cycles = analysis.counts.cycles;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const peakBytes = tracker.stop();
  const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
  const figures = {
    analysisMs: Math.round(median * 10) / 10,
    peakMB: Math.round(peakBytes / 1024 / 1024),
    items: programme.items.length,
    links: programme.links.length,
    streams: PROGRAMME_SCALE.streams,
    dependencies,
    cycles,
  };
  console.log(`Dependency analysis: ${figures.items} issues, ${figures.links} links → ${dependencies} epic dependencies, ${cycles} cycle groups`);
  console.log(`  median of 5 runs: ${figures.analysisMs} ms (runs: ${runs.map((r) => r.toFixed(1)).join(', ')})`);
  console.log(`  peak resident memory: ${figures.peakMB} MB`);

  const snapshotTracker = peakTracker();
  const snapshot = await benchSnapshot();
  const snapshotPeak = Math.round(snapshotTracker.stop() / 1024 / 1024);
  console.log(`Programme snapshot (100 ms per REST call): ${snapshot.calls} REST calls for a full build (lower bound ${snapshot.lowerBound}), ${(snapshot.buildMs / 1000).toFixed(1)} s`);
  console.log(`  the build used ${snapshot.buildPoints} Jira points (of 65,000 an hour) and ${snapshot.buildReadUnits} read / ${snapshot.buildWriteUnits} write storage units`);
  console.log(`  one programme/load: ${snapshot.panelReads} storage reads, ${snapshot.panelServerMs} ms server time, ${snapshot.panelDependencies} dependencies shown`);
  console.log(`  peak resident memory: ${snapshotPeak} MB`);
  const tags = benchTagsMerge();
  console.log(`tags/save merge at the largest payload (${tags.tagsMergeIds} ids): median ${tags.tagsMergeMs} ms; a 30,000-id payload is refused in ${tags.tagsRefuse30kMs} ms`);
  const sustained = await benchSustained();
  console.log(`Sustained change (${sustained.minutes} min, 120 changes a minute and one bulk edit of 100, 100 ms per REST call): ${sustained.changes} changes, ${sustained.changesLost} lost`);
  console.log(`  from a change to the programme page: p95 ${sustained.p95StalenessSeconds} s, max ${sustained.maxStalenessSeconds} s`);
  console.log(`  storage: ${sustained.storage429s} refusals, busiest minute ${sustained.peakReadUnitsPerMinute} read / ${sustained.peakWriteUnitsPerMinute} write units (${Math.round(sustained.peakQuotaShare * 100)} % of the quota); Jira: ${sustained.jiraPoints} points`);
  const publish = await benchPublish();
  console.log(`Publication (100 ms per Confluence call): ${publish.publishPages} pages created in ${publish.publishSeconds} s with ${publish.publishWrites} writes and ${publish.publishReads} reads (${publish.publishPoints} Confluence points), ${publish.publishReadUnits} read / ${publish.publishWriteUnits} write storage units`);
  console.log(`  again with nothing changed: ${publish.republishWrites} writes, ${publish.republishReads} reads, ${publish.republishSeconds} s`);
  const ui = await benchUi();
  const uiWithinBudget = printUi(ui);
  const { uiFiles: _files, ...uiFigures } = ui;
  const { panelDependencies: _shown, ...snapshotFigures } = snapshot;
  const { minutes: _minutes, ...sustainedFigures } = sustained;
  console.log(JSON.stringify({ ...figures, analysisPeakMB: figures.peakMB, ...snapshotFigures, ...tags, ...sustainedFigures, ...publish, ...uiFigures, peakMB: Math.max(figures.peakMB, snapshotPeak) }));
  if (!uiWithinBudget) process.exitCode = 1;
}

void main();
