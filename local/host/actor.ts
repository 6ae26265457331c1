/**
 * Who a product request runs as. Mirrors the `Actor` that local/site/actor.ts (another engineer's file) is to export;
 * declared here until that file exists — switch this to a re-export then.
 */
export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string } | { kind: 'anonymous' };

/** The emulated Jira or Confluence: answers one REST request made as `actor`. */
export type ProductFetch = (request: Request, actor: Actor) => Promise<Response>;
