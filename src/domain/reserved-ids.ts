/**
 * Names every JavaScript object already answers to: `__proto__`, `constructor`, `prototype` and the members of
 * Object.prototype. The app keeps ids out of property names (id-keyed.ts), but code elsewhere — a Jira app, a
 * spreadsheet macro, a future change of ours — may not, so a NEW term, use case or stream may not take such an id.
 * Compared case-insensitively: use-case ids allow mixed case, and an id lowercased elsewhere must not collide either.
 * Existing data with such an id stays readable; only new ids are refused.
 */
export const OBJECT_MEMBER_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
] as const;

const RESERVED = new Set<string>(OBJECT_MEMBER_NAMES.map((name) => name.toLowerCase()));

export function isReservedId(id: string): boolean {
  return RESERVED.has(id.toLowerCase());
}
