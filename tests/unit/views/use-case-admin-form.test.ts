import { UseCaseSchema, defaultTaxonomy, type Taxonomy } from '../../../src/domain';
import {
  EMPTY_DRAFT, checkDraft, draftOf, filterUseCases, problemOfServerError, termOptions, type UseCaseDraft,
} from '../../../static/main/src/surfaces/use-case-admin/use-case-form-model';

const taxonomy: Taxonomy = defaultTaxonomy();
const welcome = UseCaseSchema.parse({
  id: 'UC-001', title: 'Welcome series', lifecycleStage: 'set-up', userActions: ['open the app', 'read the e-mail'],
  touchpoints: ['website', 'app'], channels: ['email'], category: 'transactional',
});
const cart = UseCaseSchema.parse({ id: 'UC-002', title: 'Abandoned cart', lifecycleStage: 'buy', touchpoints: ['booking'], channels: ['push'] });
const draft = (change: Partial<UseCaseDraft>): UseCaseDraft => ({ ...draftOf(welcome), ...change });
const fields = (d: UseCaseDraft, isNew = false) => checkDraft(d, new Set(['UC-001', 'UC-002']), isNew).problems.map((p) => [p.field, 'reason' in p ? p.reason : p.error.code]);

describe('checking the form before it is sent', () => {
  it('turns an existing use case into a draft and back without change', () => {
    expect(checkDraft(draftOf(welcome), new Set(['UC-001']), false)).toEqual({ useCase: welcome, problems: [] });
  });

  it('asks for id, title and lifecycle stage of an empty form, and nothing else', () => {
    expect(fields(EMPTY_DRAFT, true)).toEqual([['id', 'problem.required'], ['title', 'problem.required'], ['lifecycleStage', 'problem.required']]);
  });

  it('explains an id with characters ids may not have', () => {
    expect(fields(draft({ id: 'UC 7' }), true)).toEqual([['id', 'problem.idFormat']]);
  });

  it('refuses an id in use for a new use case, but not when editing it', () => {
    expect(fields(draft({}), true)).toEqual([['id', 'USE_CASE_ID_TAKEN']]);
    expect(fields(draft({}), false)).toEqual([]);
  });

  it('says how long a title may be', () => {
    const result = checkDraft(draft({ title: 'x'.repeat(201) }), new Set(), false);
    expect(result.problems).toEqual([{ field: 'title', reason: 'problem.tooLong', params: { max: 200 } }]);
  });

  it('sends one action per non-empty line and leaves an unpicked category out', () => {
    const result = checkDraft(draft({ userActions: ' compare offers \n\n book ', category: '' }), new Set(), false);
    expect(result.useCase?.userActions).toEqual(['compare offers', 'book']);
    expect(result.useCase).not.toHaveProperty('category');
  });
});

describe('server refusals and pickers', () => {
  it('puts a server refusal at the field it names', () => {
    expect(problemOfServerError({ code: 'USE_CASE_TERM_UNKNOWN', field: 'useCase.touchpoints[0]', params: {} }).field).toBe('touchpoints');
    expect(problemOfServerError({ code: 'INVALID_PAYLOAD', field: 'useCase.title', params: {} }).field).toBe('title');
    expect(problemOfServerError({ code: 'JIRA_UNAVAILABLE', params: {} }).field).toBe('form');
  });

  it('offers active terms in the user’s language, and a retired term only where it is already chosen', () => {
    const retired: Taxonomy = { ...taxonomy, dimensions: { ...taxonomy.dimensions, channel: taxonomy.dimensions.channel.map((t) => (t.id === 'sms' ? { ...t, retired: true } : t)) } };
    expect(termOptions(retired, 'channel', 'de', []).map((o) => o.label)).not.toContain('SMS');
    expect(termOptions(retired, 'channel', 'de', ['sms']).find((o) => o.value === 'sms')).toEqual({ value: 'sms', label: 'SMS', retired: true });
    expect(termOptions(retired, 'channel', 'de', []).find((o) => o.value === 'email')?.label).toBe('E-Mail');
  });
});

describe('the text filter', () => {
  it('matches id, title and term labels in either language, every word', () => {
    const all = [welcome, cart];
    expect(filterUseCases(all, '', taxonomy)).toEqual(all);
    expect(filterUseCases(all, 'uc-002', taxonomy)).toEqual([cart]);
    expect(filterUseCases(all, 'einrichten', taxonomy)).toEqual([welcome]);
    expect(filterUseCases(all, 'cart push', taxonomy)).toEqual([cart]);
    expect(filterUseCases(all, 'cart e-mail', taxonomy)).toEqual([]);
  });
});
