/** The shared journey taxonomy: defaults from the programme's sessions, and the admin's edits with their refusals. */
import { TaxonomySchema, activeTerms, addTerm, defaultTaxonomy, findTerm, renameTerm, reorderTerms, setTermRetired, termLabel, type Taxonomy } from '../../../src/domain';

function applied<T, E>(result: { ok: true; value: T } | { ok: false; errors: E[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('the default taxonomy', () => {
  const taxonomy = defaultTaxonomy();

  it('has the six dimensions of the agreed journey with English and German labels', () => {
    expect(TaxonomySchema.parse(taxonomy)).toEqual(taxonomy);
    expect(taxonomy.dimensions.touchpoint.map((t) => t.labels.en)).toEqual([
      'Acquisition', 'Start of the journey', 'Website', 'App', 'Booking the offer', 'Using the offer', 'Customer service',
      'Preference centre', 'Loyalty programme', 'Retention', 'End',
    ]);
    expect(taxonomy.dimensions.lifecycle.map((t) => t.id)).toEqual(['perceive', 'explore', 'buy', 'set-up', 'extend', 'usage', 'support', 'leave']);
    expect(taxonomy.dimensions.category).toHaveLength(8);
    expect(taxonomy.dimensions.action).toHaveLength(8);
    expect(taxonomy.dimensions.channel).toHaveLength(10);
    expect(termLabel(taxonomy, 'touchpoint', 'booking', 'de')).toBe('Buchen des Angebotes');
  });

  it('puts every lifecycle stage into one of the phases NEED, BUY and USE', () => {
    expect(taxonomy.dimensions.phase.map((t) => t.id)).toEqual(['need', 'buy', 'use']);
    expect(taxonomy.phaseOfStage).toMatchObject({ perceive: 'need', explore: 'need', buy: 'buy', usage: 'use', leave: 'use' });
    expect(Object.keys(taxonomy.phaseOfStage).sort()).toEqual(taxonomy.dimensions.lifecycle.map((t) => t.id).sort());
  });

  it('hands out independent copies', () => {
    const copy = defaultTaxonomy();
    copy.dimensions.touchpoint.pop();
    expect(defaultTaxonomy().dimensions.touchpoint).toHaveLength(11);
  });
});

describe('editing the taxonomy', () => {
  let taxonomy: Taxonomy;
  beforeEach(() => {
    taxonomy = defaultTaxonomy();
  });

  it('adds a term with an id made from its English label and raises the version', () => {
    const next = applied(addTerm(taxonomy, 'channel', { labels: { en: 'In-app message', de: 'In-App-Nachricht' } }));
    expect(findTerm(next, 'channel', 'in-app-message')).toEqual({ id: 'in-app-message', labels: { en: 'In-app message', de: 'In-App-Nachricht' }, retired: false });
    expect(next.version).toBe(taxonomy.version + 1);
    expect(taxonomy.dimensions.channel).toHaveLength(10);
  });

  it.each([
    ['an id already taken', { id: 'email', labels: { en: 'Mail', de: 'Post' } }, [{ code: 'TERM_ID_TAKEN', dimension: 'channel', termId: 'email' }]],
    ['an empty German label', { labels: { en: 'Fax', de: '  ' } }, [{ code: 'LABEL_EMPTY', dimension: 'channel', termId: 'fax', language: 'de' }]],
    ['a label another term has', { id: 'short-message', labels: { en: 'sms', de: 'Kurznachricht' } }, [{ code: 'LABEL_TAKEN', dimension: 'channel', termId: 'short-message', language: 'en', label: 'sms' }]],
    ['an id with capitals', { id: 'Fax', labels: { en: 'Fax', de: 'Fax' } }, [{ code: 'TERM_ID_INVALID', dimension: 'channel', termId: 'Fax' }]],
  ])('refuses %s, naming the term and field', (_case, input, errors) => {
    expect(addTerm(taxonomy, 'channel', input)).toEqual({ ok: false, errors });
  });

  it('needs a known phase for a new lifecycle stage', () => {
    expect(addTerm(taxonomy, 'lifecycle', { labels: { en: 'Renew', de: 'Verlängern' } })).toEqual({ ok: false, errors: [{ code: 'PHASE_REQUIRED', termId: 'renew' }] });
    expect(addTerm(taxonomy, 'lifecycle', { labels: { en: 'Renew', de: 'Verlängern' }, phase: 'sell' })).toEqual({ ok: false, errors: [{ code: 'PHASE_UNKNOWN', termId: 'renew', phase: 'sell' }] });
    const next = applied(addTerm(taxonomy, 'lifecycle', { labels: { en: 'Renew', de: 'Verlängern' }, phase: 'buy' }));
    expect(next.phaseOfStage['renew' as never]).toBe('buy');
    expect(TaxonomySchema.safeParse(next).success).toBe(true);
  });

  it('renames a term without changing its id', () => {
    const next = applied(renameTerm(taxonomy, 'touchpoint', 'website', { en: 'Web shop', de: 'Webshop' }));
    expect(termLabel(next, 'touchpoint', 'website', 'en')).toBe('Web shop');
    expect(renameTerm(taxonomy, 'touchpoint', 'fax', { en: 'Fax', de: 'Fax' })).toEqual({ ok: false, errors: [{ code: 'TERM_UNKNOWN', dimension: 'touchpoint', termId: 'fax' }] });
  });

  it('retires a term: it leaves the pickers but stays readable', () => {
    const next = applied(setTermRetired(taxonomy, 'channel', 'whatsapp', true));
    expect(activeTerms(next, 'channel').map((t) => t.id)).not.toContain('whatsapp');
    expect(termLabel(next, 'channel', 'whatsapp', 'de')).toBe('WhatsApp');
    const restored = applied(setTermRetired(next, 'channel', 'whatsapp', false));
    expect(activeTerms(restored, 'channel').map((t) => t.id)).toContain('whatsapp');
  });

  it('lets a retired label be reused by a new term', () => {
    const retired = applied(setTermRetired(taxonomy, 'channel', 'sms', true));
    expect(addTerm(retired, 'channel', { id: 'text-message', labels: { en: 'SMS', de: 'SMS' } }).ok).toBe(true);
  });

  it('reorders terms only when the new order names every term once', () => {
    const ids = taxonomy.dimensions.phase.map((t) => t.id);
    expect(applied(reorderTerms(taxonomy, 'phase', [...ids].reverse())).dimensions.phase.map((t) => t.id)).toEqual(['use', 'buy', 'need']);
    expect(reorderTerms(taxonomy, 'phase', ['use', 'buy'])).toEqual({ ok: false, errors: [{ code: 'REORDER_MISMATCH', dimension: 'phase' }] });
    expect(reorderTerms(taxonomy, 'phase', ['use', 'use', 'need'])).toEqual({ ok: false, errors: [{ code: 'REORDER_MISMATCH', dimension: 'phase' }] });
  });

  it('rejects a stored taxonomy with duplicate ids or a stage without a phase', () => {
    const broken = defaultTaxonomy();
    broken.dimensions.channel.push(broken.dimensions.channel[0]!);
    delete (broken.phaseOfStage as Record<string, string>).leave;
    const issues = TaxonomySchema.safeParse(broken).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(['dimensions.channel.10.id: duplicate term id "advertising"', 'phaseOfStage.leave: lifecycle stage "leave" needs a known phase']);
  });
});
