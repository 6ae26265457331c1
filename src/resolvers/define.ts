import type { z } from 'zod';
import { RESOLVERS, type ResolverData, type ResolverKey, type ResolverPayload } from '../contract/resolver-keys';
import { boundedAppError, type ResolverResult } from '../contract/errors';
import { AppFailure } from '../services/errors';
import { asAppFailure } from '../services/platform-failures';
import { validationIssueParams } from '../domain/validation-issue';

export interface CallerContext {
  /** The signed-in user: every handler acts as them, so an invocation without one never reaches a handler. */
  accountId: string;
  locale: string | undefined;
  /** The user's Jira time zone (IANA name), as Forge puts it in the UI context. */
  timeZone: string | undefined;
}

type Handler<K extends ResolverKey> = (payload: ResolverPayload<K>, caller: CallerContext) => Promise<ResolverData<K>>;

/**
 * Wraps a handler as a Forge resolver callback: refuses an invocation without a user (coded), parses the payload with the contract's schema (a bad one is
 * answered with the field it is about), and turns expected failures into coded errors. Unexpected errors
 * are rethrown so Forge records the invocation as failed.
 */
export function defineHandler<K extends ResolverKey>(key: K, handler: Handler<K>) {
  const schema: z.ZodType = RESOLVERS[key].payload;
  return async (request: { payload: unknown; context: { accountId?: string; locale?: string; timezone?: string } }): Promise<ResolverResult<ResolverData<K>>> => {
    // Resolvers read and write as the user; without one, @forge/api would throw a raw error deep inside.
    const { accountId } = request.context;
    if (typeof accountId !== 'string' || accountId === '') return { ok: false, error: { code: 'SIGN_IN_REQUIRED', params: {} } };
    const parsed = schema.safeParse(request.payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // The issue travels as data (code and bounds), so the UI words it in the user's language, not zod's English.
      return { ok: false, error: boundedAppError({ code: 'INVALID_PAYLOAD', field: issue?.path.join('.') ?? '', params: validationIssueParams(issue) }) };
    }
    try {
      const { locale, timezone } = request.context;
      const data = await handler(parsed.data as ResolverPayload<K>, { accountId, locale, timeZone: typeof timezone === 'string' ? timezone : undefined });
      return { ok: true, data };
    } catch (error) {
      // A product's or the storage's refusal that no service put into words (a rate limit, say) still gets its code.
      const failure = error instanceof AppFailure ? error : asAppFailure(error, {});
      if (failure instanceof AppFailure) return { ok: false, error: failure.appError };
      throw error;
    }
  };
}
