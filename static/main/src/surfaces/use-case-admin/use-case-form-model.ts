import type { AppError } from '../../../../../src/contract/errors';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import { findTerm, type Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import { UseCaseSchema, isNewIdReserved, type UseCase } from '../../../../../src/domain/use-case';
import type { Language } from '../../i18n/messages';
import type { UseCaseMessageKey } from './use-case-messages';

/** What the form holds: text as typed, term ids as picked. */
export interface UseCaseDraft {
  id: string;
  title: string;
  lifecycleStage: string;
  userActivity: string;
  description: string;
  /** One action per line. */
  userActions: string;
  touchpoints: string[];
  channels: string[];
  category: string;
  action: string;
  retired: boolean;
}
export type DraftField = keyof UseCaseDraft;
const DRAFT_FIELDS: readonly DraftField[] = ['id', 'title', 'lifecycleStage', 'userActivity', 'description', 'userActions', 'touchpoints', 'channels', 'category', 'action', 'retired'];

export const EMPTY_DRAFT: UseCaseDraft = {
  id: '', title: '', lifecycleStage: '', userActivity: '', description: '', userActions: '', touchpoints: [], channels: [], category: '', action: '', retired: false,
};

export function draftOf(useCase: UseCase): UseCaseDraft {
  return {
    id: useCase.id, title: useCase.title, lifecycleStage: useCase.lifecycleStage, userActivity: useCase.userActivity, description: useCase.description,
    userActions: useCase.userActions.join('\n'), touchpoints: [...useCase.touchpoints], channels: [...useCase.channels],
    category: useCase.category ?? '', action: useCase.action ?? '', retired: useCase.retired,
  };
}

/** A problem of the form: a reason the UI words itself (local checks), or the server's coded error. */
export type FormProblem = { field: DraftField | 'form'; reason: UseCaseMessageKey; params?: Record<string, string | number> } | { field: DraftField | 'form'; error: AppError };

function candidate(draft: UseCaseDraft): Record<string, unknown> {
  return {
    id: draft.id.trim(),
    title: draft.title,
    // An empty pick is missing, not the empty string: the schema then says "required".
    ...(draft.lifecycleStage !== '' ? { lifecycleStage: draft.lifecycleStage } : {}),
    userActivity: draft.userActivity,
    description: draft.description,
    userActions: draft.userActions.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    touchpoints: draft.touchpoints,
    channels: draft.channels,
    ...(draft.category !== '' ? { category: draft.category } : {}),
    ...(draft.action !== '' ? { action: draft.action } : {}),
    retired: draft.retired,
  };
}

function fieldOfPath(path: readonly PropertyKey[]): DraftField | 'form' {
  const head = String(path[0] ?? '');
  return (DRAFT_FIELDS as readonly string[]).includes(head) ? (head as DraftField) : 'form';
}

/**
 * Checks the draft as the server will (the use-case schema, a free and unreserved id for a new one) and returns the
 * use case to send, or the problems by field. Nothing is sent while there is a problem.
 */
export function checkDraft(draft: UseCaseDraft, existingIds: ReadonlySet<string>, isNew: boolean): { useCase: UseCase; problems: [] } | { useCase: null; problems: FormProblem[] } {
  const parsed = UseCaseSchema.safeParse(candidate(draft));
  const problems: FormProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (problems.some((p) => p.field === field)) continue;
      const blank = (field === 'id' || field === 'title' || field === 'lifecycleStage') && draft[field].trim() === '';
      if (blank) problems.push({ field, reason: 'problem.required' });
      else if (issue.code === 'too_big') problems.push({ field, reason: 'problem.tooLong', params: { max: Number(issue.maximum) } });
      else if (field === 'id') problems.push({ field, reason: 'problem.idFormat' });
      else problems.push({ field, reason: 'problem.invalid' });
    }
  }
  const id = draft.id.trim();
  if (isNew && !problems.some((p) => p.field === 'id')) {
    if (existingIds.has(id)) problems.push({ field: 'id', error: { code: 'USE_CASE_ID_TAKEN', params: { useCaseId: id } } });
    else if (isNewIdReserved(id, existingIds)) problems.push({ field: 'id', error: { code: 'USE_CASE_ID_RESERVED', params: { useCaseId: id } } });
  }
  if (problems.length > 0 || !parsed.success) return { useCase: null, problems };
  return { useCase: parsed.data, problems: [] };
}

/** A server refusal at its field: `useCase.touchpoints[0]` or `useCase.touchpoints.0` → touchpoints. */
export function problemOfServerError(error: AppError): FormProblem {
  const path = (error.field ?? '').replace(/^useCase\./, '').split(/[.[]/);
  return { field: fieldOfPath(path), error };
}

/** What the text filter matches: id, title, texts and every term's label in both languages. */
export function filterUseCases(useCases: readonly UseCase[], query: string, taxonomy: Taxonomy): UseCase[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...useCases];
  return useCases.filter((useCase) => {
    const terms: Array<[DimensionId, string | undefined]> = [
      ['lifecycle', useCase.lifecycleStage], ['category', useCase.category], ['action', useCase.action],
      ...useCase.touchpoints.map((t): [DimensionId, string] => ['touchpoint', t]), ...useCase.channels.map((c): [DimensionId, string] => ['channel', c]),
    ];
    const labels = terms.flatMap(([dimension, id]) => {
      if (id === undefined) return [];
      const term = findTerm(taxonomy, dimension, id);
      return term ? [id, term.labels.en, term.labels.de] : [id];
    });
    const text = [useCase.id, useCase.title, useCase.userActivity, useCase.description, ...useCase.userActions, ...labels].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export interface TermOption {
  value: string;
  label: string;
  retired: boolean;
}

/** A picker's options: the active terms in the admin's order, plus retired ones already chosen (kept, marked). */
export function termOptions(taxonomy: Taxonomy, dimension: DimensionId, language: Language, chosen: readonly string[]): TermOption[] {
  return taxonomy.dimensions[dimension]
    .filter((term) => !term.retired || chosen.includes(term.id))
    .map((term) => ({ value: term.id as string, label: term.labels[language], retired: term.retired }));
}
