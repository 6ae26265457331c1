import { useId, type DragEvent, type KeyboardEvent } from 'react';
import type { StrategyView } from '../../../../../src/contract/strategy';
import { ownValue } from '../../../../../src/domain/id-keyed';
import type { Language } from '../../i18n/messages';
import { formatDay } from '../programme/labels';
import { HealthBadge, ProgressBar } from './health';
import { st } from './strategy-messages';
import type { DropZone, OutlineRow } from './tree-model';

export interface NodeRowProps {
  language: Language;
  view: StrategyView;
  row: OutlineRow;
  selected: boolean;
  focusable: boolean;
  draggable: boolean;
  dropZone: DropZone | null;
  rowRef: (element: HTMLLIElement | null) => void;
  onSelect: () => void;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onDragStart: (event: DragEvent<HTMLLIElement>) => void;
  onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

const DROP_STYLE: Record<DropZone, React.CSSProperties> = {
  before: { boxShadow: 'inset 0 2px 0 var(--ds-border-brand, #0c66e4)' },
  after: { boxShadow: 'inset 0 -2px 0 var(--ds-border-brand, #0c66e4)' },
  inside: { background: 'var(--ds-background-selected-hovered, #cce0ff)' },
};

/** One strategy in the outline: title, owner, share done, health with its reason, dates and slip. */
export function NodeRow(props: NodeRowProps) {
  const { language, view, row } = props;
  const { node } = row;
  const figures = ownValue(view.nodes, node.id)?.rollUp ?? null;
  const owner = node.ownerAccountId === null ? st(language, 'row.noOwner') : (ownValue(view.people, node.ownerAccountId) ?? st(language, 'unknownPerson'));
  const slip = figures?.slipDays ?? null;
  const factsId = useId();
  return (
    <li
      ref={props.rowRef}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-posinset={row.position + 1}
      aria-setsize={row.siblingCount}
      aria-selected={props.selected}
      aria-expanded={row.childCount > 0 ? row.expanded : undefined}
      aria-label={node.title}
      aria-describedby={factsId}
      tabIndex={props.focusable ? 0 : -1}
      data-testid="strategy-node"
      data-title={node.title}
      draggable={props.draggable}
      onClick={props.onSelect}
      onKeyDown={props.onKeyDown}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDragLeave={props.onDragLeave}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
      className="strategy-row"
      style={{
        listStyle: 'none',
        padding: `6px 8px 6px ${8 + row.depth * 24}px`,
        borderRadius: 4,
        cursor: props.draggable ? 'grab' : 'pointer',
        background: props.selected ? 'var(--ds-background-selected, #e9f2ff)' : undefined,
        ...(props.dropZone ? DROP_STYLE[props.dropZone] : {}),
      }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <button
          type="button"
          tabIndex={-1}
          aria-label={st(language, row.expanded ? 'row.collapse' : 'row.expand', { title: node.title })}
          onClick={(event) => {
            event.stopPropagation();
            props.onToggle();
          }}
          style={{ visibility: row.childCount > 0 ? 'visible' : 'hidden', border: 'none', background: 'none', cursor: 'pointer', width: 20 }}
        >
          {row.expanded ? '▾' : '▸'}
        </button>
        <strong data-testid="node-title" style={{ overflowWrap: 'anywhere' }}>{node.title}</strong>
        <span style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{owner}</span>
      </div>
      <div id={factsId} style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', paddingLeft: 28, marginTop: 4 }}>
        <ProgressBar language={language} shareDone={figures?.shareDone ?? null} />
        {figures ? <HealthBadge language={language} health={figures.health} reasons={figures.reasons} /> : null}
        {figures && (figures.earliestStart || figures.latestDue) ? (
          <span style={{ fontSize: 12 }} data-testid="node-dates">{`${formatDay(language, figures.earliestStart)} – ${formatDay(language, figures.latestDue)}`}</span>
        ) : null}
        {slip !== null && slip !== 0 ? (
          <span style={{ fontSize: 12, color: slip > 0 ? 'var(--ds-text-danger, #ae2e24)' : 'var(--ds-text-success, #216e4e)' }} data-testid="node-slip">
            {st(language, slip > 0 ? 'row.slip' : 'row.ahead', { days: Math.abs(slip) })}
          </span>
        ) : null}
      </div>
    </li>
  );
}
