/** The parsed form of a JQL query; parse.ts builds it, compile.ts checks it against the site and runs it. */
export type Operand =
  | { kind: 'value'; text: string; quoted: boolean }
  | { kind: 'empty' }
  | { kind: 'function'; name: string };

export type FieldRef =
  | { kind: 'named'; name: string }
  | { kind: 'property'; propertyKey: string; path: string };

export type Operator = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Clause =
  | { kind: 'and'; clauses: Clause[] }
  | { kind: 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause }
  | { kind: 'term'; field: FieldRef; operator: Operator; operands: Operand[] };

export interface SortSpec {
  field: FieldRef;
  direction: 'asc' | 'desc' | undefined;
}

export interface JqlQuery {
  where: Clause | undefined;
  orderBy: SortSpec[];
}

export function fieldLabel(field: FieldRef): string {
  return field.kind === 'named' ? field.name : `issue.property[${field.propertyKey}]${field.path ? `.${field.path}` : ''}`;
}
