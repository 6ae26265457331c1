import { z } from 'zod';
import { PublishReportSchema, type PublishReport } from '../../contract/publishing';
import type { AppStore } from '../../platform/app-store';

/**
 * The latest publication reports: each under its own key (a big programme's report is tens of KB), and a small index
 * of their ids, newest first. Older reports are deleted as new ones arrive.
 */
const INDEX_KEY = 'publishing:reports';
const reportKey = (runId: string) => `publishing:report:${runId}`;
export const REPORTS_KEPT = 5;

const IndexSchema = z.object({ runIds: z.array(z.string().regex(/^[a-zA-Z0-9-]{1,64}$/)).max(50) });

async function readIndex(store: AppStore): Promise<string[]> {
  const parsed = IndexSchema.safeParse(await store.get(INDEX_KEY));
  return parsed.success ? parsed.data.runIds : [];
}

/** Stores the report (new or updated); a new one becomes the latest. */
export async function saveReport(store: AppStore, report: PublishReport): Promise<void> {
  await store.set(reportKey(report.runId), PublishReportSchema.parse(report));
  const runIds = await readIndex(store);
  if (runIds[0] === report.runId) return;
  const next = [report.runId, ...runIds.filter((id) => id !== report.runId)];
  await store.set(INDEX_KEY, { runIds: next.slice(0, REPORTS_KEPT) });
  for (const dropped of next.slice(REPORTS_KEPT)) await store.delete(reportKey(dropped));
}

export async function loadReport(store: AppStore, runId: string): Promise<PublishReport | null> {
  const parsed = PublishReportSchema.safeParse(await store.get(reportKey(runId)));
  return parsed.success ? parsed.data : null;
}

/** The newest report (queued, running or finished), or null before the first run. */
export async function loadLatestReport(store: AppStore): Promise<PublishReport | null> {
  const [latest] = await readIndex(store);
  return latest === undefined ? null : loadReport(store, latest);
}
