/** The site file format: defaults, derived status categories, and messages that name the entry and the field. */
import { SiteFileError, parseSiteFile, startDateFieldOf } from '../../../local/site/schema';
import { rawSite } from './fixtures';

function problemsOf(site: unknown): string[] {
  try {
    parseSiteFile(site);
  } catch (error) {
    if (error instanceof SiteFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the site file to be rejected');
}

describe('parseSiteFile', () => {
  it('fills defaults: issue types, statuses, link types, the Start date field, an empty Confluence', () => {
    const site = parseSiteFile({ version: 1 });
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
    const raw = rawSite();
    (raw.issues[1] as Record<string, unknown>).dueDate = '30.11.2026';
    expect(problemsOf(raw)).toEqual(['issues[1] (CRM-2).dueDate: expected YYYY-MM-DD']);
  });

  it('cross-checks projects, parents, statuses, link types and duplicates', () => {
    const raw = rawSite();
    raw.issues.push({ ...raw.issues[2]!, id: '10040', key: 'OPS-1', projectKey: 'OPS' } as (typeof raw.issues)[number]);
    (raw.issues[2] as Record<string, unknown>).parentKey = 'CRM-77';
    (raw.issues[3] as Record<string, unknown>).status = 'Blocked';
    (raw.issues[4] as Record<string, unknown>).statusCategory = 'done';
    raw.issues.push({ ...raw.issues[5]!, id: '10041' });
    raw.links.push({ id: '20001', type: 'Depends', outwardKey: 'CRM-1', inwardKey: 'NOPE-1' });
    (raw.users[1] as Record<string, unknown>).browseProjects = ['CRM', 'HR'];
    expect(problemsOf(raw).sort()).toEqual(
      [
        'issues[7] (OPS-1).projectKey: unknown project key OPS',
        'issues[2] (CRM-3).parentKey: unknown parent CRM-77',
        'issues[3] (DATA-1).status: unknown status Blocked',
        'issues[4] (DATA-2).statusCategory: status To Do is in category new',
        'issues[8] (DATA-3).key: duplicate key DATA-3',
        'links[1] (20001).type: unknown link type Depends',
        'links[1] (20001).inwardKey: unknown issue NOPE-1',
        'users[1] (bea-account).browseProjects: unknown project key HR',
      ].sort(),
    );
  });

  it('requires a Start date date-picker field', () => {
    expect(problemsOf({ version: 1, fields: [] })).toEqual(['fields: needs a "Start date" field with schema.custom "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"']);
  });

  it('rejects an unknown version', () => {
    expect(problemsOf({ version: 2 })[0]).toMatch(/^version: /);
  });
});
