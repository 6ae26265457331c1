import type { z } from 'zod';
import { RESOLVERS, type ResolverData, type ResolverKey, type ResolverPayload } from '../contract/resolver-keys';
import type { ResolverResult } from '../contract/errors';
import { AppFailure } from '../services/errors';

export interface CallerContext {
  accountId: string | undefined;
  locale: string | undefined;
}

type Handler<K extends ResolverKey> = (payload: ResolverPayload<K>, caller: CallerContext) => Promise<ResolverData<K>>;

/**
 * Wraps a handler as a Forge resolver callback: parses the payload with the contract's schema (a bad one is
 * answered with the field it is about), and turns expected failures into coded errors. Unexpected errors
 * are rethrown so Forge records the invocation as failed.
 */
export function defineHandler<K extends ResolverKey>(key: K, handler: Handler<K>) {
  const schema: z.ZodType = RESOLVERS[key].payload;
  return async (request: { payload: unknown; context: { accountId?: string; locale?: string } }): Promise<ResolverResult<ResolverData<K>>> => {
    const parsed = schema.safeParse(request.payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: { code: 'INVALID_PAYLOAD', field: issue?.path.join('.') ?? '', params: { message: issue?.message ?? 'invalid' } } };
    }
    try {
      const data = await handler(parsed.data as ResolverPayload<K>, { accountId: request.context.accountId, locale: request.context.locale });
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.appError };
      throw error;
    }
  };
}
