/** Shared fixture for the Confluence emulator tests: a small site and a `call` helper. */
import type { Actor } from '../../../local/site/actor';
import { type ConfluenceEvent, createConfluenceEmulator } from '../../../local/confluence';
import { type ConfluenceSite, ConfluenceSiteSchema } from '../../../local/site/confluence-schema';

export const APP: Actor = { kind: 'app' };
export const ALICE: Actor = { kind: 'user', accountId: 'acc-alice' };
export const BOB: Actor = { kind: 'user', accountId: 'acc-bob' };
export const ANONYMOUS: Actor = { kind: 'anonymous' };

const at = '2026-10-01T08:00:00.000Z';
const version = { number: 1, message: '', createdAt: at, authorId: 'acc-alice' };

/** PROG is open to all; SECRET only to Alice; page 200 in PROG is restricted to Alice, with child 201. */
export function demoConfluence(): ConfluenceSite {
  return ConfluenceSiteSchema.parse({
    spaces: [
      { id: '100', key: 'PROG', name: 'Programme', homepageId: '110' },
      { id: '101', key: 'SECRET', name: 'Board', homepageId: null, viewers: ['acc-alice'] },
      { id: '102', key: 'TEAM', name: 'Team space', homepageId: null },
    ],
    pages: [
      { id: '110', spaceId: '100', title: 'Programme home', body: '<p>Home</p>', version, authorId: 'acc-alice', createdAt: at },
      { id: '120', spaceId: '101', title: 'Board minutes', body: '<p>Secret</p>', version, authorId: 'acc-alice', createdAt: at },
      { id: '200', spaceId: '100', parentId: '110', title: 'Restricted', version, authorId: 'acc-alice', createdAt: at, restrictedTo: ['acc-alice'] },
      { id: '201', spaceId: '100', parentId: '200', title: 'Under restricted', version, authorId: 'acc-alice', createdAt: at },
    ],
  });
}

export interface CallResult {
  status: number;
  json: any;
  headers: Headers;
}

export function setup() {
  const site = { confluence: demoConfluence(), users: [{ accountId: 'acc-alice', displayName: 'Alice' }, { accountId: 'acc-bob', displayName: 'Bob' }] };
  const events: ConfluenceEvent[] = [];
  const emulator = createConfluenceEmulator({ site, now: () => new Date('2026-11-03T07:59:12.000Z'), onEvent: (e) => events.push(e) });

  async function call(method: string, path: string, options: { body?: unknown; raw?: string; actor?: Actor; contentType?: string } = {}): Promise<CallResult> {
    const hasBody = options.body !== undefined || options.raw !== undefined;
    const request = new Request(`https://acme.atlassian.net${path}`, {
      method,
      headers: hasBody ? { 'Content-Type': options.contentType ?? 'application/json' } : {},
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const response = await emulator.fetch(request, options.actor ?? APP);
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  async function createPage(title: string, extra: Record<string, unknown> = {}, actor: Actor = APP) {
    const response = await call('POST', '/wiki/api/v2/pages', {
      actor,
      body: { spaceId: '100', status: 'current', title, body: { representation: 'storage', value: `<p>${title}</p>` }, ...extra },
    });
    if (response.status !== 200) throw new Error(`create ${title}: ${response.status} ${JSON.stringify(response.json)}`);
    return response.json as { id: string; version: { number: number } };
  }

  /** Follows `_links.next` until the end, checking the Link header agrees, and returns every result. */
  async function walk(path: string, actor: Actor = APP): Promise<any[]> {
    const all: any[] = [];
    let next: string | undefined = path;
    for (let guard = 0; next && guard < 100; guard++) {
      const page: CallResult = await call('GET', next, { actor });
      if (page.status !== 200) throw new Error(`walk ${next}: ${page.status} ${JSON.stringify(page.json)}`);
      all.push(...page.json.results);
      next = page.json._links.next;
      const link = page.headers.get('Link');
      if (next) expect(link).toBe(`<${next}>; rel="next", <https://acme.atlassian.net/wiki>; rel="base"`);
      else expect(link).toBeNull();
    }
    return all;
  }

  return { site, events, call, createPage, walk };
}

export function v2Error(status: number) {
  return { errors: [expect.objectContaining({ status, code: expect.any(String), title: expect.any(String) })] };
}
