import type { CoverageView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { HEAT_STEPS, heatStep, percentDone, termName } from './coverage-model';
import { VISUALLY_HIDDEN } from '../../visually-hidden';
import { JqlLink } from './jql-link';
import { streamName } from './labels';
import { pt } from './messages';

const CELL = { minWidth: 56, padding: '4px 6px', display: 'block', textAlign: 'center' as const, borderRadius: 3, textDecoration: 'none' };
const HEAD = { padding: 4, fontSize: 12, fontWeight: 600, maxWidth: 110, verticalAlign: 'bottom' as const };

/** Stream × touchpoint: the count in each cell, coloured by the share done; each cell opens its issues in Jira. */
export function CoverageHeatmap({ language, view }: { language: Language; view: CoverageView }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="coverage-heatmap" style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left', padding: '4px 0', color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'coverage.heatmap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...HEAD, textAlign: 'left' }}>{pt(language, 'coverage.stream')}</th>
            {view.touchpoints.map((term) => (
              <th key={term.id} scope="col" style={HEAD}>{termName(language, term)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.heatmap.map((row) => {
            const stream = streamName(language, view.streams, row.streamId);
            return (
              <tr key={row.streamId}>
                <th scope="row" style={{ textAlign: 'left', padding: 4, whiteSpace: 'nowrap', borderLeft: `3px solid ${view.streams.find((s) => s.id === row.streamId)?.colour ?? 'transparent'}` }}>{stream}</th>
                {row.cells.map((cell, index) => {
                  const term = view.touchpoints[index];
                  const touchpoint = term ? termName(language, term) : cell.touchpointId;
                  const step = heatStep(cell.count, cell.shareDone);
                  const percent = percentDone(cell.shareDone);
                  const colours = step === null ? { background: 'transparent', color: 'var(--ds-text-subtlest, #626f86)' } : HEAT_STEPS[step];
                  return (
                    <td key={cell.touchpointId} style={{ padding: 2, border: '1px solid var(--ds-border, #dcdfe4)' }}>
                      {/* The name is the pair, then what the cell shows, then where it leads (WCAG 2.5.3: it contains the visible text). */}
                      <JqlLink siteUrl={view.siteUrl} jql={cell.jql} testId={`heat-${row.streamId}-${cell.touchpointId}`} style={{ ...CELL, ...colours }}>
                        <span style={VISUALLY_HIDDEN}>{`${pt(language, 'coverage.cellPair', { first: stream, second: touchpoint })} `}</span>
                        <strong>{cell.count}</strong>
                        {cell.count > 0 ? <span style={{ display: 'block', fontSize: 10 }}>{` ${pt(language, 'coverage.done', { percent })}`}</span> : null}
                        <span style={VISUALLY_HIDDEN}>{`. ${pt(language, 'coverage.openSearch')}`}</span>
                      </JqlLink>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div aria-hidden="true" style={{ display: 'flex', gap: 4, alignItems: 'center', fontSize: 11, marginTop: 4 }}>
        {pt(language, 'coverage.legend')}
        {HEAT_STEPS.map((colours, index) => (
          <span key={index} style={{ ...colours, padding: '1px 6px', borderRadius: 3 }}>{`${index * 20}–${index * 20 + 20} %`}</span>
        ))}
      </div>
    </div>
  );
}

/** Lifecycle stage × touchpoint: counts, each a link to its issues in Jira. */
export function LifecycleMatrix({ language, view }: { language: Language; view: CoverageView }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="coverage-matrix" style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left', padding: '4px 0', color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'coverage.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...HEAD, textAlign: 'left' }}>{pt(language, 'coverage.stage')}</th>
            {view.touchpoints.map((term) => (
              <th key={term.id} scope="col" style={HEAD}>{termName(language, term)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.lifecycleMatrix.map((row, rowIndex) => {
            const stageTerm = view.lifecycles[rowIndex];
            const stage = stageTerm ? termName(language, stageTerm) : row.lifecycleId;
            return (
              <tr key={row.lifecycleId}>
                <th scope="row" style={{ textAlign: 'left', padding: 4, whiteSpace: 'nowrap' }}>{stage}</th>
                {row.cells.map((cell, index) => {
                  const term = view.touchpoints[index];
                  const touchpoint = term ? termName(language, term) : cell.touchpointId;
                  return (
                    <td key={cell.touchpointId} style={{ padding: 2, border: '1px solid var(--ds-border, #dcdfe4)', background: cell.count > 0 ? 'var(--ds-background-neutral, #f1f2f4)' : undefined }}>
                      <JqlLink
                        siteUrl={view.siteUrl}
                        jql={cell.jql}
                        testId={`pair-${row.lifecycleId}-${cell.touchpointId}`}
                        style={{ ...CELL, color: cell.count > 0 ? 'var(--ds-text, #172b4d)' : 'var(--ds-text-subtlest, #626f86)' }}
                      >
                        <span style={VISUALLY_HIDDEN}>{`${pt(language, 'coverage.cellPair', { first: stage, second: touchpoint })} `}</span>
                        {cell.count}
                        <span style={VISUALLY_HIDDEN}>{`. ${pt(language, 'coverage.openSearch')}`}</span>
                      </JqlLink>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
