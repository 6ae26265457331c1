import { addCalendarDays, calendarDate, type DependencyLink, type IssueKey, type Stream, type StreamId, type WorkItem } from '../src/domain';

/** A small seeded PRNG so every benchmark run analyses the same programme. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSize {
  streams: number;
  epics: number;
  lowerIssues: number;
  links: number;
}

export const PROGRAMME_SCALE: SyntheticSize = { streams: 20, epics: 1000, lowerIssues: 20000, links: 5000 };

/**
 * A programme at the scale DESIGN.md names: streams as projects S01…, epics spread over two years, stories
 * under the epics, and links mostly between stories of different streams (so roll-up does real work).
 */
export function syntheticProgramme(size: SyntheticSize = PROGRAMME_SCALE, seed = 360): { streams: Stream[]; items: WorkItem[]; links: DependencyLink[] } {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const origin = calendarDate('2026-01-01');
  const streams: Stream[] = Array.from({ length: size.streams }, (_, i) => {
    const key = `S${String(i + 1).padStart(2, '0')}`;
    return { id: key.toLowerCase() as StreamId, name: `Stream ${key}`, jql: `project = ${key}`, ownerAccountId: null, colour: '#0c66e4' };
  });
  const counters = new Map<string, number>();
  const nextKey = (stream: Stream) => {
    const project = stream.id.toUpperCase();
    const n = (counters.get(project) ?? 0) + 1;
    counters.set(project, n);
    return `${project}-${n}` as IssueKey;
  };
  const items: WorkItem[] = [];
  const epics: WorkItem[] = [];
  for (let i = 0; i < size.epics; i++) {
    const stream = streams[i % streams.length] as Stream;
    const start = addCalendarDays(origin, Math.floor(random() * 640));
    const epic: WorkItem = {
      key: nextKey(stream), summary: `Epic ${i}`, streamId: stream.id, issueType: 'Epic', hierarchyLevel: 1, parentKey: null, status: 'In Progress',
      statusCategory: random() < 0.15 ? 'done' : 'indeterminate', startDate: random() < 0.05 ? null : start, dueDate: addCalendarDays(start, 20 + Math.floor(random() * 90)),
    };
    epics.push(epic);
    items.push(epic);
  }
  const stories: WorkItem[] = [];
  for (let i = 0; i < size.lowerIssues; i++) {
    const epic = epics[i % epics.length] as WorkItem;
    const stream = streams.find((s) => s.id === epic.streamId) as Stream;
    const story: WorkItem = {
      key: nextKey(stream), summary: `Story ${i}`, streamId: stream.id, issueType: 'Story', hierarchyLevel: 0, parentKey: epic.key, status: 'To Do',
      statusCategory: 'new', startDate: epic.startDate, dueDate: epic.dueDate,
    };
    stories.push(story);
    items.push(story);
  }
  const links: DependencyLink[] = [];
  for (let i = 0; i < size.links; i++) {
    const fromEpics = random() < 0.3;
    const blocker = fromEpics ? pick(epics) : pick(stories);
    const blocked = fromEpics ? pick(epics) : pick(stories);
    links.push({ id: String(100000 + i), type: 'Blocks', blocker: blocker.key, blocked: blocked.key });
  }
  return { streams, items, links };
}
