/** The site file format: defaults, derived status categories, and messages that name the entry, the field and the valid names. */
import { SiteFileError, parseSiteFile, parseSiteFileText, startDateFieldOf } from '../../../local/site/schema';
import { rawSite } from './fixtures';

function problemsOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof SiteFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the site file to be rejected');
}
const problemsOfSite = (site: unknown) => problemsOf(() => parseSiteFile(site));
const problemsOfText = (text: string) => problemsOf(() => parseSiteFileText(text));

const smallest = () => ({
  version: 1,
  users: [{ accountId: 'ana-account', displayName: 'Ana Ruiz' }],
  projects: [{ id: '10000', key: 'CRM', name: 'Customer Relations' }],
  issues: [{ id: '10010', key: 'CRM-1', projectKey: 'CRM', summary: 'Checkout', issueType: 'Story', status: 'To Do' }],
});

/** rawSite() with the issue `key` changed by `change`. */
function withIssue(key: string, change: Record<string, unknown>) {
  const raw = rawSite();
  Object.assign(raw.issues.find((issue) => issue.key === key)!, change);
  return raw;
}

describe('parseSiteFile', () => {
  it('fills defaults: issue types, statuses, link types, the Start date field, an empty Confluence', () => {
    const site = parseSiteFile(smallest());
    expect(site.issueTypes.map((t) => [t.name, t.hierarchyLevel])).toEqual([['Epic', 1], ['Story', 0], ['Task', 0], ['Bug', 0], ['Subtask', -1]]);
    expect(site.linkTypes.map((t) => t.name)).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);
    expect(startDateFieldOf(site)?.id).toBe('customfield_10015');
    expect(site.confluence).toEqual({ spaces: [], pages: [] });
  });

  it('derives an issue status category from its status and fills user defaults', () => {
    const site = parseSiteFile(rawSite());
    expect(site.issues.find((i) => i.key === 'CRM-3')?.statusCategory).toBe('done');
    expect(site.users[0]).toMatchObject({ locale: 'en-US', siteAdmin: false, browseProjects: 'all', editProjects: 'all' });
  });

  it('names the entry and field of a shape error', () => {
    expect(problemsOfSite(withIssue('CRM-2', { dueDate: '30.11.2026' }))).toEqual(['issues[1] (CRM-2).dueDate: expected YYYY-MM-DD']);
  });

  it('needs at least one user, project and issue, whether the list is missing or empty', () => {
    const needs = ['users: needs at least one user (someone to act as)', 'projects: needs at least one project', 'issues: needs at least one issue'];
    expect(problemsOfSite({ version: 1 })).toEqual(needs);
    expect(problemsOfSite({ version: 1, users: [], projects: [], issues: [] })).toEqual(needs);
  });

  it('answers an unknown name with the names that exist', () => {
    const raw = rawSite();
    raw.issues.push({ ...raw.issues[2]!, id: '10040', key: 'OPS-1', projectKey: 'OPS' } as (typeof raw.issues)[number]);
    Object.assign(raw.issues[3]!, { status: 'Doing' });
    Object.assign(raw.issues[4]!, { issueType: 'Sub-task', parentKey: undefined });
    Object.assign(raw.issues[5]!, { assigneeAccountId: 'carl-account' });
    raw.links.push({ id: '20001', type: 'Depends', outwardKey: 'CRM-1', inwardKey: 'CRM-3' });
    (raw.users[1] as Record<string, unknown>).browseProjects = ['CRM', 'HR'];
    expect(problemsOfSite(raw).sort()).toEqual(
      [
        'issues[3] (DATA-1).status: unknown status "Doing"; known statuses: To Do, In Progress, Done',
        'issues[4] (DATA-2).issueType: unknown issue type "Sub-task"; known issue types: Epic, Story, Task, Bug, Subtask',
        'issues[5] (DATA-3).assigneeAccountId: unknown user "carl-account"; known users: ana-account (Ana Ruiz), bea-account (Bea Stein), admin-account (Ada Admin)',
        'issues[7] (OPS-1).projectKey: unknown project "OPS"; known projects: CRM, DATA, SEC',
        'links[1] (20001).type: unknown link type "Depends"; known link types: Blocks, Cloners, Duplicate, Relates',
        'users[1] (bea-account).browseProjects: unknown project "HR"; known projects: CRM, DATA, SEC',
      ].sort(),
    );
  });

  it('lists at most a dozen known issues for an unknown one', () => {
    const raw = rawSite();
    raw.links.push({ id: '20001', type: 'Blocks', outwardKey: 'CRM-1', inwardKey: 'NOPE-1' });
    for (let n = 4; n <= 10; n++) raw.issues.push({ ...raw.issues[2]!, id: `100${40 + n}`, key: `CRM-${n}` });
    expect(problemsOfSite(raw)).toEqual([
      'links[1] (20001).inwardKey: unknown issue "NOPE-1"; known issues: CRM-1, CRM-2, CRM-3, DATA-1, DATA-2, DATA-3, SEC-1, CRM-4, CRM-5, CRM-6, CRM-7, CRM-8 and 2 more',
    ]);
  });

  it('cross-checks status categories, unknown parents and duplicates', () => {
    const raw = withIssue('CRM-3', { parentKey: 'CRM-77' });
    Object.assign(raw.issues[4]!, { statusCategory: 'done' });
    raw.issues.push({ ...raw.issues[5]!, id: '10041' });
    expect(problemsOfSite(raw).map((p) => p.replace(/; known issues: .*/, '; known issues: …')).sort()).toEqual(
      [
        'issues[2] (CRM-3).parentKey: unknown parent "CRM-77"; known issues: …',
        'issues[4] (DATA-2).statusCategory: status To Do is in category new',
        'issues[7] (DATA-3).key: duplicate key DATA-3',
      ].sort(),
    );
  });

  it('refuses parent cycles, naming every issue on the cycle once', () => {
    expect(problemsOfSite(withIssue('CRM-3', { parentKey: 'CRM-3' }))).toEqual(['issues[2] (CRM-3).parentKey: an issue cannot be its own parent']);
    const twoIssues = withIssue('DATA-2', { parentKey: 'DATA-3' });
    Object.assign(twoIssues.issues[5]!, { parentKey: 'DATA-2' });
    expect(problemsOfSite(twoIssues)).toEqual(['issues[4] (DATA-2).parentKey: parent cycle DATA-2 → DATA-3 → DATA-2; one of these issues needs another parent or none']);
    const threeIssues = withIssue('CRM-1', { parentKey: 'CRM-3', issueType: 'Story' });
    Object.assign(threeIssues.issues[2]!, { parentKey: 'CRM-2' });
    expect(problemsOfSite(threeIssues)).toEqual(['issues[0] (CRM-1).parentKey: parent cycle CRM-1 → CRM-3 → CRM-2 → CRM-1; one of these issues needs another parent or none']);
  });

  it('refuses a parent whose issue type is not above its child (an epic under a story)', () => {
    expect(problemsOfSite(withIssue('DATA-1', { parentKey: 'CRM-2' }))).toEqual([
      "issues[3] (DATA-1).parentKey: parent CRM-2 (Story, hierarchyLevel 0) is not above DATA-1 (Epic, hierarchyLevel 1); a parent's issue type needs a higher hierarchyLevel than its child's",
    ]);
    expect(problemsOfSite(withIssue('DATA-3', { parentKey: 'CRM-3' }))).toEqual([
      "issues[5] (DATA-3).parentKey: parent CRM-3 (Task, hierarchyLevel 0) is not above DATA-3 (Story, hierarchyLevel 0); a parent's issue type needs a higher hierarchyLevel than its child's",
    ]);
    expect(() => parseSiteFile(withIssue('DATA-3', { parentKey: 'DATA-2', issueType: 'Subtask' }))).not.toThrow();
  });

  it('lists every problem, but prints only the first twenty', () => {
    const raw = smallest();
    raw.issues = Array.from({ length: 25 }, (_, i) => ({ ...raw.issues[0]!, id: `${10010 + i}`, key: `CRM-${i + 1}`, status: 'Doing' }));
    const error = (() => {
      try {
        parseSiteFile(raw);
      } catch (caught) {
        return caught as SiteFileError;
      }
      throw new Error('expected the site file to be rejected');
    })();
    expect(error.problems).toHaveLength(25);
    expect(error.message.split('\n')).toHaveLength(1 + 20 + 1);
    expect(error.message).toMatch(/\n- issues\[19\] \(CRM-20\)\.status: unknown status "Doing"; [^\n]+\n- … and 5 more problems$/);
  });

  it('requires a Start date date-picker field', () => {
    expect(problemsOfSite({ ...smallest(), fields: [] })).toEqual(['fields: needs a "Start date" field with schema.custom "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"']);
  });

  it('rejects an unknown version', () => {
    expect(problemsOfSite({ ...smallest(), version: 2 })[0]).toMatch(/^version: /);
  });
});

describe('parseSiteFileText', () => {
  it('refuses a key given twice anywhere, naming the entry and field (JSON.parse would keep the last silently)', () => {
    const text = JSON.stringify(rawSite(), null, 1)
      .replace('"version": 1,', '"version": 1,\n "version": 1,')
      .replace('"summary": "Summary of CRM-3",', '"summary": "Summary of CRM-3",\n  "status": "Done",')
      .replace('"stage": "Purchase",', '"stage": "Purchase",\n     "\\u0073tage": "Awareness",');
    expect(problemsOfText(text)).toEqual([
      'version: given twice; JSON keeps only the last value, so remove one',
      'issues[2] (CRM-3).status: given twice; JSON keeps only the last value, so remove one',
      'issues[4] (DATA-2).properties.journey.stage: given twice; JSON keeps only the last value, so remove one',
    ]);
  });

  it('accepts the same key in different entries, and key-like text inside strings', () => {
    const raw = withIssue('CRM-3', { summary: 'Quoted {"summary": 1, "summary": 2} text', properties: { note: ['a', { summary: 'x' }, '"key": "key"'] } });
    expect(parseSiteFileText(JSON.stringify(raw)).issues[2]?.summary).toBe('Quoted {"summary": 1, "summary": 2} text');
  });

  it('reports both duplicate keys and other problems, and invalid JSON by itself', () => {
    const text = JSON.stringify(withIssue('CRM-2', { dueDate: '30.11.2026' })).replace('"summary":"Summary of CRM-2"', '"summary":"A","summary":"B"');
    expect(problemsOfText(text)).toEqual([
      'issues[1] (CRM-2).summary: given twice; JSON keeps only the last value, so remove one',
      'issues[1] (CRM-2).dueDate: expected YYYY-MM-DD',
    ]);
    expect(problemsOfText('{"version": 1,')).toEqual([expect.stringMatching(/^not valid JSON: /)]);
  });
});
