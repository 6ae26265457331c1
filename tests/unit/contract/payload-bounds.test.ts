/**
 * Every array and string a resolver accepts has a maximum: a payload at the limit passes the contract, one just over
 * it is answered INVALID_PAYLOAD naming the field — before any work is done. Run through `defineHandler`, the one
 * place payloads are parsed, with a handler that only records what reached it.
 */
import { MAX_CSV_CHARS, MAX_BULK_ISSUES } from '../../../src/contract/journey';
import { MAX_DEPENDENCY_LINK_TYPES } from '../../../src/contract/programme';
import type { ResolverKey } from '../../../src/contract/resolver-keys';
import { MAX_JIRA_KEY_CHARS } from '../../../src/contract/bounds';
import { MAX_ERROR_PARAM_CHARS, MAX_ERROR_PARAMS, type ResolverResult } from '../../../src/contract/errors';
import { MAX_STREAM_ID_CHARS, MAX_TERM_ID_CHARS, MAX_TERMS_PER_DIMENSION, MAX_USE_CASES_PER_ISSUE, MAX_USER_ACTIONS, emptyTags } from '../../../src/domain';
import { defineHandler } from '../../../src/resolvers/define';
import { AppFailure } from '../../../src/services/errors';

/** What the resolver answers for `payload`: the parsed payload it would work on, or the coded refusal. */
async function answer(key: ResolverKey, payload: unknown): Promise<ResolverResult<unknown>> {
  const handler = defineHandler(key, async (parsed) => parsed as never);
  return handler({ payload, context: { accountId: '712020:tester' } });
}

/** `count` distinct term ids, each a valid TermId. */
const termIds = (count: number) => Array.from({ length: count }, (_, i) => `term-${i}`);
const useCaseIds = (count: number) => Array.from({ length: count }, (_, i) => `UC-${i}`);
/** An issue key of exactly `length` characters. */
const issueKeyOfLength = (length: number) => `A${'B'.repeat(length - 3)}-1`;
const settings = (over: object = {}) => ({
  streams: [],
  dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
  startDateFieldId: 'customfield_10015',
  dueDateFieldId: 'duedate',
  atRiskThresholdDays: 10,
  ...over,
});
const streams = (count: number, over: object = {}) => Array.from({ length: count }, (_, i) => ({ id: `s${i}`, name: `Stream ${i}`, jql: `project = P${i}`, colour: '#0c66e4', ...over }));
const useCase = (over: object) => ({ expectedVersion: 1, isNew: true, useCase: { id: 'UC-1', title: 'Welcome', lifecycleStage: 'explore', ...over } });
const linkTypes = (count: number) => Array.from({ length: count }, (_, i) => ({ linkTypeId: String(10000 + i), name: `Type ${i}`, objectWaits: true }));

interface Bound {
  key: ResolverKey;
  /** The dotted field the refusal names. */
  field: string;
  limit: number;
  /** A payload whose bounded field has `size` entries or characters. */
  payload: (size: number) => unknown;
}

const BOUNDS: Bound[] = [
  { key: 'tags/save', field: 'tags.touchpoint', limit: MAX_TERMS_PER_DIMENSION, payload: (n) => ({ issueKey: 'EMA-1', base: emptyTags(), tags: { ...emptyTags(), touchpoint: termIds(n) } }) },
  { key: 'tags/save', field: 'base.channel', limit: MAX_TERMS_PER_DIMENSION, payload: (n) => ({ issueKey: 'EMA-1', base: { ...emptyTags(), channel: termIds(n) }, tags: emptyTags() }) },
  { key: 'tags/save', field: 'tags.useCase', limit: MAX_USE_CASES_PER_ISSUE, payload: (n) => ({ issueKey: 'EMA-1', base: emptyTags(), tags: { ...emptyTags(), useCase: useCaseIds(n) } }) },
  { key: 'tags/save', field: 'issueKey', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ issueKey: issueKeyOfLength(n), base: emptyTags(), tags: emptyTags() }) },
  { key: 'tags/bulk', field: 'add.lifecycle', limit: MAX_TERMS_PER_DIMENSION, payload: (n) => ({ issueKeys: ['EMA-1'], add: { lifecycle: termIds(n) } }) },
  { key: 'tags/bulk', field: 'remove.useCase', limit: MAX_USE_CASES_PER_ISSUE, payload: (n) => ({ issueKeys: ['EMA-1'], remove: { useCase: useCaseIds(n) } }) },
  { key: 'tags/bulk', field: 'issueKeys', limit: MAX_BULK_ISSUES, payload: (n) => ({ issueKeys: Array.from({ length: n }, (_, i) => `EMA-${i + 1}`), add: { touchpoint: ['app'] } }) },
  { key: 'tags/bulk', field: 'jql', limit: 4000, payload: (n) => ({ jql: 'x'.repeat(n), add: { touchpoint: ['app'] } }) },
  { key: 'journey/issue', field: 'issueKey', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ issueKey: issueKeyOfLength(n) }) },
  { key: 'issue/dependencies', field: 'issueKey', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ issueKey: issueKeyOfLength(n) }) },
  { key: 'programme/load', field: 'streamId', limit: MAX_STREAM_ID_CHARS, payload: (n) => ({ streamId: 's'.repeat(n) }) },
  { key: 'programme/load', field: 'projectKey', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ projectKey: 'P'.repeat(n) }) },
  { key: 'coverage/load', field: 'projectKey', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ projectKey: 'P'.repeat(n) }) },
  { key: 'dependency/create', field: 'linkTypeId', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ blockerKey: 'EMA-1', blockedKey: 'EMA-2', linkTypeId: '1'.repeat(n) }) },
  { key: 'dependency/remove', field: 'linkId', limit: 19, payload: (n) => ({ linkId: '9'.repeat(n) }) },
  { key: 'settings/check-jql', field: 'jql', limit: 2000, payload: (n) => ({ jql: 'x'.repeat(n) }) },
  { key: 'settings/save', field: 'settings.dependencyLinkTypes', limit: MAX_DEPENDENCY_LINK_TYPES, payload: (n) => ({ expectedVersion: 1, settings: settings({ dependencyLinkTypes: linkTypes(n) }) }) },
  { key: 'settings/save', field: 'settings.dueDateFieldId', limit: MAX_JIRA_KEY_CHARS, payload: (n) => ({ expectedVersion: 1, settings: settings({ dueDateFieldId: 'f'.repeat(n) }) }) },
  {
    key: 'settings/save',
    field: 'settings.dependencyLinkTypes.0.name',
    limit: MAX_JIRA_KEY_CHARS,
    payload: (n) => ({ expectedVersion: 1, settings: settings({ dependencyLinkTypes: [{ linkTypeId: '10000', name: 'n'.repeat(n), objectWaits: true }] }) }),
  },
  { key: 'settings/save', field: 'settings.streams', limit: 50, payload: (n) => ({ expectedVersion: 1, settings: settings({ streams: streams(n) }) }) },
  { key: 'settings/save', field: 'settings.streams.0.name', limit: 120, payload: (n) => ({ expectedVersion: 1, settings: settings({ streams: streams(1, { name: 'n'.repeat(n) }) }) }) },
  { key: 'settings/save', field: 'settings.streams.0.jql', limit: 2000, payload: (n) => ({ expectedVersion: 1, settings: settings({ streams: streams(1, { jql: 'j'.repeat(n) }) }) }) },
  { key: 'settings/save', field: 'settings.programmeManagerAccountIds', limit: 100, payload: (n) => ({ expectedVersion: 1, settings: settings({ programmeManagerAccountIds: Array.from({ length: n }, (_, i) => `712020:${i}`) }) }) },
  { key: 'taxonomy/save', field: 'changes', limit: 100, payload: (n) => ({ expectedVersion: 1, changes: Array.from({ length: n }, () => ({ op: 'retire', dimension: 'touchpoint', termId: 'app', retired: true })) }) },
  { key: 'taxonomy/save', field: 'changes.0.orderedIds', limit: MAX_TERMS_PER_DIMENSION, payload: (n) => ({ expectedVersion: 1, changes: [{ op: 'reorder', dimension: 'channel', orderedIds: termIds(n) }] }) },
  { key: 'taxonomy/save', field: 'changes.0.termId', limit: MAX_TERM_ID_CHARS, payload: (n) => ({ expectedVersion: 1, changes: [{ op: 'retire', dimension: 'channel', termId: 't'.repeat(n), retired: true }] }) },
  { key: 'taxonomy/save', field: 'changes.0.labels.de', limit: 100, payload: (n) => ({ expectedVersion: 1, changes: [{ op: 'rename', dimension: 'channel', termId: 'sms', labels: { en: 'SMS', de: 'S'.repeat(n) } }] }) },
  { key: 'use-cases/save', field: 'useCase.userActions', limit: MAX_USER_ACTIONS, payload: (n) => useCase({ userActions: Array.from({ length: n }, (_, i) => `Action ${i}`) }) },
  { key: 'use-cases/save', field: 'useCase.touchpoints', limit: MAX_TERMS_PER_DIMENSION, payload: (n) => useCase({ touchpoints: termIds(n) }) },
  { key: 'use-cases/save', field: 'useCase.channels', limit: MAX_TERMS_PER_DIMENSION, payload: (n) => useCase({ channels: termIds(n) }) },
  { key: 'use-cases/save', field: 'useCase.description', limit: 2000, payload: (n) => useCase({ description: 'd'.repeat(n) }) },
  { key: 'use-cases/import', field: 'csv', limit: MAX_CSV_CHARS, payload: (n) => ({ expectedVersion: 1, csv: 'x'.repeat(n) }) },
];

describe('every resolver payload has a maximum', () => {
  it.each(BOUNDS.map((bound) => [`${bound.key} ${bound.field}`, bound] as const))('%s: accepted at the limit, refused just over it', async (_name, bound) => {
    expect(await answer(bound.key, bound.payload(bound.limit))).toMatchObject({ ok: true });
    expect(await answer(bound.key, bound.payload(bound.limit + 1))).toEqual({ ok: false, error: { code: 'INVALID_PAYLOAD', field: bound.field, params: expect.objectContaining({ issue: expect.any(String) }) } });
  });

  it('refuses the testers\' 30,000 ids at once', async () => {
    expect(await answer('tags/save', { issueKey: 'EMA-1', base: emptyTags(), tags: { ...emptyTags(), touchpoint: termIds(30_000) } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: 'tags.touchpoint' },
    });
  });
});

describe('an id named twice in a slot of tags/save', () => {
  it('is collapsed to its first mention, in base and in the wanted tags', async () => {
    const result = await answer('tags/save', {
      issueKey: 'EMA-1',
      base: { ...emptyTags(), channel: ['email', 'sms', 'email'] },
      tags: { ...emptyTags(), touchpoint: ['app', 'website', 'app', 'app'], useCase: ['UC-2', 'UC-1', 'UC-2'] },
    });
    expect(result).toMatchObject({ ok: true, data: { base: { channel: ['email', 'sms'] }, tags: { touchpoint: ['app', 'website'], useCase: ['UC-2', 'UC-1'] } } });
  });

  it('still counts towards the limit as sent', async () => {
    const sent = [...termIds(MAX_TERMS_PER_DIMENSION), 'term-0'];
    expect(await answer('tags/save', { issueKey: 'EMA-1', base: emptyTags(), tags: { ...emptyTags(), action: sent } })).toMatchObject({ ok: false, error: { field: 'tags.action' } });
  });
});

describe('a coded error on its way to the UI', () => {
  it('carries Jira\'s words cut to a readable length and at most the allowed parameters', () => {
    const params = Object.fromEntries(Array.from({ length: MAX_ERROR_PARAMS + 5 }, (_, i) => [`p${i}`, i]));
    const failure = new AppFailure({ code: 'JIRA_REJECTED', field: 'jql', params: { message: 'm'.repeat(10_000), ...params } });
    expect(failure.appError.params.message).toHaveLength(MAX_ERROR_PARAM_CHARS);
    expect(String(failure.appError.params.message).endsWith('…')).toBe(true);
    expect(Object.keys(failure.appError.params)).toHaveLength(MAX_ERROR_PARAMS);
    expect(failure.appError).toMatchObject({ code: 'JIRA_REJECTED', field: 'jql' });
  });

  it('is left as it is when it is within the bounds', () => {
    const error = { code: 'NOT_FOUND' as const, params: { issueKey: 'EMA-1', product: 'jira' } };
    expect(new AppFailure(error).appError).toEqual(error);
  });
});
