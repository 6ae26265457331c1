import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { router } from '@forge/bridge';
import type { MacroStatusView } from '../../../../../src/contract/macro';
import type { MacroTarget } from '../../../../../src/contract/publishing';
import type { HealthReasons } from '../../../../../src/domain/strategy/roll-up-types';
import type { Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { mt, type MacroMessageKey } from './macro-messages';
import { targetOfConfig } from './macro-target';

const APPEARANCE = { 'on-track': 'success', 'at-risk': 'moved', 'off-track': 'removed', unknown: 'default' } as const;
const REASONS: ReadonlyArray<keyof HealthReasons> = ['conflicts', 'atRisk', 'overdueEpics', 'kpisBehind'];
const muted = { color: 'var(--ds-text-subtle, #44546f)', fontSize: 12 } as const;

function reasonsText(language: Language, view: MacroStatusView): string {
  const parts = REASONS.filter((name) => view.reasons[name] > 0).map((name) => mt(language, `reason.${name}` as MacroMessageKey, { count: view.reasons[name] }));
  if (parts.length > 0) return parts.join(', ');
  return mt(language, view.health === 'unknown' ? 'reason.unknown' : 'reason.none');
}

function formatInstant(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The bar and the words: colour is never the only signal, and a screen reader hears the share done. */
function Progress({ language, view }: { language: Language; view: MacroStatusView }) {
  if (!view.progress || view.shareDone === null) return <span style={muted}>{mt(language, 'noIssues')}</span>;
  const percent = Math.round(view.shareDone * 100);
  return (
    <div>
      <div role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={mt(language, 'done', { percent })}
        style={{ height: 8, borderRadius: 4, background: 'var(--ds-background-neutral, #091e420f)', overflow: 'hidden', maxWidth: 360 }}>
        <div style={{ height: '100%', width: `${percent}%`, background: 'var(--ds-background-success-bold, #1f845a)' }} />
      </div>
      <div data-testid="macro-progress">{mt(language, 'done', { percent })} · {mt(language, 'breakdown', view.progress as unknown as Record<string, number>)}</div>
    </div>
  );
}

function Figures({ language, view }: { language: Language; view: MacroStatusView }) {
  const title = view.title || mt(language, 'programme');
  return (
    <section aria-label={title} style={{ display: 'grid', gap: 8 }}>
      <h2 style={{ margin: 0, fontSize: 18 }} data-testid="macro-title">{title}</h2>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }} data-testid="macro-health" data-health={view.health}>
        <Lozenge appearance={APPEARANCE[view.health]} isBold>{mt(language, `health.${view.health}`)}</Lozenge>
        <span>{reasonsText(language, view)}</span>
      </div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
        <dt style={muted}>{mt(language, 'progress')}</dt>
        <dd style={{ margin: 0 }}><Progress language={language} view={view} /></dd>
        <dt style={muted}>{mt(language, 'dependencies')}</dt>
        <dd style={{ margin: 0 }} data-testid="macro-dependencies">{mt(language, 'depCounts', view.dependencies)}</dd>
        <dt style={muted}>{mt(language, 'dates')}</dt>
        <dd style={{ margin: 0 }} data-testid="macro-dates">{mt(language, 'dateRange', { start: view.earliestStart ?? mt(language, 'noDate'), due: view.latestDue ?? mt(language, 'noDate') })}</dd>
      </dl>
      {view.hiddenEpics > 0 && <p style={{ margin: 0 }} data-testid="macro-hidden">{mt(language, 'hidden', { count: view.hiddenEpics })}</p>}
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        {view.asOf && <span style={muted}>{mt(language, 'asOf', { when: formatInstant(language, view.asOf) })}</span>}
        {/* Links in a Forge frame do not navigate: the router opens the programme page in Jira. */}
        {view.programmeUrl && <Button appearance="default" onClick={() => void router.open(view.programmeUrl)}>{mt(language, 'openProgramme')}</Button>}
      </div>
    </section>
  );
}

/** The live Programme status on a Confluence page, for the person reading it. */
export function StatusMacro({ language, config }: { language: Language; config: unknown }) {
  const target = targetOfConfig(config);
  if (!target) return <SectionMessage appearance="information"><p data-testid="macro-not-configured">{mt(language, 'notConfigured')}</p></SectionMessage>;
  return <LoadedStatus language={language} target={target} />;
}

function LoadedStatus({ language, target }: { language: Language; target: MacroTarget }) {
  const [result, reload] = useResolver('status/macro', { target });
  if (result.state === 'loading') return <Loading language={language} />;
  if (result.state === 'error') return <ErrorState language={language} error={result.error} onRetry={reload} />;
  const view = result.data;
  if (!view.found) {
    return <SectionMessage appearance="warning"><p data-testid="macro-not-found">{mt(language, 'notFound', { what: mt(language, target.kind === 'node' ? 'what.node' : 'what.stream') })}</p></SectionMessage>;
  }
  if (view.state !== 'ready') {
    const key = view.state === 'not-configured' ? 'state.notConfigured' : view.state === 'failed' ? 'state.failed' : 'state.building';
    return <SectionMessage appearance="information"><p data-testid="macro-state">{mt(language, key)}</p></SectionMessage>;
  }
  return <Figures language={language} view={view} />;
}
