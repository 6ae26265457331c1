import Button from '@atlaskit/button/new';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { StrategyView } from '../../../../../src/contract/strategy';
import { ownValue } from '../../../../../src/domain/id-keyed';
import type { StrategyNode } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { strategyDialogText } from './strategy-dialog-messages';
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

/**
 * The delete confirmation, as the content of a Forge modal's frame (the host draws the heading). The keyboard starts
 * on Cancel, the safe choice; a refusal is put into words here and nothing closes.
 */
export function DeleteDialog(props: { language: Language; view: StrategyView; node: StrategyNode; onDelete: () => Promise<AppError | null>; onClose: () => void }) {
  const { language, node } = props;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <main aria-label={st(language, 'delete.title', { title: node.title })} style={{ padding: '8px 20px 16px' }}>
      {deleteConsequences(language, props.view, node).map((line) => <p key={line} data-testid="delete-consequence">{line}</p>)}
      {refusal ? (
        <p role="alert" data-testid="delete-refusal" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>
          {`${strategyDialogText(language, 'dialog.notDeleted')} ${errorMessage(language, refusal)}`}
        </p>
      ) : null}
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 16 }}>
        <Button ref={cancelRef} appearance="subtle" onClick={props.onClose}>{st(language, 'cancel')}</Button>
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
      </div>
    </main>
  );
}
