import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { view } from '@forge/bridge';
import { useMemo, useState } from 'react';
import { MAX_BULK_ISSUES, type TagsBulkResult } from '../../../../../src/contract/journey';
import type { AppError } from '../../../../../src/contract/errors';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';
import { TAG_SLOTS, type TagSlot, type Taxonomy, type UseCase } from '../../../../../src/domain';
import { errorMessage, translate, type Language } from '../../i18n/messages';
import { jt } from '../journey/journey-messages';
import { offeredOptions, tagOption } from '../journey/tag-options';
import { bulkRequest, choosesNothing, editOf, emptyChoice, type BulkProblem } from './bulk-choice';
import { BulkChoices } from './bulk-choices';
import { BulkDone } from './bulk-done';
import { previewOf } from './bulk-preview';
import { BulkPreviewList } from './bulk-preview-list';
import { scopeMessage, scopeText } from './bulk-scope-messages';
import type { BulkScope } from './bulk-scope';
import { bw } from './bulk-words';
import type { SearchedIssues } from './search-issues';
import { sendBulk } from './send-bulk';

type Phase =
  | { state: 'choosing'; problem?: BulkProblem; error?: AppError }
  | { state: 'applying' }
  | { state: 'done'; payload: ResolverPayload<'tags/bulk'>; result: TagsBulkResult };
type ScopeKind = Exclude<BulkScope['kind'], 'none'>;

function problemText(problem: BulkProblem, taxonomy: Taxonomy, useCases: readonly UseCase[], language: Language): string {
  if (problem.kind === 'nothing-chosen') return bw(language, 'problem.nothingChosen');
  const label = tagOption(problem.slot, problem.id, taxonomy, useCases, language).label;
  return bw(language, 'problem.notAddable', { label, slot: translate(language, `slot.${problem.slot}`) });
}

function Warning({ testId, text }: { testId: string; text: string }) {
  return (
    <div data-testid={testId}>
      <SectionMessage appearance="warning">
        <p>{text}</p>
      </SectionMessage>
    </div>
  );
}

export interface BulkFormProps {
  found: SearchedIssues;
  kind: ScopeKind;
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
  /** Starts over with the issues read again, so the next preview shows what Jira stores after this change. */
  onTagAgain: () => void;
}

/** Choose per dimension, preview per issue, apply, read the result per issue — for exactly the issues listed. */
export function BulkForm({ found, kind, taxonomy, useCases, language, onTagAgain }: BulkFormProps) {
  const [choice, setChoice] = useState(emptyChoice);
  const [phase, setPhase] = useState<Phase>({ state: 'choosing' });
  const keys = found.issues.map((i) => i.key);
  const summaries = useMemo(() => new Map(found.issues.map((i) => [i.key, i.summary])), [found]);
  const preview = useMemo(() => previewOf(found.issues, found.unreadable, editOf(choice)), [found, choice]);
  const addable = useMemo(() => new Map(TAG_SLOTS.map((slot) => [slot, new Set(offeredOptions(slot, taxonomy, useCases, language).map((o) => o.value))])), [taxonomy, useCases, language]);
  const close = () => void view.close();

  const apply = async () => {
    const request = bulkRequest(keys, choice, (slot: TagSlot, id: string) => addable.get(slot)?.has(id) ?? false);
    if (!request.ok) return setPhase({ state: 'choosing', problem: request.problem });
    setPhase({ state: 'applying' });
    const answer = await sendBulk(request.payload);
    setPhase(answer.ok ? { state: 'done', payload: request.payload, result: answer.data } : { state: 'choosing', error: answer.error });
  };

  if (phase.state === 'done') {
    return <BulkDone payload={phase.payload} result={phase.result} summaries={summaries} language={language} onClose={close} onTagAgain={onTagAgain} />;
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
      {found.more ? <Warning testId="bulk-more" text={jt(language, 'bulk.more', { limit: MAX_BULK_ISSUES })} /> : null}
      {found.unreadable.length > 0 ? <Warning testId="bulk-unreadable" text={scopeMessage(language, 'unreadable', { count: found.unreadable.length })} /> : null}
      <BulkChoices choice={choice} onChange={setChoice} taxonomy={taxonomy} useCases={useCases} language={language} isDisabled={applying} />
      <BulkPreviewList preview={preview} nothingChosen={choosesNothing(choice)} taxonomy={taxonomy} useCases={useCases} language={language} />
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
