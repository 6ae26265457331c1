/**
 * What the journey panel says after a save: stored, merged with someone else's change, or sent but not yet
 * confirmed by Jira — the last never worded as a failure — and a lost race in the panel's own words.
 */
import { failureText, savedMessage } from '../../../static/main/src/surfaces/journey/save-feedback';

describe('after a save Jira accepted', () => {
  it('says saved, or merged, when Jira confirmed it', () => {
    expect(savedMessage({ merged: false, confirmed: true }, 'EMA-3', 'en')).toEqual({ appearance: 'success', text: 'Saved. The panel shows the tags stored on EMA-3.' });
    expect(savedMessage({ merged: true, confirmed: true }, 'EMA-3', 'de').appearance).toBe('information');
  });

  it('says saved but not yet confirmed, with what to do, in English and German', () => {
    const en = savedMessage({ merged: false, confirmed: false }, 'EMA-3', 'en');
    expect(en).toEqual({ appearance: 'warning', text: expect.stringMatching(/^Saved, but Jira has not confirmed it yet\..*EMA-3.*reload the issue in a moment/) });
    const de = savedMessage({ merged: true, confirmed: false }, 'EMA-3', 'de');
    expect(de.text).toMatch(/^Gespeichert, aber Jira hat es noch nicht bestätigt\..*EMA-3.*neu/);
    for (const { text } of [en, de]) expect(text).not.toMatch(/unavailable|did not answer|nicht geantwortet|fehlgeschlagen/i);
  });
});

describe('after a refused save', () => {
  it('explains a lost race on the tags without a version number', () => {
    const text = failureText({ code: 'CONFLICT', params: { issueKey: 'EMA-3' } }, 'EMA-3', 'en');
    expect(text).toMatch(/EMA-3.*Reload the issue and make your change again/);
    expect(text).not.toMatch(/\{|version/);
  });

  it('words other refusals as the app does everywhere', () => {
    expect(failureText({ code: 'PERMISSION_DENIED', params: { issueKey: 'DATA-1' } }, 'DATA-1', 'en')).toMatch(/permission/);
  });
});
