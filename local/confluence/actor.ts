/**
 * Who is calling the emulated REST. Identical to the type the site engineer exports from
 * `local/site/actor.ts`; kept here until that file exists so this folder compiles on its own.
 */
export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string } | { kind: 'anonymous' };
