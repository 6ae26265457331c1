import Lozenge from '@atlaskit/lozenge';
import type { TagSlot, TagSource, Taxonomy, UseCase } from '../../../../../src/domain';
import { translate, type Language } from '../../i18n/messages';
import { tagOption } from './tag-options';

export interface TagListProps {
  slot: TagSlot;
  shown: Array<{ id: string; source: TagSource }>;
  epicKey: string | undefined;
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
}

/** The tags of one slot as stored: the issue's own (bold) and those inherited from its epic (marked, read only). */
export function TagList({ slot, shown, epicKey, taxonomy, useCases, language }: TagListProps) {
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby={`slot-${slot}`} style={{ marginBottom: 12 }}>
      <h3 id={`slot-${slot}`} style={{ font: 'var(--ds-font-heading-xxsmall, 600 12px/16px sans-serif)', margin: '0 0 4px' }}>
        {translate(language, `slot.${slot}`)}
      </h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {shown.map(({ id, source }) => {
          const option = tagOption(slot, id, taxonomy, useCases, language);
          return (
            <li key={id} data-testid={`tag-${slot}-${id}`} data-source={source}>
              <Lozenge appearance={source === 'epic' ? 'default' : 'inprogress'} isBold={source !== 'epic'}>
                {option.label}
              </Lozenge>
              {option.retired ? <small> ({translate(language, 'retired')})</small> : null}
              {source === 'epic' && epicKey ? <small> {translate(language, 'journey.inherited', { epic: epicKey })}</small> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
