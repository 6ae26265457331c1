import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { DependencyPreviewNote } from './dependency-preview-note';
import { IssuePicker, type PickedIssue } from './issue-picker';
import { checkNewDependency } from './new-dependency';
import { pt } from './messages';

const labelStyle = { display: 'block', fontWeight: 600, marginTop: 8 } as const;

/**
 * Blocker + waiting issue, each chosen in an issue picker (or typed as a key) → a "blocks" link in Jira. Below the
 * pickers, whether it would conflict. Coded errors from the server are put into words here.
 */
export function CreateDependencyDialog({ language, view, today, initialBlocked, onClose, onCreated }: {
  language: Language;
  view: ProgrammeView;
  today: CalendarDate;
  initialBlocked: string;
  onClose: () => void;
  onCreated: (blocker: string, blocked: string) => void;
}) {
  const [blocker, setBlocker] = useState<PickedIssue>({ text: '', choice: null });
  const [blocked, setBlocked] = useState<PickedIssue>({ text: initialBlocked, choice: null });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
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
      if (answer.ok) onCreated(checked.blockerKey, checked.blockedKey);
      else setProblem(errorMessage(language, answer.error));
    } catch (error) {
      const failure: AppError = { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } };
      setProblem(errorMessage(language, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal onClose={onClose} label={pt(language, 'create.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ModalHeader>
          <ModalTitle>{pt(language, 'create.title')}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <p>{pt(language, 'create.hint')}</p>
          <label htmlFor="create-blocker" style={labelStyle}>{pt(language, 'create.blocker')}</label>
          <IssuePicker id="create-blocker" language={language} value={blocker} onChange={setBlocker} />
          <label htmlFor="create-blocked" style={labelStyle}>{pt(language, 'create.blocked')}</label>
          <IssuePicker id="create-blocked" language={language} value={blocked} onChange={setBlocked} />
          <DependencyPreviewNote language={language} view={view} today={view.today ?? today} blocker={blocker} blocked={blocked} />
          {problem ? (
            <div style={{ marginTop: 8 }}>
              <SectionMessage appearance="error">
                <p data-testid="create-error">{problem}</p>
              </SectionMessage>
            </div>
          ) : null}
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={onClose}>{pt(language, 'cancel')}</Button>
          <Button appearance="primary" type="submit" isLoading={busy}>{pt(language, 'create.submit')}</Button>
        </ModalFooter>
      </form>
    </Modal>
  );
}
