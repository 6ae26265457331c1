import type { AppError } from '../../../../../src/contract/errors';
import { SubmissionInputSchema, type SubmissionInput, type SubmissionKind } from '../../../../../src/domain/round-table/submission';

/** What the person has typed and chosen so far; kept as it is when a submit fails, so nothing is lost. */
export interface SubmissionDraft {
  kind: SubmissionKind | null;
  title: string;
  text: string;
  touchpoints: string[];
  useCases: string[];
  streamId: string | null;
  issues: Array<{ key: string; summary: string }>;
}

export const EMPTY_DRAFT: SubmissionDraft = { kind: null, title: '', text: '', touchpoints: [], useCases: [], streamId: null, issues: [] };

export const DRAFT_FIELDS = ['kind', 'title', 'text', 'touchpoints', 'useCases', 'streamId', 'issueKeys'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export type FieldProblem = { kind: 'kind' } | { kind: 'empty' } | { kind: 'tooLong'; max: number; over: number } | { kind: 'tooMany'; max: number } | { kind: 'refused'; message: string };
export type FieldProblems = Partial<Record<DraftField, FieldProblem>>;

const isDraftField = (name: unknown): name is DraftField => typeof name === 'string' && (DRAFT_FIELDS as readonly string[]).includes(name);

export const toInput = (draft: SubmissionDraft) => ({
  kind: draft.kind ?? undefined,
  title: draft.title,
  text: draft.text,
  touchpoints: draft.touchpoints,
  useCases: draft.useCases,
  streamId: draft.streamId,
  issueKeys: draft.issues.map((issue) => issue.key),
});

/** The draft as the payload the server takes, or what is wrong with each field — checked by the shared schema. */
export function checkDraft(draft: SubmissionDraft): { ok: true; input: SubmissionInput } | { ok: false; problems: FieldProblems } {
  const parsed = SubmissionInputSchema.safeParse(toInput(draft));
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems: FieldProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!isDraftField(field) || problems[field]) continue;
    problems[field] = problemOf(field, issue, draft);
  }
  return { ok: false, problems };
}

function problemOf(field: DraftField, issue: { code: string; message: string; maximum?: unknown }, draft: SubmissionDraft): FieldProblem {
  if (field === 'kind') return { kind: 'kind' };
  if (issue.code === 'too_small' && (field === 'title' || field === 'text')) return { kind: 'empty' };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    if (field === 'title' || field === 'text') return { kind: 'tooLong', max: issue.maximum, over: draft[field].trim().length - issue.maximum };
    return { kind: 'tooMany', max: issue.maximum };
  }
  return { kind: 'refused', message: issue.message };
}

/** A refusal from the server that names a field (`input.title`) is shown at that field; otherwise it has none. */
export function fieldOfError(error: AppError): DraftField | null {
  if (error.code !== 'INVALID_PAYLOAD' || !error.field) return null;
  const [root, name] = error.field.split('.');
  return root === 'input' && isDraftField(name) ? name : null;
}
