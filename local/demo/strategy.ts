/**
 * The demo's strategy cascade (domain.md §3): 360° Customer Centricity → CRM strategy → Salesforce concept →
 * e-mail marketing strategy, and the Marketing strategy beside CRM. Each node carries an owner, its narrative, KPIs with
 * measured values and the epics that realise it — picked by key, and for the Salesforce concept also by a JQL the app
 * re-reads with every snapshot.
 */
import type { StrategyNode, StrategyTree } from '../../src/domain/strategy/strategy-tree';
import type { IssueKey } from '../../src/domain';
import { DEMO_ACCOUNTS } from './users';

type NodeSpec = Omit<StrategyNode, 'rev' | 'id' | 'parentId' | 'epicKeys' | 'kpis'> & {
  id: string;
  parentId: string | null;
  epicKeys: string[];
  kpis: Array<Omit<StrategyNode['kpis'][number], 'asOf' | 'unit' | 'higherIsBetter'> & Partial<StrategyNode['kpis'][number]>>;
};

const MEASURED = '2026-11-16';

const NODES: NodeSpec[] = [
  {
    id: 'n-cc360',
    parentId: null,
    title: '360° Customer Centricity strategy',
    ownerAccountId: DEMO_ACCOUNTS.sponsor,
    summary: 'One view of every customer across marketing, sales and service, so that every contact builds on the last one.',
    goal: 'A personalised customer experience along a data-driven, tailored customer journey: the right offer, on the right channel, at the right moment.',
    kpis: [
      { id: 'k-nps01', name: 'Net Promoter Score', baseline: 21, target: 35, current: 24 },
      { id: 'k-retain', name: 'Customer retention rate', unit: '%', baseline: 71, target: 78, current: 72.5 },
    ],
    conceptUrl: null,
    epicKeys: ['PRT-1', 'MI-1'],
    epicJql: null,
  },
  {
    id: 'n-crmstrat',
    parentId: 'n-cc360',
    title: 'CRM strategy',
    ownerAccountId: DEMO_ACCOUNTS.leadData,
    summary: 'Salesforce Customer 360 becomes the single customer record; data is harmonised, cleaned and migrated once.',
    goal: 'Every customer has one unified profile that marketing, sales and service trust and keep current.',
    kpis: [{ id: 'k-profile', name: 'Customers with a unified profile', unit: '%', baseline: 0, target: 80, current: 12 }],
    conceptUrl: null,
    epicKeys: ['DATA-1', 'DATA-4', 'DATA-6'],
    epicJql: null,
  },
  {
    id: 'n-sfconcept',
    parentId: 'n-crmstrat',
    title: 'Salesforce concept (Marketing Cloud & personalisation)',
    ownerAccountId: DEMO_ACCOUNTS.leadEma,
    summary:
      'How Marketing Cloud and Journey Builder are structured, the naming convention for e-mail marketing, roles and rights, personalisation and AI per channel, persona segmentation, and the list of all trigger-based journeys.',
    goal: 'Cross- and up-selling on website, app and e-mail from one set of journeys and one profile.',
    kpis: [{ id: 'k-journeys', name: 'Trigger-based journeys live', baseline: 0, target: 24, current: 3 }],
    conceptUrl: null,
    epicKeys: ['MI-4'],
    epicJql: 'project = EMA AND labels = marketing-cloud',
  },
  {
    id: 'n-emailmkt',
    parentId: 'n-sfconcept',
    title: 'E-mail marketing strategy',
    ownerAccountId: DEMO_ACCOUNTS.leadEma,
    summary: 'A result of the Salesforce concept: welcome, onboarding, newsletter and win-back e-mails built on the new template library.',
    goal: 'Relevant e-mails instead of mass mailings: fewer sends, more opens, fewer unsubscribes.',
    kpis: [
      { id: 'k-open', name: 'E-mail open rate', unit: '%', baseline: 18, target: 25, current: 19.5 },
      { id: 'k-unsub', name: 'Unsubscribe rate', unit: '%', baseline: 0.6, target: 0.3, current: 0.7, higherIsBetter: false },
    ],
    conceptUrl: null,
    epicKeys: ['EMA-3', 'EMA-4', 'EMA-6', 'EMA-7'],
    epicJql: null,
  },
  {
    id: 'n-mktstrat',
    parentId: 'n-cc360',
    title: 'Marketing strategy',
    ownerAccountId: DEMO_ACCOUNTS.leadCom,
    summary: 'Campaign management, the contact policy and always-on cross-channel campaigns, measured end to end.',
    goal: 'Campaigns planned on one calendar and judged by their attributed revenue.',
    kpis: [{ id: 'k-conv', name: 'Campaign conversion rate', unit: '%', baseline: 2.1, target: 3, current: 2.4 }],
    conceptUrl: null,
    epicKeys: ['COM-1', 'COM-3', 'COM-7', 'MI-5'],
    epicJql: null,
  },
];

/** The demo tree as the strategy tab would have stored it after the programme managers wrote it. */
export function demoStrategyTree(): StrategyTree {
  return {
    version: 1,
    nodes: NODES.map((spec) => ({
      ...spec,
      id: spec.id as StrategyNode['id'],
      parentId: spec.parentId as StrategyNode['parentId'],
      epicKeys: spec.epicKeys as IssueKey[],
      kpis: spec.kpis.map((kpi) => ({ unit: '', asOf: MEASURED as never, higherIsBetter: true, ...kpi })),
      rev: 1,
    })),
  };
}
