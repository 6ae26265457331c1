/** A local site on the demo (the repository's real app and manifest) served on an ephemeral port. */
import path from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { startSiteServer, type RunningSiteServer } from '../../../local/server';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { SiteFile } from '../../../local/site/schema';

export const APP_DIR = path.resolve(__dirname, '../../..');
export const ADMIN = DEMO_ACCOUNTS.admin;
/** cannot browse MI */
export const TEAM_MEMBER = DEMO_ACCOUNTS.teamMember;

export interface RunningLocalSite {
  local: LocalSite;
  server: RunningSiteServer;
  post(path: string, body: unknown): Promise<{ status: number; json: any }>;
  get(path: string, accountId?: string): Promise<{ status: number; text: string; headers: Headers }>;
  stop(): Promise<void>;
}

export async function startDemoSite(site: SiteFile = buildDemoSite()): Promise<RunningLocalSite> {
  const local = await createLocalSite({ appDir: APP_DIR, site, kvsState: emptyKvsState(), autoDeliverQueues: false });
  const server = await startSiteServer({ local, appDir: APP_DIR, port: 0 });
  return {
    local,
    server,
    async post(path, body) {
      const response = await fetch(server.url + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    },
    async get(path, accountId) {
      const response = await fetch(server.url + path, { headers: accountId ? { Cookie: `local-site-user=${encodeURIComponent(accountId)}` } : {}, redirect: 'manual' });
      return { status: response.status, text: await response.text(), headers: response.headers };
    },
    async stop() {
      await server.close();
      await local.close();
    },
  };
}

/** An issue of a project the team member cannot browse. */
export function hiddenIssueKey(local: LocalSite): string {
  const issue = local.site.issues.find((i) => i.projectKey === 'MI');
  if (!issue) throw new Error('the demo has no MI issue');
  return issue.key;
}
