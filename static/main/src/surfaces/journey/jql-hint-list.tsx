import { router } from '@forge/bridge';
import type { TagSlot } from '../../../../../src/domain';
import { translate, type Language } from '../../i18n/messages';
import { LINK_IN_TEXT } from '../programme/issue-link';
import { jt } from './journey-messages';
import { exampleClause, issueSearchPath, jqlHints } from './jql-hints';

/** Opens Jira's issue search in a new tab; the path is site-relative, as Jira's own links are. */
function openSearch(jql: string): void {
  void router.open(issueSearchPath(jql));
}

/** The JQL that finds the chosen terms, one clause per slot, each with a link to the issue search. */
export function JqlHintList({ chosen, language }: { chosen: Partial<Record<TagSlot, readonly string[]>>; language: Language }) {
  const hints = jqlHints(chosen);
  const example = exampleClause(chosen);
  // The example sits inside the sentence as code; split the translated sentence around it.
  const [before, after] = jt(language, 'jql.intro', { example: '\u0000' }).split('\u0000');
  return (
    <section aria-labelledby="jql-title" style={{ marginTop: 12, fontSize: 12 }}>
      <h3 id="jql-title" style={{ font: 'var(--ds-font-heading-xxsmall, 600 12px/16px sans-serif)', margin: '0 0 4px' }}>
        {jt(language, 'jql.title')}
      </h3>
      {example === null ? (
        <p style={{ margin: 0 }}>{jt(language, 'jql.none')}</p>
      ) : (
        <>
          <p style={{ margin: '0 0 4px' }}>
            {before}
            <code data-testid="jql-hint">{example}</code>
            {after}
          </p>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {hints.map(({ slot, jql }) => (
              <li key={slot} style={{ marginBottom: 2 }}>
                {translate(language, `slot.${slot}`)}: <code data-testid={`jql-hint-${slot}`}>{jql}</code>{' '}
                <a
                  href={issueSearchPath(jql)}
                  data-testid={`jql-link-${slot}`}
                  style={LINK_IN_TEXT}
                  aria-label={`${jt(language, 'jql.search')}: ${jql}`}
                  onClick={(event) => {
                    event.preventDefault();
                    openSearch(jql);
                  }}
                >
                  {jt(language, 'jql.search')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
