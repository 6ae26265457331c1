/**
 * The journey pickers: retired terms are not offered but stay readable (marked) on an issue that has them; the
 * unsaved state ignores order; the save payload and the tags shown after a save keep inherited tags apart.
 */
import { defaultTaxonomy, emptyTags, setTermRetired, type Taxonomy, type UseCase } from '../../../src/domain';
import { UseCaseSchema } from '../../../src/domain/use-case';
import {
  allOptions, chosenLabel, draftOf, hasUnsavedChanges, offeredOptions, shownAfterSave, tagOption, tagsPayload,
} from '../../../static/main/src/surfaces/journey/tag-options';

function retired(taxonomy: Taxonomy, termId: string): Taxonomy {
  const result = setTermRetired(taxonomy, 'touchpoint', termId, true);
  if (!result.ok) throw new Error('could not retire');
  return result.value;
}

const taxonomy = retired(defaultTaxonomy(), 'end');
const useCases: UseCase[] = [
  UseCaseSchema.parse({ id: 'UC-001', title: 'Newsletter sign-up', lifecycleStage: 'explore' }),
  UseCaseSchema.parse({ id: 'UC-099', title: 'Old fax campaign', lifecycleStage: 'explore', retired: true }),
];

describe('what a picker offers', () => {
  it('offers active terms only, in the user’s language', () => {
    const offered = offeredOptions('touchpoint', taxonomy, useCases, 'de');
    expect(offered.map((o) => o.value)).not.toContain('end');
    expect(offered.find((o) => o.value === 'journey-start')?.label).toBe('Start der Kundenreise');
  });

  it('offers active use cases as "id · title", and every one for removal in bulk', () => {
    expect(offeredOptions('useCase', taxonomy, useCases, 'en').map((o) => o.label)).toEqual(['UC-001 · Newsletter sign-up']);
    expect(allOptions('useCase', taxonomy, useCases, 'en').map((o) => o.value)).toEqual(['UC-001', 'UC-099']);
    expect(allOptions('touchpoint', taxonomy, useCases, 'en').map((o) => o.value)).toContain('end');
  });

  it('shows a retired term already on the issue, marked in each language', () => {
    const option = tagOption('touchpoint', 'end', taxonomy, useCases, 'en');
    expect(chosenLabel(option, 'en')).toBe('End (retired)');
    expect(chosenLabel(tagOption('touchpoint', 'end', taxonomy, useCases, 'de'), 'de')).toBe('Ende (außer Gebrauch)');
    expect(chosenLabel(tagOption('touchpoint', 'website', taxonomy, useCases, 'en'), 'en')).toBe('Website');
  });

  it('shows an id the taxonomy does not know as itself, so nothing disappears', () => {
    expect(tagOption('channel', 'telegram', taxonomy, useCases, 'en')).toEqual({ value: 'telegram', label: 'telegram', retired: false });
  });
});

describe('unsaved changes and the payload', () => {
  const stored = tagsPayload({ ...draftOf(emptyTags()), touchpoint: ['website', 'app'] });

  it('is unsaved only when the chosen set differs, not its order', () => {
    expect(hasUnsavedChanges(stored, { ...draftOf(stored), touchpoint: ['app', 'website'] })).toBe(false);
    expect(hasUnsavedChanges(stored, { ...draftOf(stored), touchpoint: ['app'] })).toBe(true);
    expect(hasUnsavedChanges(stored, { ...draftOf(stored), useCase: ['UC-001'] })).toBe(true);
  });

  it('refuses an id that is not a term id before anything is sent', () => {
    expect(() => tagsPayload({ ...draftOf(emptyTags()), touchpoint: ['Not An Id'] })).toThrow();
  });

  it('shows the stored tags after a save beside the unchanged inherited ones', () => {
    const shownBefore = { ...Object.fromEntries(Object.keys(draftOf(emptyTags())).map((slot) => [slot, []])), channel: [{ id: 'email', source: 'epic' as const }] } as Parameters<typeof shownAfterSave>[1];
    const after = shownAfterSave(tagsPayload({ ...draftOf(emptyTags()), channel: ['push', 'email'] }), shownBefore);
    expect(after.channel).toEqual([
      { id: 'push', source: 'own' },
      { id: 'email', source: 'both' },
    ]);
  });
});
