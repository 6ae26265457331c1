import { useEffect, useState } from 'react';
import type { Language } from '../../i18n/messages';
import { call } from '../../api';

export interface Choice {
  value: string;
  label: string;
}

export interface SubmitChoices {
  /** null while loading; an empty list with `unavailable` when they could not be read. */
  touchpoints: Choice[] | null;
  useCases: Choice[] | null;
  streams: Choice[] | null;
  journeyUnavailable: boolean;
  streamsUnavailable: boolean;
}

const LOADING: SubmitChoices = { touchpoints: null, useCases: null, streams: null, journeyUnavailable: false, streamsUnavailable: false };

/**
 * What the optional fields offer: active touchpoints and use cases in the viewer's language, and the programme's
 * streams. Each may be unavailable (a Confluence user without Jira access, a programme not set up): the form
 * then goes without that field, since all of them are optional.
 */
export function useSubmitChoices(language: Language): SubmitChoices {
  const [choices, setChoices] = useState<SubmitChoices>(LOADING);
  useEffect(() => {
    let current = true;
    const update = (patch: Partial<SubmitChoices>) => current && setChoices((before) => ({ ...before, ...patch }));
    Promise.all([call('taxonomy/get', {}), call('use-cases/list', {})])
      .then(([taxonomy, catalogue]) => {
        if (!taxonomy.ok || !catalogue.ok) return update({ touchpoints: [], useCases: [], journeyUnavailable: true });
        return update({
          touchpoints: taxonomy.data.taxonomy.dimensions.touchpoint.filter((term) => !term.retired).map((term) => ({ value: term.id as string, label: term.labels[language] })),
          useCases: catalogue.data.useCases.filter((useCase) => !useCase.retired).map((useCase) => ({ value: useCase.id as string, label: `${useCase.id} ${useCase.title}` })),
        });
      })
      .catch(() => update({ touchpoints: [], useCases: [], journeyUnavailable: true }));
    call('programme/load', {})
      .then((programme) => update(programme.ok ? { streams: programme.data.streams.map((stream) => ({ value: stream.id, label: stream.name })) } : { streams: [], streamsUnavailable: true }))
      .catch(() => update({ streams: [], streamsUnavailable: true }));
    return () => {
      current = false;
    };
  }, [language]);
  return choices;
}
