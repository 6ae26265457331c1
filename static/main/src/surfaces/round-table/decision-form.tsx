import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { SubmissionView } from '../../../../../src/contract/round-table';
import { CalendarDateSchema, type CalendarDate } from '../../../../../src/domain/calendar-date';
import { errorMessage, type Language } from '../../i18n/messages';
import { useResolver } from '../../use-resolver';
import { searchUsers } from '../settings/jira-people';
import { SearchPicker } from '../settings/search-picker';
import { Chip, formLabel, textAreaStyle } from '../strategy/form-parts';
import { rtPickerWords } from './cadence-fields';
import { selectStyle } from './rt-format';
import { rt } from './rt-messages';

export interface DecisionFields { text: string; ownerAccountId: string | null; dueDate: CalendarDate | null; supersedes: string | null; submissionIds: string[] }

/** Records a decision on an agenda item: text, owner, due date, the earlier decision it replaces, the submissions it answers. */
export function DecisionForm(props: { language: Language; submissions: SubmissionView[]; preselected: string[]; record: (fields: DecisionFields) => Promise<AppError | null>; onClose: () => void }) {
  const { language } = props;
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<{ id: string; name: string } | null>(null);
  const [due, setDue] = useState('');
  const [supersedes, setSupersedes] = useState('');
  const [answers, setAnswers] = useState<string[]>(props.preselected);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | 'text' | null>(null);
  const [log] = useResolver('decision/log', {});
  const earlier = log.state === 'ready' ? log.data.decisions.filter((d) => d.state !== 'superseded') : [];
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async () => {
    if (text.trim() === '') return setRefusal('text');
    setBusy(true);
    const problem = await props.record({ text: text.trim(), ownerAccountId: owner?.id ?? null, dueDate: due === '' ? null : CalendarDateSchema.parse(due), supersedes: supersedes === '' ? null : supersedes, submissionIds: answers });
    setBusy(false);
    setRefusal(problem);
    if (!problem) props.onClose();
  };
  return (
    <div role="group" aria-label={rt(language, 'decision.add')} data-testid="decision-form" style={{ marginTop: 8, padding: 8, border: '1px solid var(--ds-border, #091e4224)', borderRadius: 4 }}>
      <label style={formLabel} htmlFor="decision-text">{rt(language, 'decision.text')}</label>
      <textarea id="decision-text" ref={first} style={textAreaStyle} maxLength={2000} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="decision-text" />
      <span style={formLabel}>{rt(language, 'decision.owner')}</span>
      {owner ? <Chip text={owner.name} removeLabel={rt(language, 'decision.ownerRemove', { name: owner.name })} onRemove={() => setOwner(null)} /> : (
        <SearchPicker id="decision-owner" label={rt(language, 'decision.ownerSearch')} words={rtPickerWords(language)} search={searchUsers} onPick={(o) => setOwner({ id: o.id, name: o.label })} />
      )}
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <div style={{ width: 180 }}>
          <label style={formLabel} htmlFor="decision-due">{rt(language, 'decision.due')}</label>
          <Textfield id="decision-due" type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} testId="decision-due" />
        </div>
        {earlier.length > 0 ? (
          <label><span style={formLabel}>{rt(language, 'decision.supersedes')}</span>
            <select style={selectStyle} value={supersedes} onChange={(e) => setSupersedes(e.currentTarget.value)} data-testid="decision-supersedes">
              <option value="">{rt(language, 'decision.supersedesNone')}</option>
              {earlier.map((d) => <option key={d.id} value={d.id}>{d.text.slice(0, 80)}</option>)}
            </select>
          </label>
        ) : null}
      </div>
      {props.submissions.length > 0 ? (
        <fieldset style={{ border: 'none', padding: 0, margin: '8px 0 0' }}>
          <legend style={formLabel}>{rt(language, 'decision.answers')}</legend>
          {props.submissions.map((s) => (
            <label key={s.id} style={{ display: 'block' }}>
              <input type="checkbox" checked={answers.includes(s.id)} onChange={(e) => setAnswers(e.currentTarget.checked ? [...answers, s.id] : answers.filter((a) => a !== s.id))} /> {s.title}
            </label>
          ))}
        </fieldset>
      ) : null}
      {refusal ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="decision-refusal">{refusal === 'text' ? rt(language, 'decision.textProblem') : errorMessage(language, refusal)}</p>
        </SectionMessage>
      ) : null}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button appearance="primary" isLoading={busy} onClick={() => void submit()} testId="decision-save">{rt(language, 'decision.save')}</Button>
        <Button appearance="subtle" onClick={props.onClose}>{rt(language, 'decision.cancel')}</Button>
      </div>
    </div>
  );
}
