import { idRecord } from '../id-keyed';
import type { TermId } from '../ids';
import type { DimensionId } from './dimensions';
import type { Taxonomy, Term } from './taxonomy';

type Row = readonly [id: string, en: string, de: string];

function terms(rows: readonly Row[]): Term[] {
  return rows.map(([id, en, de]) => ({ id: id as TermId, labels: { en, de }, retired: false }));
}

/** The journey the programme agreed in its moderated sessions (domain.md §2), English and German. */
const DEFAULT_TERMS: Record<DimensionId, readonly Row[]> = {
  touchpoint: [
    ['acquisition', 'Acquisition', 'Akquise'],
    ['journey-start', 'Start of the journey', 'Start der Kundenreise'],
    ['website', 'Website', 'Website'],
    ['app', 'App', 'App'],
    ['booking', 'Booking the offer', 'Buchen des Angebotes'],
    ['offer-usage', 'Using the offer', 'Nutzung des Angebotes'],
    ['customer-service', 'Customer service', 'Kundenservice'],
    ['preference-centre', 'Preference centre', 'Preference Center'],
    ['loyalty-programme', 'Loyalty programme', 'Treueprogramm'],
    ['retention', 'Retention', 'Kundenbindung'],
    ['end', 'End', 'Ende'],
  ],
  category: [
    ['transactional', 'Transactional', 'Transaktional'],
    ['advanced-cj', 'Advanced CJ', 'Advanced CJ'],
    ['loyalty', 'Loyalty', 'Loyalität'],
    ['marketing-opportunity', 'Marketing opportunity', 'Marketing-Chance'],
    ['sales-revenue', 'Sales & revenue', 'Vertrieb & Umsatz'],
    ['it', 'IT', 'IT'],
    ['disruptions', 'Disruptions', 'Störungen'],
    ['legal', 'Legal', 'Recht'],
  ],
  action: [
    ['ask-feedback', 'Ask for feedback', 'Frag mich nach Feedback'],
    ['direct-me', 'Direct me', 'Leite mich'],
    ['inform-me', 'Inform me', 'Informiere mich'],
    ['inspire-me', 'Inspire me', 'Inspiriere mich'],
    ['reactivate-me', 'Reactivate me', 'Reaktiviere mich'],
    ['reassure-me', 'Reassure me', 'Beruhige mich'],
    ['reward-me', 'Reward me', 'Belohne mich'],
    ['teach-me', 'Teach me', 'Bring es mir bei'],
  ],
  lifecycle: [
    ['perceive', 'Perceive', 'Wahrnehmen'],
    ['explore', 'Explore', 'Erkunden'],
    ['buy', 'Buy', 'Kaufen'],
    ['set-up', 'Set up', 'Einrichten'],
    ['extend', 'Extend', 'Erweitern'],
    ['usage', 'Usage', 'Nutzung'],
    ['support', 'Support', 'Support'],
    ['leave', 'Leave', 'Verlassen'],
  ],
  channel: [
    ['advertising', 'Advertising', 'Werbung'],
    ['app-website', 'App/Website', 'App/Website'],
    ['loyalty-programme', 'Loyalty programme', 'Treueprogramm'],
    ['commerce', 'Commerce', 'Commerce'],
    ['customer-service', 'Customer service', 'Kundenservice'],
    ['chat', 'Chat', 'Chat'],
    ['email', 'E-mail', 'E-Mail'],
    ['sms', 'SMS', 'SMS'],
    ['whatsapp', 'WhatsApp', 'WhatsApp'],
    ['push', 'Push', 'Push'],
  ],
  phase: [
    ['need', 'NEED (marketing)', 'NEED (Marketing)'],
    ['buy', 'BUY (sales)', 'BUY (Vertrieb)'],
    ['use', 'USE (service)', 'USE (Service)'],
  ],
};

/** Marketing wins and informs (NEED), sales closes and extends (BUY), service carries the rest (USE). */
const DEFAULT_PHASE_OF_STAGE: Readonly<Record<string, string>> = {
  perceive: 'need',
  explore: 'need',
  buy: 'buy',
  extend: 'buy',
  'set-up': 'use',
  usage: 'use',
  support: 'use',
  leave: 'use',
};

/** A fresh copy of the default taxonomy (version 1). */
export function defaultTaxonomy(): Taxonomy {
  const dimensions = Object.fromEntries(
    Object.entries(DEFAULT_TERMS).map(([dimension, rows]) => [dimension, terms(rows)]),
  ) as Record<DimensionId, Term[]>;
  return { version: 1, dimensions, phaseOfStage: idRecord(Object.entries(DEFAULT_PHASE_OF_STAGE) as Array<[TermId, TermId]>) };
}
