import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { DecisionView } from '../../../../../src/contract/round-table';
import { errorMessage, type Language } from '../../i18n/messages';
import { formLabel } from '../strategy/form-parts';
import { creatableIssueTypes, creatableProjects, type IssueTypeChoice, type ProjectChoice } from './jira-create';
import { hint, selectStyle } from './rt-format';
import { rt } from './rt-messages';

type Choices<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; options: T[] };
const failed = (error: unknown) => ({ state: 'failed' as const, message: error instanceof Error ? error.message : String(error) });

/** Project and issue type as Jira offers them to the person, a summary (the decision's text), and "Create issue" — asked inline. */
export function FollowUpForm({ language, decision, create, onClose }: { language: Language; decision: DecisionView; create: (projectKey: string, issueTypeId: string, summary: string) => Promise<AppError | null>; onClose: () => void }) {
  const [projects, setProjects] = useState<Choices<ProjectChoice>>({ state: 'loading' });
  const [types, setTypes] = useState<Choices<IssueTypeChoice> | null>(null);
  const [projectKey, setProjectKey] = useState('');
  const [typeId, setTypeId] = useState('');
  const [summary, setSummary] = useState(decision.text.slice(0, 255));
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  useEffect(() => {
    let current = true;
    creatableProjects().then((options) => current && setProjects({ state: 'ready', options })).catch((e: unknown) => current && setProjects(failed(e)));
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => {
    setTypeId('');
    if (projectKey === '') return setTypes(null);
    let current = true;
    setTypes({ state: 'loading' });
    creatableIssueTypes(projectKey)
      .then((options) => current && (setTypes({ state: 'ready', options }), setTypeId(options.find((o) => o.name === 'Task')?.id ?? options[0]?.id ?? '')))
      .catch((e: unknown) => current && setTypes(failed(e)));
    return () => {
      current = false;
    };
  }, [projectKey]);
  const submit = async () => {
    setBusy(true);
    const problem = await create(projectKey, typeId, summary.trim());
    setBusy(false);
    setRefusal(problem);
    if (!problem) onClose();
  };
  return (
    <div role="group" aria-label={rt(language, 'followUp.create')} data-testid="follow-up-form" style={{ marginTop: 8, padding: 8, border: '1px solid var(--ds-border, #091e4224)', borderRadius: 4 }}>
      {projects.state === 'loading' ? <p role="status" style={hint}>{rt(language, 'followUp.loading')}</p> : null}
      {projects.state === 'failed' ? <p role="alert" style={hint}>{rt(language, 'followUp.failed', { message: projects.message })}</p> : null}
      {projects.state === 'ready' && projects.options.length === 0 ? <p style={hint}>{rt(language, 'followUp.noProjects')}</p> : null}
      {projects.state === 'ready' && projects.options.length > 0 ? (
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <label><span style={formLabel}>{rt(language, 'followUp.project')}</span>
            <select style={selectStyle} value={projectKey} onChange={(e) => setProjectKey(e.currentTarget.value)} data-testid="follow-up-project">
              <option value="">{rt(language, 'followUp.choose')}</option>
              {projects.options.map((p) => <option key={p.key} value={p.key}>{`${p.name} (${p.key})`}</option>)}
            </select>
          </label>
          {types?.state === 'ready' && types.options.length > 0 ? (
            <label><span style={formLabel}>{rt(language, 'followUp.type')}</span>
              <select style={selectStyle} value={typeId} onChange={(e) => setTypeId(e.currentTarget.value)} data-testid="follow-up-type">
                {types.options.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              </select>
            </label>
          ) : null}
        </div>
      ) : null}
      {types?.state === 'loading' ? <p role="status" style={hint}>{rt(language, 'search.searching')}</p> : null}
      {types?.state === 'failed' ? <p role="alert" style={hint}>{rt(language, 'followUp.failed', { message: types.message })}</p> : null}
      {types?.state === 'ready' && types.options.length === 0 ? <p style={hint}>{rt(language, 'followUp.noTypes')}</p> : null}
      <label htmlFor={`follow-up-summary-${decision.id}`} style={formLabel}>{rt(language, 'followUp.summary')}</label>
      <Textfield id={`follow-up-summary-${decision.id}`} value={summary} maxLength={255} onChange={(e) => setSummary(e.currentTarget.value)} />
      {refusal ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="follow-up-refusal">{errorMessage(language, refusal)}</p>
        </SectionMessage>
      ) : null}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button appearance="primary" isLoading={busy} isDisabled={projectKey === '' || typeId === '' || summary.trim() === ''} onClick={() => void submit()} testId="follow-up-save">{rt(language, 'followUp.save')}</Button>
        <Button appearance="subtle" onClick={onClose}>{rt(language, 'decision.cancel')}</Button>
      </div>
    </div>
  );
}
