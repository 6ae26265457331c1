/** The `structure` that `POST /rest/api/3/jql/parse` returns for a query (JSPEC `ParsedJqlQuery`). */
import type { Clause, FieldRef, JqlQuery, Operand } from './ast';

export function jqlStructure(query: JqlQuery): Record<string, unknown> {
  const structure: Record<string, unknown> = {};
  if (query.where) structure.where = clauseJson(query.where);
  if (query.orderBy.length > 0) {
    structure.orderBy = { fields: query.orderBy.map((spec) => ({ field: fieldJson(spec.field), ...(spec.direction ? { direction: spec.direction } : {}) })) };
  }
  return structure;
}

function clauseJson(clause: Clause): Record<string, unknown> {
  if (clause.kind === 'and' || clause.kind === 'or') return { clauses: clause.clauses.map(clauseJson), operator: clause.kind };
  if (clause.kind === 'not') return { clauses: [clauseJson(clause.clause)], operator: 'not' };
  const list = clause.operator === 'in' || clause.operator === 'not in';
  const operands = clause.operands.map(operandJson);
  return {
    field: fieldJson(clause.field),
    operator: clause.operator,
    operand: list ? { values: operands, encodedOperand: `(${clause.operands.map(encodeOperand).join(', ')})` } : operands[0],
  };
}

function fieldJson(field: FieldRef): Record<string, unknown> {
  if (field.kind === 'named') return { name: field.name, encodedName: /\s/.test(field.name) ? `"${field.name}"` : field.name };
  return { name: 'issue.property', property: [{ entity: 'issue', key: field.propertyKey, path: field.path }] };
}

function operandJson(operand: Operand): Record<string, unknown> {
  if (operand.kind === 'empty') return { keyword: 'empty' };
  if (operand.kind === 'function') return { function: operand.name, arguments: [], encodedOperand: `${operand.name}()` };
  return { value: operand.text, encodedValue: encodeOperand(operand) };
}

function encodeOperand(operand: Operand): string {
  if (operand.kind === 'empty') return 'EMPTY';
  if (operand.kind === 'function') return `${operand.name}()`;
  return /^[A-Za-z0-9_.-]+$/.test(operand.text) ? operand.text : `"${operand.text.replace(/"/g, '\\"')}"`;
}
