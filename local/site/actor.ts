/**
 * Who a request to an emulated product runs as. Forge's `asApp()` is the app's bot user, `asUser()` a
 * site user (their permissions come from the site file), and a bare `requestJira` call is anonymous.
 * `viaApp` marks a user's request that the app's backend made for them (`asUser()`): Jira attributes the change to
 * the user, yet its events count as the app's own for a trigger's `ignoreSelf` (local/jira/context.ts).
 */
export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string; viaApp?: true } | { kind: 'anonymous' };

export const APP_ACTOR: Actor = { kind: 'app' };
export const ANONYMOUS_ACTOR: Actor = { kind: 'anonymous' };

export function userActor(accountId: string): Actor {
  return { kind: 'user', accountId };
}

/** For logs and error messages: "the app", "user 5b10…", "an anonymous caller". */
export function describeActor(actor: Actor): string {
  if (actor.kind === 'app') return 'the app';
  if (actor.kind === 'user') return `user ${actor.accountId}`;
  return 'an anonymous caller';
}
