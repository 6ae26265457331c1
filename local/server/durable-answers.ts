/**
 * A request that changed the site is answered only once the change is on disk: a client that saw the answer can
 * rely on the change surviving a crash of the host (SIGKILL, power loss) right after. Requests that changed
 * nothing answer at once; concurrent ones share one write (see local/site/save-scheduler.ts).
 */
import type { MiddlewareHandler } from 'hono';
import type { LocalSite } from '../site/create-local-site';

export function answerOnlyWhenSaved(local: Pick<LocalSite, 'changeCount' | 'durable'>): MiddlewareHandler {
  return async (c, next) => {
    const changesBefore = local.changeCount();
    await next();
    if (local.changeCount() === changesBefore) return;
    try {
      await local.durable();
    } catch (error) {
      console.error('Could not save the local site:', error);
      const message = `The change was made but could not be saved to disk: ${error instanceof Error ? error.message : String(error)}`;
      c.res = c.json({ ok: false, error: { name: 'NotSaved', message, timedOut: false } }, 500);
    }
  };
}
