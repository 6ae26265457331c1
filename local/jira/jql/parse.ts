/** Text → JqlQuery through the ohm grammar; syntax errors read like Jira's ("Error in the JQL Query: …"). */
import type { Node } from 'ohm-js';
import type { Clause, FieldRef, JqlQuery, Operand, Operator, SortSpec } from './ast';
import { jqlGrammar } from './grammar';

export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

const semantics = jqlGrammar.createSemantics().addOperation<unknown>('ast', {
  Query_restricted: (where, orderBy) => ({ where: where.ast(), orderBy: orderBy.children[0]?.ast() ?? [] }),
  Query_unrestricted: (orderBy) => ({ where: undefined, orderBy: orderBy.children[0]?.ast() ?? [] }),
  OrClause_or: (left, _or, right) => combine('or', left.ast() as Clause, right.ast() as Clause),
  AndClause_and: (left, _and, right) => combine('and', left.ast() as Clause, right.ast() as Clause),
  NotClause_not: (_not, clause) => ({ kind: 'not', clause: clause.ast() }),
  NotClause_bang: (_bang, clause) => ({ kind: 'not', clause: clause.ast() }),
  NotClause_paren: (_open, clause, _close) => clause.ast(),
  Term_isNotEmpty: (field, _is, _not, _empty) => term(field, 'is not', [{ kind: 'empty' }]),
  Term_isEmpty: (field, _is, _empty) => term(field, 'is', [{ kind: 'empty' }]),
  Term_notIn: (field, _not, _in, list) => term(field, 'not in', list.ast() as Operand[]),
  Term_in: (field, _in, list) => term(field, 'in', list.ast() as Operand[]),
  Term_compare: (field, operator, value) => term(field, operator.sourceString as Operator, [value.ast() as Operand]),
  List: (_open, values, _close) => values.asIteration().children.map((value) => value.ast()),
  Value_empty: (_empty) => ({ kind: 'empty' }),
  Value_quoted: (text) => ({ kind: 'value', text: text.ast(), quoted: true }),
  Value_bare: (word) => ({ kind: 'value', text: word.sourceString, quoted: false }),
  FunctionCall: (name, _open, _args, _close) => ({ kind: 'function', name: name.sourceString }),
  Field_property: (field) => field.ast(),
  Field_quoted: (text) => ({ kind: 'named', name: text.ast() }),
  Field_named: (name) => ({ kind: 'named', name: name.sourceString }),
  propertyField: (_prefix, _open, key, _close, path) => ({
    kind: 'property',
    propertyKey: key.sourceString,
    path: path.children[0]?.sourceString.replace(/^\./, '') ?? '',
  }),
  OrderBy: (_order, _by, fields) => fields.asIteration().children.map((field) => field.ast()),
  SortField: (field, direction): SortSpec => ({
    field: field.ast() as FieldRef,
    direction: (direction.children[0]?.sourceString.toLowerCase() as 'asc' | 'desc' | undefined) ?? undefined,
  }),
  string_double: (_open, chars, _close) => chars.children.map(unescape).join(''),
  string_single: (_open, chars, _close) => chars.children.map(unescape).join(''),
});

function unescape(node: Node): string {
  const text = node.sourceString;
  return text.startsWith('\\') ? text.slice(1) : text;
}

function term(field: Node, operator: Operator, operands: Operand[]): Clause {
  return { kind: 'term', field: field.ast() as FieldRef, operator, operands };
}

/** Flattens `a AND b AND c` into one clause list, as Jira's parse structure shows it. */
function combine(kind: 'and' | 'or', left: Clause, right: Clause): Clause {
  const clauses = left.kind === kind ? [...left.clauses, right] : [left, right];
  return kind === 'and' ? { kind, clauses } : { kind, clauses };
}

export function parseJql(text: string): JqlQuery {
  checkQuotesClosed(text);
  const match = jqlGrammar.match(text);
  if (match.failed()) {
    const position = match.getRightmostFailurePosition();
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const character = position - before.lastIndexOf('\n');
    const found = text.slice(position).split(/\s/)[0] || '<EOF>';
    const expected = match.getExpectedText().replace(/"/g, "'");
    throw new JqlError(`Error in the JQL Query: Expecting ${expected} but got '${found}'. (line ${line}, character ${character})`);
  }
  return semantics(match).ast() as JqlQuery;
}

/** Jira reports an open quote by itself rather than as a generic syntax error. */
function checkQuotesClosed(text: string): void {
  let open: { quote: string; at: number } | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (open && char === '\\') i += 1;
    else if (open && char === open.quote) open = undefined;
    else if (!open && (char === '"' || char === "'")) open = { quote: char, at: i };
  }
  if (open) {
    const content = text.slice(open.at + 1);
    throw new JqlError(`Error in the JQL Query: The quoted string '${content}' has not been completed. (line 1, character ${open.at + 1})`);
  }
}
