import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { Evidence } from '../../../../../src/domain/dependencies/types';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { pt } from './messages';

/** Asks before deleting one Jira link: the link disappears for everyone, not just from this page. */
export function RemoveLinkDialog({ language, evidence, onClose, onRemoved }: { language: Language; evidence: Evidence; onClose: () => void; onRemoved: (evidence: Evidence) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const names = { blocker: evidence.blocker, blocked: evidence.blocked };
  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await call('dependency/remove', { linkId: evidence.linkId });
      if (answer.ok) onRemoved(evidence);
      else setProblem(errorMessage(language, answer.error));
    } catch (error) {
      setProblem(errorMessage(language, { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal onClose={onClose} label={pt(language, 'remove.title')}>
      <ModalHeader>
        <ModalTitle appearance="danger">{pt(language, 'remove.title')}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p>{pt(language, 'remove.body', names)}</p>
        {problem ? (
          <SectionMessage appearance="error">
            <p data-testid="remove-error">{problem}</p>
          </SectionMessage>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>{pt(language, 'cancel')}</Button>
        <Button appearance="danger" isLoading={busy} onClick={() => void remove()}>{pt(language, 'remove.confirm')}</Button>
      </ModalFooter>
    </Modal>
  );
}
