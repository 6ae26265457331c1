import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { TaxonomyChange } from '../../../../../src/contract/journey';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import { call } from '../../api';
import { flagResult } from '../../host-flags';
import type { Language } from '../../i18n/messages';
import { withEntry, withoutEntry } from '../../state-maps';
import { dimensionName, errorInWords, unavailable } from '../admin/error-words';
import { resultFlagText } from '../settings/result-flag-messages';
import {
  EMPTY_NEW_TERM, addChange, checkChange, labelOf, moveChange, problemsOf, renameChange, retireChange,
  type LabelsDraft, type NewTermDraft, type TermProblem,
} from './taxonomy-changes';
import { taxonomyText } from './taxonomy-messages';

export type TaxonomyLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; taxonomy: Taxonomy; stored: boolean };

/** Form keys: problems and drafts belong to one add form, one rename form or one term row (Map keys: term ids are data). */
export const addKey = (dimension: DimensionId) => `add:${dimension}`;
export const renameKey = (dimension: DimensionId, termId: string) => `rename:${dimension}:${termId}`;
export const rowKey = (dimension: DimensionId, termId: string) => `row:${dimension}:${termId}`;
/** The test id of a move button, also used to put the focus back on it after the list re-rendered. */
export const moveButtonId = (dimension: DimensionId, termId: string, step: -1 | 1) => `move-${step < 0 ? 'up' : 'down'}-${dimension}-${termId}`;

/**
 * The taxonomy section's state. Every action saves at once through `taxonomy/save` on the version shown; drafts
 * live here, outside the rows, so a refusal or a reload after a conflict never loses what the admin typed.
 */
export function useTaxonomyEditor(language: Language) {
  const [load, setLoad] = useState<TaxonomyLoad>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [refused, setRefused] = useState(false);
  const [problems, setProblems] = useState<ReadonlyMap<string, TermProblem[]>>(new Map());
  const [addDrafts, setAddDrafts] = useState<Partial<Record<DimensionId, NewTermDraft>>>({});
  const [renameDrafts, setRenameDrafts] = useState<ReadonlyMap<string, LabelsDraft>>(new Map());
  const focusAfterSave = useRef<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const answer = await call('taxonomy/get', {});
      if (answer.ok) {
        setLoad({ state: 'ready', taxonomy: answer.data.taxonomy, stored: answer.data.stored });
        setConflict(null);
      } else if (answer.error.code === 'ADMIN_REQUIRED') setRefused(true);
      else setLoad({ state: 'error', error: answer.error });
    } catch (error) {
      setLoad({ state: 'error', error: unavailable(error) });
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  // A moved row is re-inserted into the list: put the keyboard focus back on the button that moved it.
  useEffect(() => {
    const id = focusAfterSave.current;
    focusAfterSave.current = null;
    if (id) document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.focus();
  }, [load]);

  const taxonomy = load.state === 'ready' ? load.taxonomy : null;
  const setFormProblems = (key: string, list: TermProblem[]) => setProblems((all) => withEntry(all, key, list));

  async function save(change: TaxonomyChange, key: string, what: string): Promise<boolean> {
    if (!taxonomy || busy) return false;
    const local = checkChange(taxonomy, change);
    setFormProblems(key, local);
    if (local.length > 0) return false;
    setBusy(true);
    setStatus(taxonomyText(language, 'saving'));
    try {
      const answer = await call('taxonomy/save', { expectedVersion: taxonomy.version, changes: [change] });
      if (answer.ok) {
        setLoad({ state: 'ready', taxonomy: answer.data.taxonomy, stored: true });
        const words = taxonomyText(language, 'saved', { what });
        setStatus(words);
        // The status line sits at the top of a long page: the host's flag is seen wherever the admin scrolled to.
        flagResult({ title: words, appearance: 'success' });
        return true;
      }
      setStatus('');
      if (answer.error.code === 'CONFLICT') {
        // The conflict's words sit at the top of a long page: the flag tells the admin wherever they scrolled to.
        flagResult({ title: resultFlagText(language, 'taxonomy.notSaved'), description: errorInWords(language, answer.error), appearance: 'error' });
        setConflict(answer.error);
      } else if (answer.error.code === 'ADMIN_REQUIRED') setRefused(true);
      else setFormProblems(key, problemsOf([answer.error]));
      return false;
    } catch (error) {
      setStatus('');
      setFormProblems(key, problemsOf([unavailable(error)]));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const label = (dimension: DimensionId, termId: string) => (taxonomy ? labelOf(taxonomy, dimension, termId, language) : termId);

  return {
    load, busy, status, conflict, refused, problems, addDrafts, renameDrafts, reload,
    setAddDraft: (dimension: DimensionId, draft: NewTermDraft) => setAddDrafts((all) => ({ ...all, [dimension]: draft })),
    startRename: (dimension: DimensionId, termId: string, labels: LabelsDraft) => setRenameDrafts((all) => withEntry(all, renameKey(dimension, termId), labels)),
    setRenameDraft: (dimension: DimensionId, termId: string, labels: LabelsDraft) => setRenameDrafts((all) => withEntry(all, renameKey(dimension, termId), labels)),
    cancelRename(dimension: DimensionId, termId: string) {
      const key = renameKey(dimension, termId);
      setRenameDrafts((all) => withoutEntry(all, key));
      setFormProblems(key, []);
    },
    async submitAdd(dimension: DimensionId) {
      const draft = addDrafts[dimension] ?? EMPTY_NEW_TERM;
      const change = addChange(dimension, draft);
      const what = taxonomyText(language, 'saved.add', { label: draft.labels[language].trim() });
      if (await save(change, addKey(dimension), what)) setAddDrafts((all) => ({ ...all, [dimension]: EMPTY_NEW_TERM }));
    },
    async submitRename(dimension: DimensionId, termId: string) {
      const key = renameKey(dimension, termId);
      const labels = renameDrafts.get(key);
      if (!labels) return;
      if (await save(renameChange(dimension, termId, labels), key, taxonomyText(language, 'saved.rename', { label: labels[language].trim() }))) {
        setRenameDrafts((all) => withoutEntry(all, key));
      }
    },
    async setRetired(dimension: DimensionId, termId: string, retired: boolean) {
      const what = taxonomyText(language, retired ? 'saved.retire' : 'saved.restore', { label: label(dimension, termId) });
      await save(retireChange(dimension, termId, retired), rowKey(dimension, termId), what);
    },
    async move(dimension: DimensionId, termId: string, step: -1 | 1) {
      if (!taxonomy) return;
      const change = moveChange(taxonomy, dimension, termId, step);
      if (!change || change.op !== 'reorder') return;
      // At either end the button in the direction of travel is disabled: focus the other one then. Set before
      // saving, because the re-render that the effect above waits for may come before `save` returns.
      const position = change.orderedIds.indexOf(termId);
      const atEnd = step < 0 ? position === 0 : position === change.orderedIds.length - 1;
      focusAfterSave.current = moveButtonId(dimension, termId, atEnd ? (-step as -1 | 1) : step);
      const saved = await save(change, rowKey(dimension, termId), taxonomyText(language, 'saved.reorder', { dimension: dimensionName(language, dimension) }));
      if (!saved) focusAfterSave.current = null;
    },
  };
}

export type TaxonomyEditor = ReturnType<typeof useTaxonomyEditor>;
