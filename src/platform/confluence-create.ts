import { remainingMs } from './deadline';
import { findPageByTitle, postPage, type ConfluencePage, type PageWrite } from './confluence-pages';
import { PlatformError } from './platform-error';
import type { Principal } from './product-client';
import { decideRetry } from './retry-policy';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A create whose answer does not say whether the page was made: it may exist now. */
function answerLost(error: unknown): boolean {
  if (!(error instanceof PlatformError)) return true; // the connection broke: no answer at all
  return error.kind === 'server' || error.kind === 'rate-limited' || error.kind === 'unexpected-response';
}

export interface CreatedPage {
  page: ConfluencePage;
  /** true when the create's answer was lost and the page was found by its title afterwards */
  foundAfterLostAnswer: boolean;
}

/**
 * Creates a page at most once. A POST is not idempotent (rest doc §11): sent twice it makes a duplicate or, with
 * Confluence's unique titles, a 400. So when an answer is lost (5xx, 429, a broken connection) the page is looked up
 * by its title first — the caller checked the title was free just before — and only when it is not there is the POST
 * sent again, after the wait the retry policy gives (and only within the invocation's time left).
 */
export async function createPageOnce(principal: Principal, spaceId: string, page: PageWrite): Promise<CreatedPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { page: await postPage(principal, spaceId, page), foundAfterLostAnswer: false };
    } catch (error) {
      if (!answerLost(error)) throw error;
      const made = await findPageByTitle(principal, spaceId, page.title);
      if (made) return { page: made, foundAfterLostAnswer: true };
      const failed = error instanceof PlatformError ? error : null;
      const decision = decideRetry({
        status: failed?.status ?? 503,
        retryAfter: failed?.rateLimit ? String(failed.rateLimit.retryAfterSeconds) : null,
        reason: failed?.rateLimit?.reason ?? null,
        attempt,
        idempotent: true, // made so by the look-up above
        remainingMs: remainingMs(),
        nowMs: Date.now(),
      });
      if (!decision.retry) throw error;
      await sleep(decision.waitMs);
    }
  }
}
