import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { view as forgeView } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { StrategyEditPayload, StrategyView } from '../../../../../src/contract/strategy';
import { ownValue } from '../../../../../src/domain/id-keyed';
import type { StrategyNodeId } from '../../../../../src/domain/strategy/strategy-tree';
import { call } from '../../api';
import type { Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { DeleteDialog } from './delete-dialog';
import { draftOf } from './node-draft';
import { NodeForm } from './node-form';
import { strategyDialogText, type StrategyDialogMessageKey } from './strategy-dialog-messages';
import { st } from './strategy-messages';
import { StrategyModalContext, type StrategyFormContext, type StrategyModalOutcome } from './strategy-modal-context';
import { freshId, nodeById } from './tree-model';
import { useStrategy } from './use-strategy';

const close = (outcome?: StrategyModalOutcome) => void forgeView.close(outcome);

/**
 * Sends one edit; on success the modal closes with what was stored (the tab reloads the tree, so the dialog's own
 * copy is left as it is), on a refusal the coded error comes back to be shown in the dialog.
 */
async function store(payload: StrategyEditPayload, stored: StrategyModalOutcome): Promise<AppError | null> {
  try {
    const answer = await call('strategy/edit', payload);
    if (!answer.ok) return answer.error;
    close(stored);
    return null;
  } catch (error) {
    return { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } };
  }
}

/** A dialog that cannot do its job says why, with the keyboard on its one way out. */
function CannotProceed({ language, reason }: { language: Language; reason: StrategyDialogMessageKey }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <main style={{ padding: 16 }}>
      <SectionMessage appearance="warning"><p data-testid="strategy-dialog-problem">{strategyDialogText(language, reason)}</p></SectionMessage>
      <div style={{ marginTop: 12 }}><Button ref={closeRef} onClick={() => close()}>{strategyDialogText(language, 'dialog.close')}</Button></div>
    </main>
  );
}

/**
 * The content of a strategy modal (add, edit or delete): it loads the tree itself, saves with `strategy/edit` and
 * keeps a refusal (a stale revision, a strategy gone) in words inside the dialog; a stored change closes it.
 */
export function StrategyDialog({ language, modal }: { language: Language; modal: unknown }) {
  const parsed = StrategyModalContext.safeParse(modal);
  const { load, reload } = useStrategy();
  if (!parsed.success) return <CannotProceed language={language} reason="dialog.unreadable" />;
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  const context = parsed.data;
  if (context.kind === 'strategy-form') return <FormDialog language={language} view={load.view} context={context} />;
  const node = nodeById(load.view.tree, context.id);
  if (!node) return <CannotProceed language={language} reason="dialog.gone" />;
  return (
    <DeleteDialog
      language={language}
      view={load.view}
      node={node}
      onClose={() => close()}
      onDelete={() => store({ kind: 'delete', id: node.id }, { done: 'deleted', title: node.title, showId: node.parentId })}
    />
  );
}

function FormDialog({ language, view, context }: { language: Language; view: StrategyView; context: StrategyFormContext }) {
  // One id for the new strategy, however often the form is sent.
  const [id] = useState(() => freshId('n') as StrategyNodeId);
  if (context.mode === 'add') {
    const parent = nodeById(view.tree, context.parentId);
    if (context.parentId !== null && !parent) return <CannotProceed language={language} reason="dialog.gone" />;
    return (
      <NodeForm
        language={language}
        heading={parent ? st(language, 'form.addUnder', { parent: parent.title }) : st(language, 'form.addTitle')}
        initial={draftOf(null, '')}
        onClose={() => close()}
        onSave={(fields) => store({ kind: 'add', id, parentId: context.parentId, index: context.index, fields }, { done: 'added', title: fields.title, showId: id })}
      />
    );
  }
  const node = nodeById(view.tree, context.id);
  if (!node) return <CannotProceed language={language} reason="dialog.gone" />;
  const ownerName = node.ownerAccountId === null ? '' : (ownValue(view.people, node.ownerAccountId) ?? st(language, 'unknownPerson'));
  return (
    <NodeForm
      language={language}
      heading={st(language, 'form.editTitle', { title: node.title })}
      initial={draftOf(node, ownerName)}
      onClose={() => close()}
      onSave={(fields) => store({ kind: 'update', id: node.id, baseRev: node.rev, fields }, { done: 'saved', title: fields.title, showId: node.id })}
    />
  );
}
