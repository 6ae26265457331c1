import { useEffect, useState } from 'react';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import type { UseCase } from '../../../../../src/domain/use-case';
import { call } from '../../api';

export type JourneyChoices = { state: 'loading' } | { state: 'unavailable' } | { state: 'ready'; taxonomy: Taxonomy; useCases: UseCase[] };

/** The taxonomy and the use-case catalogue the journey filters offer, loaded once beside the programme view. */
export function useJourneyChoices(): JourneyChoices {
  const [choices, setChoices] = useState<JourneyChoices>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    Promise.all([call('taxonomy/get', {}), call('use-cases/list', {})])
      .then(([taxonomy, catalogue]) => {
        if (!current) return;
        setChoices(taxonomy.ok && catalogue.ok ? { state: 'ready', taxonomy: taxonomy.data.taxonomy, useCases: catalogue.data.useCases } : { state: 'unavailable' });
      })
      .catch(() => {
        if (current) setChoices({ state: 'unavailable' });
      });
    return () => {
      current = false;
    };
  }, []);
  return choices;
}
