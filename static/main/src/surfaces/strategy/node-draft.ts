import { isCalendarDate } from '../../../../../src/domain/calendar-date';
import { IssueKeySchema } from '../../../../../src/domain/ids';
import {
  MAX_EPICS_PER_NODE, MAX_KPIS_PER_NODE, MAX_NODE_TEXT_CHARS, MAX_NODE_TITLE_CHARS, type StrategyNode, type StrategyNodeFields,
} from '../../../../../src/domain/strategy/strategy-tree';
import type { StrategyMessageKey } from './strategy-messages';
import { freshId } from './tree-model';

/** A KPI as typed: numbers stay text until saved, so "12,5" or a half-typed value stays visible and marked. */
export interface KpiDraft {
  id: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  current: string;
  asOf: string;
  higherIsBetter: boolean;
}

export interface NodeDraft {
  title: string;
  ownerAccountId: string | null;
  ownerName: string;
  summary: string;
  goal: string;
  conceptUrl: string;
  epicKeys: string[];
  epicJql: string;
  kpis: KpiDraft[];
}

const text = (value: number | null) => (value === null ? '' : String(value));

export function draftOf(node: StrategyNode | null, ownerName: string): NodeDraft {
  return {
    title: node?.title ?? '',
    ownerAccountId: node?.ownerAccountId ?? null,
    ownerName,
    summary: node?.summary ?? '',
    goal: node?.goal ?? '',
    conceptUrl: node?.conceptUrl ?? '',
    epicKeys: [...(node?.epicKeys ?? [])],
    epicJql: node?.epicJql ?? '',
    kpis: (node?.kpis ?? []).map((k) => ({ id: k.id, name: k.name, unit: k.unit, baseline: text(k.baseline), target: text(k.target), current: text(k.current), asOf: k.asOf ?? '', higherIsBetter: k.higherIsBetter })),
  };
}

export function emptyKpi(): KpiDraft {
  return { id: freshId('k'), name: '', unit: '', baseline: '', target: '', current: '', asOf: '', higherIsBetter: true };
}

/** A typed number; German readers write a decimal comma. Undefined when it is not a number. */
export function parseNumber(value: string): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const normalised = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const number = Number(normalised);
  return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(normalised) && Number.isFinite(number) ? number : undefined;
}

export interface DraftProblem {
  field: string;
  message: StrategyMessageKey;
  params?: Record<string, string | number>;
}

/** What the form would refuse to send, by field (`title`, `kpis.<id>.target` …); empty means it can be saved. */
export function draftProblems(draft: NodeDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const tooLong = (field: string, value: string, max: number) => value.length > max && problems.push({ field, message: 'problem.tooLong', params: { max } });
  if (draft.title.trim() === '') problems.push({ field: 'title', message: 'problem.required' });
  tooLong('title', draft.title.trim(), MAX_NODE_TITLE_CHARS);
  tooLong('summary', draft.summary, MAX_NODE_TEXT_CHARS);
  tooLong('goal', draft.goal, MAX_NODE_TEXT_CHARS);
  tooLong('epicJql', draft.epicJql.trim(), 2000);
  if (draft.conceptUrl.trim() !== '' && !/^https?:\/\/\S+$/.test(draft.conceptUrl.trim())) problems.push({ field: 'conceptUrl', message: 'problem.url' });
  const badKey = draft.epicKeys.find((key) => !IssueKeySchema.safeParse(key).success);
  if (badKey) problems.push({ field: 'epicKeys', message: 'problem.key', params: { key: badKey } });
  if (draft.epicKeys.length > MAX_EPICS_PER_NODE) problems.push({ field: 'epicKeys', message: 'problem.tooMany', params: { max: MAX_EPICS_PER_NODE } });
  if (draft.kpis.length > MAX_KPIS_PER_NODE) problems.push({ field: 'kpis', message: 'problem.tooMany', params: { max: MAX_KPIS_PER_NODE } });
  for (const kpi of draft.kpis) {
    const at = (name: string) => `kpis.${kpi.id}.${name}`;
    if (kpi.name.trim() === '') problems.push({ field: at('name'), message: 'problem.required' });
    for (const name of ['baseline', 'target', 'current'] as const) if (parseNumber(kpi[name]) === undefined) problems.push({ field: at(name), message: 'problem.number' });
    if (kpi.asOf.trim() !== '' && !isCalendarDate(kpi.asOf.trim())) problems.push({ field: at('asOf'), message: 'problem.date' });
  }
  return problems;
}

/** The node's fields as `strategy/edit` takes them; call only when `draftProblems` is empty. */
export function fieldsOf(draft: NodeDraft): StrategyNodeFields {
  return {
    title: draft.title.trim(),
    ownerAccountId: draft.ownerAccountId,
    summary: draft.summary,
    goal: draft.goal,
    conceptUrl: draft.conceptUrl.trim() === '' ? null : draft.conceptUrl.trim(),
    epicKeys: draft.epicKeys,
    epicJql: draft.epicJql.trim() === '' ? null : draft.epicJql.trim(),
    kpis: draft.kpis.map((k) => ({
      id: k.id,
      name: k.name.trim(),
      unit: k.unit.trim(),
      baseline: parseNumber(k.baseline) ?? null,
      target: parseNumber(k.target) ?? null,
      current: parseNumber(k.current) ?? null,
      asOf: k.asOf.trim() === '' ? null : k.asOf.trim(),
      higherIsBetter: k.higherIsBetter,
    })),
  } as StrategyNodeFields;
}
