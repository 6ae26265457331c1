import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { StrategyView } from '../../../../../src/contract/strategy';
import type { Language } from '../../i18n/messages';
import { NodeRow } from './node-row';
import { st } from './strategy-messages';
import { childrenOf, placeFor, placeForDrop, type DropZone, type KeyboardMove, type OutlineRow, type Place } from './tree-model';

export interface StrategyOutlineProps {
  language: Language;
  view: StrategyView;
  rows: OutlineRow[];
  selectedId: string | null;
  canEdit: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string, open: boolean) => void;
  onMove: (id: string, place: Place | null) => void;
}

const MOVE_KEYS: Record<string, KeyboardMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };

function zoneOf(event: DragEvent<HTMLElement>): DropZone {
  const box = event.currentTarget.getBoundingClientRect();
  const share = (event.clientY - box.top) / Math.max(box.height, 1);
  return share < 0.25 ? 'before' : share > 0.75 ? 'after' : 'inside';
}

/**
 * The tree as an ARIA tree: ↑/↓ walk the visible strategies, → / ← open and close, Enter selects; managers also move
 * with Alt+arrows and by dragging (onto a strategy's middle: under it; its top or bottom edge: before or after it).
 */
export function StrategyOutline({ language, view, rows, selectedId, canEdit, onSelect, onToggle, onMove }: StrategyOutlineProps) {
  const elements = useRef(new Map<string, HTMLLIElement>());
  const [focusId, setFocusId] = useState<string | null>(null);
  /** The node a keyboard move is under way for: re-rendered elsewhere, it gets the focus back. */
  const refocus = useRef<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; zone: DropZone } | null>(null);
  const current = focusId ?? selectedId ?? rows[0]?.node.id ?? null;

  // A move re-orders the rows, and moving a focused element blurs it: keep the keyboard on the node that moved.
  useEffect(() => {
    if (refocus.current === null) return;
    const element = elements.current.get(refocus.current);
    refocus.current = null;
    // Only when the focus was lost with the move (or is still in the tree): never take it from a dialog.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element && document.activeElement !== element && (lost || element.closest('[role="tree"]')?.contains(document.activeElement))) element.focus();
  }, [view.tree]);

  const focus = (id: string | undefined) => {
    if (id === undefined) return;
    setFocusId(id);
    elements.current.get(id)?.focus();
  };

  const keyDown = (row: OutlineRow, index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    const moveKey = MOVE_KEYS[event.key];
    if (event.altKey && moveKey) {
      event.preventDefault();
      if (!canEdit) return;
      refocus.current = row.node.id;
      onMove(row.node.id, placeFor(view.tree, row.node.id, moveKey));
      return;
    }
    if (event.key === 'ArrowDown') focus(rows[index + 1]?.node.id);
    else if (event.key === 'ArrowUp') focus(rows[index - 1]?.node.id);
    else if (event.key === 'Home') focus(rows[0]?.node.id);
    else if (event.key === 'End') focus(rows[rows.length - 1]?.node.id);
    else if (event.key === 'ArrowRight' && row.childCount > 0) {
      if (row.expanded) focus(rows[index + 1]?.node.id);
      else onToggle(row.node.id, true);
    } else if (event.key === 'ArrowLeft') {
      if (row.expanded) onToggle(row.node.id, false);
      else focus(rows.slice(0, index).reverse().find((r) => r.depth < row.depth)?.node.id);
    } else if (event.key === 'Enter' || event.key === ' ') onSelect(row.node.id);
    else return;
    event.preventDefault();
  };

  const endDrag = () => {
    setDragging(null);
    setHover(null);
  };

  return (
    <div>
      <ul role="tree" aria-label={st(language, 'tree.label')} data-testid="strategy-tree" style={{ padding: 0, margin: 0 }}>
        {rows.map((row, index) => (
          <NodeRow
            key={row.node.id}
            language={language}
            view={view}
            row={row}
            selected={row.node.id === selectedId}
            focusable={row.node.id === current}
            draggable={canEdit}
            dropZone={hover?.id === row.node.id && dragging !== row.node.id ? hover.zone : null}
            rowRef={(element) => {
              if (element) elements.current.set(row.node.id, element);
              else elements.current.delete(row.node.id);
            }}
            onSelect={() => {
              setFocusId(row.node.id);
              onSelect(row.node.id);
            }}
            onToggle={() => onToggle(row.node.id, !row.expanded)}
            onKeyDown={keyDown(row, index)}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', row.node.title);
              setDragging(row.node.id);
            }}
            onDragOver={(event) => {
              if (dragging === null) return;
              event.preventDefault();
              const zone = zoneOf(event);
              if (hover?.id !== row.node.id || hover.zone !== zone) setHover({ id: row.node.id, zone });
            }}
            onDragLeave={() => setHover((h) => (h?.id === row.node.id ? null : h))}
            onDrop={(event) => {
              event.preventDefault();
              if (dragging !== null) {
                setFocusId(dragging);
                onMove(dragging, placeForDrop(view.tree, dragging, row.node.id, zoneOf(event)));
              }
              endDrag();
            }}
            onDragEnd={endDrag}
          />
        ))}
      </ul>
      {dragging !== null ? (
        <div
          data-testid="drop-root"
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            onMove(dragging, { parentId: null, index: childrenOf(view.tree, null).filter((n) => n.id !== dragging).length });
            endDrag();
          }}
          style={{ border: '2px dashed var(--ds-border, #091e4224)', borderRadius: 4, padding: 8, marginTop: 8, fontSize: 12, textAlign: 'center' }}
        >
          {st(language, 'drop.root')}
        </div>
      ) : null}
    </div>
  );
}
