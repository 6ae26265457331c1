import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { view as bridgeView } from '@forge/bridge';
import { format } from 'date-fns';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { createDependencyText } from './create-dependency-messages';
import { CreateDependencyContext, type CreateDependencyOutcome } from './create-dependency-modal';
import { CreateDependencyPreview } from './create-dependency-preview';
import { usePreviewView } from './create-dependency-view';
import { IssuePicker, type PickedIssue } from './issue-picker';
import { checkNewDependency } from './new-dependency';
import { pt } from './messages';

const labelStyle = { display: 'block', fontWeight: 600, marginTop: 8 } as const;
/**
 * The frame grows with its content, and an issue picker's list floats over what follows it (up to ~260 px below
 * its field): this much height keeps the waiting issue's list inside the frame instead of scrolling it.
 */
const FRAME_MIN_HEIGHT = 480;
const close = (outcome?: CreateDependencyOutcome) => void bridgeView.close(outcome);

/**
 * The content of the "Create dependency" Forge modal: blocker + waiting issue, each chosen in an issue picker (or
 * typed as a key) → a "blocks" link in Jira; below the pickers, whether it would conflict. Coded errors from the
 * server are put into words here; the modal closes with what was created, and the page flags it and reloads.
 */
export function CreateDependencyDialog({ language, modal }: { language: Language; modal: unknown }) {
  const parsed = CreateDependencyContext.safeParse(modal);
  if (!parsed.success) return <Unreadable language={language} />;
  return <CreateDependencyForm language={language} initialBlocked={parsed.data.initialBlocked} projectKey={parsed.data.projectKey} />;
}

/** A modal opened without a readable context (it cannot happen from the page): says so, and offers only Cancel. */
function Unreadable({ language }: { language: Language }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <main style={{ padding: 16 }}>
      <SectionMessage appearance="error"><p>{createDependencyText(language, 'createModal.unreadable')}</p></SectionMessage>
      <Button ref={cancelRef} onClick={() => close()}>{pt(language, 'cancel')}</Button>
    </main>
  );
}

function CreateDependencyForm({ language, initialBlocked, projectKey }: { language: Language; initialBlocked: string; projectKey: string | undefined }) {
  const [load, retry] = usePreviewView(projectKey);
  const today = useMemo(() => format(new Date(), 'yyyy-MM-dd') as CalendarDate, []);
  const [blocker, setBlocker] = useState<PickedIssue>({ text: '', choice: null });
  const [blocked, setBlocked] = useState<PickedIssue>({ text: initialBlocked, choice: null });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Focus starts in the first picker: the blocker is what the user chooses first.
  useEffect(() => document.getElementById('create-blocker')?.focus(), []);
  const submit = async () => {
    const checked = checkNewDependency(blocker.text, blocked.text);
    if (!checked.ok) {
      setProblem(pt(language, checked.problem === 'same' ? 'create.same' : 'create.invalidKey'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const answer = await call('dependency/create', { blockerKey: checked.blockerKey, blockedKey: checked.blockedKey });
      if (answer.ok) return close({ created: true, blocker: checked.blockerKey, blocked: checked.blockedKey });
      setProblem(errorMessage(language, answer.error));
    } catch (error) {
      const failure: AppError = { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } };
      setProblem(errorMessage(language, failure));
    }
    setBusy(false);
  };
  return (
    <main aria-label={pt(language, 'create.title')} style={{ padding: '8px 20px 16px', minHeight: FRAME_MIN_HEIGHT, boxSizing: 'border-box' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p style={{ marginTop: 0 }}>{pt(language, 'create.hint')}</p>
        <label htmlFor="create-blocker" style={labelStyle}>{pt(language, 'create.blocker')}</label>
        <IssuePicker id="create-blocker" language={language} value={blocker} onChange={setBlocker} />
        <label htmlFor="create-blocked" style={labelStyle}>{pt(language, 'create.blocked')}</label>
        <IssuePicker id="create-blocked" language={language} value={blocked} onChange={setBlocked} />
        <CreateDependencyPreview language={language} load={load} today={today} onRetry={retry} blocker={blocker} blocked={blocked} />
        {problem ? (
          <div style={{ marginTop: 8 }}>
            <SectionMessage appearance="error">
              <p data-testid="create-error" role="alert">{problem}</p>
            </SectionMessage>
          </div>
        ) : null}
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 16 }}>
          <Button appearance="subtle" onClick={() => close()}>{pt(language, 'cancel')}</Button>
          <Button appearance="primary" type="submit" isLoading={busy}>{pt(language, 'create.submit')}</Button>
        </div>
      </form>
    </main>
  );
}
