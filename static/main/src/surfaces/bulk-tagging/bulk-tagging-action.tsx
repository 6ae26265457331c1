import SectionMessage from '@atlaskit/section-message';
import { MAX_BULK_ISSUES } from '../../../../../src/contract/journey';
import type { Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { jt } from '../journey/journey-messages';
import { BulkForm } from './bulk-form';
import { scopeOf, type BulkScope } from './bulk-scope';
import { scopeLabel, scopeMessage } from './bulk-scope-messages';
import { useScopeIssues } from './use-scope-issues';

type ActingScope = Exclude<BulkScope, { kind: 'none' }>;

function Refusal({ text, testId }: { text: string; testId: string }) {
  return (
    <div role="alert">
      <SectionMessage appearance="error">
        <p data-testid={testId}>{text}</p>
      </SectionMessage>
    </div>
  );
}

/** Loads the issues of the scope, the taxonomy and the catalogue, then shows the form. */
function BulkForScope({ scope, language }: { scope: ActingScope; language: Language }) {
  const [issues, reloadIssues] = useScopeIssues(scope);
  const [taxonomy, reloadTaxonomy] = useResolver('taxonomy/get', {});
  const [catalogue, reloadCatalogue] = useResolver('use-cases/list', {});
  if (issues.state === 'error') {
    const text = scope.kind === 'selection' ? scopeMessage(language, 'readFailed', { message: issues.message }) : jt(language, 'bulk.searchFailed', { message: issues.message });
    return <Refusal text={text} testId="error-message" />;
  }
  if (taxonomy.state === 'error') return <ErrorState language={language} error={taxonomy.error} onRetry={reloadTaxonomy} />;
  if (catalogue.state === 'error') return <ErrorState language={language} error={catalogue.error} onRetry={reloadCatalogue} />;
  if (issues.state === 'loading' || taxonomy.state === 'loading' || catalogue.state === 'loading') return <Loading language={language} />;
  if (issues.data.issues.length === 0) return <EmptyState>{jt(language, 'bulk.noIssues')}</EmptyState>;
  return <BulkForm found={issues.data} kind={scope.kind} taxonomy={taxonomy.data.taxonomy} useCases={catalogue.data.useCases} language={language} onTagAgain={reloadIssues} />;
}

function ScopedAction({ scope, language }: { scope: ActingScope; language: Language }) {
  const tooMany = scope.kind === 'selection' && scope.issueKeys.length > MAX_BULK_ISSUES;
  return (
    <>
      <p style={{ margin: '0 0 8px' }} data-testid="bulk-scope">{scopeLabel(language, 'intro', scope.kind)}</p>
      {scope.jql ? (
        <p style={{ fontSize: 12 }}>
          JQL: <code data-testid="bulk-jql">{scope.jql}</code>
        </p>
      ) : null}
      {tooMany ? (
        <Refusal text={scopeMessage(language, 'tooMany', { count: scope.issueKeys.length, limit: MAX_BULK_ISSUES })} testId="bulk-too-many" />
      ) : (
        <BulkForScope scope={scope} language={language} />
      )}
    </>
  );
}

/**
 * The issue navigator's "Tag customer journey" action (`jira:issueNavigatorAction`): adds or removes journey terms
 * on the issues the user selected in the search, or, when none are selected, on the issues of the search; it says
 * which. `extension` is the context Jira gives the action (`jql`, `issueKeys`, …), parsed by scopeOf.
 */
export function BulkTaggingAction({ extension, language }: { extension: unknown; language: Language }) {
  const scope = scopeOf(extension);
  return (
    <div style={{ padding: 8 }}>
      <h2 style={{ margin: '0 0 4px' }}>{jt(language, 'bulk.title')}</h2>
      {scope.kind === 'none' ? <EmptyState>{jt(language, 'bulk.noJql')}</EmptyState> : <ScopedAction scope={scope} language={language} />}
    </div>
  );
}
