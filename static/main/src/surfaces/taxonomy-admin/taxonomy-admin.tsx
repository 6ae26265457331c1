import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { DIMENSIONS, type DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import type { Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { AdminRefusal } from '../admin/admin-refusal';
import { dimensionName, errorInWords } from '../admin/error-words';
import { hintStyle } from '../admin/problem-text';
import { AddTermForm } from './add-term-form';
import { TermRow } from './term-row';
import { taxonomyText } from './taxonomy-messages';
import { useTaxonomyEditor, type TaxonomyEditor } from './use-taxonomy-editor';

function DimensionSection({ language, taxonomy, dimension, editor }: { language: Language; taxonomy: Taxonomy; dimension: DimensionId; editor: TaxonomyEditor }) {
  const terms = taxonomy.dimensions[dimension];
  return (
    <section aria-labelledby={`dimension-${dimension}`} data-testid={`dimension-${dimension}`} style={{ margin: '24px 0', maxWidth: 880 }}>
      <h3 id={`dimension-${dimension}`}>{dimensionName(language, dimension)}</h3>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {terms.map((term, position) => (
          <TermRow key={term.id} language={language} taxonomy={taxonomy} dimension={dimension} term={term} position={position} count={terms.length} editor={editor} />
        ))}
      </ol>
      <AddTermForm language={language} taxonomy={taxonomy} dimension={dimension} editor={editor} />
    </section>
  );
}

/** The journey taxonomy tab: six dimensions, each term with English and German labels; every action saves at once. */
export function TaxonomyAdmin({ language }: { language: Language }) {
  const editor = useTaxonomyEditor(language);
  const { load } = editor;
  if (editor.refused) return <AdminRefusal language={language} />;
  return (
    <section aria-labelledby="taxonomy-title">
      <h2 id="taxonomy-title">{taxonomyText(language, 'title')}</h2>
      <p style={hintStyle}>{taxonomyText(language, 'intro')}</p>
      {load.state === 'loading' ? <Loading language={language} /> : null}
      {load.state === 'error' ? <ErrorState language={language} error={load.error} onRetry={() => void editor.reload()} /> : null}
      {editor.conflict ? (
        <div data-testid="taxonomy-conflict" style={{ maxWidth: 880, margin: '12px 0' }}>
          <SectionMessage appearance="warning" title={taxonomyText(language, 'conflict.title')}>
            <p>{errorInWords(language, editor.conflict)}</p>
            <p>{taxonomyText(language, 'conflict.body')}</p>
            <Button onClick={() => void editor.reload()}>{taxonomyText(language, 'conflict.reload')}</Button>
          </SectionMessage>
        </div>
      ) : null}
      <p role="status" aria-live="polite" data-testid="taxonomy-status" style={{ minHeight: 20, margin: '8px 0' }}>{editor.status}</p>
      {load.state === 'ready' ? (
        <div aria-busy={editor.busy}>
          {load.stored ? null : <p style={hintStyle}>{taxonomyText(language, 'notStored')}</p>}
          {DIMENSIONS.map((dimension) => <DimensionSection key={dimension} language={language} taxonomy={load.taxonomy} dimension={dimension} editor={editor} />)}
        </div>
      ) : null}
    </section>
  );
}
