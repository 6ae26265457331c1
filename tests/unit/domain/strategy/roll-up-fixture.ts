/** A small programme behind the cascade of domain.md §3, for the roll-up and baseline tests. */
import { calendarDate, type DependencyFacts, type EpicFacts, type IssueKey, type Progress, type StatusCategory, type StreamId } from '../../../../src/domain';

interface EpicOptions {
  status?: StatusCategory;
  start?: string;
  due?: string;
  progress?: Partial<Progress>;
}

export function epicFacts(key: string, options: EpicOptions = {}): EpicFacts {
  return {
    key: key as IssueKey,
    summary: `Epic ${key}`,
    streamId: key.split('-')[0]?.toLowerCase() as StreamId,
    statusCategory: options.status ?? 'indeterminate',
    startDate: options.start ? calendarDate(options.start) : null,
    dueDate: options.due ? calendarDate(options.due) : null,
    progress: { todo: 0, inProgress: 0, done: 0, ...options.progress },
  };
}

export function epicMap(...epics: EpicFacts[]): Map<string, EpicFacts> {
  return new Map(epics.map((epic) => [epic.key as string, epic]));
}

export function dependency(blocker: string, blocked: string, status: DependencyFacts['status']): DependencyFacts {
  return { blocker: blocker as IssueKey, blocked: blocked as IssueKey, status };
}
