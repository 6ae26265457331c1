import { z } from 'zod';
import { SeriesSchema, type Series } from '../../domain/round-table/series';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';

/** The one round-table series of this installation (one per installation in this version). */
export const SERIES_KEY = 'round-table:series';

/** Read leniently against the schema of the day, so a damaged record is a named error and never reaches the domain. */
export async function loadSeries(store: AppStore): Promise<Series | null> {
  const raw = await store.get(SERIES_KEY);
  if (raw === undefined) return null;
  const parsed = SeriesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [SERIES_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return parsed.data;
}

/** The series, or SERIES_NOT_CONFIGURED: what submitting, scheduling and the agenda need first. */
export async function requireSeries(store: AppStore): Promise<Series> {
  const series = await loadSeries(store);
  if (!series) throw new AppFailure({ code: 'SERIES_NOT_CONFIGURED', params: {} });
  return series;
}

/** The section's label in the language asked for (the series' sections carry both), or null for an unknown section. */
export function sectionLabel(series: Series | null, sectionId: string | null, language: 'en' | 'de'): string | null {
  if (!series || sectionId === null) return null;
  return series.sections.find((section) => section.id === sectionId)?.labels[language] ?? null;
}

export const LanguageOfLocale = z.string().optional().transform((locale): 'en' | 'de' => (locale?.toLowerCase().startsWith('de') ? 'de' : 'en'));
