/** Use-case catalogue entries: their shape and the terms they reference. */
import { UseCaseSchema, defaultTaxonomy, validateCatalogue } from '../../../src/domain';

describe('a use case', () => {
  it('reads a full journey-map entry', () => {
    const useCase = UseCaseSchema.parse({
      id: 'UC-014', title: 'Abandoned booking reminder', lifecycleStage: 'buy', userActivity: 'Compare offers',
      description: 'I want to finish the booking I started', userActions: ['open reminder', 'resume booking'],
      touchpoints: ['booking', 'website'], channels: ['email', 'push'], category: 'sales-revenue', action: 'direct-me',
    });
    expect(useCase).toMatchObject({ id: 'UC-014', retired: false, channels: ['email', 'push'] });
  });

  it('refuses an empty title and a bad id, naming the field', () => {
    const result = UseCaseSchema.safeParse({ id: 'UC 1', title: ' ', lifecycleStage: 'buy' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['id', 'title']);
  });

  it('names every unknown term and duplicate id in a catalogue', () => {
    const entries = [
      UseCaseSchema.parse({ id: 'UC-1', title: 'A', lifecycleStage: 'buy', touchpoints: ['website', 'fax'] }),
      UseCaseSchema.parse({ id: 'UC-1', title: 'B', lifecycleStage: 'dream', category: 'legal' }),
    ];
    expect(validateCatalogue(entries, defaultTaxonomy())).toEqual([
      { code: 'USE_CASE_TERM_UNKNOWN', useCaseId: 'UC-1', field: 'touchpoints[1]', dimension: 'touchpoint', termId: 'fax' },
      { code: 'USE_CASE_ID_TAKEN', useCaseId: 'UC-1' },
      { code: 'USE_CASE_TERM_UNKNOWN', useCaseId: 'UC-1', field: 'lifecycleStage', dimension: 'lifecycle', termId: 'dream' },
    ]);
  });
});
