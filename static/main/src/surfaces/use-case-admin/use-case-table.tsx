import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import { termLabel, type Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import type { UseCase } from '../../../../../src/domain/use-case';
import type { Language } from '../../i18n/messages';
import { useCaseText } from './use-case-messages';

const cell = { padding: '6px 8px', borderBottom: '1px solid var(--ds-border, #dcdfe4)', verticalAlign: 'top', textAlign: 'left' } as const;

/** The catalogue as a table; terms read in the admin's language, actions name the use case for screen readers. */
/** A retired row is set apart by a token colour, not by opacity, which would fade its text below 4.5:1. */
const RETIRED: React.CSSProperties = { color: 'var(--ds-text-subtlest, #626f86)', background: 'var(--ds-background-neutral-subtle, transparent)' };

export function UseCaseTable(props: { language: Language; taxonomy: Taxonomy; useCases: UseCase[]; onEdit: (useCase: UseCase) => void; onRetire: (useCase: UseCase, retired: boolean) => void }) {
  const { language, taxonomy } = props;
  const terms = (dimension: DimensionId, ids: readonly string[]) => ids.map((id) => termLabel(taxonomy, dimension, id, language)).join(', ');
  const headers = ['col.id', 'col.title', 'col.lifecycleStage', 'col.touchpoints', 'col.channels', 'col.category', 'col.action', 'col.status', 'col.actions'] as const;
  return (
    <table data-testid="use-case-table" style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
      <caption style={{ textAlign: 'left', position: 'absolute', left: -10000 }}>{useCaseText(language, 'title')}</caption>
      <thead>
        <tr>{headers.map((h) => <th key={h} scope="col" style={cell}>{useCaseText(language, h)}</th>)}</tr>
      </thead>
      <tbody>
        {props.useCases.map((useCase) => (
          <tr key={useCase.id} data-testid={`use-case-${useCase.id}`} style={useCase.retired ? RETIRED : undefined}>
            <th scope="row" style={{ ...cell, fontWeight: 600, whiteSpace: 'nowrap' }}>{useCase.id}</th>
            <td style={cell}>{useCase.title}</td>
            <td style={cell}>{termLabel(taxonomy, 'lifecycle', useCase.lifecycleStage, language)}</td>
            <td style={cell}>{terms('touchpoint', useCase.touchpoints)}</td>
            <td style={cell}>{terms('channel', useCase.channels)}</td>
            <td style={cell}>{useCase.category ? termLabel(taxonomy, 'category', useCase.category, language) : ''}</td>
            <td style={cell}>{useCase.action ? termLabel(taxonomy, 'action', useCase.action, language) : ''}</td>
            <td style={cell}>
              <Lozenge appearance={useCase.retired ? 'default' : 'success'}>{useCaseText(language, useCase.retired ? 'retired' : 'active')}</Lozenge>
            </td>
            <td style={{ ...cell, whiteSpace: 'nowrap' }}>
              <span style={{ display: 'flex', gap: 4 }}>
                <Button spacing="compact" aria-label={useCaseText(language, 'edit', { id: useCase.id })} onClick={() => props.onEdit(useCase)}>✎</Button>
                <Button spacing="compact" appearance="subtle" aria-label={useCaseText(language, useCase.retired ? 'restore' : 'retire', { id: useCase.id })} onClick={() => props.onRetire(useCase, !useCase.retired)}>
                  {useCaseText(language, useCase.retired ? 'restore.short' : 'retire.short')}
                </Button>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
