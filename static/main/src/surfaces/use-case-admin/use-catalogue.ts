import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { UseCaseCatalogueView } from '../../../../../src/contract/journey';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import { call } from '../../api';
import { flagResult } from '../../host-flags';
import type { Language } from '../../i18n/messages';
import { errorInWords, unavailable } from '../admin/error-words';
import { resultFlagText } from '../settings/result-flag-messages';

export type CatalogueLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; taxonomy: Taxonomy; catalogue: UseCaseCatalogueView };

/**
 * The catalogue and the taxonomy its pickers offer, loaded together. A reload replaces the data only: forms keep
 * their drafts. Conflicts and the admin refusal are shown once for the whole section; other refusals go back to
 * the caller, which shows them where they belong.
 */
export function useCatalogue(language: Language) {
  const [load, setLoad] = useState<CatalogueLoad>({ state: 'loading' });
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [refused, setRefused] = useState(false);
  const [status, setStatus] = useState('');

  const reload = useCallback(async () => {
    try {
      const [taxonomy, catalogue] = await Promise.all([call('taxonomy/get', {}), call('use-cases/list', {})]);
      const refusal = !taxonomy.ok ? taxonomy.error : !catalogue.ok ? catalogue.error : null;
      if (refusal?.code === 'ADMIN_REQUIRED') setRefused(true);
      else if (refusal) setLoad({ state: 'error', error: refusal });
      else if (taxonomy.ok && catalogue.ok) {
        setLoad({ state: 'ready', taxonomy: taxonomy.data.taxonomy, catalogue: catalogue.data });
        setConflict(null);
      }
    } catch (error) {
      setLoad({ state: 'error', error: unavailable(error) });
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  return {
    load, conflict, refused, status, reload, setStatus,
    version: load.state === 'ready' ? load.catalogue.version : 0,
    /** Shows what the server stored now. */
    accept(catalogue: UseCaseCatalogueView, words: string) {
      setLoad((current) => (current.state === 'ready' ? { ...current, catalogue } : current));
      setStatus(words);
      // The status line sits at the top of a long page: the host's flag is seen wherever the admin scrolled to.
      flagResult({ title: words, appearance: 'success' });
    },
    /** Takes a refusal the whole section shows; false when the caller must show it itself. */
    handled(error: AppError): boolean {
      setStatus('');
      if (error.code === 'CONFLICT') {
        // The conflict's words sit at the top of a long page: the flag tells the admin wherever they scrolled to.
        flagResult({ title: resultFlagText(language, 'catalogue.notSaved'), description: errorInWords(language, error), appearance: 'error' });
        setConflict(error);
      } else if (error.code === 'ADMIN_REQUIRED') setRefused(true);
      else return false;
      return true;
    },
  };
}

export type Catalogue = ReturnType<typeof useCatalogue>;
