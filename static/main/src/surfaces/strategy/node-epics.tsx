import Lozenge from '@atlaskit/lozenge';
import type { StrategyNodeView } from '../../../../../src/contract/strategy';
import type { StrategyNode } from '../../../../../src/domain/strategy/strategy-tree';
import type { Language } from '../../i18n/messages';
import { IssueLink } from '../programme/issue-link';
import { formatDay, formatInstant } from '../programme/labels';
import { st } from './strategy-messages';

const CATEGORY = { new: 'default', indeterminate: 'inprogress', done: 'success' } as const;
const note = { fontSize: 12, color: 'var(--ds-text-subtle, #44546f)', margin: '4px 0' } as const;

/** The node's own epics: links to the issues the viewer may browse, the others only counted, unknown keys flagged. */
export function NodeEpics(props: { language: Language; node: StrategyNode; nodeView: StrategyNodeView | undefined; siteUrl: string; jqlReadAt: string | null }) {
  const { language, node, nodeView } = props;
  const epics = nodeView?.epics ?? [];
  const shown = epics.flatMap((epic) => (epic.hidden ? [] : [epic]));
  const hidden = epics.length - shown.length;
  const unknown = nodeView?.unknownKeys ?? [];
  return (
    <div data-testid="node-epics">
      {epics.length === 0 && unknown.length === 0 && node.epicJql === null ? <p style={note}>{st(language, 'detail.noEpics')}</p> : null}
      {shown.length > 0 ? (
        <ul style={{ paddingLeft: 16, margin: '4px 0' }}>
          {shown.map((epic) => (
            <li key={epic.key} data-testid="node-epic" style={{ margin: '2px 0' }}>
              <IssueLink siteUrl={props.siteUrl} issueKey={epic.key} /> {epic.summary}{' '}
              <Lozenge appearance={CATEGORY[epic.statusCategory]}>{st(language, `status.${epic.statusCategory}`)}</Lozenge>{' '}
              <span style={{ fontSize: 12 }}>{`${formatDay(language, epic.startDate)} – ${formatDay(language, epic.dueDate)}`}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? <p style={note} data-testid="hidden-epics">{st(language, 'detail.hiddenEpics', { count: hidden })}</p> : null}
      {unknown.length > 0 ? (
        <p role="note" data-testid="unknown-keys" style={{ ...note, color: 'var(--ds-text-warning, #a54800)' }}>{st(language, 'detail.unknownKeys', { keys: unknown.join(', ') })}</p>
      ) : null}
      {node.epicJql !== null ? (
        <>
          <p style={{ ...note, fontFamily: 'var(--ds-font-family-code, monospace)' }}>{st(language, 'detail.jql', { jql: node.epicJql })}</p>
          <p style={note}>{props.jqlReadAt ? st(language, 'detail.jqlRead', { when: formatInstant(language, props.jqlReadAt) }) : st(language, 'detail.jqlNotRead')}</p>
        </>
      ) : null}
    </div>
  );
}
