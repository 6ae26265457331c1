import type { Language } from '../../i18n/messages';

/** The bulk action's own words (mode, preview, results, Try again) in English and German; counts: bulk-counted.ts. */
const EN = {
  'mode.add': 'Add',
  'mode.remove': 'Remove',
  'mode.group': '{slot}: add or remove',
  'picker.add': '{slot} to add',
  'picker.remove': '{slot} to remove',
  'problem.nothingChosen': 'Choose at least one term to add or remove.',
  'problem.notAddable': '“{label}” ({slot}) is retired and cannot be added. Take it out, or switch {slot} to Remove.',
  'preview.title': 'What changes on each issue',
  'preview.empty': 'Choose terms above to see what changes on each issue.',
  'preview.noChange': 'no change',
  'preview.unreadable': 'cannot be read: nothing will change',
  'preview.damaged': 'its stored tags cannot be read: nothing will change',
  'preview.legend': '+ adds a term, − removes it.',
  'result.done': 'Done',
  'result.unchanged': 'Done (already as asked)',
  'result.unconfirmed': 'Sent, not yet confirmed',
  'result.no-permission': 'No permission',
  'result.not-found': 'Not found',
  'result.throttled': 'Throttled by Jira',
  'result.conflict': 'Changed by others',
  'result.refused': 'Refused by Jira',
  'result.damaged': 'Damaged tags',
  'detail.unconfirmed': 'Jira accepted the change but has not confirmed it yet. Reload the issue in a moment to check.',
  'detail.no-permission': 'You may not edit this issue in Jira. Nothing was changed on it.',
  'detail.not-found': 'The issue does not exist or you cannot see it. Nothing was changed on it.',
  'detail.throttled': 'Jira is taking no more changes for now. Nothing was changed on it; try again later.',
  'detail.throttledFor': 'Jira asked to wait {wait} before more changes. Nothing was changed on it; try again then.',
  'detail.conflict': 'Others changed this issue each time it was written. Nothing was changed on it; try again.',
  'detail.refused': 'Jira refused the change: {message}',
  'detail.damaged': 'The tags stored on this issue cannot be read. Nothing was changed on it.',
  'retry.running': 'Trying again…',
  'retry.failed': 'Trying again did not reach Jira; the results below are still those from before:',
  'retry.done': 'Tried again: the results below are up to date.',
  'summary.notChanged': 'Not changed: {list}.',
} as const;

export type BulkWordKey = keyof typeof EN;

const DE: Record<BulkWordKey, string> = {
  'mode.add': 'Hinzufügen',
  'mode.remove': 'Entfernen',
  'mode.group': '{slot}: hinzufügen oder entfernen',
  'picker.add': '{slot} zum Hinzufügen',
  'picker.remove': '{slot} zum Entfernen',
  'problem.nothingChosen': 'Bitte mindestens einen Begriff zum Hinzufügen oder Entfernen wählen.',
  'problem.notAddable': '„{label}“ ({slot}) ist außer Gebrauch und kann nicht hinzugefügt werden. Bitte herausnehmen oder {slot} auf Entfernen stellen.',
  'preview.title': 'Was sich an jedem Vorgang ändert',
  'preview.empty': 'Wählen Sie oben Begriffe, um zu sehen, was sich an jedem Vorgang ändert.',
  'preview.noChange': 'keine Änderung',
  'preview.unreadable': 'nicht lesbar: hier ändert sich nichts',
  'preview.damaged': 'die gespeicherten Tags sind nicht lesbar: hier ändert sich nichts',
  'preview.legend': '+ fügt einen Begriff hinzu, − entfernt ihn.',
  'result.done': 'Erledigt',
  'result.unchanged': 'Erledigt (war bereits so)',
  'result.unconfirmed': 'Gesendet, noch nicht bestätigt',
  'result.no-permission': 'Keine Berechtigung',
  'result.not-found': 'Nicht gefunden',
  'result.throttled': 'Von Jira gedrosselt',
  'result.conflict': 'Von anderen geändert',
  'result.refused': 'Von Jira abgelehnt',
  'result.damaged': 'Beschädigte Tags',
  'detail.unconfirmed': 'Jira hat die Änderung angenommen, aber noch nicht bestätigt. Laden Sie den Vorgang gleich neu, um es zu prüfen.',
  'detail.no-permission': 'Sie dürfen diesen Vorgang in Jira nicht bearbeiten. An ihm wurde nichts geändert.',
  'detail.not-found': 'Den Vorgang gibt es nicht, oder Sie dürfen ihn nicht sehen. An ihm wurde nichts geändert.',
  'detail.throttled': 'Jira nimmt vorerst keine weiteren Änderungen an. An ihm wurde nichts geändert; bitte später erneut versuchen.',
  'detail.throttledFor': 'Jira bittet, {wait} bis zu weiteren Änderungen zu warten. An ihm wurde nichts geändert; bitte dann erneut versuchen.',
  'detail.conflict': 'Andere haben diesen Vorgang bei jedem Schreiben geändert. An ihm wurde nichts geändert; bitte erneut versuchen.',
  'detail.refused': 'Jira hat die Änderung abgelehnt: {message}',
  'detail.damaged': 'Die an diesem Vorgang gespeicherten Tags sind nicht lesbar. An ihm wurde nichts geändert.',
  'retry.running': 'Wird erneut versucht …',
  'retry.failed': 'Der erneute Versuch hat Jira nicht erreicht; die Ergebnisse unten sind noch die von vorher:',
  'retry.done': 'Erneut versucht: Die Ergebnisse unten sind aktuell.',
  'summary.notChanged': 'Nicht geändert: {list}.',
};

const WORDS: Record<Language, Record<BulkWordKey, string>> = { en: EN, de: DE };

/** A word of the bulk action with its `{name}` parameters filled in (a parameter it lacks stays visible). */
export function bw(language: Language, key: BulkWordKey, params: Record<string, string | number> = {}): string {
  return WORDS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`));
}
