/**
 * The issue links of the demo, and DEMO_FACTS: what the demo deliberately contains, for tests and demos to
 * check against. Links read "<blocker> blocks <blocked>" (type Blocks: outward = blocker, inward = blocked).
 * An end is an epic key (epics are numbered by position) or `@ref`, the `ref` of a lower issue.
 */
import { DEMO_SNAPSHOT } from './model';

export interface LinkSpec {
  type: 'Blocks' | 'Relates';
  outward: string;
  inward: string;
  /** Why the link exists, for whoever reads the content. */
  why: string;
}

const blocks = (blocker: string, blocked: string, why: string): LinkSpec => ({ type: 'Blocks', outward: blocker, inward: blocked, why });

export const DEMO_LINKS: LinkSpec[] = [
  // The unplanned harmonisation pre-project delays everything behind it (conflicts).
  blocks('DATA-2', 'EMA-3', 'Journeys need harmonised customer ids for their entry sources'),
  blocks('DATA-2', 'LOY-2', 'Loyalty tiers need one customer id across booking and loyalty'),
  blocks('@data-harmonise-ids', '@loy-member-import', 'The member import maps members by the harmonised customer id'),
  blocks('@data-harmonise-contacts', '@com-sms-gateway', 'Disruption SMS need validated mobile numbers'),
  blocks('@data-dedupe', '@mi-customer-dashboard', 'Customer counts are wrong while duplicates remain'),
  // At risk: too little slack, or an overdue blocker.
  blocks('PRT-6', 'EMA-5', 'Personalization needs certified Marketing Cloud staff'),
  blocks('DATA-6', 'MI-6', 'Models are trained on the unified profile'),
  blocks('COM-6', 'LOY-6', 'The member area uses the push set-up of the customer app'),
  // Resolved: the blocker is done.
  blocks('DATA-5', 'EMA-7', 'The preference centre writes the consent data model'),
  blocks('PRT-2', 'COM-3', 'Campaign management follows the new campaign request process'),
  // Missing dates: advertising orchestration is not planned yet.
  blocks('MI-4', 'COM-5', 'Paid media audiences are built from the personas'),
  // The cycle across three streams.
  blocks('MI-5', 'EMA-6', 'Reactivation journeys branch on attribution scores'),
  blocks('EMA-6', 'COM-7', 'Always-on campaigns reuse the reactivation journey'),
  blocks('COM-7', 'MI-5', 'Attribution needs data from running always-on campaigns'),
  // Planned with enough slack.
  blocks('EMA-3', 'LOY-4', 'Member journeys reuse the welcome journey framework'),
  blocks('DATA-4', 'LOY-7', 'Members of the old bonus scheme move with the data migration'),
  blocks('MI-4', 'PRT-7', 'The playbook is written per persona'),
  blocks('MI-4', 'EMA-5', 'Recommendation recipes target the personas'),
  blocks('@data-inactive', '@ema-winback-segment', 'The win-back segment uses the inactivity flag'),
  blocks('COM-2', 'PRT-5', 'Agents are trained on the disruption process'),
  // Outside every stream: an IT-operations ticket.
  blocks('OPS-1', 'PRT-5', 'Training accounts log in through the new single sign-on'),
  // Inside one stream, and inside one epic.
  blocks('PRT-4', 'PRT-5', 'End-user training follows the training concept'),
  blocks('@ema-welcome-entry', '@ema-welcome-journey', 'The journey needs its entry data extension'),
  // Not a dependency type.
  { type: 'Relates', outward: 'LOY-3', inward: 'MI-3', why: 'Promoters from the NPS survey are invited as references' },
];

export interface DemoPair {
  blocker: string;
  blocked: string;
}

export interface DemoFacts {
  /** The analysis date the facts hold for. */
  today: string;
  streamKeys: string[];
  nonStreamKeys: string[];
  /** Cross-stream dependencies at epic level (after rolling story links up). */
  crossStreamDependencies: number;
  conflicts: Array<DemoPair & { overlapDays: number; inCycle: boolean }>;
  atRisk: Array<DemoPair & { slackDays: number; blockerOverdue: boolean }>;
  resolved: DemoPair[];
  missingDates: DemoPair[];
  /** The one cycle: its members in key order. */
  cycle: string[];
  /** Epic pairs that exist only through links between lower issues (at least one story link each). */
  viaLowerIssues: DemoPair[];
  /** Dependencies on an issue of a project outside every stream. */
  external: DemoPair[];
  sameStream: DemoPair[];
  /** Epics with a link between two of their own lower issues. */
  internalLinkEpics: string[];
  /**
   * Lower issues whose epic is in another stream's project: the team member, who cannot browse MI, sees such an issue
   * but not its epic (the journey panel withholds the inherited tags). Every other lower issue sits in its epic's project.
   */
  underAnotherProjectsEpic: Array<{ key: string; epic: string }>;
}

export const DEMO_FACTS: DemoFacts = {
  today: DEMO_SNAPSHOT,
  streamKeys: ['EMA', 'DATA', 'COM', 'LOY', 'MI', 'PRT'],
  nonStreamKeys: ['OPS'],
  crossStreamDependencies: 19,
  conflicts: [
    { blocker: 'DATA-2', blocked: 'COM-2', overlapDays: 108, inCycle: false },
    { blocker: 'DATA-2', blocked: 'EMA-3', overlapDays: 74, inCycle: false },
    { blocker: 'DATA-2', blocked: 'LOY-2', overlapDays: 78, inCycle: false },
    { blocker: 'DATA-3', blocked: 'MI-2', overlapDays: 88, inCycle: false },
    { blocker: 'MI-5', blocked: 'EMA-6', overlapDays: 274, inCycle: true },
  ],
  atRisk: [
    { blocker: 'COM-6', blocked: 'LOY-6', slackDays: 139, blockerOverdue: true },
    { blocker: 'DATA-6', blocked: 'MI-6', slackDays: 1, blockerOverdue: false },
    { blocker: 'PRT-6', blocked: 'EMA-5', slackDays: 4, blockerOverdue: false },
  ],
  resolved: [
    { blocker: 'DATA-5', blocked: 'EMA-7' },
    { blocker: 'PRT-2', blocked: 'COM-3' },
  ],
  missingDates: [{ blocker: 'MI-4', blocked: 'COM-5' }],
  cycle: ['COM-7', 'EMA-6', 'MI-5'],
  viaLowerIssues: [
    { blocker: 'DATA-2', blocked: 'COM-2' },
    { blocker: 'DATA-3', blocked: 'MI-2' },
    { blocker: 'DATA-3', blocked: 'EMA-6' },
  ],
  external: [{ blocker: 'OPS-1', blocked: 'PRT-5' }],
  sameStream: [{ blocker: 'PRT-4', blocked: 'PRT-5' }],
  internalLinkEpics: ['EMA-3'],
  underAnotherProjectsEpic: [{ key: 'EMA-50', epic: 'MI-3' }],
};
