/**
 * A small emulated site for the Jira emulator tests: three projects (SEC hidden from Bea), an epic with
 * children, dated issues, a journey property and one "DATA-3 blocks CRM-2" link; plus a request helper
 * that answers what a client would see (status, headers, parsed JSON).
 */
import { type Actor, userActor } from '../../../local/site/actor';
import { type SiteFile, parseSiteFile } from '../../../local/site/schema';
import { type JiraProductEvent, type PropertyIndexEntry, createJiraEmulator } from '../../../local/jira';

export const APP: Actor = { kind: 'app' };
export const ANA = userActor('ana-account'); // browses and edits everything
export const BEA = userActor('bea-account'); // cannot see SEC, edits DATA only
export const ADMIN = userActor('admin-account');
export const ANONYMOUS: Actor = { kind: 'anonymous' };

export const PROPERTY_INDEX: PropertyIndexEntry[] = [
  { propertyKey: 'journey', path: 'stage', type: 'string', searchAlias: 'journeyStage' },
  { propertyKey: 'journey', path: 'touchpoints', type: 'string', searchAlias: 'journeyTouchpoint' },
  { propertyKey: 'journey', path: 'score', type: 'number', searchAlias: 'journeyScore' },
];

export function rawSite() {
  const issue = (id: string, key: string, extra: Record<string, unknown> = {}) => ({
    id,
    key,
    projectKey: key.split('-')[0],
    summary: `Summary of ${key}`,
    issueType: 'Story',
    status: 'To Do',
    ...extra,
  });
  return {
    version: 1,
    users: [
      { accountId: 'ana-account', displayName: 'Ana Ruiz', emailAddress: 'ana@example.com' },
      { accountId: 'bea-account', displayName: 'Bea Stein', locale: 'de-DE', browseProjects: ['CRM', 'DATA'], editProjects: ['DATA'] },
      { accountId: 'admin-account', displayName: 'Ada Admin', siteAdmin: true },
    ],
    projects: [
      { id: '10000', key: 'CRM', name: 'Customer Relations' },
      { id: '10001', key: 'DATA', name: 'Data Platform', simplified: true },
      { id: '10002', key: 'SEC', name: 'Security' },
    ],
    issues: [
      issue('10010', 'CRM-1', { issueType: 'Epic', summary: 'Checkout epic', status: 'In Progress' }),
      issue('10011', 'CRM-2', {
        parentKey: 'CRM-1',
        dueDate: '2026-11-30',
        startDate: '2026-10-01',
        labels: ['journey', 'q4'],
        properties: { journey: { stage: 'Awareness', touchpoints: ['website', 'app'], score: 3 } },
      }),
      issue('10012', 'CRM-3', { issueType: 'Task', status: 'Done', dueDate: '2026-09-15' }),
      issue('10020', 'DATA-1', { issueType: 'Epic', summary: 'Data epic' }),
      issue('10021', 'DATA-2', { parentKey: 'DATA-1', dueDate: '2026-12-15', properties: { journey: { stage: 'Purchase', touchpoints: ['store'], score: 7 } } }),
      issue('10022', 'DATA-3', { labels: ['q4'] }),
      issue('10030', 'SEC-1', { issueType: 'Task' }),
    ],
    links: [{ id: '20000', type: 'Blocks', outwardKey: 'DATA-3', inwardKey: 'CRM-2' }],
  };
}

export function buildSite(): SiteFile {
  return parseSiteFile(rawSite());
}

export interface Answer {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary answer shapes
  text: string;
}

export function createTestJira(site: SiteFile = buildSite()) {
  const events: JiraProductEvent[] = [];
  let clock = new Date('2026-10-20T10:00:00.000Z');
  const jira = createJiraEmulator({ site, propertyIndex: PROPERTY_INDEX, onEvent: (event) => events.push(event), now: () => clock });

  async function call(method: string, path: string, options: { actor?: Actor; body?: unknown; rawBody?: string; contentType?: string | null } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
    if (body !== undefined && contentType !== null) headers['Content-Type'] = contentType;
    const response = await jira.fetch(new Request(`https://acme.atlassian.net${path}`, { method, headers, body }), options.actor ?? APP);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  }

  return { jira, site, events, call, setClock: (date: Date) => (clock = date) };
}

/** Every issue a search walk returns, following nextPageToken until isLast. */
export async function searchAll(call: ReturnType<typeof createTestJira>['call'], jql: string, actor: Actor = APP, maxResults = 2) {
  const keys: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const answer = await call('POST', '/rest/api/3/search/jql', { actor, body: { jql, maxResults, fields: ['summary'], ...(token ? { nextPageToken: token } : {}) } });
    if (answer.status !== 200) throw new Error(`search failed: ${answer.status} ${answer.text}`);
    keys.push(...answer.json.issues.map((issue: { key: string }) => issue.key));
    if (answer.json.isLast) return keys;
    token = answer.json.nextPageToken;
  }
  throw new Error('search did not end');
}
