import Lozenge from '@atlaskit/lozenge';
import { SEARCH_ALIAS, TAG_SLOTS, findTerm, type TagSlot } from '../../../../src/domain';
import type { IssueJourneyView } from '../../../../src/services/load-issue-journey';
import { translate, type Language } from '../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../states';
import { useResolver } from '../use-resolver';

function TagList({ view, slot, language }: { view: IssueJourneyView; slot: TagSlot; language: Language }) {
  const shown = view.shown[slot];
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby={`slot-${slot}`} style={{ marginBottom: 12 }}>
      <h3 id={`slot-${slot}`} style={{ font: 'var(--ds-font-heading-xxsmall, 600 12px/16px sans-serif)', margin: '0 0 4px' }}>
        {translate(language, `slot.${slot}`)}
      </h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {shown.map(({ id, source }) => {
          const term = slot === 'useCase' ? undefined : findTerm(view.taxonomy, slot, id);
          const label = term ? term.labels[language] : id;
          return (
            <li key={id} data-testid={`tag-${slot}-${id}`} data-source={source}>
              <Lozenge appearance={source === 'epic' ? 'default' : 'inprogress'} isBold={source !== 'epic'}>
                {label}
              </Lozenge>
              {term?.retired ? <small> ({translate(language, 'retired')})</small> : null}
              {source === 'epic' && view.epic ? <small> {translate(language, 'journey.inherited', { epic: view.epic.key })}</small> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The issue view's journey panel: the issue's own tags and those inherited from its epic, in the user's language. */
export function JourneyPanel({ issueKey, language }: { issueKey: string; language: Language }) {
  const [result, reload] = useResolver('journey/issue', { issueKey });
  if (result.state === 'loading') return <Loading language={language} />;
  if (result.state === 'error') return <ErrorState language={language} error={result.error} onRetry={reload} />;
  const view = result.data;
  const anyTag = TAG_SLOTS.some((slot) => view.shown[slot].length > 0);
  const firstTouchpoint = view.shown.touchpoint[0]?.id;
  return (
    <div>
      {anyTag ? TAG_SLOTS.map((slot) => <TagList key={slot} view={view} slot={slot} language={language} />) : <EmptyState>{translate(language, 'journey.empty')}</EmptyState>}
      {view.epic && TAG_SLOTS.some((slot) => view.shown[slot].some((t) => t.source === 'epic')) ? (
        <p style={{ fontSize: 12 }}>{translate(language, 'journey.inheritedHint', { epic: view.epic.key })}</p>
      ) : null}
      {firstTouchpoint ? (
        <p style={{ fontSize: 12 }}>
          {translate(language, 'journey.jql')} <code data-testid="jql-hint">{`${SEARCH_ALIAS.touchpoint} = ${firstTouchpoint}`}</code>
        </p>
      ) : null}
    </div>
  );
}
