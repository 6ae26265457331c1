/**
 * The preview of a bulk change per issue: what it adds and removes given the tags each issue stores now, "no change"
 * where nothing changes, unreadable and damaged issues named, the first 50 listed and the rest counted.
 */
import { emptyTags, JourneyTagsSchema, type JourneyTags } from '../../../src/domain';
import { editOf, emptyChoice, withIds, withMode } from '../../../static/main/src/surfaces/bulk-tagging/bulk-choice';
import { previewOf, type PreviewIssue } from '../../../static/main/src/surfaces/bulk-tagging/bulk-preview';

const tags = (partial: Partial<Record<keyof JourneyTags, string[]>>): JourneyTags => JourneyTagsSchema.parse({ ...emptyTags(), ...partial });
const issue = (key: string, stored: JourneyTags | null): PreviewIssue => ({ key, summary: `Summary of ${key}`, tags: stored });

// "add these touchpoints, remove that channel"
const edit = editOf(withMode(withIds(withIds(emptyChoice(), 'touchpoint', ['website', 'app']), 'channel', ['email']), 'channel', 'remove'));

describe('previewOf', () => {
  it('shows per issue only what really changes: a term already there is not added, one not there is not removed', () => {
    const preview = previewOf(
      [issue('EMA-3', tags({ channel: ['email', 'sms'] })), issue('EMA-4', tags({ touchpoint: ['app'] })), issue('EMA-5', tags({ touchpoint: ['website', 'app'] }))],
      [],
      edit,
    );
    expect(preview.shown).toEqual([
      { key: 'EMA-3', summary: 'Summary of EMA-3', kind: 'change', added: [{ slot: 'touchpoint', id: 'website' }, { slot: 'touchpoint', id: 'app' }], removed: [{ slot: 'channel', id: 'email' }] },
      { key: 'EMA-4', summary: 'Summary of EMA-4', kind: 'change', added: [{ slot: 'touchpoint', id: 'website' }], removed: [] },
      { key: 'EMA-5', summary: 'Summary of EMA-5', kind: 'no-change' },
    ]);
    expect(preview).toMatchObject({ hidden: 0, changing: 2, unchanged: 1, skipped: 0 });
  });

  it('says nothing changes on an issue Jira did not return or whose stored tags cannot be read', () => {
    const preview = previewOf([issue('EMA-3', emptyTags()), issue('MI-1', null), issue('EMA-6', null)], ['MI-1'], edit);
    expect(preview.shown.map((p) => [p.key, p.kind])).toEqual([['EMA-3', 'change'], ['MI-1', 'unreadable'], ['EMA-6', 'damaged']]);
    expect(preview).toMatchObject({ changing: 1, unchanged: 0, skipped: 2 });
  });

  it('lists the first 50 issues and counts the rest, over all of them', () => {
    const many = Array.from({ length: 73 }, (_, i) => issue(`EMA-${i + 1}`, i % 2 === 0 ? emptyTags() : tags({ touchpoint: ['website', 'app'] })));
    const preview = previewOf(many, [], edit);
    expect(preview.shown).toHaveLength(50);
    expect(preview.shown[49]?.key).toBe('EMA-50');
    expect(preview).toMatchObject({ hidden: 23, changing: 37, unchanged: 36 });
  });

  it('changes nothing when nothing is chosen', () => {
    const preview = previewOf([issue('EMA-3', tags({ channel: ['email'] }))], [], editOf(emptyChoice()));
    expect(preview.shown[0]?.kind).toBe('no-change');
  });
});
