import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { useMemo, useState } from 'react';
import type { StrategyView } from '../../../../../src/contract/strategy';
import { ownValue } from '../../../../../src/domain/id-keyed';
import type { StrategyTree } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { formatInstant } from '../programme/labels';
import { DeleteDialog } from './delete-dialog';
import { NodeDetail, type NodeAction } from './node-detail';
import { draftOf } from './node-draft';
import { NodeForm } from './node-form';
import { st } from './strategy-messages';
import { StrategyOutline } from './strategy-outline';
import { ancestorsOf, childrenOf, nodeById, placeFor, placeOf, visibleRows, type Place } from './tree-model';
import { useStrategy } from './use-strategy';
import { useTreeActions } from './use-tree-actions';

type FormState = { kind: 'add'; place: Place; parentTitle: string | null } | { kind: 'edit'; id: string } | null;
const hint = { fontSize: 12, color: 'var(--ds-text-subtle, #44546f)', margin: '4px 0' } as const;

/** The strategy tree tab: the cascade with its roll-ups; programme managers add, edit, move and delete. */
export function StrategyTab({ language }: { language: Language }) {
  const { load, reload, edit } = useStrategy();
  const view: StrategyView | null = load.state === 'ready' ? load.view : null;
  const tree = view?.tree ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [form, setForm] = useState<FormState>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const show = (stored: StrategyTree, id: string | null) => {
    if (id === null) return setSelectedId(null);
    setSelectedId(id);
    const open = new Set(ancestorsOf(stored, id));
    setCollapsed((current) => new Set([...current].filter((c) => !open.has(c))));
  };
  const actions = useTreeActions(language, tree, edit, show);
  const rows = useMemo(() => (tree ? visibleRows(tree, collapsed) : []), [tree, collapsed]);

  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error' || !view || !tree) return <ErrorState language={language} error={load.state === 'error' ? load.error : { code: 'NOT_FOUND', params: {} }} onRetry={reload} />;
  const selected = nodeById(tree, selectedId) ?? null;
  const roots = childrenOf(tree, null);
  const addRoot = () => setForm({ kind: 'add', place: { parentId: null, index: roots.length }, parentTitle: null });

  const act = (action: NodeAction) => {
    if (!selected) return;
    if (action === 'edit') setForm({ kind: 'edit', id: selected.id });
    else if (action === 'delete') setDeleting(selected.id);
    else if (action === 'addChild') setForm({ kind: 'add', place: { parentId: selected.id, index: childrenOf(tree, selected.id).length }, parentTitle: selected.title });
    else {
      const parent = nodeById(tree, selected.parentId);
      setForm({ kind: 'add', place: { parentId: selected.parentId, index: (placeOf(tree, selected.id)?.index ?? 0) + 1 }, parentTitle: parent?.title ?? null });
    }
  };
  const editing = form?.kind === 'edit' ? nodeById(tree, form.id) : undefined;
  const deletingNode = nodeById(tree, deleting);

  return (
    <div data-testid="strategy-tab">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <h2 style={{ fontSize: 16, margin: '4px 0' }}>{st(language, 'title')}</h2>
        {view.canEdit && roots.length > 0 ? <Button onClick={addRoot}>{st(language, 'action.addRoot')}</Button> : null}
      </div>
      {view.asOf ? <p style={hint}>{st(language, 'asOf', { when: formatInstant(language, view.asOf) })}</p> : null}
      {view.state !== 'ready' ? <p style={hint}>{st(language, 'building')}</p> : null}
      {!view.canEdit ? <p style={hint} data-testid="read-only-note">{st(language, 'readOnly')}</p> : roots.length > 0 ? <p style={hint}>{st(language, 'keyboardHint')}</p> : null}
      <VisuallyHidden>
        <div role="status" aria-live="polite" data-testid="strategy-announcement">{actions.announcement}</div>
      </VisuallyHidden>
      {actions.refusal ? (
        <SectionMessage appearance="error">
          <p data-testid="strategy-refusal">{errorMessage(language, actions.refusal)}</p>
        </SectionMessage>
      ) : null}
      {roots.length === 0 ? (
        <div data-testid="strategy-empty">
          <EmptyState>{st(language, 'empty')}</EmptyState>
          {view.canEdit ? <Button appearance="primary" onClick={addRoot}>{st(language, 'addFirst')}</Button> : null}
        </div>
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 16, marginTop: 8 }}>
          <StrategyOutline
            language={language}
            view={view}
            rows={rows}
            selectedId={selectedId}
            canEdit={view.canEdit}
            onSelect={setSelectedId}
            onToggle={(id, open) => setCollapsed((current) => new Set(open ? [...current].filter((c) => c !== id) : [...current, id]))}
            onMove={(id, place) => void actions.move(id, place)}
          />
          {selected ? (
            <NodeDetail language={language} view={view} node={selected} onAction={act} onMove={(move) => void actions.move(selected.id, placeFor(tree, selected.id, move))} />
          ) : (
            <p style={hint}>{st(language, 'detail.none')}</p>
          )}
        </div>
      )}
      {form?.kind === 'add' ? (
        <NodeForm
          language={language}
          heading={form.parentTitle === null ? st(language, 'form.addTitle') : st(language, 'form.addUnder', { parent: form.parentTitle })}
          initial={draftOf(null, '')}
          onClose={() => setForm(null)}
          onSave={async (fields) => {
            const error = await actions.add(form.place, fields);
            if (!error) setForm(null);
            return error;
          }}
        />
      ) : null}
      {editing ? (
        <NodeForm
          language={language}
          heading={st(language, 'form.editTitle', { title: editing.title })}
          initial={draftOf(editing, editing.ownerAccountId === null ? '' : (ownValue(view.people, editing.ownerAccountId) ?? st(language, 'unknownPerson')))}
          onClose={() => setForm(null)}
          onSave={async (fields) => {
            const error = await actions.update(editing.id, editing.rev, fields);
            if (!error) setForm(null);
            return error;
          }}
        />
      ) : null}
      {deletingNode ? (
        <DeleteDialog
          language={language}
          view={view}
          node={deletingNode}
          onClose={() => setDeleting(null)}
          onDelete={async () => {
            const error = await actions.remove(deletingNode.id);
            if (!error) setDeleting(null);
            return error;
          }}
        />
      ) : null}
    </div>
  );
}
