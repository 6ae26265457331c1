/**
 * J1/J2 enhanced search (`/search/jql`, token paging, no total), J3 approximate count, J24 the removed
 * legacy search (410). POST reads only the body and rejects unknown or mistyped members.
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

const DEFAULT_MAX_RESULTS = 50;
const MAX_RESULTS_LIMIT = 5000;
/** Jira returns smaller pages for heavy payloads; the exact cap is unpublished (rest doc §2.1 ⚠). */
const HEAVY_PAGE_CAP = 100;
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
  const scope = scopeOf(ctx, c);
  const compiled = compileOr400(params.jql, scope, true);
  const jql = params.jql ?? '';
  const after = params.nextPageToken ? ctx.tokens.decode(params.nextPageToken, jql, scope.now) : undefined;
  const fields = params.fields ? selectFields(ctx.site, params.fields, []) : undefined;
  const properties = parsePropertySelection(params.properties, 5);
  const heavy = (params.fields ?? []).includes('*all') || (fields?.length ?? 0) > 10;
  const pageSize = heavy ? Math.min(params.maxResults, HEAVY_PAGE_CAP) : params.maxResults;

  const remaining = runJql(compiled, scope).filter((issue) => !after || compiled.compareKeys(compiled.sortKey(issue), after) > 0);
  const page = remaining.slice(0, pageSize);
  const view = { base: siteBase(c), site: ctx.site, actor: scope.actor };
  const issues = page.map((issue) => issueBean(view, issue, { fields, properties, expand: params.expand }));
  const last = page[page.length - 1];
  const isLast = remaining.length <= pageSize || !last;
  return jsonResponse({
    issues,
    ...(isLast || !last ? {} : { nextPageToken: ctx.tokens.encode(jql, compiled.sortKey(last), scope.now) }),
    isLast,
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
    return jsonResponse({ count: runJql(compileOr400(body.jql, scope, true), scope).length });
  });

  const gone = () => {
    throw new JiraError(410, [LEGACY_SEARCH_GONE]);
  };
  app.get('/rest/api/3/search', gone);
  app.post('/rest/api/3/search', gone);
  app.post('/rest/api/3/search/id', gone);
  app.post('/rest/api/3/expression/eval', gone);
}
