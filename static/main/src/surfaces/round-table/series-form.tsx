import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { Series } from '../../../../../src/domain/round-table/series';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { searchUsers, userNames } from '../settings/jira-people';
import { SearchPicker } from '../settings/search-picker';
import { Chip, formLabel } from '../strategy/form-parts';
import { CadenceFields, Problem, rtPickerWords } from './cadence-fields';
import { hint, selectStyle } from './rt-format';
import { rt } from './rt-messages';
import { SectionsEditor } from './sections-editor';
import { draftOf, draftProblems, seriesOf, type DraftProblem, type SeriesDraft } from './series-draft';

const unavailable = (error: unknown): AppError => ({ code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } });

/** The series for programme managers: name, cadence with its next dates, sections, members, language; saved with compare-and-set. */
export function SeriesForm({ language, series, onSaved, onCancel }: { language: Language; series: Series | null; onSaved: (series: Series) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<SeriesDraft>(() => draftOf(series, new Map()));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const memberIds = series?.memberAccountIds.join(',') ?? '';
  useEffect(() => {
    if (memberIds === '') return undefined;
    let current = true;
    userNames(memberIds.split(','))
      .then((names) => current && setDraft((d) => ({ ...d, members: d.members.map((m) => ({ ...m, name: names.get(m.accountId) ?? m.name })) })))
      .catch(() => undefined); // the ids stay shown; saving does not need the names
    return () => {
      current = false;
    };
  }, [memberIds]);
  const change = (patch: Partial<SeriesDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (problems.length > 0) setProblems(draftProblems(next));
  };
  const save = async () => {
    const found = draftProblems(draft);
    setProblems(found);
    setRefusal(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const answer = await call('round-table/series-save', { expectedVersion: series?.version ?? 0, series: seriesOf(draft) });
      if (answer.ok) onSaved(answer.data.series);
      else setRefusal(answer.error);
    } catch (error) {
      setRefusal(unavailable(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form data-testid="series-form" onSubmit={(event) => (event.preventDefault(), void save())} style={{ maxWidth: 760 }}>
      <h2 style={{ fontSize: 16, margin: '4px 0' }}>{rt(language, 'form.title')}</h2>
      <label htmlFor="series-name" style={formLabel}>{rt(language, 'form.name')}</label>
      <Textfield id="series-name" value={draft.name} onChange={(e) => change({ name: e.currentTarget.value })} testId="series-name-input" />
      <Problem language={language} problems={problems} field="name" />
      <CadenceFields language={language} draft={draft} problems={problems} onChange={change} />
      <SectionsEditor language={language} sections={draft.sections} onChange={(sections) => change({ sections })} />
      <Problem language={language} problems={problems} field="sections" />
      <h4 style={formLabel}>{rt(language, 'form.members')}</h4>
      <div data-testid="series-members">
        {draft.members.length === 0 ? <p style={hint}>{rt(language, 'form.noMembers')}</p> : null}
        {draft.members.map((member) => (
          <Chip key={member.accountId} text={member.name} removeLabel={rt(language, 'form.memberRemove', { name: member.name })} onRemove={() => change({ members: draft.members.filter((m) => m.accountId !== member.accountId) })} />
        ))}
      </div>
      <SearchPicker id="series-member" label={rt(language, 'form.memberSearch')} words={rtPickerWords(language)} search={searchUsers} onPick={(o) => draft.members.some((m) => m.accountId === o.id) || change({ members: [...draft.members, { accountId: o.id, name: o.label }] })} />
      <label style={{ display: 'block', marginTop: 8 }}>
        <span style={formLabel}>{rt(language, 'form.language')}</span>
        <select style={selectStyle} value={draft.language} onChange={(e) => change({ language: e.currentTarget.value === 'en' ? 'en' : 'de' })} data-testid="series-language">
          <option value="de">{rt(language, 'language.de')}</option>
          <option value="en">{rt(language, 'language.en')}</option>
        </select>
      </label>
      <label style={{ display: 'block', margin: '8px 0' }}>
        <input type="checkbox" checked={draft.publish} onChange={(e) => change({ publish: e.currentTarget.checked })} /> {rt(language, 'form.publish')}
      </label>
      {refusal ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="series-refusal">{errorMessage(language, refusal)}</p>
        </SectionMessage>
      ) : null}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button type="submit" appearance="primary" isLoading={busy} testId="series-save">{rt(language, 'form.save')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{rt(language, 'form.cancel')}</Button>
      </div>
    </form>
  );
}
