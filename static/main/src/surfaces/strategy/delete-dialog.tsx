import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { StrategyView } from '../../../../../src/contract/strategy';
import { ownValue } from '../../../../../src/domain/id-keyed';
import type { StrategyNode } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { st } from './strategy-messages';
import { childrenOf, nodeById } from './tree-model';

/** What deleting does, said before it happens: sub-strategies move up, epics stay in Jira. */
export function deleteConsequences(language: Language, view: StrategyView, node: StrategyNode): string[] {
  const children = childrenOf(view.tree, node.id).length;
  const parent = nodeById(view.tree, node.parentId)?.title ?? st(language, 'delete.topLevel');
  // Hidden epics count too: they stay in Jira just the same.
  const epics = Math.max(ownValue(view.nodes, node.id)?.epics.length ?? 0, node.epicKeys.length);
  return [
    children === 0 ? st(language, 'delete.noChildren') : st(language, children === 1 ? 'delete.children.one' : 'delete.children.other', { count: children, parent }),
    epics === 0 ? st(language, 'delete.noEpics') : st(language, epics === 1 ? 'delete.epics.one' : 'delete.epics.other', { count: epics }),
  ];
}

export function DeleteDialog(props: { language: Language; view: StrategyView; node: StrategyNode; onDelete: () => Promise<AppError | null>; onClose: () => void }) {
  const { language, node } = props;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const title = st(language, 'delete.title', { title: node.title });
  return (
    <Modal onClose={props.onClose} label={title}>
      <ModalHeader>
        <ModalTitle appearance="danger">{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {deleteConsequences(language, props.view, node).map((line) => <p key={line} data-testid="delete-consequence">{line}</p>)}
        {refusal ? <p role="alert" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{errorMessage(language, refusal)}</p> : null}
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={props.onClose}>{st(language, 'cancel')}</Button>
        <Button
          appearance="danger"
          isLoading={busy}
          onClick={() => {
            setBusy(true);
            void props.onDelete().then((error) => {
              setBusy(false);
              setRefusal(error);
            });
          }}
        >
          {st(language, 'delete.confirm')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
