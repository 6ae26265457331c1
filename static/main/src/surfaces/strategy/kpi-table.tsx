import type { Kpi } from '../../../../../src/domain/strategy/strategy-tree';
import type { Language } from '../../i18n/messages';
import { formatDay } from '../programme/labels';
import { againstTarget, formatValue } from './kpi-words';
import { st } from './strategy-messages';

const cell = { padding: '4px 8px', borderBottom: '1px solid var(--ds-border, #091e4224)', textAlign: 'left' } as const;

export function KpiTable({ language, kpis }: { language: Language; kpis: Kpi[] }) {
  if (kpis.length === 0) return <p style={{ color: 'var(--ds-text-subtle, #44546f)' }}>{st(language, 'detail.noKpis')}</p>;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }} data-testid="kpi-table">
      <thead>
        <tr>
          {(['kpi.name', 'kpi.baseline', 'kpi.target', 'kpi.current', 'kpi.asOf', 'kpi.against'] as const).map((key) => (
            <th key={key} scope="col" style={cell}>{st(language, key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {kpis.map((kpi) => (
          <tr key={kpi.id} data-testid="kpi-row">
            <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>{kpi.name}</th>
            <td style={cell}>{formatValue(language, kpi.baseline, kpi.unit)}</td>
            <td style={cell}>{formatValue(language, kpi.target, kpi.unit)}</td>
            <td style={cell}>{formatValue(language, kpi.current, kpi.unit)}</td>
            <td style={cell}>{formatDay(language, kpi.asOf)}</td>
            <td style={cell} data-testid="kpi-against">{againstTarget(language, kpi)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
