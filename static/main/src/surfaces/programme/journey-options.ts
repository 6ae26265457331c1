import type { FilterSlot } from '../../../../../src/domain/journey-filter';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import type { UseCase } from '../../../../../src/domain/use-case';
import type { Language } from '../../i18n/messages';
import { pt } from './messages';

export interface JourneyOption {
  value: string;
  label: string;
}

/**
 * The choices of the journey filters, labelled in the user's language: touchpoints and lifecycle stages in the
 * admin's order, use cases in catalogue order as "UC-001 Title". Retired terms stay choosable (old issues still
 * carry them) and say so.
 */
export function journeyOptions(language: Language, taxonomy: Taxonomy, useCases: readonly UseCase[]): Record<FilterSlot, JourneyOption[]> {
  const terms = (dimension: 'touchpoint' | 'lifecycle') =>
    taxonomy.dimensions[dimension].map((term) => ({ value: term.id as string, label: term.retired ? pt(language, 'journey.retired', { label: term.labels[language] }) : term.labels[language] }));
  return {
    touchpoint: terms('touchpoint'),
    lifecycle: terms('lifecycle'),
    useCase: useCases.map((useCase) => {
      const label = `${useCase.id} ${useCase.title}`;
      return { value: useCase.id as string, label: useCase.retired ? pt(language, 'journey.retired', { label }) : label };
    }),
  };
}
