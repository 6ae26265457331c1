import { formatMessage, pluralForm } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/**
 * The bulk action's counted phrases, singular or plural as `Intl.PluralRules` says for the language, the number in
 * the language's digits. `{n}` is the count; other `{name}`s are filled from `params`.
 */
type Forms = { one: string; other: string };

const EN = {
  seconds: { one: '1 second', other: '{n} seconds' },
  changing: { one: '1 issue changes', other: '{n} issues change' },
  unchanged: { one: '1 is already as asked', other: '{n} are already as asked' },
  skipped: { one: '1 cannot be changed', other: '{n} cannot be changed' },
  more: { one: '… and 1 more issue, not listed here.', other: '… and {n} more issues, not listed here.' },
  doneOf: { one: '{done} of {n} issue done', other: '{done} of {n} issues done' },
  changed: { one: '1 changed', other: '{n} changed' },
  alreadyAsAsked: { one: '1 already as asked', other: '{n} already as asked' },
  unconfirmed: {
    one: '1 issue was sent to Jira but is not confirmed yet: reload it in a moment to check.',
    other: '{n} issues were sent to Jira but are not confirmed yet: reload them in a moment to check.',
  },
  'no-permission': { one: '1 without permission', other: '{n} without permission' },
  'not-found': { one: '1 not found', other: '{n} not found' },
  throttled: { one: '1 throttled by Jira', other: '{n} throttled by Jira' },
  conflict: { one: '1 changed by others meanwhile', other: '{n} changed by others meanwhile' },
  refused: { one: '1 refused by Jira', other: '{n} refused by Jira' },
  damaged: { one: '1 with damaged tags', other: '{n} with damaged tags' },
  retry: { one: 'Try again for 1 issue', other: 'Try again for {n} issues' },
} as const satisfies Record<string, Forms>;

export type CountedKey = keyof typeof EN;

const DE: Record<CountedKey, Forms> = {
  seconds: { one: '1 Sekunde', other: '{n} Sekunden' },
  changing: { one: '1 Vorgang ändert sich', other: '{n} Vorgänge ändern sich' },
  unchanged: { one: '1 ist bereits so', other: '{n} sind bereits so' },
  skipped: { one: '1 kann nicht geändert werden', other: '{n} können nicht geändert werden' },
  more: { one: '… und 1 weiterer Vorgang, hier nicht aufgeführt.', other: '… und {n} weitere Vorgänge, hier nicht aufgeführt.' },
  doneOf: { one: '{done} von {n} Vorgang erledigt', other: '{done} von {n} Vorgängen erledigt' },
  changed: { one: '1 geändert', other: '{n} geändert' },
  alreadyAsAsked: { one: '1 war bereits so', other: '{n} waren bereits so' },
  unconfirmed: {
    one: '1 Vorgang wurde an Jira gesendet, ist aber noch nicht bestätigt: laden Sie ihn gleich neu, um es zu prüfen.',
    other: '{n} Vorgänge wurden an Jira gesendet, sind aber noch nicht bestätigt: laden Sie sie gleich neu, um es zu prüfen.',
  },
  'no-permission': { one: '1 ohne Berechtigung', other: '{n} ohne Berechtigung' },
  'not-found': { one: '1 nicht gefunden', other: '{n} nicht gefunden' },
  throttled: { one: '1 von Jira gedrosselt', other: '{n} von Jira gedrosselt' },
  conflict: { one: '1 zwischenzeitlich von anderen geändert', other: '{n} zwischenzeitlich von anderen geändert' },
  refused: { one: '1 von Jira abgelehnt', other: '{n} von Jira abgelehnt' },
  damaged: { one: '1 mit beschädigten Tags', other: '{n} mit beschädigten Tags' },
  retry: { one: 'Für 1 Vorgang erneut versuchen', other: 'Für {n} Vorgänge erneut versuchen' },
};

const FORMS: Record<Language, Record<CountedKey, Forms>> = { en: EN, de: DE };

export function counted(language: Language, key: CountedKey, n: number, params: Record<string, string | number> = {}): string {
  return formatMessage(language, pluralForm(language, n, FORMS[language][key]), { ...params, n });
}
