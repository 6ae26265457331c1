/** Journey tags on an issue: validation against the taxonomy, per-term merging of concurrent edits, inheritance. */
import {
  UseCaseSchema, applyTagEdit, defaultTaxonomy, diffTags, effectiveTags, emptyTags, mergeTagEdits, setTermRetired,
  toIndexedProperty, validateTagChange, type JourneyTags, type UseCase,
} from '../../../src/domain';

function tags(partial: Partial<Record<keyof JourneyTags, string[]>>): JourneyTags {
  return { ...emptyTags(), ...partial } as JourneyTags;
}

const catalogue: UseCase[] = [
  UseCaseSchema.parse({ id: 'UC-01', title: 'Welcome series', lifecycleStage: 'set-up' }),
  UseCaseSchema.parse({ id: 'UC-02', title: 'Old fax campaign', lifecycleStage: 'perceive', retired: true }),
];

describe('validating tags against the taxonomy', () => {
  const taxonomy = defaultTaxonomy();

  it('accepts known, active terms and use cases', () => {
    expect(validateTagChange(emptyTags(), tags({ touchpoint: ['website'], channel: ['email'], useCase: ['UC-01'] }), taxonomy, catalogue)).toEqual([]);
  });

  it('names each unknown id with its dimension', () => {
    expect(validateTagChange(emptyTags(), tags({ touchpoint: ['fax'], lifecycle: ['buy', 'nirvana'], useCase: ['UC-99'] }), taxonomy, catalogue)).toEqual([
      { code: 'TERM_UNKNOWN', dimension: 'touchpoint', termId: 'fax' },
      { code: 'TERM_UNKNOWN', dimension: 'lifecycle', termId: 'nirvana' },
      { code: 'USE_CASE_UNKNOWN', useCaseId: 'UC-99' },
    ]);
  });

  it('keeps retired terms already on an issue but refuses to add them anew', () => {
    const retired = setTermRetired(taxonomy, 'channel', 'sms', true);
    if (!retired.ok) throw new Error('setup');
    const before = tags({ channel: ['sms'] });
    expect(validateTagChange(before, tags({ channel: ['sms', 'email'] }), retired.value, catalogue)).toEqual([]);
    expect(validateTagChange(emptyTags(), tags({ channel: ['sms'], useCase: ['UC-02'] }), retired.value, catalogue)).toEqual([
      { code: 'TERM_RETIRED', dimension: 'channel', termId: 'sms' },
      { code: 'USE_CASE_RETIRED', useCaseId: 'UC-02' },
    ]);
  });
});

describe('two people tagging the same issue at once', () => {
  const base = tags({ touchpoint: ['website', 'app'], channel: ['email'] });

  it('keeps both people\'s additions and removals, term by term', () => {
    const anna = tags({ touchpoint: ['website', 'app', 'booking'], channel: [] }); // adds booking, removes e-mail
    const ben = tags({ touchpoint: ['app'], channel: ['email', 'push'], useCase: ['UC-01'] }); // removes website, adds push and a use case
    expect(mergeTagEdits(base, anna, ben)).toEqual(tags({ touchpoint: ['app', 'booking'], channel: ['push'], useCase: ['UC-01'] }));
    expect(mergeTagEdits(base, ben, anna)).toEqual(tags({ touchpoint: ['app', 'booking'], channel: ['push'], useCase: ['UC-01'] }));
  });

  it('does not duplicate a term both people added', () => {
    const anna = tags({ ...base, lifecycle: ['buy'] });
    const ben = tags({ ...base, lifecycle: ['buy'] });
    expect(mergeTagEdits(base, anna, ben).lifecycle).toEqual(['buy']);
  });

  it('changes nothing when I saved what I loaded', () => {
    const latest = tags({ touchpoint: ['end'] });
    expect(mergeTagEdits(base, base, latest)).toEqual(latest);
    expect(diffTags(base, base)).toEqual({ add: {}, remove: {} });
  });

  it('applies a bulk edit to whatever an issue has', () => {
    expect(applyTagEdit(tags({ touchpoint: ['app'] }), { add: { touchpoint: ['website'] }, remove: { touchpoint: ['app'], channel: ['sms'] } })).toEqual(tags({ touchpoint: ['website'] }));
  });
});

describe('what an issue shows and what Jira indexes', () => {
  it('shows its epic\'s tags as inherited beside its own', () => {
    const shown = effectiveTags(tags({ touchpoint: ['app', 'website'] }), tags({ touchpoint: ['website', 'booking'] }));
    expect(shown.touchpoint).toEqual([
      { id: 'app', source: 'own' },
      { id: 'website', source: 'both' },
      { id: 'booking', source: 'epic' },
    ]);
  });

  it('adds the phases the lifecycle stages fall into, once each', () => {
    expect(toIndexedProperty(tags({ lifecycle: ['perceive', 'explore', 'usage'] }), defaultTaxonomy()).phase).toEqual(['need', 'use']);
  });
});
