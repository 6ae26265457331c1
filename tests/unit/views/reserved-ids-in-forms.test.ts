/**
 * The admin forms refuse, before sending, the ids the server refuses for naming a built-in of JavaScript objects,
 * show the refusal at the id field in the admin's language, and derive stream ids around them. The taxonomy as it
 * arrives over the bridge (plain JSON) is read without finding Object's members.
 */
import { UseCaseSchema, defaultTaxonomy, type Taxonomy } from '../../../src/domain';
import { phaseOf } from '../../../src/domain/taxonomy/taxonomy';
import { errorInWords } from '../../../static/main/src/surfaces/admin/error-words';
import { streamsFromProjects } from '../../../static/main/src/surfaces/settings/first-run';
import { uniqueStreamId, withDerivedIds, type StreamDraft } from '../../../static/main/src/surfaces/settings/stream-draft';
import { EMPTY_NEW_TERM, addChange, checkChange } from '../../../static/main/src/surfaces/taxonomy-admin/taxonomy-changes';
import { checkDraft, draftOf } from '../../../static/main/src/surfaces/use-case-admin/use-case-form-model';
import { withEntry, withoutEntry } from '../../../static/main/src/state-maps';

describe('the taxonomy form', () => {
  const taxonomy = defaultTaxonomy();

  it('refuses a term whose id would be `constructor`, at the id field, in English and German', () => {
    const problems = checkChange(taxonomy, addChange('touchpoint', { ...EMPTY_NEW_TERM, labels: { en: 'Constructor', de: 'Konstrukteur' } }));
    expect(problems.map((p) => [p.field, p.error.code, p.error.params.termId])).toEqual([['id', 'TERM_ID_RESERVED', 'constructor']]);
    const [problem] = problems;
    if (!problem) throw new Error('expected a problem');
    expect(errorInWords('en', problem.error)).toBe('The id “constructor” is reserved: it names a built-in of JavaScript objects. Choose another id for this term of Touchpoints.');
    expect(errorInWords('de', problem.error)).toBe('Die ID „constructor“ ist reserviert, weil sie ein Standardelement von JavaScript-Objekten bezeichnet. Bitte eine andere ID für diesen Begriff von Touchpoints wählen.');
  });

  it('reads the phase of a stage from the taxonomy as it came over the bridge, finding nothing for `constructor`', () => {
    const overTheBridge = JSON.parse(JSON.stringify(taxonomy)) as Taxonomy;
    expect(Object.getPrototypeOf(overTheBridge.phaseOfStage)).toBe(Object.prototype);
    expect(phaseOf(overTheBridge, 'explore')).toBe('need');
    for (const stage of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(phaseOf(overTheBridge, stage)).toBeUndefined();
  });
});

describe('the use-case form', () => {
  const base = draftOf(UseCaseSchema.parse({ id: 'UC-001', title: 'Welcome', lifecycleStage: 'explore' }));
  const problems = (id: string, existing: string[], isNew: boolean) =>
    checkDraft({ ...base, id }, new Set(existing), isNew).problems.map((p) => [p.field, 'error' in p ? p.error.code : p.reason]);

  it('refuses a new use case called `Constructor`, `toString` or `HASOWNPROPERTY`', () => {
    for (const id of ['Constructor', 'toString', 'HASOWNPROPERTY', 'prototype']) expect(problems(id, ['UC-001'], true)).toEqual([['id', 'USE_CASE_ID_RESERVED']]);
    expect(errorInWords('en', { code: 'USE_CASE_ID_RESERVED', params: { useCaseId: 'toString' } })).toBe('The id toString is reserved: it names a built-in of JavaScript objects. Choose another id.');
  });

  it('still saves a stored use case that already has such an id', () => {
    expect(problems('constructor', ['constructor'], false)).toEqual([]);
    expect(problems('constructor', ['constructor'], true)).toEqual([['id', 'USE_CASE_ID_TAKEN']]);
  });
});

describe('stream ids', () => {
  it('step around reserved ids as they step around taken ones', () => {
    expect(uniqueStreamId('Constructor', new Set())).toBe('constructor-2');
    expect(uniqueStreamId('Constructor', new Set(['constructor-2']))).toBe('constructor-3');
    expect(uniqueStreamId('Value of', new Set())).toBe('value-of');
    const projects = [{ id: '1', key: 'PRO', name: 'Prototype' }, { id: '2', key: 'TS', name: 'toString' }];
    expect(streamsFromProjects(projects, new Set(['PRO', 'TS'])).map((s) => s.id)).toEqual(['prototype-2', 'tostring-2']);
  });

  it('leave a saved stream its id, even a reserved one', () => {
    const saved: StreamDraft = { key: 'saved-constructor', id: 'constructor', isNew: false, name: 'Constructor', jql: 'project = C', ownerAccountId: '', colour: '#0c66e4' };
    const fresh: StreamDraft = { ...saved, key: 'new-1', id: '', isNew: true };
    expect(withDerivedIds([saved, fresh]).map((s) => s.id)).toEqual(['constructor', 'constructor-2']);
  });
});

describe('form state keyed by ids', () => {
  it('holds a draft under `constructor` or `__proto__` as under any other key', () => {
    let drafts: ReadonlyMap<string, string> = new Map();
    drafts = withEntry(drafts, 'rename:touchpoint:constructor', 'a');
    drafts = withEntry(drafts, '__proto__', 'b');
    expect([...drafts]).toEqual([['rename:touchpoint:constructor', 'a'], ['__proto__', 'b']]);
    expect(drafts.get('constructor')).toBeUndefined();
    expect([...withoutEntry(drafts, '__proto__')]).toEqual([['rename:touchpoint:constructor', 'a']]);
  });
});
