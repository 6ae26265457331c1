import type { Taxonomy, UseCase } from '../../../../../src/domain';
import type { Language } from '../../i18n/messages';
import { EmptyState } from '../../states';
import { tagOption } from '../journey/tag-options';
import { counted } from './bulk-counted';
import type { BulkPreview, IssuePreview, TagRef } from './bulk-preview';
import { bw } from './bulk-words';

interface Labels {
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
}

function Change({ refs, sign, kind, labels }: { refs: TagRef[]; sign: string; kind: 'add' | 'remove'; labels: Labels }) {
  return refs.map((ref, i) => (
    <span key={`${kind}-${ref.slot}-${ref.id}`}>
      {i > 0 ? ', ' : ''}
      <span data-change={kind}>{`${sign} ${tagOption(ref.slot, ref.id, labels.taxonomy, labels.useCases, labels.language).label}`}</span>
    </span>
  ));
}

function PreviewLine({ preview, labels }: { preview: IssuePreview; labels: Labels }) {
  const { language } = labels;
  if (preview.kind === 'change') {
    return (
      <>
        <Change refs={preview.added} sign="+" kind="add" labels={labels} />
        {preview.added.length > 0 && preview.removed.length > 0 ? ', ' : ''}
        <Change refs={preview.removed} sign="−" kind="remove" labels={labels} />
      </>
    );
  }
  const word = preview.kind === 'no-change' ? 'preview.noChange' : preview.kind === 'unreadable' ? 'preview.unreadable' : 'preview.damaged';
  return <span style={{ color: 'var(--ds-text-subtle, #44546f)' }}>{bw(language, word)}</span>;
}

/**
 * The issues the action acts on and, once terms are chosen, what the change does to each, before anything is sent:
 * the first issues listed, the rest counted.
 */
export function BulkPreviewList({ preview, nothingChosen, ...labels }: Labels & { preview: BulkPreview; nothingChosen: boolean }) {
  const { language } = labels;
  const totals = [counted(language, 'changing', preview.changing), counted(language, 'unchanged', preview.unchanged)];
  if (preview.skipped > 0) totals.push(counted(language, 'skipped', preview.skipped));
  return (
    <section aria-labelledby="bulk-preview-title" style={{ margin: '8px 0' }}>
      <h3 id="bulk-preview-title" style={{ margin: '0 0 4px' }}>{bw(language, 'preview.title')}</h3>
      {nothingChosen ? (
        <EmptyState>{bw(language, 'preview.empty')}</EmptyState>
      ) : (
        <p data-testid="bulk-preview-totals" style={{ margin: '0 0 4px' }}>{`${totals.join(', ')}. ${bw(language, 'preview.legend')}`}</p>
      )}
      <ul data-testid="bulk-preview" tabIndex={0} aria-labelledby="bulk-preview-title" style={{ maxHeight: 220, overflow: 'auto', margin: 0, paddingLeft: 20 }}>
        {preview.shown.map((line) => (
          <li key={line.key} data-testid={`preview-${line.key}`} data-kind={line.kind}>
            <strong>{line.key}</strong>
            {line.summary ? ` ${line.summary}` : ''}
            {nothingChosen && line.kind === 'no-change' ? null : (
              <>
                {': '}
                <PreviewLine preview={line} labels={labels} />
              </>
            )}
          </li>
        ))}
      </ul>
      {preview.hidden > 0 ? <p data-testid="bulk-preview-more">{counted(language, 'more', preview.hidden)}</p> : null}
    </section>
  );
}
