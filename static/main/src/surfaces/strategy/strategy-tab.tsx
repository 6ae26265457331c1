import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { useEffect, useMemo, useState } from 'react';
import type { StrategyView } from '../../../../../src/contract/strategy';
import type { StrategyNodeId, StrategyTree } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { formatInstant } from '../programme/labels';
import { NodeDetail, type NodeAction } from './node-detail';
import { st } from './strategy-messages';
import type { StrategyModalContext } from './strategy-modal-context';
import { openStrategyModal } from './strategy-modals';
import { StrategyOutline } from './strategy-outline';
import { ancestorsOf, childrenOf, nodeById, placeFor, placeOf, visibleRows } from './tree-model';
import { useStrategy } from './use-strategy';
import { useTreeActions } from './use-tree-actions';

const hint = { fontSize: 12, color: 'var(--ds-text-subtle, #44546f)', margin: '4px 0' } as const;

/** The strategy tree tab: the cascade with its roll-ups; programme managers add, edit, move and delete. */
export function StrategyTab({ language }: { language: Language }) {
  const { load, reload, refresh, edit } = useStrategy();
  const view: StrategyView | null = load.state === 'ready' ? load.view : null;
  const tree = view?.tree ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // The strategy to show once the tree a dialog changed is reloaded (undefined: none waiting; null: none selected).
  const [toShow, setToShow] = useState<string | null | undefined>(undefined);
  const show = (stored: StrategyTree, id: string | null) => {
    if (id === null) return setSelectedId(null);
    setSelectedId(id);
    const open = new Set(ancestorsOf(stored, id));
    setCollapsed((current) => new Set([...current].filter((c) => !open.has(c))));
  };
  const actions = useTreeActions(language, tree, edit, show);
  const rows = useMemo(() => (tree ? visibleRows(tree, collapsed) : []), [tree, collapsed]);
  useEffect(() => {
    if (!tree || toShow === undefined || (toShow !== null && !nodeById(tree, toShow))) return;
    setToShow(undefined);
    show(tree, toShow);
  }, [tree, toShow]);

  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error' || !view || !tree) return <ErrorState language={language} error={load.state === 'error' ? load.error : { code: 'NOT_FOUND', params: {} }} onRetry={reload} />;
  const selected = nodeById(tree, selectedId) ?? null;
  const roots = childrenOf(tree, null);
  const open = (context: StrategyModalContext, title: string) =>
    void openStrategyModal(language, context, title, (outcome) => {
      setToShow(outcome.showId);
      refresh();
    });
  const addUnder = (parentId: StrategyNodeId | null, index: number) => {
    const parent = nodeById(tree, parentId);
    open({ kind: 'strategy-form', mode: 'add', parentId, index }, parent ? st(language, 'form.addUnder', { parent: parent.title }) : st(language, 'form.addTitle'));
  };
  const addRoot = () => addUnder(null, roots.length);

  const act = (action: NodeAction) => {
    if (!selected) return;
    if (action === 'edit') open({ kind: 'strategy-form', mode: 'edit', id: selected.id }, st(language, 'form.editTitle', { title: selected.title }));
    else if (action === 'delete') open({ kind: 'strategy-delete', id: selected.id }, st(language, 'delete.title', { title: selected.title }));
    else if (action === 'addChild') addUnder(selected.id, childrenOf(tree, selected.id).length);
    else addUnder(selected.parentId, (placeOf(tree, selected.id)?.index ?? 0) + 1);
  };

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
    </div>
  );
}
