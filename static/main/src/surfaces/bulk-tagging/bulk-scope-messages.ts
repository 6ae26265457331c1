import { formatMessage, pluralForm } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { BulkScope } from './bulk-scope';

type ScopeKind = Exclude<BulkScope['kind'], 'none'>;
type Counted = { one: string; other: string };
interface ScopeWords {
  intro: Record<ScopeKind, string>;
  issues: Record<ScopeKind, string>;
  count: Record<ScopeKind, Counted>;
  apply: Record<ScopeKind, Counted>;
  tooMany: string;
  readFailed: string;
  unreadable: string;
}

/** The words that say what the bulk action acts on, in English and German, singular and plural. */
const MESSAGES: Record<Language, ScopeWords> = {
  en: {
    intro: {
      selection: 'Add or remove journey tags on the issues you selected in the search.',
      search: 'Add or remove journey tags on the issues of your current search. To tag only some of them, select them in the search first.',
    },
    issues: { selection: 'Selected issues', search: 'Issues of the search' },
    count: {
      selection: { one: '1 selected issue will be changed.', other: '{count} selected issues will be changed.' },
      search: { one: 'The only issue of the search will be changed.', other: 'All {count} issues of the search will be changed.' },
    },
    apply: {
      selection: { one: 'Apply to 1 selected issue', other: 'Apply to {count} selected issues' },
      search: { one: 'Apply to the only issue of the search', other: 'Apply to {count} issues of the search' },
    },
    tooMany: 'You selected {count, plural, one {# issue} other {# issues}}; one action tags at most {limit}. Select fewer issues and open the action again.',
    readFailed: 'Jira refused to read the selected issues: {message}',
    unreadable: '{count, plural, one {# of the selected issues could not be read: it does not exist or you may not see it. It is listed without a summary, and nothing will change on it.} other {# of the selected issues could not be read: they do not exist or you may not see them. They are listed without a summary, and nothing will change on them.}}',
  },
  de: {
    intro: {
      selection: 'Journey-Tags an den Vorgängen hinzufügen oder entfernen, die Sie in der Suche ausgewählt haben.',
      search: 'Journey-Tags an den Vorgängen Ihrer aktuellen Suche hinzufügen oder entfernen. Um nur einige davon zu taggen, wählen Sie sie zuerst in der Suche aus.',
    },
    issues: { selection: 'Ausgewählte Vorgänge', search: 'Vorgänge der Suche' },
    count: {
      selection: { one: '1 ausgewählter Vorgang wird geändert.', other: '{count} ausgewählte Vorgänge werden geändert.' },
      search: { one: 'Der einzige Vorgang der Suche wird geändert.', other: 'Alle {count} Vorgänge der Suche werden geändert.' },
    },
    apply: {
      selection: { one: 'Auf 1 ausgewählten Vorgang anwenden', other: 'Auf {count} ausgewählte Vorgänge anwenden' },
      search: { one: 'Auf den einzigen Vorgang der Suche anwenden', other: 'Auf {count} Vorgänge der Suche anwenden' },
    },
    tooMany: 'Sie haben {count, plural, one {# Vorgang} other {# Vorgänge}} ausgewählt; eine Aktion taggt höchstens {limit}. Bitte weniger Vorgänge auswählen und die Aktion erneut öffnen.',
    readFailed: 'Jira hat das Lesen der ausgewählten Vorgänge abgelehnt: {message}',
    unreadable: '{count, plural, one {# der ausgewählten Vorgänge konnte nicht gelesen werden: Es gibt ihn nicht, oder Sie dürfen ihn nicht sehen. Er steht ohne Zusammenfassung in der Liste, und an ihm ändert sich nichts.} other {# der ausgewählten Vorgänge konnten nicht gelesen werden: Es gibt sie nicht, oder Sie dürfen sie nicht sehen. Diese Vorgänge stehen ohne Zusammenfassung in der Liste, und an ihnen ändert sich nichts.}}',
  },
};


/** A scope sentence; `count` picks singular or plural. */
export function scopeText(language: Language, key: 'count' | 'apply', kind: ScopeKind, count: number): string {
  const forms = MESSAGES[language][key][kind];
  return formatMessage(language, pluralForm(language, count, forms), { count });
}

export function scopeLabel(language: Language, key: 'intro' | 'issues', kind: ScopeKind): string {
  return MESSAGES[language][key][kind];
}

export function scopeMessage(language: Language, key: 'tooMany' | 'readFailed' | 'unreadable', params: Record<string, string | number>): string {
  return formatMessage(language, MESSAGES[language][key], params);
}
