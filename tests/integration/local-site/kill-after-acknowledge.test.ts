/**
 * The promise the local site makes: an acknowledged write survives a crash. The real host (`npm start`'s
 * local/cli.ts) runs as a child process on a temp site directory, takes a steady burst of writes over HTTP
 * (issue properties, issue edits, concurrent writes, app settings saved to the key-value store), is killed with
 * SIGKILL right after the last answer, and is started again on the same directory: every write must be there.
 * Needs the built UI (`npm run build:ui`), like every test that loads the app's manifest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { ADMIN, APP_DIR } from './support';

interface RunningHost {
  url: string;
  banner: string;
  child: ChildProcess;
}

const children: ChildProcess[] = [];
afterAll(() => children.filter((child) => child.exitCode === null && child.signalCode === null).forEach((child) => child.kill('SIGKILL')));

/** Starts `local/cli.ts --dir DIR --port 0` and resolves with its URL once it listens. */
function startHost(dir: string): Promise<RunningHost> {
  // tsx as a loader in this one process: tsx's own CLI would run the host in a grandchild that SIGKILL misses.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(APP_DIR, 'local/cli.ts'), '--dir', dir, '--port', '0'], {
    cwd: APP_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /local site: (http:\/\/localhost:\d+)/.exec(stdout)?.[1];
      // The line after the URL says where the site came from.
      if (url && /\(from [^\n]*\n/.test(stdout)) resolve({ url, banner: stdout, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the local host exited (${code}) before it listened:\n${stderr}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function postJson(url: string, body: unknown): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.json();
}

/** The emulated Jira as the site admin: `{status, body}` of the product's answer. */
async function jira(host: RunningHost, method: string, restPath: string, body?: unknown): Promise<{ status: number; json: any }> {
  const answer = await postJson(`${host.url}/api/product/jira`, {
    accountId: ADMIN,
    method,
    restPath,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: answer.status, json: answer.body ? JSON.parse(answer.body) : undefined };
}

/** The admin page's resolver as the site admin; the app's answer envelope is `{ok, data}`. */
async function adminResolver(host: RunningHost, resolverKey: string, payload: unknown): Promise<any> {
  const answer = await postJson(`${host.url}/api/invoke`, { moduleKey: 'programme-settings', resolverKey, payload, accountId: ADMIN });
  expect(answer).toMatchObject({ ok: true, value: { ok: true } });
  return answer.value.data;
}

const acknowledged = (status: number) => expect([200, 201, 204]).toContain(status);

it('keeps every acknowledged write when the host is killed right after the last answer', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-site-kill-'));
  const issueKeys = buildDemoSite()
    .issues.slice(0, 20)
    .map((issue) => issue.key);
  const first = await startHost(dir);
  expect(first.banner).toContain('from the demo site');

  /** property key → the issue it was written to */
  const properties = new Map<string, string>();
  const putProperty = async (n: number) => {
    const issueKey = issueKeys[n % issueKeys.length]!;
    acknowledged((await jira(first, 'PUT', `/rest/api/3/issue/${issueKey}/properties/kill-test-${n}`, { n })).status);
    properties.set(`kill-test-${n}`, issueKey);
  };
  // A steady burst, one acknowledged write after the other …
  for (let n = 0; n < 60; n++) await putProperty(n);
  const summaries = new Map<string, string>();
  for (const [i, issueKey] of issueKeys.entries()) {
    const summary = `Edited before the crash (${i})`;
    acknowledged((await jira(first, 'PUT', `/rest/api/3/issue/${issueKey}`, { fields: { summary } })).status);
    summaries.set(issueKey, summary);
  }
  // … then writes that arrive together and share disk writes …
  await Promise.all(Array.from({ length: 20 }, (_, i) => putProperty(60 + i)));
  // … and the app's own key-value store, written by a resolver (each save bumps the settings' version).
  let settings = (await adminResolver(first, 'settings/get', {})).settings;
  for (let i = 0; i < 5; i++) settings = (await adminResolver(first, 'settings/save', { expectedVersion: settings.version, settings })).settings;
  await killed(first.child);

  const second = await startHost(dir);
  try {
    expect(second.banner).toContain('from the saved site');
    expect(properties.size).toBe(80);
    for (const [propertyKey, issueKey] of properties) {
      const got = await jira(second, 'GET', `/rest/api/3/issue/${issueKey}/properties/${propertyKey}`);
      expect({ propertyKey, status: got.status, n: got.json?.value?.n }).toEqual({ propertyKey, status: 200, n: Number(propertyKey.split('-').at(-1)) });
    }
    for (const [issueKey, summary] of summaries) {
      expect((await jira(second, 'GET', `/rest/api/3/issue/${issueKey}?fields=summary`)).json.fields.summary).toBe(summary);
    }
    expect((await adminResolver(second, 'settings/get', {})).settings.version).toBe(settings.version);
  } finally {
    await killed(second.child);
  }
}, 180_000);
