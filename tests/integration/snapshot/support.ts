/** Given/when helpers for the snapshot tests: the demo site with one stream per demo stream project. */
import { resolve } from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { demoSettings } from '../../../local/demo/app-data';
import { emptyKvsState, type KvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { SiteFile } from '../../../local/site/schema';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ProgrammeSettings } from '../../../src/contract/programme';
import type { ResolverData, ResolverKey } from '../../../src/contract/resolver-keys';
import { analyseProgramme, type CalendarDate, type DependencyLink, type IssueKey, type WorkItem } from '../../../src/domain';

export const APP_DIR = resolve(__dirname, '../../..');

/** The settings an admin would save on the demo site (the same the local demo starts with). */
export { demoSettings };

/** Stores the settings record the way the admin page would (the KVS state as the emulator keeps it). */
export function storeSettings(kvsState: KvsState, settings: ProgrammeSettings): void {
  kvsState.kv['programme-settings'] = { value: settings, createdAt: 0, updatedAt: 0 };
}

export async function demoSiteWithSettings(configure = true, options: { autoDeliverQueues?: boolean } = {}): Promise<{ site: LocalSite; settings: ProgrammeSettings }> {
  const file = buildDemoSite();
  const kvsState = emptyKvsState();
  const settings = demoSettings(file);
  if (configure) storeSettings(kvsState, settings);
  const site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState, autoDeliverQueues: options.autoDeliverQueues ?? false });
  return { site, settings };
}

const MODULE_OF: Partial<Record<ResolverKey, string>> = { 'issue/dependencies': 'issue-dependencies' };

export async function call<K extends ResolverKey>(site: LocalSite, key: K, payload: unknown, accountId: string): Promise<ResolverResult<ResolverData<K>>> {
  const moduleKey = MODULE_OF[key] ?? 'programme-page';
  const result = await site.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: 'resolver', resolverKey: key, payload, accountId, context: { moduleKey, extension: { type: moduleKey === 'programme-page' ? 'jira:globalPage' : 'jira:issueContext' } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** What the pure analysis says about the site as it stands, read straight from the site file. */
export function expectedAnalysis(file: SiteFile, settings: ProgrammeSettings, today: string) {
  const streamOf = (projectKey: string) => settings.streams.find((s) => s.jql === `project = ${projectKey}`)?.id ?? null;
  const levels = new Map(file.issueTypes.map((t) => [t.name, t.hierarchyLevel]));
  const inStreams = new Set(file.issues.filter((issue) => streamOf(issue.projectKey) !== null).map((issue) => issue.key));
  const programmeLinks = file.links.filter((link) => link.type === 'Blocks' && (inStreams.has(link.outwardKey) || inStreams.has(link.inwardKey)));
  // Issues outside every stream count as the far ends of programme links, with their own dates and status.
  const farEnds = new Set(programmeLinks.flatMap((link) => [link.outwardKey, link.inwardKey]));
  const items: WorkItem[] = file.issues
    .filter((issue) => inStreams.has(issue.key) || farEnds.has(issue.key))
    .map((issue) => ({
      key: issue.key as IssueKey, summary: issue.summary, streamId: streamOf(issue.projectKey), issueType: issue.issueType, hierarchyLevel: levels.get(issue.issueType) ?? 0,
      parentKey: (issue.parentKey ?? null) as IssueKey | null, status: issue.status, statusCategory: issue.statusCategory,
      startDate: (issue.startDate ?? null) as CalendarDate | null, dueDate: (issue.dueDate ?? null) as CalendarDate | null,
    }));
  const links: DependencyLink[] = programmeLinks.map((link) => ({ id: link.id, type: 'Blocks', blocker: link.outwardKey as IssueKey, blocked: link.inwardKey as IssueKey }));
  return analyseProgramme({ streams: settings.streams, items, links, today: today as CalendarDate }, { atRiskThresholdDays: settings.atRiskThresholdDays });
}
