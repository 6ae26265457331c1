import type { ProgrammeSettings } from '../../../src/contract/programme';
import { StreamSchema } from '../../../src/domain/programme';
import { draftFromView, draftProblems, hasUnsavedChanges, toSavePayload, type SettingsDraft } from '../../../static/main/src/surfaces/settings/settings-draft';

const settings: ProgrammeSettings = {
  version: 4,
  streams: [StreamSchema.parse({ id: 'ema', name: 'E-mail marketing', jql: 'project = EMA', ownerAccountId: null, colour: '#0c66e4' })],
  dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
  startDateFieldId: 'customfield_10015',
  dueDateFieldId: 'duedate',
  atRiskThresholdDays: 5,
  programmeManagerAccountIds: ['712020:pm'],
  programmeManagerGroupIds: [],
};
const linkTypes = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];
const saved = draftFromView(settings, linkTypes);
const edit = (change: (d: SettingsDraft) => SettingsDraft) => change(structuredClone(saved));

it('lists every Jira link type, ticking the configured ones, and keeps a configured type Jira no longer has', () => {
  expect(saved.links.map((l) => [l.name, l.selected])).toEqual([['Blocks', true], ['Relates', false]]);
  const gone = draftFromView({ ...settings, dependencyLinkTypes: [{ linkTypeId: '99', name: 'Depends', objectWaits: false }] }, linkTypes);
  expect(gone.links.find((l) => l.linkTypeId === '99')).toMatchObject({ selected: true, missing: true, objectWaits: false });
});

it('sends the stored version and the settings without it, trimmed, with an empty owner as null, keeping the programme managers', () => {
  const draft = edit((d) => ({ ...d, streams: d.streams.map((s) => ({ ...s, name: ' E-mail ', ownerAccountId: '  ' })) }));
  expect(toSavePayload(draft, 4)).toEqual({
    expectedVersion: 4,
    settings: {
      streams: [{ id: 'ema', name: 'E-mail', jql: 'project = EMA', ownerAccountId: null, colour: '#0c66e4' }],
      dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
      startDateFieldId: 'customfield_10015',
      dueDateFieldId: 'duedate',
      atRiskThresholdDays: 5,
      programmeManagerAccountIds: ['712020:pm'],
      programmeManagerGroupIds: [],
    },
  });
});

it('saves the Roles section: people and groups named as programme managers count as unsaved changes until saved', () => {
  const draft = edit((d) => ({ ...d, programmeManagerAccountIds: [], programmeManagerGroupIds: ['5a1f3c2e-group'] }));
  expect(hasUnsavedChanges(draft, saved)).toBe(true);
  expect(toSavePayload(draft, 4)?.settings).toMatchObject({ programmeManagerAccountIds: [], programmeManagerGroupIds: ['5a1f3c2e-group'] });
});

it('marks bad input by field and refuses to build a payload, keeping the text as typed', () => {
  const draft = edit((d) => ({
    ...d,
    streams: [...d.streams, { key: 'n', id: '', isNew: true, name: 'e-mail marketing', jql: ' ', ownerAccountId: '', colour: '#12345' }],
    links: d.links.map((l) => ({ ...l, selected: false })),
    atRiskThresholdDays: '1o',
  }));
  expect(draftProblems(draft).map((p) => [p.field, p.message])).toEqual([
    ['streams.saved-ema.name', 'problem.duplicateName'],
    ['streams.n.name', 'problem.duplicateName'],
    ['streams.n.jql', 'problem.required'],
    ['streams.n.colour', 'problem.badColour'],
    ['links', 'problem.noLinkType'],
    ['atRiskThresholdDays', 'problem.badThreshold'],
  ]);
  expect(toSavePayload(draft, 4)).toBeNull();
  expect(draft.atRiskThresholdDays).toBe('1o');
});

it('refuses thresholds outside 0–90 days', () => {
  expect(draftProblems(edit((d) => ({ ...d, atRiskThresholdDays: '91' })))).toEqual([{ field: 'atRiskThresholdDays', message: 'problem.badThreshold' }]);
  expect(draftProblems(edit((d) => ({ ...d, atRiskThresholdDays: '0' })))).toEqual([]);
});

it('tells unsaved changes from whitespace and reordering of nothing', () => {
  expect(hasUnsavedChanges(edit((d) => ({ ...d, streams: d.streams.map((s) => ({ ...s, jql: 'project = EMA  ' })) })), saved)).toBe(false);
  expect(hasUnsavedChanges(edit((d) => ({ ...d, links: d.links.map((l) => ({ ...l, objectWaits: false })) })), saved)).toBe(true);
  expect(hasUnsavedChanges(edit((d) => ({ ...d, startDateFieldId: null })), saved)).toBe(true);
});
