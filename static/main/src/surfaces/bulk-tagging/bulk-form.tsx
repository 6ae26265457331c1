import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { view } from '@forge/bridge';
import { useState } from 'react';
import { MAX_BULK_ISSUES, type TagsBulkResult } from '../../../../../src/contract/journey';
import type { AppError } from '../../../../../src/contract/errors';
import type { Taxonomy, UseCase } from '../../../../../src/domain';
import { call } from '../../api';
import { errorMessage, translate, type Language } from '../../i18n/messages';
import { jt } from '../journey/journey-messages';
import { tagOption } from '../journey/tag-options';
import { BulkChoices } from './bulk-choices';
import { bulkRequest, emptyChoice, type BulkProblem } from './bulk-payload';
import { BulkResults } from './bulk-results';
import type { BulkScope } from './bulk-scope';
import { scopeLabel, scopeMessage, scopeText } from './bulk-scope-messages';
import type { SearchedIssues } from './search-issues';

type Phase = { state: 'choosing'; problem?: BulkProblem; error?: AppError } | { state: 'applying' } | { state: 'done'; result: TagsBulkResult };
type ScopeKind = Exclude<BulkScope['kind'], 'none'>;

function problemText(problem: BulkProblem, taxonomy: Taxonomy, useCases: readonly UseCase[], language: Language): string {
  if (problem.kind === 'nothing-chosen') return jt(language, 'bulk.nothingChosen');
  const label = tagOption(problem.slot, problem.id, taxonomy, useCases, language).label;
  return jt(language, 'bulk.both', { label, slot: translate(language, `slot.${problem.slot}`) });
}

function IssueList({ found, kind, language }: { found: SearchedIssues; kind: ScopeKind; language: Language }) {
  return (
    <details>
      <summary>{scopeLabel(language, 'issues', kind)} ({found.issues.length})</summary>
      <ul data-testid="bulk-issues" style={{ maxHeight: 200, overflow: 'auto', margin: '4px 0' }}>
        {found.issues.map((issue) => (
          <li key={issue.key}>
            <strong>{issue.key}</strong> {issue.summary}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface BulkFormProps {
  found: SearchedIssues;
  kind: ScopeKind;
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
}

/** Choose, apply, read the result per issue: for exactly the issues listed (the selection, or the search's). */
export function BulkForm({ found, kind, taxonomy, useCases, language }: BulkFormProps) {
  const [choice, setChoice] = useState(emptyChoice);
  const [phase, setPhase] = useState<Phase>({ state: 'choosing' });
  const keys = found.issues.map((i) => i.key);
  const summaries = new Map(found.issues.map((i) => [i.key, i.summary]));
  const close = () => void view.close();

  const apply = async () => {
    const request = bulkRequest(keys, choice);
    if (!request.ok) return setPhase({ state: 'choosing', problem: request.problem });
    setPhase({ state: 'applying' });
    try {
      const answer = await call('tags/bulk', request.payload);
      setPhase(answer.ok ? { state: 'done', result: answer.data } : { state: 'choosing', error: answer.error });
    } catch (error) {
      setPhase({ state: 'choosing', error: { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } } });
    }
  };

  if (phase.state === 'done') {
    return (
      <div>
        <BulkResults result={phase.result} summaries={summaries} language={language} />
        <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
          <Button appearance="primary" onClick={close}>{jt(language, 'bulk.close')}</Button>
          <Button onClick={() => setPhase({ state: 'choosing' })}>{jt(language, 'bulk.again')}</Button>
        </div>
      </div>
    );
  }
  const applying = phase.state === 'applying';
  return (
    <form
      aria-label={jt(language, 'bulk.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <p data-testid="bulk-count">{scopeText(language, 'count', kind, keys.length)}</p>
      {found.more ? (
        <div data-testid="bulk-more">
          <SectionMessage appearance="warning">
            <p>{jt(language, 'bulk.more', { limit: MAX_BULK_ISSUES })}</p>
          </SectionMessage>
        </div>
      ) : null}
      {found.unreadable.length > 0 ? (
        <div data-testid="bulk-unreadable">
          <SectionMessage appearance="warning">
            <p>{scopeMessage(language, 'unreadable', { count: found.unreadable.length })}</p>
          </SectionMessage>
        </div>
      ) : null}
      <IssueList found={found} kind={kind} language={language} />
      <BulkChoices choice={choice} onChange={setChoice} taxonomy={taxonomy} useCases={useCases} language={language} isDisabled={applying} />
      {phase.state === 'choosing' && phase.problem ? (
        <p role="alert" data-testid="bulk-problem" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>
          {problemText(phase.problem, taxonomy, useCases, language)}
        </p>
      ) : null}
      {phase.state === 'choosing' && phase.error ? (
        <div role="alert">
          <SectionMessage appearance="error">
            <p>
              {jt(language, 'bulk.failedAll')} <span data-testid="error-message">{errorMessage(language, phase.error)}</span>
            </p>
          </SectionMessage>
        </div>
      ) : null}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 8 }}>
        <Button type="submit" appearance="primary" isLoading={applying}>
          {applying ? jt(language, 'bulk.applying') : scopeText(language, 'apply', kind, keys.length)}
        </Button>
        <Button onClick={close} isDisabled={applying}>{jt(language, 'bulk.close')}</Button>
      </div>
    </form>
  );
}
