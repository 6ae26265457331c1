import Button from '@atlaskit/button/new';
import { view } from '@forge/bridge';
import { useState } from 'react';
import type { MacroTarget } from '../../../../../src/contract/publishing';
import type { StrategyNode } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { mt } from './macro-messages';
import { configOfTarget, targetOfConfig } from './macro-target';

type Kind = MacroTarget['kind'];

/** The tree in reading order with each strategy's depth, for an indented list a sponsor can scan. */
function outline(nodes: readonly StrategyNode[]): Array<{ node: StrategyNode; depth: number }> {
  const known = new Set(nodes.map((node) => node.id as string));
  const children = new Map<string | null, StrategyNode[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && known.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const rows: Array<{ node: StrategyNode; depth: number }> = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      rows.push({ node, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

const field = { display: 'grid', gap: 4, margin: '8px 0 8px 24px' } as const;

/**
 * The macro's configuration view (custom config): the sponsor picks the programme, a stream or a strategy; saved
 * with `view.submit({ config })`, strings only, which Confluence keeps in the page with the macro.
 */
export function MacroConfig({ language, config }: { language: Language; config: unknown }) {
  const initial = targetOfConfig(config);
  const [programme] = useResolver('programme/load', {});
  const [strategy] = useResolver('strategy/load', {});
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'programme');
  const [streamId, setStreamId] = useState(initial?.kind === 'stream' ? initial.streamId : '');
  const [nodeId, setNodeId] = useState(initial?.kind === 'node' ? (initial.nodeId as string) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (programme.state === 'loading') return <Loading language={language} />;
  if (programme.state === 'error') return <ErrorState language={language} error={programme.error} />;
  const streams = programme.data.streams;
  const nodes = strategy.state === 'ready' ? outline(strategy.data.tree.nodes) : [];

  const save = async () => {
    if (kind === 'stream' && !streamId) return setProblem(mt(language, 'config.chooseStream'));
    if (kind === 'node' && !nodeId) return setProblem(mt(language, 'config.chooseNode'));
    setSaving(true);
    const target = (kind === 'stream' ? { kind, streamId } : kind === 'node' ? { kind, nodeId } : { kind }) as MacroTarget;
    await view.submit({ config: configOfTarget(target) });
  };
  const option = (value: Kind, label: string) => (
    <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
      <input type="radio" name="macro-kind" value={value} checked={kind === value} onChange={() => { setKind(value); setProblem(null); }} /> {label}
    </label>
  );

  return (
    <form onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={mt(language, 'config.title')} style={{ padding: 8 }}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>{mt(language, 'config.title')}</legend>
        {option('programme', mt(language, 'config.programme'))}
        {option('stream', mt(language, 'config.stream'))}
        {kind === 'stream' && (
          <div style={field}>
            <label htmlFor="macro-stream">{mt(language, 'config.pickStream')}</label>
            {streams.length === 0 ? <EmptyState>{mt(language, 'config.noStreams')}</EmptyState> : (
              <select id="macro-stream" value={streamId} onChange={(event) => { setStreamId(event.target.value); setProblem(null); }}>
                <option value="">—</option>
                {streams.map((stream) => <option key={stream.id} value={stream.id}>{stream.name}</option>)}
              </select>
            )}
          </div>
        )}
        {option('node', mt(language, 'config.node'))}
        {kind === 'node' && (
          <div style={field}>
            <label htmlFor="macro-node">{mt(language, 'config.pickNode')}</label>
            {strategy.state === 'loading' && <Loading language={language} />}
            {strategy.state === 'error' && <p role="alert">{mt(language, 'config.nodesUnavailable', { reason: errorMessage(language, strategy.error) })}</p>}
            {strategy.state === 'ready' && nodes.length === 0 && <EmptyState>{mt(language, 'config.noNodes')}</EmptyState>}
            {nodes.length > 0 && (
              <select id="macro-node" value={nodeId} onChange={(event) => { setNodeId(event.target.value); setProblem(null); }}>
                <option value="">—</option>
                {nodes.map(({ node, depth }) => <option key={node.id} value={node.id}>{`${'\u2003'.repeat(depth)}${node.title}`}</option>)}
              </select>
            )}
          </div>
        )}
      </fieldset>
      {problem && <p role="alert" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{problem}</p>}
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <Button appearance="primary" type="submit" isDisabled={saving}>{saving ? mt(language, 'config.saving') : mt(language, 'config.save')}</Button>
        <Button appearance="subtle" onClick={() => void view.close()}>{mt(language, 'config.cancel')}</Button>
      </div>
    </form>
  );
}
