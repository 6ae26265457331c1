/**
 * The small vocabulary the demo content is written in: a stream is a Jira project with its epics, each epic
 * with its stories and tasks (and a few sub-tasks). Keys are given by position: a stream's epics are
 * `KEY-1 … KEY-n` in the order written, its lower issues follow in the same order. Lower issues without
 * their own dates share their epic's span in turn; statuses follow from the dates as of DEMO_SNAPSHOT unless set.
 */
import { JourneyTagsSchema, type JourneyTags } from '../../src/domain';

/** The day the demo data describes ("today" for the analysis and for the statuses). */
export const DEMO_SNAPSHOT = '2026-11-23';

export type Touchpoint =
  | 'acquisition' | 'journey-start' | 'website' | 'app' | 'booking' | 'offer-usage'
  | 'customer-service' | 'preference-centre' | 'loyalty-programme' | 'retention' | 'end';
export type Lifecycle = 'perceive' | 'explore' | 'buy' | 'set-up' | 'extend' | 'usage' | 'support' | 'leave';
export type Category = 'transactional' | 'advanced-cj' | 'loyalty' | 'marketing-opportunity' | 'sales-revenue' | 'it' | 'disruptions' | 'legal';
export type Action = 'ask-feedback' | 'direct-me' | 'inform-me' | 'inspire-me' | 'reactivate-me' | 'reassure-me' | 'reward-me' | 'teach-me';
export type Channel = 'advertising' | 'app-website' | 'loyalty-programme' | 'commerce' | 'customer-service' | 'chat' | 'email' | 'sms' | 'whatsapp' | 'push';
export type UseCaseRef = `UC-${number}${number}${number}`;

/** Journey tags as written in the content: term ids checked by the compiler, every slot optional. */
export interface TagInput {
  touchpoint?: Touchpoint[];
  lifecycle?: Lifecycle[];
  category?: Category[];
  action?: Action[];
  channel?: Channel[];
  useCase?: UseCaseRef[];
}

export function tags(input: TagInput): JourneyTags {
  return JourneyTagsSchema.parse(input);
}

/** The workflow statuses of the demo site and their categories. */
export const DEMO_STATUSES = [
  { id: '10000', name: 'Backlog', statusCategory: 'new' },
  { id: '10001', name: 'To Do', statusCategory: 'new' },
  { id: '10002', name: 'In Progress', statusCategory: 'indeterminate' },
  { id: '10003', name: 'In Review', statusCategory: 'indeterminate' },
  { id: '10004', name: 'Blocked', statusCategory: 'indeterminate' },
  { id: '10005', name: 'Done', statusCategory: 'done' },
] as const;
export type StatusName = (typeof DEMO_STATUSES)[number]['name'];

export interface ItemOptions {
  /** A name links can use for a lower issue (its key depends on its position). */
  ref?: string;
  status?: StatusName;
  start?: string;
  due?: string;
  /** No start or due date (not yet planned). */
  undated?: boolean;
  tags?: JourneyTags;
  labels?: string[];
  assignee?: string;
}

export interface ChildSpec extends ItemOptions {
  type: 'Story' | 'Task';
  summary: string;
  subtasks: string[];
}

export interface EpicSpec {
  summary: string;
  start?: string;
  due?: string;
  status?: StatusName;
  tags?: JourneyTags;
  labels?: string[];
  children: ChildSpec[];
}

export interface StreamContent {
  key: string;
  projectId: string;
  name: string;
  /** Part of the programme (a stream) or a neighbouring project outside every stream. */
  isStream: boolean;
  leadAccountId: string;
  /** Who gets the lower issues, in turn (defaults to the lead). */
  teamAccountIds?: string[];
  epics: EpicSpec[];
  /** Issues outside this project's epics: with no epic (an operations project's tickets), or under another project's. */
  looseIssues?: LooseIssueSpec[];
}

/** A lower issue outside the project's own epics; `epicKey` names an epic of another project it belongs to, if any. */
export interface LooseIssueSpec extends ChildSpec {
  epicKey?: string;
}

/** A lower issue of this project under an epic of another, e.g. the e-mail a marketing-intelligence epic needs. */
export function underEpicOf(epicKey: string, child: ChildSpec): LooseIssueSpec {
  return { ...child, epicKey };
}

export function story(summary: string, options: ItemOptions & { subtasks?: string[] } = {}): ChildSpec {
  return { ...options, type: 'Story', summary, subtasks: options.subtasks ?? [] };
}

export function task(summary: string, options: ItemOptions & { subtasks?: string[] } = {}): ChildSpec {
  return { ...options, type: 'Task', summary, subtasks: options.subtasks ?? [] };
}

export function epic(summary: string, start: string | null, due: string | null, children: ChildSpec[], extra: Pick<EpicSpec, 'status' | 'tags' | 'labels'> = {}): EpicSpec {
  return { summary, ...(start ? { start } : {}), ...(due ? { due } : {}), ...extra, children };
}
