import Button from '@atlaskit/button/new';
import type { StrategyView } from '../../../../../src/contract/strategy';
import { ownValue } from '../../../../../src/domain/id-keyed';
import type { StrategyNode } from '../../../../../src/domain/strategy/strategy-tree';
import type { Language } from '../../i18n/messages';
import { KpiTable } from './kpi-table';
import { NodeEpics } from './node-epics';
import { RollUpFigures } from './roll-up-figures';
import { st } from './strategy-messages';
import type { KeyboardMove } from './tree-model';

export type NodeAction = 'addChild' | 'addSibling' | 'edit' | 'delete';

const heading = { fontSize: 14, margin: '16px 0 4px' } as const;
const text = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '4px 0' } as const;
const subtle = { ...text, color: 'var(--ds-text-subtle, #44546f)' } as const;

function Prose({ language, value }: { language: Language; value: string }) {
  return value.trim() === '' ? <p style={subtle}>{st(language, 'detail.empty')}</p> : <p style={text}>{value}</p>;
}

/** Everything about one strategy; managers get its actions (moves too, for those who neither drag nor use Alt+arrows). */
export function NodeDetail(props: { language: Language; view: StrategyView; node: StrategyNode; onAction: (action: NodeAction) => void; onMove: (move: KeyboardMove) => void }) {
  const { language, view, node } = props;
  const nodeView = ownValue(view.nodes, node.id);
  const owner = node.ownerAccountId === null ? st(language, 'row.noOwner') : (ownValue(view.people, node.ownerAccountId) ?? st(language, 'unknownPerson'));
  return (
    <section aria-labelledby="strategy-detail-title" data-testid="strategy-detail" style={{ borderLeft: '1px solid var(--ds-border, #091e4224)', paddingLeft: 16 }}>
      <h3 id="strategy-detail-title" style={{ margin: '0 0 4px', overflowWrap: 'anywhere' }}>{node.title}</h3>
      <p style={subtle}>{`${st(language, 'detail.owner')}: ${owner}`}</p>
      {view.canEdit ? (
        <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', margin: '8px 0' }} data-testid="node-actions">
          <Button spacing="compact" onClick={() => props.onAction('edit')}>{st(language, 'action.edit')}</Button>
          <Button spacing="compact" onClick={() => props.onAction('addChild')}>{st(language, 'action.addChild')}</Button>
          <Button spacing="compact" onClick={() => props.onAction('addSibling')}>{st(language, 'action.addSibling')}</Button>
          <Button spacing="compact" appearance="subtle" onClick={() => props.onAction('delete')}>{st(language, 'action.delete')}</Button>
          {(['up', 'down', 'indent', 'outdent'] as const).map((move) => (
            <Button key={move} spacing="compact" appearance="subtle" onClick={() => props.onMove(move)}>{st(language, `action.${move}`)}</Button>
          ))}
        </div>
      ) : null}
      <h4 style={heading}>{st(language, 'detail.rollUp')}</h4>
      <RollUpFigures language={language} rollUp={nodeView?.rollUp ?? null} />
      <h4 style={heading}>{st(language, 'detail.summary')}</h4>
      <Prose language={language} value={node.summary} />
      <h4 style={heading}>{st(language, 'detail.goal')}</h4>
      <Prose language={language} value={node.goal} />
      <h4 style={heading}>{st(language, 'detail.kpis')}</h4>
      <KpiTable language={language} kpis={node.kpis} />
      <h4 style={heading}>{st(language, 'detail.concept')}</h4>
      {node.conceptUrl ? (
        <a href={node.conceptUrl} target="_blank" rel="noopener noreferrer" data-testid="concept-link">{st(language, 'detail.conceptLink')}</a>
      ) : (
        <p style={subtle}>{st(language, 'detail.noConcept')}</p>
      )}
      <h4 style={heading}>{st(language, 'detail.epics')}</h4>
      <NodeEpics language={language} node={node} nodeView={nodeView} siteUrl={view.siteUrl} jqlReadAt={view.jqlReadAt} />
    </section>
  );
}
