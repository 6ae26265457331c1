/**
 * New terms and use cases may not take an id that names a member every JavaScript object has; existing ones keep
 * theirs, so an old stored taxonomy or catalogue stays readable and editable.
 */
import { TaxonomySchema, UseCaseSchema, addTerm, defaultTaxonomy, renameTerm, reorderTerms, setTermRetired, validateCatalogue, type Taxonomy } from '../../../src/domain';
import { OBJECT_MEMBER_NAMES, isReservedId } from '../../../src/domain/reserved-ids';
import { parseUseCaseCsv } from '../../../src/domain/use-case-csv';

describe('reserved ids', () => {
  it('are every member name of Object.prototype, `__proto__` and `prototype`, in any case', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']) {
      expect(isReservedId(name)).toBe(true);
      expect(isReservedId(name.toUpperCase())).toBe(true);
      expect(isReservedId(name.toLowerCase())).toBe(true);
    }
    expect(OBJECT_MEMBER_NAMES).toContain('constructor');
  });

  it('leave ordinary ids alone, also ones that merely contain such a name', () => {
    for (const id of ['website', 'UC-001', 'constructor-2', 'my-prototype', 'to-string', 'valueof1']) expect(isReservedId(id)).toBe(false);
  });
});

describe('adding a term', () => {
  const labels = { en: 'Constructor', de: 'Konstrukteur' };

  it('refuses a reserved id, typed or derived from the English label, with its dimension', () => {
    expect(addTerm(defaultTaxonomy(), 'touchpoint', { labels })).toEqual({ ok: false, errors: [{ code: 'TERM_ID_RESERVED', dimension: 'touchpoint', termId: 'constructor' }] });
    for (const id of ['prototype', 'tostring', 'valueof', 'hasownproperty']) {
      expect(addTerm(defaultTaxonomy(), 'channel', { id, labels: { en: `Channel ${id}`, de: `Kanal ${id}` } })).toEqual({ ok: false, errors: [{ code: 'TERM_ID_RESERVED', dimension: 'channel', termId: id }] });
    }
    expect(addTerm(defaultTaxonomy(), 'lifecycle', { id: 'constructor', labels, phase: 'need' })).toMatchObject({ ok: false, errors: [{ code: 'TERM_ID_RESERVED' }] });
  });

  it('still tells an id that is not an id at all apart (`__proto__`, `toString`)', () => {
    expect(addTerm(defaultTaxonomy(), 'action', { id: '__proto__', labels })).toMatchObject({ ok: false, errors: [{ code: 'TERM_ID_INVALID', termId: '__proto__' }] });
    expect(addTerm(defaultTaxonomy(), 'action', { id: 'toString', labels })).toMatchObject({ ok: false, errors: [{ code: 'TERM_ID_INVALID', termId: 'toString' }] });
  });

  it('accepts an id that only contains such a name, and maps the new stage to its phase', () => {
    const result = addTerm(defaultTaxonomy(), 'lifecycle', { id: 'constructor-phase', labels, phase: 'buy' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.phaseOfStage['constructor-phase' as never]).toBe('buy');
    expect(Object.getPrototypeOf(result.value.phaseOfStage)).toBeNull();
    expect(TaxonomySchema.safeParse(result.value).success).toBe(true);
  });
});

describe('a stored taxonomy that already has a term `constructor`', () => {
  function oldTaxonomy(): Taxonomy {
    const stored = JSON.parse(JSON.stringify(defaultTaxonomy())) as { dimensions: Record<string, unknown[]>; phaseOfStage: Record<string, string> };
    stored.dimensions.touchpoint?.push({ id: 'constructor', labels: { en: 'Constructor', de: 'Konstrukteur' }, retired: false });
    stored.dimensions.lifecycle?.push({ id: 'prototype', labels: { en: 'Prototype', de: 'Prototyp' }, retired: false });
    stored.phaseOfStage.prototype = 'need';
    return TaxonomySchema.parse(stored);
  }

  it('lets the admin rename, retire and move it like any other term', () => {
    const renamed = renameTerm(oldTaxonomy(), 'touchpoint', 'constructor', { en: 'Builder', de: 'Baumeister' });
    expect(renamed.ok && renamed.value.dimensions.touchpoint.at(-1)?.labels.en).toBe('Builder');
    const retired = setTermRetired(oldTaxonomy(), 'lifecycle', 'prototype', true);
    expect(retired.ok && retired.value.dimensions.lifecycle.at(-1)?.retired).toBe(true);
    const ids = oldTaxonomy().dimensions.touchpoint.map((t) => t.id as string);
    const moved = reorderTerms(oldTaxonomy(), 'touchpoint', ['constructor', ...ids.slice(0, -1)]);
    expect(moved.ok && moved.value.dimensions.touchpoint[0]?.id).toBe('constructor');
  });

  it('refuses a second one, as taken or reserved', () => {
    expect(addTerm(oldTaxonomy(), 'touchpoint', { id: 'constructor', labels: { en: 'Other', de: 'Andere' } })).toMatchObject({ ok: false, errors: [{ code: 'TERM_ID_RESERVED' }] });
  });
});

describe('new use cases', () => {
  const taxonomy = defaultTaxonomy();
  const useCase = (id: string) => UseCaseSchema.parse({ id, title: `Use case ${id}`, lifecycleStage: 'explore' });

  it('may not take a reserved id in any case; stored ones keep theirs', () => {
    const catalogue = ['UC-1', 'constructor', 'ToString', 'HASOWNPROPERTY', 'valueOf'].map(useCase);
    expect(validateCatalogue(catalogue, taxonomy, new Set(['UC-1', 'valueOf']))).toEqual([
      { code: 'USE_CASE_ID_RESERVED', useCaseId: 'constructor' },
      { code: 'USE_CASE_ID_RESERVED', useCaseId: 'ToString' },
      { code: 'USE_CASE_ID_RESERVED', useCaseId: 'HASOWNPROPERTY' },
    ]);
    expect(validateCatalogue(catalogue, taxonomy, new Set(catalogue.map((u) => u.id as string)))).toEqual([]);
  });

  it('are refused row by row in a CSV import, unless the row updates a stored one', () => {
    const csv = ['id,title,lifecycleStage', 'UC-1,Fine,explore', 'Constructor,New,explore', 'toString,Stored,explore', 'PROTOTYPE,New too,buy'].join('\n');
    const refused = parseUseCaseCsv(csv, taxonomy, new Set(['toString']));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors).toEqual([
      { row: 3, column: 'id', code: 'USE_CASE_ID_RESERVED', params: { useCaseId: 'Constructor' } },
      { row: 5, column: 'id', code: 'USE_CASE_ID_RESERVED', params: { useCaseId: 'PROTOTYPE' } },
    ]);
    const updating = parseUseCaseCsv(['id,title,lifecycleStage', 'toString,Stored,explore'].join('\n'), taxonomy, new Set(['toString']));
    expect(updating.ok && updating.value.map((u) => u.id)).toEqual(['toString']);
  });

  it('reports terms named like built-ins as unknown terms, not as something found', () => {
    const csv = ['id,title,lifecycleStage,touchpoints', 'UC-9,Odd,constructor,prototype|constructor'].join('\n');
    const result = parseUseCaseCsv(csv, taxonomy);
    expect(!result.ok && result.errors.map((e) => [e.column, e.code, e.params.termId])).toEqual([
      ['lifecycleStage', 'USE_CASE_TERM_UNKNOWN', 'constructor'],
      ['touchpoints', 'USE_CASE_TERM_UNKNOWN', 'prototype'],
      ['touchpoints', 'USE_CASE_TERM_UNKNOWN', 'constructor'],
    ]);
  });
});
