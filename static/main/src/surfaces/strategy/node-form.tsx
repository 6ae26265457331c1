import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { useMemo, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { StrategyNodeFields } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { searchUsers } from '../settings/jira-people';
import { SearchPicker } from '../settings/search-picker';
import { Chip, FormProblem, formHint, formLabel, pickerWords, textAreaStyle } from './form-parts';
import { KpiEditor } from './kpi-editor';
import { draftProblems, fieldsOf, type NodeDraft } from './node-draft';
import { searchEpics } from './search-epics';
import { st } from './strategy-messages';

/** The buttons stay in view at the foot of the modal's frame when the form is taller than the dialog. */
const footer = { position: 'sticky', bottom: 0, display: 'flex', justifyContent: 'flex-end', gap: 8, padding: '12px 0', background: 'var(--ds-surface-overlay, #fff)' } as const;

export interface NodeFormProps {
  language: Language;
  heading: string;
  initial: NodeDraft;
  /** Sends the fields; a coded refusal comes back to be shown in words, with the draft kept. */
  onSave: (fields: StrategyNodeFields) => Promise<AppError | null>;
  onClose: () => void;
}

/**
 * Add or edit one strategy: every field of the node, the owner and epics picked from Jira as the user sees it. It is
 * the content of a Forge modal's frame (the host draws the heading); the buttons stay at the frame's foot.
 */
export function NodeForm({ language, heading, initial, onSave, onClose }: NodeFormProps) {
  const [draft, setDraft] = useState<NodeDraft>(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const shown = attempted ? problems : [];
  const edit = (change: Partial<NodeDraft>) => setDraft((d) => ({ ...d, ...change }));
  const words = pickerWords(language);

  async function save() {
    setAttempted(true);
    if (problems.length > 0) return;
    setSaving(true);
    setRefusal(null);
    const error = await onSave(fieldsOf(draft));
    setSaving(false);
    if (error) setRefusal(error);
  }

  const textArea = (field: 'summary' | 'goal', label: string) => (
    <>
      <label htmlFor={`node-${field}`} style={formLabel}>{label}</label>
      <textarea id={`node-${field}`} style={textAreaStyle} value={draft[field]} onChange={(e) => edit({ [field]: e.currentTarget.value })} />
      <FormProblem language={language} problems={shown} field={field} />
    </>
  );

  return (
    <main aria-label={heading} style={{ padding: '0 20px' }}>
      <form id="strategy-node-form" onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <label htmlFor="node-title" style={formLabel}>{st(language, 'form.title')}</label>
        <Textfield id="node-title" autoFocus value={draft.title} isInvalid={shown.some((p) => p.field === 'title')} onChange={(e) => edit({ title: e.currentTarget.value })} />
        <FormProblem language={language} problems={shown} field="title" />

        <span style={formLabel}>{st(language, 'form.owner')}</span>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '4px 0' }} data-testid="owner-chosen">
          {draft.ownerAccountId === null ? <span style={formHint}>{st(language, 'form.ownerNone')}</span> : <strong>{draft.ownerName}</strong>}
          {draft.ownerAccountId !== null ? <Button spacing="compact" appearance="subtle" onClick={() => edit({ ownerAccountId: null, ownerName: '' })}>{st(language, 'form.ownerClear')}</Button> : null}
        </div>
        <SearchPicker id="node-owner" label={st(language, 'form.ownerSearch')} words={words} search={searchUsers} onPick={(o) => edit({ ownerAccountId: o.id, ownerName: o.label })} />

        {textArea('summary', st(language, 'form.summary'))}
        {textArea('goal', st(language, 'form.goal'))}

        <label htmlFor="node-concept" style={formLabel}>{st(language, 'form.concept')}</label>
        <Textfield id="node-concept" type="url" value={draft.conceptUrl} isInvalid={shown.some((p) => p.field === 'conceptUrl')} onChange={(e) => edit({ conceptUrl: e.currentTarget.value })} />
        <p style={formHint}>{st(language, 'form.conceptHint')}</p>
        <FormProblem language={language} problems={shown} field="conceptUrl" />

        <span style={formLabel}>{st(language, 'form.epics')}</span>
        <div data-testid="epic-keys" style={{ margin: '4px 0' }}>
          {draft.epicKeys.length === 0 ? <span style={formHint}>{st(language, 'form.epicsNone')}</span> : null}
          {draft.epicKeys.map((key) => (
            <Chip key={key} text={key} removeLabel={st(language, 'form.epicRemove', { key })} onRemove={() => edit({ epicKeys: draft.epicKeys.filter((k) => k !== key) })} />
          ))}
        </div>
        <SearchPicker id="node-epic" label={st(language, 'form.epicSearch')} words={words} search={searchEpics} minChars={2} onPick={(o) => draft.epicKeys.includes(o.id) || edit({ epicKeys: [...draft.epicKeys, o.id] })} />
        <FormProblem language={language} problems={shown} field="epicKeys" />

        <label htmlFor="node-jql" style={formLabel}>{st(language, 'form.jql')}</label>
        <textarea id="node-jql" style={{ ...textAreaStyle, minHeight: 40, fontFamily: 'var(--ds-font-family-code, monospace)' }} value={draft.epicJql} onChange={(e) => edit({ epicJql: e.currentTarget.value })} />
        <p style={formHint}>{st(language, 'form.jqlHint')}</p>
        <FormProblem language={language} problems={shown} field="epicJql" />

        <KpiEditor language={language} kpis={draft.kpis} problems={shown} onChange={(kpis) => edit({ kpis })} />
        {attempted && problems.length > 0 ? <p role="alert" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{st(language, 'problem.form')}</p> : null}
        {refusal ? <p role="alert" data-testid="form-refusal" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{errorMessage(language, refusal)}</p> : null}
      </form>
      <div style={footer}>
        <Button appearance="subtle" onClick={onClose}>{st(language, 'cancel')}</Button>
        <Button appearance="primary" type="submit" form="strategy-node-form" isLoading={saving}>{st(language, saving ? 'saving' : 'save')}</Button>
      </div>
    </main>
  );
}
