/**
 * A small programme for the published pages, built the way the server builds it (the real dependency analysis,
 * per-epic progress and strategy roll-up), with hostile text wherever a person or Jira supplies a string.
 */
import type { PublicationInput } from '../../../../src/services/publishing/publication-model';
import {
  analyseProgramme, epicProgressOf, rollUpStrategy, type BaselineDiff, type CoverageReport, type EpicFacts, type StrategyNode, type StrategyNodeId, type StrategyTree, type Term,
} from '../../../../src/domain';
import { blocks, epic, story, stream, TODAY } from '../../domain/programme-builders';

export { TODAY };

/** Markup, CDATA's end, a named HTML entity as text, XML's specials, emoji, umlauts and right-to-left text. */
export const HOSTILE = `<script>alert("x")</script> ]]> &nbsp; & 'single' "double" 😀🇩🇪 Grüße ÄÖÜß שלום עולם`;
/** What survives of a string with a control character: XML cannot carry it, so it is dropped. */
export const WITH_CONTROL = 'Bell\u0007 and form\u000Cfeed';
export const WITHOUT_CONTROL = 'Bell and formfeed';
export const LONG_TITLE = 'Lang <&> "!" '.repeat(25).slice(0, 300);

const node = (id: string, parentId: string | null, title: string, rest: Partial<StrategyNode> = {}): StrategyNode => ({
  id: id as StrategyNodeId, parentId: parentId as StrategyNodeId | null, title, ownerAccountId: null, summary: '', goal: '', kpis: [], conceptUrl: null, epicKeys: [], epicJql: null, rev: 0, ...rest,
});

export function hostileTree(): StrategyTree {
  return {
    version: 3,
    nodes: [
      node('n-root1', null, `360° ${HOSTILE}`, {
        ownerAccountId: `5b10"ac'8d<&>`,
        summary: `${HOSTILE}\nSecond line ${WITH_CONTROL}`,
        goal: `Ziel: ${HOSTILE}`,
        conceptUrl: 'https://wiki.example.org/x?a=1&b="2"',
        kpis: [
          { id: 'k-conv1', name: `Conversion ${HOSTILE}`, unit: '% <pts>', baseline: 2, target: 4, current: 2.1, asOf: TODAY, higherIsBetter: true },
          { id: 'k-unsub', name: 'Unsubscribe rate', unit: '%', baseline: 1, target: 0.5, current: 0.4, asOf: null, higherIsBetter: false },
        ],
        epicKeys: ['CRM-1' as never],
      }),
      node('n-crm01', 'n-root1', LONG_TITLE, { epicKeys: ['CRM-2' as never] }),
      node('n-crm02', 'n-root1', LONG_TITLE, { epicKeys: ['WEB-1' as never], ownerAccountId: 'acc-lena' }),
      node('n-mail1', 'n-crm01', 'E-Mail-Marketing', { conceptUrl: 'javascript:alert(1)' }),
    ],
  };
}

export function hostileInput(overrides: Partial<PublicationInput> = {}): PublicationInput {
  const streams = [stream('crm', `CRM ${HOSTILE}`), stream('web', LONG_TITLE), stream('app', 'App')];
  const items = [
    epic('CRM-1', { start: '2026-01-01', due: '2026-02-01' }),
    story('CRM-11', 'CRM-1', { done: true }),
    story('CRM-12', 'CRM-1'),
    epic('CRM-2', { start: '2026-01-05', due: '2026-01-10' }), // overdue on TODAY (2026-01-15)
    epic('WEB-1', { start: '2026-01-20', due: '2026-03-01' }), // starts before CRM-1 is due: a conflict
    epic('APP-1', { start: '2026-04-01', due: '2026-05-01', done: true }),
  ].map((item) => (item.key === 'CRM-1' ? { ...item, summary: `Epic ${HOSTILE}` } : item));
  const analysis = analyseProgramme({ streams, items, links: [blocks('CRM-1', 'WEB-1'), blocks('WEB-1', 'APP-1')], today: TODAY });
  const progress = epicProgressOf(items);
  const epics = items.filter((item) => item.hierarchyLevel === 1).map(({ key, summary, streamId, statusCategory, startDate, dueDate }) => ({
    key, summary, streamId, statusCategory, startDate, dueDate, progress: progress.get(key) ?? { todo: 0, inProgress: 0, done: 0 },
  }));
  const facts = new Map<string, EpicFacts>(epics.map((e) => [e.key, { ...e, streamId: e.streamId }]));
  const tree = hostileTree();
  const rollUps = rollUpStrategy({ tree, epics: facts, dependencies: analysis.dependencies.map((d) => ({ blocker: d.blocker.key, blocked: d.blocked.key, status: d.status })), today: TODAY, baseline: null, jqlMatches: new Map() });
  return {
    settings: { streams },
    view: { epics, dependencies: analysis.dependencies, cycles: analysis.cycles },
    coverage: coverage(),
    tree,
    rollUps,
    diff: hostileDiff(),
    publishing: { language: 'en', pageTypes: { rollUp: true, streams: true, strategy: true } },
    siteUrl: 'https://acme.atlassian.net',
    today: TODAY,
    people: new Map([['acc-lena', 'Lena <Lead>']]),
    ...overrides,
  };
}

function coverage(): CoverageReport {
  const term = (id: string, en: string, de: string): Term => ({ id: id as Term['id'], labels: { en, de }, retired: false });
  const cell = (touchpointId: string, count: number, done: number) => ({ touchpointId, count, done, shareDone: count ? done / count : null, jql: 'x' });
  return {
    touchpoints: [term('website', `Website ${HOSTILE}`, 'Webseite'), term('email', 'E-mail', 'E-Mail'), term('shop', 'Shop', 'Laden')],
    lifecycles: [],
    heatmap: [
      { streamId: 'crm', cells: [cell('website', 3, 1), cell('email', 2, 2), cell('shop', 0, 0)] },
      { streamId: 'web', cells: [cell('website', 1, 0), cell('email', 0, 0), cell('shop', 0, 0)] },
    ],
    lifecycleMatrix: [],
    useCasesWithoutWork: [],
    untaggedEpics: [],
  };
}

export function hostileDiff(): BaselineDiff {
  return {
    since: '2026-01-08T07:00:00.000Z',
    slipped: [{ key: 'CRM-1', from: '2026-01-20', to: '2026-02-01', days: 12 }],
    pulledIn: [],
    completed: ['APP-1'],
    newConflicts: [{ blocker: 'CRM-1', blocked: 'WEB-1' }],
    resolvedConflicts: [],
    added: [],
    removed: [{ blocker: 'APP-9', blocked: 'WEB-9' }],
    healthChanged: [{ nodeId: 'n-root1', title: `360° ${HOSTILE}`, from: 'on-track', to: 'off-track' }],
  };
}
