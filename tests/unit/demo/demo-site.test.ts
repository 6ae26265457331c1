/**
 * The demo site: it passes the site-file schema, has the size and shape the demo promises, and the domain's
 * dependency analysis finds exactly what DEMO_FACTS says the demo contains.
 */
import {
  analyseProgramme,
  calendarDate,
  defaultTaxonomy,
  emptyTags,
  IssueKeySchema,
  JOURNEY_PROPERTY_KEY,
  JourneyTagsSchema,
  StreamIdSchema,
  validateCatalogue,
  validateTagChange,
  type CalendarDate,
  type DependencyLink,
  type ProgrammeAnalysis,
  type Stream,
  type WorkItem,
} from '../../../src/domain';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_FACTS, DEMO_USE_CASES } from '../../../local/demo';
import { parseSiteFile, type SiteFile } from '../../../local/site/schema';

const site: SiteFile = parseSiteFile(buildDemoSite());
const streamKeys = new Set(DEMO_FACTS.streamKeys);
const streamIssues = site.issues.filter((issue) => streamKeys.has(issue.projectKey));
const levelOf = new Map(site.issueTypes.map((t) => [t.name, t.hierarchyLevel]));
const epics = streamIssues.filter((issue) => levelOf.get(issue.issueType) === 1);
const lower = streamIssues.filter((issue) => (levelOf.get(issue.issueType) ?? 0) < 1);
const date = (value: string | undefined): CalendarDate | null => (value ? calendarDate(value) : null);

function toProgramme(): { streams: Stream[]; items: WorkItem[]; links: DependencyLink[] } {
  const streams = site.projects
    .filter((p) => streamKeys.has(p.key))
    .map((p): Stream => ({ id: StreamIdSchema.parse(p.key.toLowerCase()), name: p.name, jql: `project = ${p.key}`, ownerAccountId: null, colour: '#0c66e4' }));
  const items = site.issues.map(
    (issue): WorkItem => ({
      key: IssueKeySchema.parse(issue.key),
      summary: issue.summary,
      streamId: streamKeys.has(issue.projectKey) ? StreamIdSchema.parse(issue.projectKey.toLowerCase()) : null,
      issueType: issue.issueType,
      hierarchyLevel: levelOf.get(issue.issueType) ?? 0,
      parentKey: issue.parentKey ? IssueKeySchema.parse(issue.parentKey) : null,
      status: issue.status,
      statusCategory: issue.statusCategory,
      startDate: date(issue.startDate),
      dueDate: date(issue.dueDate),
    }),
  );
  const links = site.links
    .filter((link) => link.type === 'Blocks')
    .map((link): DependencyLink => ({ id: link.id, type: link.type, blocker: IssueKeySchema.parse(link.outwardKey), blocked: IssueKeySchema.parse(link.inwardKey) }));
  return { streams, items, links };
}

const analysis: ProgrammeAnalysis = analyseProgramme({ ...toProgramme(), today: calendarDate(DEMO_FACTS.today) });
const dependency = (blocker: string, blocked: string) => analysis.dependencies.find((d) => d.blocker.key === blocker && d.blocked.key === blocked);
const pairsWith = (status: string) => analysis.dependencies.filter((d) => d.status === status).map((d) => `${d.blocker.key}->${d.blocked.key}`).sort();
const pairs = (list: ReadonlyArray<{ blocker: string; blocked: string }>) => list.map((p) => `${p.blocker}->${p.blocked}`).sort();

describe('demo site: shape', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(buildDemoSite())).toBe(JSON.stringify(buildDemoSite()));
  });

  it('has six stream projects and one project outside every stream', () => {
    expect(site.projects.map((p) => p.key)).toEqual([...DEMO_FACTS.streamKeys, ...DEMO_FACTS.nonStreamKeys]);
  });

  it('has at least 40 epics and 200 lower issues, some sub-tasks, all dated within 2026–2027 where dated', () => {
    expect(epics.length).toBeGreaterThanOrEqual(40);
    expect(lower.length).toBeGreaterThanOrEqual(200);
    expect(lower.filter((i) => i.issueType === 'Subtask').length).toBeGreaterThan(0);
    for (const issue of streamIssues) {
      for (const day of [issue.startDate, issue.dueDate]) if (day) expect(day >= '2026-01-01' && day <= '2027-12-31').toBe(true);
      if (issue.startDate && issue.dueDate) expect(issue.startDate <= issue.dueDate).toBe(true);
    }
    expect(streamIssues.some((i) => !i.startDate && !i.dueDate)).toBe(true);
    for (const key of DEMO_FACTS.streamKeys) expect(epics.filter((e) => e.projectKey === key).length).toBeGreaterThanOrEqual(6);
  });

  it('uses every status category and keeps most past work done', () => {
    const categories = new Set(streamIssues.map((i) => i.statusCategory));
    expect([...categories].sort()).toEqual(['done', 'indeterminate', 'new']);
    const past = streamIssues.filter((i) => i.dueDate && i.dueDate < DEMO_FACTS.today);
    expect(past.filter((i) => i.statusCategory === 'done').length / past.length).toBeGreaterThan(0.8);
  });

  it('keeps lower issues inside their epic in the same project, but for the ones DEMO_FACTS lists', () => {
    const byKey = new Map(site.issues.map((i) => [i.key, i]));
    const elsewhere = new Map(DEMO_FACTS.underAnotherProjectsEpic.map((fact) => [fact.key, fact.epic]));
    for (const issue of lower) {
      const parent = byKey.get(issue.parentKey ?? '');
      if (elsewhere.has(issue.key)) {
        expect(parent?.key).toBe(elsewhere.get(issue.key));
        expect(parent?.issueType).toBe('Epic');
        expect(parent?.projectKey).not.toBe(issue.projectKey);
      } else {
        expect(parent?.projectKey).toBe(issue.projectKey);
      }
    }
  });

  it('has an issue the team member may browse and edit whose epic is in a project she cannot browse', () => {
    const member = site.users.find((u) => u.accountId === DEMO_ACCOUNTS.teamMember);
    const scope = (granted: 'all' | string[] | undefined, project: string) => granted === 'all' || (granted ?? []).includes(project);
    const hiddenEpics = DEMO_FACTS.underAnotherProjectsEpic.filter(({ key, epic }) => {
      const [issueProject, epicProject] = [key.split('-')[0] ?? '', epic.split('-')[0] ?? ''];
      return scope(member?.browseProjects, issueProject) && scope(member?.editProjects, issueProject) && !scope(member?.browseProjects, epicProject);
    });
    expect(hiddenEpics.length).toBeGreaterThan(0);
  });

  it('has the four roles with their rights and both locales', () => {
    const user = (id: string) => site.users.find((u) => u.accountId === id);
    expect(user(DEMO_ACCOUNTS.admin)).toMatchObject({ siteAdmin: true, browseProjects: 'all', editProjects: 'all' });
    expect(user(DEMO_ACCOUNTS.programmeManager)).toMatchObject({ siteAdmin: false, browseProjects: 'all', editProjects: 'all', locale: 'de-DE' });
    const member = user(DEMO_ACCOUNTS.teamMember);
    expect(member?.browseProjects).not.toContain('MI');
    expect(member?.editProjects).toEqual(['EMA']);
    expect(user(DEMO_ACCOUNTS.sponsor)).toMatchObject({ browseProjects: 'all', editProjects: [] });
    expect(new Set(site.users.map((u) => u.locale))).toEqual(new Set(['en-US', 'de-DE']));
  });

  it('has an empty programme space with just its home page', () => {
    const [space] = site.confluence.spaces;
    expect(site.confluence.spaces).toHaveLength(1);
    expect(space?.key).toBe('PROG');
    expect(site.confluence.pages.map((p) => p.id)).toEqual([space?.homepageId]);
  });
});

describe('demo site: journey tags and use cases', () => {
  const taxonomy = defaultTaxonomy();

  it('has a valid catalogue of at least 20 use cases', () => {
    expect(DEMO_USE_CASES.length).toBeGreaterThanOrEqual(20);
    expect(validateCatalogue(DEMO_USE_CASES, taxonomy)).toEqual([]);
    for (const useCase of DEMO_USE_CASES) {
      expect(useCase.id).toMatch(/^UC-\d{3}$/);
      expect(useCase.description).toMatch(/^I want to /);
    }
  });

  const tagged = streamIssues.filter((issue) => issue.properties[JOURNEY_PROPERTY_KEY] !== undefined);

  it('tags 25–35 % of the stream issues', () => {
    const share = tagged.length / streamIssues.length;
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeLessThanOrEqual(0.35);
  });

  it('uses only terms of the default taxonomy and use cases of the catalogue, with the derived phases', () => {
    const phaseIds = new Set(taxonomy.dimensions.phase.map((t) => t.id as string));
    for (const issue of tagged) {
      const value = issue.properties[JOURNEY_PROPERTY_KEY] as Record<string, string[]>;
      const tags = JourneyTagsSchema.parse(value);
      expect(validateTagChange(emptyTags(), tags, taxonomy, DEMO_USE_CASES)).toEqual([]);
      const phases = new Set(tags.lifecycle.map((stage) => taxonomy.phaseOfStage[stage]));
      expect(new Set(value.phase)).toEqual(phases);
      for (const phase of value.phase ?? []) expect(phaseIds.has(phase)).toBe(true);
    }
  });
});

describe('demo site: dependency analysis on the facts day', () => {
  it('finds at least 15 cross-stream dependencies, as many as DEMO_FACTS says', () => {
    expect(analysis.counts.crossStream).toBeGreaterThanOrEqual(15);
    expect(analysis.counts.crossStream).toBe(DEMO_FACTS.crossStreamDependencies);
  });

  it('finds exactly the conflicts of DEMO_FACTS, with their overlaps', () => {
    expect(DEMO_FACTS.conflicts.length).toBeGreaterThanOrEqual(3);
    expect(pairsWith('conflict')).toEqual(pairs(DEMO_FACTS.conflicts));
    for (const fact of DEMO_FACTS.conflicts) {
      expect(dependency(fact.blocker, fact.blocked)).toMatchObject({ status: 'conflict', overlapDays: fact.overlapDays, inCycle: fact.inCycle, crossStream: true });
    }
  });

  it('finds exactly one cycle, with the members DEMO_FACTS names, across three streams', () => {
    expect(analysis.cycles).toHaveLength(1);
    expect(analysis.cycles[0]?.members).toEqual(DEMO_FACTS.cycle);
    expect(new Set(DEMO_FACTS.cycle.map((key) => key.split('-')[0])).size).toBe(3);
  });

  it('finds the at-risk, resolved and missing-dates pairs', () => {
    expect(pairsWith('at-risk')).toEqual(pairs(DEMO_FACTS.atRisk));
    for (const fact of DEMO_FACTS.atRisk) {
      expect(dependency(fact.blocker, fact.blocked)).toMatchObject({ status: 'at-risk', slackDays: fact.slackDays, blockerOverdue: fact.blockerOverdue });
    }
    expect(pairsWith('resolved')).toEqual(pairs(DEMO_FACTS.resolved));
    expect(pairsWith('missing-dates')).toEqual(pairs(DEMO_FACTS.missingDates));
  });

  it('rolls links between lower issues up to their epics and keeps a link inside one epic apart', () => {
    const byKey = new Map(site.issues.map((i) => [i.key, i]));
    for (const fact of DEMO_FACTS.viaLowerIssues) {
      const found = dependency(fact.blocker, fact.blocked);
      expect(found?.evidence.some((e) => e.blocker !== fact.blocker || e.blocked !== fact.blocked)).toBe(true);
    }
    const internalEpics = analysis.internalLinks.map((e) => byKey.get(e.blocker)?.parentKey).sort();
    expect(internalEpics).toEqual(DEMO_FACTS.internalLinkEpics);
  });

  it('marks the dependency on the non-stream project as external and the same-stream one as not cross-stream', () => {
    for (const fact of DEMO_FACTS.external) expect(dependency(fact.blocker, fact.blocked)).toMatchObject({ crossStream: false, blocker: { external: true } });
    for (const fact of DEMO_FACTS.sameStream) expect(dependency(fact.blocker, fact.blocked)).toMatchObject({ crossStream: false, blocker: { external: false } });
    expect(analysis.counts.external).toBe(DEMO_FACTS.external.length);
  });
});
