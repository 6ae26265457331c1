import type { Health, HealthReasons } from '../../../../../src/domain/strategy/roll-up-types';
import type { Language } from '../../i18n/messages';
import { st } from './strategy-messages';

const REASONS: ReadonlyArray<keyof HealthReasons> = ['conflicts', 'atRisk', 'kpisBehind', 'overdueEpics'];

/** "2 conflicts, 1 KPI behind target": why a node stands where it stands, in words. */
export function healthReason(language: Language, health: Health, reasons: HealthReasons): string {
  const parts = REASONS.filter((name) => reasons[name] > 0).map((name) => st(language, `reason.${name}`, { count: reasons[name] }));
  if (parts.length > 0) return parts.join(', ');
  return st(language, health === 'unknown' ? 'reason.unknown' : 'reason.none');
}
