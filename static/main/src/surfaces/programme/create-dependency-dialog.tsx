import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { checkNewDependency } from './new-dependency';
import { pt } from './messages';

/** Blocker key + waiting key → a "blocks" link in Jira. Coded errors from the server are put into words here. */
export function CreateDependencyDialog({ language, initialBlocked, onClose, onCreated }: {
  language: Language;
  initialBlocked: string;
  onClose: () => void;
  onCreated: (blocker: string, blocked: string) => void;
}) {
  const [blocker, setBlocker] = useState('');
  const [blocked, setBlocked] = useState(initialBlocked);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    const checked = checkNewDependency(blocker, blocked);
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
          <label htmlFor="create-blocker" style={{ display: 'block', fontWeight: 600, marginTop: 8 }}>{pt(language, 'create.blocker')}</label>
          <Textfield id="create-blocker" name="blocker" autoFocus value={blocker} placeholder="DATA-12" onChange={(e) => setBlocker(e.currentTarget.value)} />
          <label htmlFor="create-blocked" style={{ display: 'block', fontWeight: 600, marginTop: 8 }}>{pt(language, 'create.blocked')}</label>
          <Textfield id="create-blocked" name="blocked" value={blocked} placeholder="CRM-8" onChange={(e) => setBlocked(e.currentTarget.value)} />
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
