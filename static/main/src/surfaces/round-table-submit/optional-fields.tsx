import Select from '@atlaskit/select';
import { selectWords } from '../../i18n/select-words';
import type { Language } from '../../i18n/messages';
import { SearchPicker } from '../settings/search-picker';
import { FieldProblemText } from './field-problem';
import { searchRelatedIssues } from './search-related-issues';
import type { FieldProblems, SubmissionDraft } from './submission-draft';
import { st } from './submit-messages';
import type { Choice, SubmitChoices } from './use-submit-choices';

const hint = { margin: '4px 0 0', fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' } as const;
const label = { display: 'block', fontWeight: 600, margin: '12px 0 4px' } as const;

interface Props {
  language: Language;
  draft: SubmissionDraft;
  choices: SubmitChoices;
  problems: FieldProblems;
  onChange: (patch: Partial<SubmissionDraft>) => void;
}

function MultiChoice({ language, id, text, options, chosen, onChange }: { language: Language; id: string; text: string; options: Choice[]; chosen: string[]; onChange: (next: string[]) => void }) {
  return (
    <>
      <label htmlFor={id} style={label}>{text}</label>
      <Select<Choice, true> isMulti {...selectWords(language)} inputId={id} aria-label={text} placeholder={text} options={options} value={options.filter((o) => chosen.includes(o.value))} onChange={(next) => onChange(next.map((o) => o.value))} />
    </>
  );
}

/** Touchpoints, use cases, stream and related Jira issues: all optional, each left out when it cannot be offered. */
export function OptionalFields({ language, draft, choices, problems, onChange }: Props) {
  const { touchpoints, useCases, streams } = choices;
  const addIssue = (key: string, summary: string) => !draft.issues.some((i) => i.key === key) && onChange({ issues: [...draft.issues, { key, summary }] });
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: '16px 0 0' }}>
      <legend style={{ fontWeight: 600 }}>{st(language, 'optional')}</legend>
      {choices.journeyUnavailable ? <p style={hint}>{st(language, 'choicesUnavailable')}</p> : null}
      {touchpoints && touchpoints.length > 0 ? <MultiChoice language={language} id="rt-touchpoints" text={st(language, 'touchpoints')} options={touchpoints} chosen={draft.touchpoints} onChange={(next) => onChange({ touchpoints: next })} /> : null}
      <FieldProblemText id="rt-touchpoints-problem" language={language} problem={problems.touchpoints} />
      {useCases && useCases.length > 0 ? <MultiChoice language={language} id="rt-use-cases" text={st(language, 'useCases')} options={useCases} chosen={draft.useCases} onChange={(next) => onChange({ useCases: next })} /> : null}
      <FieldProblemText id="rt-use-cases-problem" language={language} problem={problems.useCases} />
      {streams && streams.length > 0 ? (
        <>
          <label htmlFor="rt-stream" style={label}>{st(language, 'stream')}</label>
          <select id="rt-stream" value={draft.streamId ?? ''} onChange={(event) => onChange({ streamId: event.currentTarget.value || null })} style={{ padding: 6, minWidth: 280 }}>
            <option value="">{st(language, 'noStream')}</option>
            {streams.map((stream) => <option key={stream.value} value={stream.value}>{stream.label}</option>)}
          </select>
        </>
      ) : null}
      {choices.streamsUnavailable ? <p style={hint}>{st(language, 'streamsUnavailable')}</p> : null}
      <FieldProblemText id="rt-stream-problem" language={language} problem={problems.streamId} />
      <label htmlFor="rt-issue-search" style={label}>{st(language, 'issues')}</label>
      <SearchPicker
        id="rt-issue-search"
        label={st(language, 'issueSearch')}
        words={{ searching: st(language, 'searching'), none: st(language, 'noIssues'), failed: (message) => st(language, 'searchFailed', { message }) }}
        search={searchRelatedIssues}
        onPick={(option) => addIssue(option.id, option.detail ?? '')}
        minChars={2}
      />
      {draft.issues.length > 0 ? (
        <ul aria-label={st(language, 'issues')} style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}>
          {draft.issues.map((issue) => (
            <li key={issue.key} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '2px 0' }}>
              <span><strong>{issue.key}</strong>{issue.summary ? ` · ${issue.summary}` : ''}</span>
              <button type="button" aria-label={st(language, 'removeIssue', { key: issue.key })} onClick={() => onChange({ issues: draft.issues.filter((i) => i.key !== issue.key) })}>×</button>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldProblemText id="rt-issues-problem" language={language} problem={problems.issueKeys} />
    </fieldset>
  );
}
