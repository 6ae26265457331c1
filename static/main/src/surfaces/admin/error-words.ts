import type { AppError } from '../../../../../src/contract/errors';
import { DIMENSIONS, type DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import { errorMessage, type Language } from '../../i18n/messages';
import { adminText } from './admin-messages';

const DIMENSION_NAMES: Record<Language, Record<DimensionId, string>> = {
  en: { touchpoint: 'Touchpoints', lifecycle: 'Lifecycle stages', category: 'Automation categories', action: 'High-level actions', channel: 'Channels', phase: 'Phases' },
  de: { touchpoint: 'Touchpoints', lifecycle: 'Lifecycle-Phasen', category: 'Automatisierungskategorien', action: 'High-Level-Aktionen', channel: 'Kanäle', phase: 'Phasen' },
};

export function dimensionName(language: Language, dimension: DimensionId): string {
  return DIMENSION_NAMES[language][dimension];
}

function isDimension(value: unknown): value is DimensionId {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
}

/**
 * A coded error in the admin's words: the server names dimensions and languages by id ('touchpoint', 'de'),
 * which the sentence should show as the admin reads them ("Touchpoints", "German").
 */
export function errorInWords(language: Language, error: AppError): string {
  const params = { ...error.params };
  if (isDimension(params.dimension)) params.dimension = dimensionName(language, params.dimension);
  if (params.language === 'en' || params.language === 'de') params.language = adminText(language, `language.${params.language}`);
  return errorMessage(language, { ...error, params });
}

/** A thrown bridge failure as the coded error every surface already words. */
export function unavailable(error: unknown): AppError {
  return { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } };
}
