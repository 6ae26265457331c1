/**
 * The JQL the journey panel teaches: one clause per dimension with the manifest's search aliases, values quoted
 * only when JQL needs it, and a link into Jira's issue search.
 */
import { exampleClause, issueSearchPath, jqlClause, jqlHints, jqlValue } from '../../../static/main/src/surfaces/journey/jql-hints';

describe('a JQL value', () => {
  it.each([
    ['website', 'website'],
    ['journey-start', 'journey-start'],
    ['UC-003', 'UC-003'],
    ['UC.3', '"UC.3"'],
    ['empty', '"empty"'],
    ['say "hi"', '"say \\"hi\\""'],
  ])('%s is written as %s', (id, expected) => {
    expect(jqlValue(id)).toBe(expected);
  });
});

describe('the clauses per dimension', () => {
  it('uses = for one term and in (…) for several, without repeating a term', () => {
    expect(jqlClause('touchpoint', ['website'])).toBe('journeyTouchpoint = website');
    expect(jqlClause('channel', ['email', 'push', 'email'])).toBe('journeyChannel in (email, push)');
    expect(jqlClause('lifecycle', [])).toBeNull();
  });

  it('gives one hint per dimension that has terms, in the panel order, with the use-case alias', () => {
    expect(jqlHints({ useCase: ['UC-003'], touchpoint: ['website', 'app'], lifecycle: [] })).toEqual([
      { slot: 'touchpoint', jql: 'journeyTouchpoint in (website, app)' },
      { slot: 'useCase', jql: 'journeyUseCase = UC-003' },
    ]);
  });

  it('teaches with the first term of the first dimension that has one', () => {
    expect(exampleClause({ category: ['it', 'legal'], action: ['inform-me'] })).toBe('journeyCategory = it');
    expect(exampleClause({})).toBeNull();
  });
});

it('links to Jira’s issue search with the JQL encoded', () => {
  expect(issueSearchPath('journeyTouchpoint in (website, app)')).toBe('/issues/?jql=journeyTouchpoint%20in%20(website%2C%20app)');
});
