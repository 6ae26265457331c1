/**
 * J1/J2 enhanced search (`/search/jql`, token paging, no total, pages of 100 unless only id/key are asked for, see
 * ../search-page.ts), J3 approximate count, J24 the removed legacy search (410). POST reads only the body and rejects
 * unknown or mistyped members. Both searches read the search index (../search-index.ts), which may trail the site.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { JiraContext } from '../context';
import { badRequest, invalidPayload, JiraError } from '../errors';
import { selectFields } from '../field-catalog';
import { type JiraEnv, type JiraHonoContext, actorOf, jsonResponse, queryList, readJsonBody, siteBase } from '../http';
import { issueBean, parsePropertySelection } from '../issue-bean';
import { type CompiledJql, type JqlScope, JqlError, compileJql, runJql } from '../jql';
import { invalidToken } from '../page-token';
import { MAX_RESULTS_LIMIT, pageSizeFor, searchPage } from '../search-page';

const DEFAULT_MAX_RESULTS = 50;
const MAX_RECONCILE_IDS = 50;

export const UNBOUNDED_JQL = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
const LEGACY_SEARCH_GONE =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

interface SearchParams {
  jql: string | undefined;
  nextPageToken: string | undefined;
  maxResults: number;
  fields: string[] | undefined;
  expand: string[];
  properties: string[] | undefined;
  reconcileIssues: number[] | undefined;
}

const SearchBody = z
  .object({
    jql: z.string().optional(),
    nextPageToken: z.string().nullable().optional(),
    maxResults: z.number().int().optional(),
    fields: z.array(z.string()).optional(),
    expand: z.string().optional(),
    properties: z.array(z.string()).optional(),
    fieldsByKeys: z.boolean().optional(),
    reconcileIssues: z.array(z.number().int()).optional(),
  })
  .strict();

export function scopeOf(ctx: JiraContext, c: JiraHonoContext): JqlScope {
  return { site: ctx.site, actor: actorOf(c), propertyIndex: ctx.propertyIndex, now: ctx.now() };
}

/** Compiles JQL for a 400-on-error endpoint; `requireBounded` adds the search/jql rule. */
export function compileOr400(jql: string | undefined, scope: JqlScope, requireBounded: boolean): CompiledJql {
  let compiled: CompiledJql;
  try {
    compiled = compileJql(jql ?? '', scope);
  } catch (error) {
    if (error instanceof JqlError) throw badRequest(error.message);
    throw error;
  }
  if (requireBounded && !compiled.bounded) throw badRequest(UNBOUNDED_JQL);
  return compiled;
}

function search(ctx: JiraContext, c: JiraHonoContext, params: SearchParams): Response {
  if (params.maxResults < 1 || params.maxResults > MAX_RESULTS_LIMIT) throw badRequest('The max results parameter has to be between 1 and 5,000.');
  if (params.reconcileIssues && params.reconcileIssues.length > MAX_RECONCILE_IDS) {
    throw badRequest(`The number of issues to reconcile exceeds the limit of ${MAX_RECONCILE_IDS}.`);
  }
  // The query is checked against the site as it is (a value or key that exists is valid), but matched against the index.
  const scope = scopeOf(ctx, c);
  const compiled = compileOr400(params.jql, scope, true);
  const jql = params.jql ?? '';
  const after = params.nextPageToken ? ctx.tokens.decode(params.nextPageToken, jql, scope.now) : undefined;
  const fields = params.fields ? selectFields(ctx.site, params.fields, []) : undefined;
  const properties = parsePropertySelection(params.properties, 5);

  const indexed = ctx.searchIndex.view(params.reconcileIssues);
  const page = searchPage(indexed.site, scope.actor, compiled, after, pageSizeFor(params));
  // names and schema describe the answer's fields once, at its top level, not on every issue
  const expand = params.expand.filter((name) => name !== 'names' && name !== 'schema');
  const issues = page.issues.map((issue) =>
    issueBean({ base: siteBase(c), site: indexed.siteFor(issue), actor: scope.actor }, issue, { fields, properties, expand }),
  );
  return jsonResponse({
    issues,
    ...(params.expand.includes('names') ? { names: Object.fromEntries((fields ?? []).map((field) => [field.id, field.name])) } : {}),
    ...(params.expand.includes('schema') ? { schema: Object.fromEntries((fields ?? []).map((field) => [field.id, field.schema])) } : {}),
    ...(page.continueAfter ? { nextPageToken: ctx.tokens.encode(jql, page.continueAfter, scope.now) } : {}),
    isLast: page.continueAfter === undefined,
  });
}

function integerParam(value: string | undefined, fallback: number, message: string): number {
  if (value === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(value.trim())) throw badRequest(message);
  return Number(value);
}

export function registerSearchRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/search/jql', (c) => {
    const tokens = c.req.queries('nextPageToken') ?? [];
    if (tokens.length > 1) throw invalidToken();
    const reconcile = queryList(c, 'reconcileIssues');
    if (reconcile?.some((id) => !/^[0-9]+$/.test(id))) throw invalidPayload();
    return search(ctx, c, {
      jql: c.req.query('jql'),
      nextPageToken: tokens[0] || undefined,
      maxResults: integerParam(c.req.query('maxResults'), DEFAULT_MAX_RESULTS, 'The max results parameter has to be between 1 and 5,000.'),
      fields: queryList(c, 'fields'),
      expand: queryList(c, 'expand') ?? [],
      properties: queryList(c, 'properties'),
      reconcileIssues: reconcile?.map(Number),
    });
  });

  app.post('/rest/api/3/search/jql', async (c) => {
    const body = await readJsonBody(c, SearchBody);
    return search(ctx, c, {
      jql: body.jql,
      nextPageToken: body.nextPageToken ?? undefined,
      maxResults: body.maxResults ?? DEFAULT_MAX_RESULTS,
      fields: body.fields,
      expand: (body.expand ?? '').split(',').map((e) => e.trim()).filter(Boolean),
      properties: body.properties,
      reconcileIssues: body.reconcileIssues,
    });
  });

  app.post('/rest/api/3/search/approximate-count', async (c) => {
    const body = await readJsonBody(c, z.object({ jql: z.string() }));
    const scope = scopeOf(ctx, c);
    const compiled = compileOr400(body.jql, scope, true);
    return jsonResponse({ count: runJql(compiled, { ...scope, site: ctx.searchIndex.view().site }).length });
  });

  const gone = () => {
    throw new JiraError(410, [LEGACY_SEARCH_GONE]);
  };
  app.get('/rest/api/3/search', gone);
  app.post('/rest/api/3/search', gone);
  app.post('/rest/api/3/search/id', gone);
  app.post('/rest/api/3/expression/eval', gone);
}
