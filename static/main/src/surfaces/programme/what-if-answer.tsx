import type { ChainKey, ProgrammeView } from '../../../../../src/contract/programme';
import type { WhatIfView } from '../../../../../src/contract/what-if';
import type { DependencyStatus } from '../../../../../src/domain/dependencies/types';
import type { Language } from '../../i18n/messages';
import { streamName } from './labels';
import { pt } from './messages';
import { wt } from './what-if-messages';

const keyOf = (language: Language, key: ChainKey) => key ?? wt(language, 'hiddenKey');
const chain = (language: Language, keys: readonly ChainKey[]) => keys.map((key) => keyOf(language, key)).join(' → ') || '–';

/** The what-if answer in words: the slipped epic, the dependencies that change, the epics and streams pushed, the critical path. */
export function WhatIfAnswer({ language, view, answer }: { language: Language; view: ProgrammeView; answer: WhatIfView }) {
  const { slipped } = answer;
  const status = (s: DependencyStatus) => pt(language, `status.${s}`);
  return (
    <div data-testid="what-if-answer" style={{ fontSize: 13 }}>
      {slipped.dueDate && slipped.newDueDate ? <p style={{ margin: '4px 0' }}>{wt(language, 'slipped', { key: slipped.key, due: slipped.newDueDate, was: slipped.dueDate, days: answer.slipDays })}</p> : null}
      {answer.reachesCycle ? <p data-testid="what-if-cycle" style={{ margin: '4px 0', fontWeight: 600 }}>{wt(language, 'cycle')}</p> : null}
      <h4 style={{ fontSize: 13, margin: '8px 0 2px' }}>{wt(language, 'changed.title')}</h4>
      {answer.changed.length === 0 ? (
        <p style={{ margin: 0 }}>{wt(language, 'changed.none')}</p>
      ) : (
        <ul data-testid="what-if-changed" style={{ margin: 0, paddingLeft: 20 }}>
          {answer.changed.map((change) => {
            const ends = { blocker: keyOf(language, change.blockerKey), blocked: keyOf(language, change.blockedKey), before: status(change.before) };
            return (
              <li key={change.id} data-testid="what-if-change">
                {change.after === 'conflict' && change.overlapDaysAfter !== null ? wt(language, 'changed.conflict', { ...ends, days: change.overlapDaysAfter }) : wt(language, 'changed.other', { ...ends, after: status(change.after) })}
              </li>
            );
          })}
        </ul>
      )}
      <h4 style={{ fontSize: 13, margin: '8px 0 2px' }}>{wt(language, 'pushed.title')}</h4>
      {answer.pushed.length === 0 ? <p style={{ margin: 0 }}>{wt(language, 'pushed.none')}</p> : null}
      {answer.pushed.length > 0 ? (
        <ul data-testid="what-if-pushed" style={{ margin: 0, paddingLeft: 20 }}>
          {answer.pushed.map((epic) => (
            <li key={epic.key} data-testid="what-if-pushed-epic">
              {wt(language, 'pushed.item', { key: epic.key, summary: epic.summary, days: epic.pushDays, start: epic.newStartDate ?? '–', due: epic.newDueDate ?? '–' })}
            </li>
          ))}
        </ul>
      ) : null}
      {answer.pushedStreams.length > 0 ? (
        <p data-testid="what-if-streams" style={{ margin: '4px 0' }}>
          {wt(language, 'streams.title')}{' '}
          {answer.pushedStreams.map((s) => wt(language, 'streams.item', { stream: streamName(language, view.streams, s.streamId), days: s.maxPushDays, epics: s.epics })).join('; ')}
        </p>
      ) : null}
      {answer.unscheduled.length > 0 ? (
        <p data-testid="what-if-unscheduled" style={{ margin: '4px 0' }}>
          {wt(language, 'unscheduled.title')} {answer.unscheduled.map((epic) => `${epic.key} ${epic.summary}`).join('; ')}
        </p>
      ) : null}
      {answer.hiddenWaiting > 0 ? <p data-testid="what-if-hidden" style={{ margin: '2px 0' }}>{wt(language, 'hiddenWaiting', { count: answer.hiddenWaiting })}</p> : null}
      <p data-testid="what-if-critical" style={{ margin: '4px 0' }}>
        {answer.criticalPath.changed
          ? wt(language, 'critical.changed', {
              before: chain(language, answer.criticalPath.before.keys),
              beforeDays: answer.criticalPath.before.durationDays,
              after: chain(language, answer.criticalPath.after.keys),
              afterDays: answer.criticalPath.after.durationDays,
            })
          : wt(language, 'critical.same')}
      </p>
    </div>
  );
}
