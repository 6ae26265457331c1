import type { ChainKey, ProgrammeView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { IssueLink } from './issue-link';
import { pt } from './messages';

/** A chain of epics; one the viewer may not browse keeps its place, unnamed, so a loop is never shown shorter than it is. */
function KeyChain({ siteUrl, keys, language }: { siteUrl: string; keys: ChainKey[]; language: Language }) {
  return (
    <>
      {keys.map((key, index) => (
        <span key={index}>
          {index > 0 ? ' → ' : ''}
          {key === null ? (
            <span data-testid="chain-hidden" title={pt(language, 'chain.hiddenName')} style={{ fontStyle: 'italic', color: 'var(--ds-text-subtle, #44546f)' }}>
              {pt(language, 'chain.hidden')}
            </span>
          ) : (
            <IssueLink siteUrl={siteUrl} issueKey={key} />
          )}
        </span>
      ))}
    </>
  );
}

/** The cycles (each as one concrete circle, back to its start) and the critical path, as lists of keys. */
export function PathsList({ language, view }: { language: Language; view: ProgrammeView }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, marginTop: 12 }}>
      <section data-testid="cycles">
        <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>{pt(language, 'cycles.title')}</h3>
        {view.cycles.length === 0 ? (
          <p style={{ margin: 0 }}>{pt(language, 'cycles.none')}</p>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {view.cycles.map((cycle, index) => (
              <li key={index} data-testid="cycle">
                <KeyChain siteUrl={view.siteUrl} language={language} keys={[...cycle.path, ...cycle.path.slice(0, 1)]} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="critical-path">
        <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>{pt(language, 'critical.title', { days: view.criticalPath.durationDays })}</h3>
        {view.criticalPath.keys.length === 0 ? <p style={{ margin: 0 }}>{pt(language, 'critical.none')}</p> : <p style={{ margin: 0 }}><KeyChain siteUrl={view.siteUrl} language={language} keys={view.criticalPath.keys} /></p>}
      </section>
    </div>
  );
}
