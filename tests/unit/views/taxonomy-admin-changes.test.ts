import { defaultTaxonomy, type Taxonomy } from '../../../src/domain';
import { errorInWords } from '../../../static/main/src/surfaces/admin/error-words';
import {
  EMPTY_NEW_TERM, addChange, checkChange, fieldOf, idOfNewTerm, moveChange, renameChange, retireChange,
} from '../../../static/main/src/surfaces/taxonomy-admin/taxonomy-changes';

const taxonomy: Taxonomy = defaultTaxonomy();
const withRetired: Taxonomy = {
  ...taxonomy,
  dimensions: { ...taxonomy.dimensions, touchpoint: taxonomy.dimensions.touchpoint.map((t) => (t.id === 'end' ? { ...t, retired: true } : t)) },
};

describe('building changes from what the admin typed', () => {
  it('adds a term with trimmed labels and lets the server derive the id when none was typed', () => {
    const draft = { ...EMPTY_NEW_TERM, labels: { en: '  Web shop ', de: ' Webshop' } };
    expect(addChange('touchpoint', draft)).toEqual({ op: 'add', dimension: 'touchpoint', labels: { en: 'Web shop', de: 'Webshop' } });
    expect(idOfNewTerm(draft)).toBe('web-shop');
    expect(addChange('touchpoint', { ...draft, id: ' shop ' })).toMatchObject({ id: 'shop' });
  });

  it('sends a phase only for a lifecycle stage', () => {
    const draft = { labels: { en: 'Renew', de: 'Verlängern' }, id: '', phase: 'buy' };
    expect(addChange('lifecycle', draft)).toMatchObject({ phase: 'buy' });
    expect(addChange('channel', draft)).not.toHaveProperty('phase');
  });

  it('renames and retires by id', () => {
    expect(renameChange('touchpoint', 'website', { en: 'Web shop ', de: 'Webshop' })).toEqual({ op: 'rename', dimension: 'touchpoint', termId: 'website', labels: { en: 'Web shop', de: 'Webshop' } });
    expect(retireChange('channel', 'sms', true)).toEqual({ op: 'retire', dimension: 'channel', termId: 'sms', retired: true });
  });

  it('moves a term one step and names every term, retired ones too, in the new order', () => {
    const ids = withRetired.dimensions.touchpoint.map((t) => t.id as string);
    const change = moveChange(withRetired, 'touchpoint', 'website', -1);
    expect(change).toEqual({ op: 'reorder', dimension: 'touchpoint', orderedIds: [ids[0], ids[2], ids[1], ...ids.slice(3)] });
    expect(moveChange(withRetired, 'touchpoint', 'end', 1)).toBeNull();
    expect(moveChange(withRetired, 'touchpoint', ids[0] as string, -1)).toBeNull();
  });
});

describe('checking a change before it is sent', () => {
  it('names the empty label field in the right language', () => {
    const problems = checkChange(taxonomy, addChange('touchpoint', { ...EMPTY_NEW_TERM, labels: { en: 'Kiosk', de: '  ' } }));
    expect(problems.map((p) => [p.field, p.error.code])).toEqual([['labels.de', 'LABEL_EMPTY']]);
  });

  it('refuses a label another active term has, but not one only a retired term has', () => {
    const taken = checkChange(taxonomy, renameChange('touchpoint', 'app', { en: 'website', de: 'App' }));
    expect(taken.map((p) => [p.field, p.error.code])).toEqual([['labels.en', 'LABEL_TAKEN']]);
    expect(checkChange(withRetired, renameChange('touchpoint', 'app', { en: 'End', de: 'Ende' }))).toEqual([]);
  });

  it('asks for the phase of a new lifecycle stage and refuses an id already used', () => {
    const stage = checkChange(taxonomy, addChange('lifecycle', { labels: { en: 'Renew', de: 'Verlängern' }, id: '', phase: '' }));
    expect(stage.map((p) => p.field)).toEqual(['phase']);
    const id = checkChange(taxonomy, addChange('touchpoint', { labels: { en: 'Web', de: 'Web' }, id: 'website', phase: '' }));
    expect(id.map((p) => [p.field, p.error.code])).toEqual([['id', 'TERM_ID_TAKEN']]);
  });

  it('accepts a valid change', () => {
    expect(checkChange(taxonomy, renameChange('touchpoint', 'website', { en: 'Web shop', de: 'Webshop' }))).toEqual([]);
  });
});

describe('server refusals at their field, in words', () => {
  it('puts label, id, phase and payload errors at their fields and the rest above the form', () => {
    expect(fieldOf({ code: 'LABEL_TAKEN', params: { language: 'de' } })).toBe('labels.de');
    expect(fieldOf({ code: 'TERM_ID_INVALID', params: {} })).toBe('id');
    expect(fieldOf({ code: 'PHASE_UNKNOWN', params: {} })).toBe('phase');
    expect(fieldOf({ code: 'INVALID_PAYLOAD', field: 'changes.0.labels.en', params: {} })).toBe('labels.en');
    expect(fieldOf({ code: 'REORDER_MISMATCH', params: {} })).toBe('form');
  });

  it('names the dimension and the language as the admin reads them', () => {
    const error = { code: 'LABEL_TAKEN' as const, params: { dimension: 'touchpoint', language: 'de', label: 'App', termId: 'web' } };
    expect(errorInWords('en', error)).toBe('“App” is already the German label of another term in Touchpoints. Choose another label.');
    expect(errorInWords('de', { ...error, params: { ...error.params, dimension: 'channel' } })).toContain('Bezeichnung (Deutsch) eines anderen Begriffs in Kanäle');
  });
});
