import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { IssueLink } from './issue-link';
import { pt } from './messages';

function KeyChain({ siteUrl, keys }: { siteUrl: string; keys: string[] }) {
  return (
    <>
      {keys.map((key, index) => (
        <span key={`${key}-${index}`}>
          {index > 0 ? ' → ' : ''}
          <IssueLink siteUrl={siteUrl} issueKey={key} />
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
            {view.cycles.map((cycle) => (
              <li key={cycle.members.join(',')} data-testid="cycle">
                <KeyChain siteUrl={view.siteUrl} keys={[...cycle.path, ...cycle.path.slice(0, 1)]} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="critical-path">
        <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>{pt(language, 'critical.title', { days: view.criticalPath.durationDays })}</h3>
        {view.criticalPath.keys.length === 0 ? <p style={{ margin: 0 }}>{pt(language, 'critical.none')}</p> : <p style={{ margin: 0 }}><KeyChain siteUrl={view.siteUrl} keys={view.criticalPath.keys} /></p>}
      </section>
    </div>
  );
}
