import { route } from '@forge/api';
import { z } from 'zod';
import { PlatformError } from './platform-error';
import { requestProduct, type Principal } from './product-client';

const ParsedQuerySchema = z.object({
  query: z.string(),
  errors: z.array(z.string()).optional(),
  warnings: z.array(z.string()).optional(),
});
const ParsedQueriesSchema = z.object({ queries: z.array(ParsedQuerySchema) });

/** Jira's verdict on one query: its own error messages, empty when the query is valid. */
export interface JqlVerdict {
  query: string;
  errors: string[];
}

/**
 * Validates queries with `POST /jql/parse?validation=strict` in one request (atlassian-rest.md §7.7). Jira answers
 * 200 even for bad queries, with `errors` per query, in the order asked. Validation runs as `principal`, so a
 * project the caller cannot see is "does not exist". The call only reads, so it is safe to retry.
 */
export async function parseJqlQueries(principal: Principal, queries: readonly string[]): Promise<JqlVerdict[]> {
  if (queries.length === 0) return [];
  const body = await requestProduct('jira', principal, route`/rest/api/3/jql/parse?validation=strict`, ParsedQueriesSchema, {
    method: 'POST',
    body: { queries },
    idempotent: true,
  });
  if (body.queries.length !== queries.length) {
    throw new PlatformError('unexpected-response', 200, `jql/parse answered ${body.queries.length} verdicts for ${queries.length} queries`, 'jira');
  }
  return body.queries.map((parsed) => ({ query: parsed.query, errors: parsed.errors ?? [] }));
}
