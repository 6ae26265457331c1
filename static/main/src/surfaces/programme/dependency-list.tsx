import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { DependencyView, EndView } from '../../../../../src/contract/programme';
import type { DependencyStatus, Evidence } from '../../../../../src/domain/dependencies/types';
import type { Stream } from '../../../../../src/domain/programme';
import type { Language } from '../../i18n/messages';
import { EmptyState } from '../../states';
import { DEFAULT_SORT, nextSort, sortDependencies, type SortColumn, type SortOrder } from './dependency-sort';
import { IssueLink } from './issue-link';
import { dependencyName, formatDay, streamName } from './labels';
import { pt, type ProgrammeMessageKey } from './messages';

/** Rows drawn at once; a programme of 1,000 epics can have thousands of dependencies. */
const PAGE = 100;

const LOZENGE: Record<DependencyStatus, 'removed' | 'moved' | 'new' | 'default' | 'success'> = {
  conflict: 'removed',
  'at-risk': 'moved',
  'missing-dates': 'new',
  ok: 'default',
  resolved: 'success',
};

const COLUMNS: Array<{ key: ProgrammeMessageKey; sort: SortColumn | null }> = [
  { key: 'list.status', sort: 'status' },
  { key: 'list.blocker', sort: 'blocker' },
  { key: 'list.blocked', sort: 'blocked' },
  { key: 'list.dates', sort: null },
  { key: 'list.gap', sort: 'gap' },
  { key: 'list.evidence', sort: null },
];

function End({ language, end, streams, siteUrl }: { language: Language; end: EndView; streams: Stream[]; siteUrl: string }) {
  if (end.hidden) return <em data-testid="hidden-end">{pt(language, 'list.hiddenEnd')}</em>;
  return (
    <div style={{ minWidth: 140, maxWidth: 260 }}>
      <IssueLink siteUrl={siteUrl} issueKey={end.key} /> <span style={{ overflowWrap: 'anywhere' }}>{end.summary}</span>
      <div style={{ fontSize: 11, color: 'var(--ds-text-subtle, #44546f)' }}>{end.external ? pt(language, 'list.external') : streamName(language, streams, end.streamId)}</div>
    </div>
  );
}

function Gap({ language, dependency }: { language: Language; dependency: DependencyView }) {
  if (dependency.overlapDays !== null && dependency.overlapDays > 0) return <strong style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{pt(language, 'list.overlap', { days: dependency.overlapDays })}</strong>;
  if (dependency.slackDays !== null) return <span>{pt(language, 'list.slack', { days: dependency.slackDays })}</span>;
  return <span>–</span>;
}

/**
 * The sortable dependency list; each Jira link behind a row can be removed (after a confirmation) by a viewer who holds
 * Link issues in one of its issues' projects — others see no remove button (the server checks again).
 */
export function DependencyList({ language, dependencies, streams, siteUrl, onRemove, sort: sortProp, onSort }: {
  language: Language;
  /** The order when the page keeps it (in the URL, for the export); otherwise the list keeps its own. */
  sort?: SortOrder | undefined;
  onSort?: ((sort: SortOrder) => void) | undefined;
  dependencies: DependencyView[];
  streams: Stream[];
  siteUrl: string;
  onRemove: ((evidence: Evidence) => void) | null;
}) {
  const [ownSort, setOwnSort] = useState<SortOrder>(DEFAULT_SORT);
  const sort = sortProp ?? ownSort;
  const setSort = onSort ?? setOwnSort;
  const [limit, setLimit] = useState(PAGE);
  if (dependencies.length === 0) return <EmptyState>{pt(language, 'list.none')}</EmptyState>;
  const rows = sortDependencies(dependencies, sort).slice(0, limit);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="dependency-list" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {COLUMNS.map(({ key, sort: column }) => (
              <th key={key} scope="col" aria-sort={column && sort.column === column ? sort.direction : undefined} style={{ textAlign: 'left', padding: '4px 8px', borderBottom: '2px solid var(--ds-border, #dcdfe4)', whiteSpace: 'nowrap' }}>
                {column ? (
                  <button type="button" aria-label={pt(language, 'list.sortBy', { column: pt(language, key) })} onClick={() => setSort(nextSort(sort, column))} style={{ border: 'none', background: 'transparent', font: 'inherit', fontWeight: 600, cursor: 'pointer', padding: 0 }}>
                    {pt(language, key)} {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </button>
                ) : (
                  pt(language, key)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((dependency) => (
            <tr key={dependency.id} data-testid={`row-${dependency.id}`} aria-label={dependencyName(language, dependency)} style={{ borderBottom: '1px solid var(--ds-border, #dcdfe4)', verticalAlign: 'top', background: dependency.status === 'resolved' ? 'var(--ds-background-neutral-subtle, #f7f8f9)' : undefined }}>
              <td style={{ padding: '6px 8px' }}>
                <Lozenge appearance={LOZENGE[dependency.status]} isBold={dependency.status === 'conflict'}>{pt(language, `status.${dependency.status}`)}</Lozenge>
                {dependency.inCycle ? <div style={{ fontSize: 11 }}>{pt(language, 'list.cycle')}</div> : null}
                {dependency.onCriticalPath ? <div style={{ fontSize: 11 }}>{pt(language, 'list.critical')}</div> : null}
              </td>
              <td style={{ padding: '6px 8px' }}><End language={language} end={dependency.blocker} streams={streams} siteUrl={siteUrl} /></td>
              <td style={{ padding: '6px 8px' }}><End language={language} end={dependency.blocked} streams={streams} siteUrl={siteUrl} /></td>
              <td style={{ padding: '6px 8px', whiteSpace: 'nowrap', fontSize: 12 }}>
                {dependency.blocker.hidden ? '–' : formatDay(language, dependency.blocker.dueDate)} → {dependency.blocked.hidden ? '–' : formatDay(language, dependency.blocked.startDate)}
              </td>
              <td style={{ padding: '6px 8px', whiteSpace: 'nowrap' }}><Gap language={language} dependency={dependency} /></td>
              <td style={{ padding: '6px 8px' }}>
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {dependency.evidence.map((evidence) => (
                    <li key={evidence.linkId} data-testid={`evidence-${evidence.linkId}`} style={{ display: 'flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}>
                      <span>
                        <IssueLink siteUrl={siteUrl} issueKey={evidence.blocker} /> → <IssueLink siteUrl={siteUrl} issueKey={evidence.blocked} />
                      </span>
                      {onRemove && evidence.removable === true ? (
                        <Button appearance="subtle" spacing="compact" aria-label={pt(language, 'evidence.remove', { blocker: evidence.blocker, blocked: evidence.blocked })} onClick={() => onRemove(evidence)}>
                          ×
                        </Button>
                      ) : null}
                    </li>
                  ))}
                  {dependency.hiddenEvidence > 0 ? <li style={{ fontSize: 11 }}>{pt(language, 'list.hiddenEvidence', { count: dependency.hiddenEvidence })}</li> : null}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ fontSize: 12 }}>
        {pt(language, 'list.shown', { shown: rows.length, total: dependencies.length })}{' '}
        {dependencies.length > limit ? <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>{pt(language, 'list.more', { count: Math.min(PAGE, dependencies.length - limit) })}</Button> : null}
      </p>
    </div>
  );
}
