import type { Kpi } from '../../../../../src/domain/strategy/strategy-tree';
import type { Language } from '../../i18n/messages';
import { st } from './strategy-messages';

/** A number as the reader's locale writes it (12,5 in German), with the KPI's unit. */
export function formatValue(language: Language, value: number | null, unit: string): string {
  if (value === null) return '–';
  const number = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** How a KPI stands against its target: met, behind by how much, or not measured yet. */
export function againstTarget(language: Language, kpi: Kpi): string {
  if (kpi.current === null || kpi.target === null) return st(language, 'kpi.unmeasured');
  const met = kpi.higherIsBetter ? kpi.current >= kpi.target : kpi.current <= kpi.target;
  return met ? st(language, 'kpi.met') : st(language, 'kpi.behind', { gap: formatValue(language, Math.abs(kpi.target - kpi.current), kpi.unit) });
}
