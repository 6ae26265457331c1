import Lozenge from '@atlaskit/lozenge';
import type { Language } from '../../i18n/messages';
import { dependencyText } from './dependency-messages';
import type { DependencyRow, DependencyScope } from './dependency-rows';
import { openIssue } from './navigation';

const subtle = { color: 'var(--ds-text-subtle, #44546f)', fontSize: 12 } as const;

function StreamTag({ row, language }: { row: DependencyRow; language: Language }) {
  if (!row.stream) return <span style={subtle}>{dependencyText(language, row.other.external ? 'external' : 'stream.none')}</span>;
  return (
    <span style={{ ...subtle, display: 'inline-flex', alignItems: 'center', gap: 4 }} data-testid="dependency-stream">
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: row.stream.colour }} />
      {row.stream.name}
    </span>
  );
}

function Row({ row, language }: { row: DependencyRow; language: Language }) {
  const other = row.other;
  const status = dependencyText(language, row.statusText.key, row.statusText.params);
  return (
    <li data-testid={other.hidden ? 'dependency-hidden' : `dependency-${other.key}`} data-status={row.status} style={{ padding: '6px 0', borderBottom: '1px solid var(--ds-border, #091e4224)' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        {other.hidden ? (
          <em>{dependencyText(language, 'hidden')}</em>
        ) : (
          <>
            <a
              href={`/browse/${encodeURIComponent(other.key)}`}
              onClick={(event) => {
                event.preventDefault();
                openIssue(other.key);
              }}
            >
              {other.key}
            </a>
            <span>{other.summary ?? ''}</span>
          </>
        )}
      </div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 2 }}>
        <StreamTag row={row} language={language} />
        {other.hidden ? null : (
          <span style={subtle} data-testid="dependency-dates">
            {other.startDate || other.dueDate
              ? dependencyText(language, 'dates.span', { start: other.startDate ?? dependencyText(language, 'date.none'), due: other.dueDate ?? dependencyText(language, 'date.none') })
              : dependencyText(language, 'dates.none')}
          </span>
        )}
        <span data-testid="dependency-status">
          <Lozenge appearance={row.appearance} isBold={row.status === 'conflict'}>{status}</Lozenge>
        </span>
        {row.inCycle ? <Lozenge appearance="removed">{dependencyText(language, 'dependency.cycle')}</Lozenge> : null}
        {row.links > 1 ? <span style={subtle}>{dependencyText(language, 'dependency.links', { links: row.links })}</span> : null}
      </div>
    </li>
  );
}

/** One list of a scope ("Waits on" / "Waited on by"), under its heading; `idPrefix` keeps the heading's id unique. */
export function DependencyList({ language, title, rows, testId, idPrefix }: { language: Language; title: string; rows: DependencyRow[]; testId: string; idPrefix: string }) {
  const id = `${idPrefix}-${testId}-title`;
  return (
    <section aria-labelledby={id} data-testid={testId} style={{ marginBottom: 8 }}>
      <h4 id={id} style={{ font: 'var(--ds-font-heading-xxsmall, 600 12px/16px sans-serif)', margin: '6px 0 4px' }}>
        {title} ({rows.length})
      </h4>
      {rows.length === 0 ? (
        <p style={subtle}>{dependencyText(language, 'group.none')}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => <Row key={row.id} row={row} language={language} />)}
        </ul>
      )}
    </section>
  );
}

/**
 * One scope of the panel, "Across streams" or "Within <stream>", with its two lists; a scope without dependencies
 * says so in one line.
 */
export function ScopeSection({ language, title, scope }: { language: Language; title: string; scope: DependencyScope }) {
  const id = `scope-${scope.scope}-title`;
  return (
    <section aria-labelledby={id} data-testid={`scope-${scope.scope}`} style={{ marginBottom: 12 }}>
      <h3 id={id} style={{ font: 'var(--ds-font-heading-xsmall, 600 14px/20px sans-serif)', margin: '8px 0 2px' }}>
        {title} ({scope.count})
      </h3>
      {scope.count === 0 ? (
        <p style={subtle}>{dependencyText(language, 'scope.none')}</p>
      ) : (
        <>
          <DependencyList language={language} title={dependencyText(language, 'group.waitsOn')} rows={scope.waitsOn} testId="waits-on" idPrefix={scope.scope} />
          <DependencyList language={language} title={dependencyText(language, 'group.waitedOnBy')} rows={scope.waitedOnBy} testId="waited-on-by" idPrefix={scope.scope} />
        </>
      )}
    </section>
  );
}
