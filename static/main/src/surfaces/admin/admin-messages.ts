import type { Language } from '../../i18n/messages';

/** The admin shell's words; the sections keep their own. */
const MESSAGES = {
  en: {
    'tabs.label': 'Programme administration',
    'tab.settings': 'Streams, dependencies & roles',
    'tab.taxonomy': 'Journey taxonomy',
    'tab.useCases': 'Use cases',
    'tab.publishing': 'Publishing',
    'admin.title': 'Only Jira administrators can administer the programme',
    'admin.body': 'Jira refused to let you change the streams, the journey taxonomy or the use-case catalogue. Ask a Jira administrator.',
    'admin.scope': 'The same holds for the journey taxonomy and the use-case catalogue.',
    'language.en': 'English',
    'language.de': 'German',
  },
  de: {
    'tabs.label': 'Programmverwaltung',
    'tab.settings': 'Streams, Abhängigkeiten & Rollen',
    'tab.taxonomy': 'Journey-Taxonomie',
    'tab.useCases': 'Use Cases',
    'tab.publishing': 'Veröffentlichung',
    'admin.title': 'Nur Jira-Administratoren können das Programm verwalten',
    'admin.body': 'Jira erlaubt Ihnen nicht, Streams, die Journey-Taxonomie oder den Use-Case-Katalog zu ändern. Bitten Sie eine Jira-Administration darum.',
    'admin.scope': 'Das gilt ebenso für die Journey-Taxonomie und den Use-Case-Katalog.',
    'language.en': 'Englisch',
    'language.de': 'Deutsch',
  },
} as const;

export type AdminMessageKey = keyof (typeof MESSAGES)['en'];

export function adminText(language: Language, key: AdminMessageKey): string {
  return MESSAGES[language][key];
}
