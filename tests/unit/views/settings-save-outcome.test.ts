import { refusalOf } from '../../../static/main/src/surfaces/settings/save-outcome';
import type { StreamDraft } from '../../../static/main/src/surfaces/settings/stream-draft';

const streams: StreamDraft[] = [
  { key: 'saved-ema', id: 'ema', isNew: false, name: 'E-mail', jql: 'project = EMA', ownerAccountId: '', colour: '#0c66e4' },
  { key: 'new-1', id: 'crm', isNew: true, name: 'CRM', jql: 'projct = CRM', ownerAccountId: '', colour: '#1f845a' },
];

it('puts Jira’s refusal of a stream’s JQL on that stream, found by the id the save sent', () => {
  const error = { code: 'JQL_INVALID' as const, params: { streamId: 'crm', message: "Field 'projct' does not exist." } };
  expect(refusalOf(error, streams)).toEqual({ kind: 'jql', streamKey: 'new-1', jql: 'projct = CRM', message: "Field 'projct' does not exist.", error });
});

it('keeps a JQL refusal for no known stream as a page-level message', () => {
  const refusal = refusalOf({ code: 'JQL_INVALID', params: { streamId: '', message: 'bad' } }, streams);
  expect(refusal).toMatchObject({ kind: 'jql', streamKey: null });
});

it('tells a conflict and a missing admin right apart from other failures', () => {
  expect(refusalOf({ code: 'CONFLICT', params: { currentVersion: 5 } }, streams).kind).toBe('conflict');
  expect(refusalOf({ code: 'ADMIN_REQUIRED', params: {} }, streams).kind).toBe('admin-required');
  expect(refusalOf({ code: 'JIRA_UNAVAILABLE', params: { status: 503 } }, streams).kind).toBe('other');
});
