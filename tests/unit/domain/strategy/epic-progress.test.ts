import { epicProgressOf, type WorkItem } from '../../../../src/domain';
import { epic, item, story, subtask } from '../programme-builders';

const withCategory = (work: WorkItem, statusCategory: WorkItem['statusCategory']): WorkItem => ({ ...work, statusCategory });

describe('epic progress', () => {
  it('counts an epic’s stories and their sub-tasks by status category, not the epic itself', () => {
    const items = [
      epic('CRM-1'),
      story('CRM-2', 'CRM-1', { done: true }),
      withCategory(story('CRM-3', 'CRM-1'), 'new'),
      story('CRM-4', 'CRM-1'),
      subtask('CRM-5', 'CRM-4', { done: true }),
      withCategory(subtask('CRM-6', 'CRM-3'), 'new'),
    ];
    expect(epicProgressOf(items).get('CRM-1')).toEqual({ todo: 2, inProgress: 1, done: 2 });
  });

  it('counts an epic without issues as one issue in its own category', () => {
    const progress = epicProgressOf([epic('EMA-1', { done: true }), withCategory(epic('EMA-2'), 'new'), epic('EMA-3')]);
    expect(progress.get('EMA-1')).toEqual({ todo: 0, inProgress: 0, done: 1 });
    expect(progress.get('EMA-2')).toEqual({ todo: 1, inProgress: 0, done: 0 });
    expect(progress.get('EMA-3')).toEqual({ todo: 0, inProgress: 1, done: 0 });
  });

  it('works whatever the order of the items, and leaves out issues with no epic above them', () => {
    const items = [subtask('DATA-9', 'DATA-8'), story('DATA-8', 'DATA-1', { done: true }), story('DATA-7', 'NOPE-1'), item('DATA-6', { level: 0 }), epic('DATA-1')];
    const progress = epicProgressOf(items);
    expect(progress.get('DATA-1')).toEqual({ todo: 0, inProgress: 1, done: 1 });
    expect([...progress.keys()]).toEqual(['DATA-1']);
  });

  it('handles a programme of 20,000 issues in linear time', () => {
    const items: WorkItem[] = [];
    for (let e = 1; e <= 1000; e++) {
      items.push(epic(`BIG-${e}`));
      for (let s = 0; s < 19; s++) items.push(story(`BIG-${1000 + e * 19 + s}`, `BIG-${e}`, { done: s % 2 === 0 }));
    }
    const started = performance.now();
    const progress = epicProgressOf(items);
    expect(performance.now() - started).toBeLessThan(500);
    expect(progress.size).toBe(1000);
    expect(progress.get('BIG-500')).toEqual({ todo: 0, inProgress: 9, done: 10 });
  });
});
