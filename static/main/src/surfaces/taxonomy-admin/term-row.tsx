import Button from '@atlaskit/button/new';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import { phaseOf, type Taxonomy, type Term } from '../../../../../src/domain/taxonomy/taxonomy';
import type { Language } from '../../i18n/messages';
import { ProblemText, hintStyle } from '../admin/problem-text';
import { LabelFields } from './label-fields';
import { taxonomyText } from './taxonomy-messages';
import { moveButtonId, renameKey, rowKey, type TaxonomyEditor } from './use-taxonomy-editor';

/** One term: both labels, its id (and phase), and the actions move, rename, retire or restore. */
export function TermRow(props: { language: Language; taxonomy: Taxonomy; dimension: DimensionId; term: Term; position: number; count: number; editor: TaxonomyEditor }) {
  const { language, taxonomy, dimension, term, position, count, editor } = props;
  const id = term.id as string;
  const label = term.labels[language];
  const renaming = editor.renameDrafts.get(renameKey(dimension, id));
  // The taxonomy crossed the bridge as plain JSON: phaseOf reads own entries only, so a stage `constructor` finds nothing inherited.
  const phase = dimension === 'lifecycle' ? phaseOf(taxonomy, id) : undefined;
  const phaseLabel = phase ? taxonomy.dimensions.phase.find((p) => p.id === phase)?.labels[language] ?? phase : undefined;
  const formId = `rename-${dimension}-${id}`;
  return (
    <li data-testid={`term-${dimension}-${id}`} data-retired={term.retired} style={{ padding: '8px 0', borderBottom: '1px solid var(--ds-border, #dcdfe4)', ...(term.retired ? { color: 'var(--ds-text-subtlest, #626f86)' } : {}) }}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <span style={{ flex: '1 1 260px' }}>
          <strong lang="en" data-testid={`label-en-${dimension}-${id}`}>{term.labels.en}</strong>
          {' · '}
          <span lang="de" data-testid={`label-de-${dimension}-${id}`}>{term.labels.de}</span>
          <span style={{ ...hintStyle, display: 'block' }}>
            {taxonomyText(language, 'term.id', { id })}
            {phaseLabel ? ` · ${taxonomyText(language, 'term.phase', { phase: phaseLabel })}` : ''}
          </span>
          {term.retired ? (
            <span data-testid={`retired-${dimension}-${id}`} style={{ ...hintStyle, display: 'block', fontStyle: 'italic' }}>
              {taxonomyText(language, 'term.retired')}
            </span>
          ) : null}
        </span>
        <span style={{ display: 'flex', gap: 4 }}>
          <Button spacing="compact" testId={moveButtonId(dimension, id, -1)} aria-label={taxonomyText(language, 'term.moveUp', { label })} isDisabled={position === 0} onClick={() => void editor.move(dimension, id, -1)}>↑</Button>
          <Button spacing="compact" testId={moveButtonId(dimension, id, 1)} aria-label={taxonomyText(language, 'term.moveDown', { label })} isDisabled={position === count - 1} onClick={() => void editor.move(dimension, id, 1)}>↓</Button>
          {renaming ? null : (
            <Button spacing="compact" aria-label={taxonomyText(language, 'term.rename', { label })} onClick={() => editor.startRename(dimension, id, { ...term.labels })}>✎</Button>
          )}
          <Button spacing="compact" appearance="subtle" aria-label={taxonomyText(language, term.retired ? 'term.restore' : 'term.retire', { label })} onClick={() => void editor.setRetired(dimension, id, !term.retired)}>
            {taxonomyText(language, term.retired ? 'restore' : 'retire')}
          </Button>
        </span>
      </div>
      <ProblemText language={language} formId={`row-${dimension}-${id}`} field="form" problems={editor.problems.get(rowKey(dimension, id)) ?? []} />
      {renaming ? (
        <div style={{ margin: '8px 0 0 16px' }}>
          <LabelFields
            language={language}
            formId={formId}
            labels={renaming}
            problems={editor.problems.get(renameKey(dimension, id)) ?? []}
            onChange={(labels) => editor.setRenameDraft(dimension, id, labels)}
            onSubmit={() => void editor.submitRename(dimension, id)}
          />
          <ProblemText language={language} formId={formId} field="form" problems={editor.problems.get(renameKey(dimension, id)) ?? []} />
          <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
            <Button appearance="primary" isDisabled={editor.busy} onClick={() => void editor.submitRename(dimension, id)}>{taxonomyText(language, 'rename.save')}</Button>
            <Button onClick={() => editor.cancelRename(dimension, id)}>{taxonomyText(language, 'cancel')}</Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
