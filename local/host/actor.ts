/** Who a product request runs as (local/site/actor.ts), and the shape of an emulated product as the host calls it. */
import type { Actor } from '../site/actor';

export type { Actor } from '../site/actor';

/** The emulated Jira or Confluence: answers one REST request made as `actor`. */
export type ProductFetch = (request: Request, actor: Actor) => Promise<Response>;
