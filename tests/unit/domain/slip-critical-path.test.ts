/** "What if this epic slips?": the critical path of the work left, before and after everyone re-plans. */
import { epic } from './programme-builders';
import { programme, pushesOf, slip } from './slip-support';

// Today is 15 Jan. DATA-1 is under way (6 days left) and CRM-1 waits on it (10 days): 16 days.
// LOY-1 (12 days) and MI-1 (10 days) after it: 22 days, the critical path today.
const twoChains = programme(
  [
    epic('DATA-1', { start: '2026-01-01', due: '2026-01-20' }),
    epic('CRM-1', { start: '2026-01-25', due: '2026-02-03' }),
    epic('LOY-1', { start: '2026-02-01', due: '2026-02-12' }),
    epic('MI-1', { start: '2026-02-20', due: '2026-03-01' }),
  ],
  [['DATA-1', 'CRM-1'], ['LOY-1', 'MI-1']],
);

it('moves the critical path to the chain behind an epic under way that slips far enough', () => {
  const result = slip(twoChains, 'DATA-1', 30);
  expect(pushesOf(result)).toEqual(['CRM-1+25@1']);
  expect(result.criticalPath.before).toEqual({ keys: ['LOY-1', 'MI-1'], durationDays: 22 });
  expect(result.criticalPath.after).toEqual({ keys: ['DATA-1', 'CRM-1'], durationDays: 30 });
  expect(result.criticalPath.changed).toBe(true);
});

it('keeps the critical path when the slipped chain stays the shorter one', () => {
  const result = slip(twoChains, 'DATA-1', 3);
  expect(result.criticalPath.after).toEqual(result.criticalPath.before);
  expect(result.criticalPath.changed).toBe(false);
});
