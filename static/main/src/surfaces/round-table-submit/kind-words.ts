import type { SubmissionKind } from '../../../../../src/domain/round-table/submission';
import type { Language } from '../../i18n/messages';

interface KindWords {
  name: string;
  /** One line saying what the kind is for, so the submitter picks the right one. */
  hint: string;
}

/** The nine kinds of submission, named and explained in English and German. */
const KINDS: Record<Language, Record<SubmissionKind, KindWords>> = {
  en: {
    view: { name: 'View', hint: 'How you see the programme or a part of it.' },
    concern: { name: 'Concern', hint: 'A risk or problem the task force should know about.' },
    suggestion: { name: 'Suggestion', hint: 'Something we could do better or differently.' },
    idea: { name: 'Idea for a campaign or a better experience', hint: 'A new campaign or a better experience for our customers.' },
    'customer-need': { name: 'Customer need', hint: 'What customers ask for or miss, ideally with where you heard it.' },
    'competitor-example': { name: 'Competitor example', hint: 'Something a competitor does well that we can learn from.' },
    'expert-opinion': { name: 'Expert opinion', hint: 'An assessment from your field of expertise.' },
    'other-project-info': { name: 'Information from another project', hint: 'News from another technical project that affects this programme.' },
    'decision-request': { name: 'Decision request', hint: 'A question the task force should decide, with the options you see.' },
  },
  de: {
    view: { name: 'Sichtweise', hint: 'Wie Sie das Programm oder einen Teil davon sehen.' },
    concern: { name: 'Bedenken', hint: 'Ein Risiko oder Problem, das die Task Force kennen sollte.' },
    suggestion: { name: 'Vorschlag', hint: 'Etwas, das wir besser oder anders machen könnten.' },
    idea: { name: 'Idee für eine Kampagne oder ein besseres Erlebnis', hint: 'Eine neue Kampagne oder ein besseres Erlebnis für unsere Kundschaft.' },
    'customer-need': { name: 'Kundenbedürfnis', hint: 'Was Kundinnen und Kunden wünschen oder vermissen, am besten mit Quelle.' },
    'competitor-example': { name: 'Beispiel aus dem Wettbewerb', hint: 'Etwas, das der Wettbewerb gut macht und von dem wir lernen können.' },
    'expert-opinion': { name: 'Expertenmeinung', hint: 'Eine Einschätzung aus Ihrem Fachgebiet.' },
    'other-project-info': { name: 'Information aus einem anderen Vorhaben', hint: 'Neues aus einem anderen technischen Vorhaben, das dieses Programm betrifft.' },
    'decision-request': { name: 'Entscheidungsanfrage', hint: 'Eine Frage, die die Task Force entscheiden soll, mit den Optionen, die Sie sehen.' },
  },
};

export const kindName = (language: Language, kind: SubmissionKind): string => KINDS[language][kind].name;
export const kindHint = (language: Language, kind: SubmissionKind): string => KINDS[language][kind].hint;
