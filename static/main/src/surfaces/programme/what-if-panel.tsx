import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import { MAX_SLIP_DAYS, type WhatIfView } from '../../../../../src/contract/what-if';
import { compareIssueKeys } from '../../../../../src/domain/ids';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { WhatIfAnswer } from './what-if-answer';
import { wt } from './what-if-messages';

type Run = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string };

const FIELD_STYLE = { minHeight: 32, padding: '4px 8px', border: '1px solid var(--ds-border-input, #8590a2)', borderRadius: 3, background: 'var(--ds-background-input, #ffffff)', color: 'var(--ds-text, #172b4d)', font: 'inherit' } as const;

/** Whole days from 1 to the contract's maximum, or null. */
export function parseSlipDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_SLIP_DAYS ? days : null;
}

/**
 * "What if it slips?": pick an epic (the focused one preselected) and a number of days; the answer is computed from
 * the snapshot without changing Jira, said in words here and drawn as ghosts on the timeline.
 */
export function WhatIfPanel({ language, view, focusKey, answer, onAnswer }: {
  language: Language;
  view: ProgrammeView;
  focusKey: string | null;
  answer: WhatIfView | null;
  onAnswer: (answer: WhatIfView | null) => void;
}) {
  const epics = [...view.epics].filter((e) => e.startDate !== null && e.dueDate !== null).sort((a, b) => compareIssueKeys(a.key, b.key));
  const [epicKey, setEpicKey] = useState(() => (focusKey && epics.some((e) => e.key === focusKey) ? focusKey : (epics[0]?.key ?? '')));
  const [daysText, setDaysText] = useState('14');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const days = parseSlipDays(daysText);

  const simulate = async () => {
    if (days === null || !epicKey) return;
    setRun({ state: 'loading' });
    try {
      const result = await call('programme/what-if', { epicKey, slipDays: days });
      if (result.ok) {
        onAnswer(result.data);
        setRun({ state: 'idle' });
      } else setRun({ state: 'error', message: errorMessage(language, result.error) });
    } catch (error) {
      setRun({ state: 'error', message: errorMessage(language, { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } }) });
    }
  };

  return (
    <section data-testid="what-if" aria-labelledby="what-if-title" style={{ border: '1px solid var(--ds-border, #dcdfe4)', borderRadius: 4, padding: 8, marginBottom: 8 }}>
      <h3 id="what-if-title" style={{ fontSize: 14, margin: '0 0 4px' }}>{wt(language, 'title')}</h3>
      {epics.length === 0 ? (
        <p style={{ margin: 0 }}>{wt(language, 'noEpics')}</p>
      ) : (
        <form
          style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}
          onSubmit={(event) => {
            event.preventDefault();
            void simulate();
          }}
        >
          <label style={{ display: 'flex', flexDirection: 'column', fontSize: 12 }}>
            {wt(language, 'epic')}
            <select id="what-if-epic" value={epicKey} onChange={(e) => setEpicKey(e.target.value)} style={{ ...FIELD_STYLE, maxWidth: 360 }}>
              {epics.map((e) => (
                <option key={e.key} value={e.key}>{`${e.key} – ${e.summary}`}</option>
              ))}
            </select>
          </label>
          <label style={{ display: 'flex', flexDirection: 'column', fontSize: 12 }}>
            {wt(language, 'days')}
            <input id="what-if-days" inputMode="numeric" value={daysText} onChange={(e) => setDaysText(e.target.value)} aria-invalid={days === null} aria-describedby={days === null ? 'what-if-days-error' : undefined} style={{ ...FIELD_STYLE, width: 80 }} />
          </label>
          <Button type="submit" appearance="primary" isDisabled={days === null || run.state === 'loading'}>{wt(language, 'simulate')}</Button>
          {answer ? <Button onClick={() => onAnswer(null)}>{wt(language, 'clear')}</Button> : null}
          <span style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{wt(language, 'intro')}</span>
        </form>
      )}
      {days === null ? <p id="what-if-days-error" role="alert" style={{ margin: '4px 0 0', color: 'var(--ds-text-danger, #ae2a19)' }}>{wt(language, 'invalidDays', { max: MAX_SLIP_DAYS })}</p> : null}
      <div role="status" aria-live="polite">
        {run.state === 'loading' ? <p style={{ margin: '4px 0 0' }}>{wt(language, 'loading')}</p> : null}
        {run.state === 'error' ? <p data-testid="what-if-error" style={{ margin: '4px 0 0', color: 'var(--ds-text-danger, #ae2a19)' }}>{run.message}</p> : null}
        {answer && run.state !== 'loading' ? <WhatIfAnswer language={language} view={view} answer={answer} /> : null}
      </div>
    </section>
  );
}
