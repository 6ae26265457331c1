import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { DECISION_STATES, type DecisionState } from '../../../../../src/domain/round-table/decision-types';
import type { Language } from '../../i18n/messages';
import { useResolver } from '../../use-resolver';
import { EmptyState, ErrorState, Loading } from '../../states';
import { formatDay } from '../programme/labels';
import { DecisionStateLozenge, FollowUpIssue } from './decision-words';
import { cell, hint, meetingDateOf } from './rt-format';
import { rt } from './rt-messages';
import { usePeople } from './use-people';

const COLUMNS = ['log.col.decision', 'log.col.state', 'log.col.owner', 'log.col.due', 'log.col.followUp', 'log.col.answers'] as const;

/** Every decision across meetings, worst first, with counts per state to filter by, owner, due date, follow-up and the submissions it answered. */
export function DecisionLog({ language, siteUrl }: { language: Language; siteUrl: string }) {
  const [load, reload] = useResolver('decision/log', {});
  const [filter, setFilter] = useState<DecisionState | null>(null);
  const decisions = load.state === 'ready' ? load.data.decisions : [];
  const people = usePeople(decisions.flatMap((d) => (d.ownerAccountId ? [d.ownerAccountId] : [])));
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  const { counts } = load.data;
  const shown = filter === null ? decisions : decisions.filter((d) => d.state === filter);
  return (
    <div data-testid="decision-log">
      <h2 style={{ fontSize: 16, margin: '4px 0' }}>{rt(language, 'log.title')}</h2>
      <div role="group" aria-label={rt(language, 'log.title')} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '8px 0' }}>
        <Button isSelected={filter === null} onClick={() => setFilter(null)}>{rt(language, 'log.all', { count: decisions.length })}</Button>
        {DECISION_STATES.map((state) => (
          <Button key={state} isSelected={filter === state} onClick={() => setFilter(state)} testId={`log-filter-${state}`}>{`${rt(language, `state.${state}`)} (${counts[state]})`}</Button>
        ))}
      </div>
      {shown.length === 0 ? (
        <EmptyState>{rt(language, 'log.empty')}</EmptyState>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <thead>
            <tr>{COLUMNS.map((key) => <th key={key} scope="col" style={cell}>{rt(language, key)}</th>)}</tr>
          </thead>
          <tbody>
            {shown.map((decision) => (
              <tr key={decision.id} data-testid={`log-row-${decision.id}`}>
                <td style={cell}>
                  <div>{decision.text}</div>
                  <div style={hint}>{rt(language, 'log.meeting', { date: formatDay(language, meetingDateOf(decision.meetingId) ?? decision.decidedAt.slice(0, 10)) })}</div>
                </td>
                <td style={cell}><DecisionStateLozenge language={language} state={decision.state} /></td>
                <td style={cell}>{decision.ownerAccountId === null ? rt(language, 'decision.noOwner') : (people.get(decision.ownerAccountId) ?? rt(language, 'unknownPerson'))}</td>
                <td style={cell}>{formatDay(language, decision.dueDate)}</td>
                <td style={cell}><FollowUpIssue language={language} decision={decision} siteUrl={siteUrl} /></td>
                <td style={cell}>
                  <ul style={{ margin: 0, paddingLeft: 16 }}>{decision.submissions.map((s) => <li key={s.id}>{s.title}</li>)}</ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
