import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { SubmissionView } from '../../../../../src/contract/round-table';
import { MAX_SUBMISSION_TEXT } from '../../../../../src/domain/round-table/submission';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { FieldProblemText } from './field-problem';
import { KindChoice } from './kind-choice';
import { OptionalFields } from './optional-fields';
import { checkDraft, DRAFT_FIELDS, EMPTY_DRAFT, fieldOfError, type FieldProblems, type SubmissionDraft } from './submission-draft';
import { st } from './submit-messages';
import { useSubmitChoices } from './use-submit-choices';

type Outcome = { state: 'editing' } | { state: 'sending' } | { state: 'fix' } | { state: 'failed'; message: string } | { state: 'sent'; title: string };

const label = { display: 'block', fontWeight: 600, margin: '12px 0 4px' } as const;
const FOCUS_TARGET: Record<(typeof DRAFT_FIELDS)[number], string> = { kind: 'input[name="rt-kind"]', title: '#rt-title', text: '#rt-text', touchpoints: '#rt-touchpoints', useCases: '#rt-use-cases', streamId: '#rt-stream', issueKeys: '#rt-issue-search' };

/**
 * The round-table submission form, for the Confluence page and Jira's Round table tab. A refused submit keeps every
 * field as typed and says at each field what is wrong; a stored one says what happens next and empties the form.
 */
export function SubmitForm({ language, onSubmitted }: { language: Language; onSubmitted?: (submission: SubmissionView) => void }) {
  const choices = useSubmitChoices(language);
  const [draft, setDraft] = useState<SubmissionDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [outcome, setOutcome] = useState<Outcome>({ state: 'editing' });
  const change = (patch: Partial<SubmissionDraft>) => {
    setDraft((before) => ({ ...before, ...patch }));
    if (outcome.state === 'sent') setOutcome({ state: 'editing' });
  };
  const showProblems = (found: FieldProblems) => {
    setProblems(found);
    setOutcome({ state: 'fix' });
    const first = DRAFT_FIELDS.find((field) => found[field]);
    if (first) requestAnimationFrame(() => document.querySelector<HTMLElement>(FOCUS_TARGET[first])?.focus());
  };

  const submit = async () => {
    const checked = checkDraft(draft);
    if (!checked.ok) return showProblems(checked.problems);
    setProblems({});
    setOutcome({ state: 'sending' });
    try {
      const answer = await call('submission/create', { input: checked.input });
      if (answer.ok) {
        setDraft(EMPTY_DRAFT);
        setOutcome({ state: 'sent', title: answer.data.submission.title });
        onSubmitted?.(answer.data.submission);
        return undefined;
      }
      const field = fieldOfError(answer.error);
      if (field) return showProblems({ [field]: { kind: 'refused', message: String(answer.error.params?.message ?? '') } });
      return setOutcome({ state: 'failed', message: errorMessage(language, answer.error) });
    } catch (error) {
      return setOutcome({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const textLength = draft.text.trim().length;
  const textLeft = MAX_SUBMISSION_TEXT - textLength;
  return (
    <form aria-label={st(language, 'heading')} noValidate onSubmit={(event) => (event.preventDefault(), void submit())} style={{ maxWidth: 860 }}>
      <KindChoice language={language} value={draft.kind} problem={problems.kind} onChange={(kind) => change({ kind })} />
      <label htmlFor="rt-title" style={label}>{st(language, 'title')}</label>
      <Textfield id="rt-title" value={draft.title} isInvalid={!!problems.title} aria-describedby={problems.title ? 'rt-title-problem' : undefined} onChange={(event) => change({ title: event.currentTarget.value })} />
      <FieldProblemText id="rt-title-problem" language={language} problem={problems.title} />
      <label htmlFor="rt-text" style={label}>{st(language, 'text')}</label>
      <textarea
        id="rt-text"
        rows={7}
        value={draft.text}
        aria-invalid={problems.text ? true : undefined}
        aria-describedby={`rt-text-count${problems.text ? ' rt-text-problem' : ''}`}
        onChange={(event) => change({ text: event.currentTarget.value })}
        style={{ width: '100%', boxSizing: 'border-box', padding: 8, font: 'inherit', borderRadius: 3, border: `2px solid ${problems.text ? 'var(--ds-border-danger, #e2483d)' : 'var(--ds-border-input, #8590a2)'}` }}
      />
      <p id="rt-text-count" data-testid="rt-text-count" aria-live="polite" style={{ margin: '2px 0 0', fontSize: 12, color: textLeft < 0 ? 'var(--ds-text-danger, #ae2e24)' : 'var(--ds-text-subtle, #44546f)' }}>
        {textLeft >= 0 ? st(language, 'remaining', { count: textLeft }) : st(language, 'over', { count: -textLeft })}
      </p>
      <FieldProblemText id="rt-text-problem" language={language} problem={problems.text} />
      <OptionalFields language={language} draft={draft} choices={choices} problems={problems} onChange={change} />
      <div role="status" aria-live="polite" style={{ margin: '16px 0 8px' }}>
        {outcome.state === 'fix' ? <SectionMessage appearance="warning"><p data-testid="rt-submit-outcome">{st(language, 'notSent')}</p></SectionMessage> : null}
        {outcome.state === 'failed' ? <SectionMessage appearance="error"><p data-testid="rt-submit-outcome">{st(language, 'failed', { message: outcome.message })}</p></SectionMessage> : null}
        {outcome.state === 'sent' ? <SectionMessage appearance="success"><p data-testid="rt-submit-outcome">{st(language, 'success', { title: outcome.title })}</p></SectionMessage> : null}
      </div>
      <Button type="submit" appearance="primary" isDisabled={outcome.state === 'sending'}>
        {outcome.state === 'sending' ? st(language, 'submitting') : st(language, 'submit')}
      </Button>
    </form>
  );
}
