/**
 * J4 `POST /jql/match` (per-query errors, never a 400 for a bad query; matched against the search index) and J5 `POST /jql/parse`
 * (always 200; `validation=strict|warn|none` decides whether site checks become errors or warnings).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { canBrowse } from '../access';
import type { JiraContext } from '../context';
import { badRequest } from '../errors';
import { type JiraEnv, jsonResponse, readJsonBody } from '../http';
import { JqlError, parseJql } from '../jql';
import { compileQuery } from '../jql/compile';
import { jqlStructure } from '../jql/structure';
import { scopeOf } from './search';

const MAX_MATCH_IDS = 1000;
const MAX_MATCH_QUERIES = 1000;

const MatchBody = z.object({ issueIds: z.array(z.number().int()), jqls: z.array(z.string()) });
const ParseBody = z.object({ queries: z.array(z.string()).min(1) });

const messageOf = (error: unknown): string => {
  if (error instanceof JqlError) return error.message;
  throw error;
};

export function registerJqlRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.post('/rest/api/3/jql/match', async (c) => {
    const body = await readJsonBody(c, MatchBody);
    if (body.issueIds.length > MAX_MATCH_IDS) throw badRequest(`The number of issue IDs exceeds the limit of ${MAX_MATCH_IDS}.`);
    if (body.jqls.length > MAX_MATCH_QUERIES) throw badRequest(`The number of JQL queries exceeds the limit of ${MAX_MATCH_QUERIES}.`);
    const scope = scopeOf(ctx, c);
    // Matching reads the search index, as search does: a recent write may not be there yet (../search-index.ts).
    const indexed = new Map(ctx.searchIndex.view().site.issues.map((issue) => [issue.id, issue]));
    const candidates = body.issueIds
      .map((id) => indexed.get(String(id)))
      .filter((issue) => issue !== undefined && canBrowse(ctx.site, scope.actor, issue.projectKey));
    const matches = body.jqls.map((jql) => {
      try {
        const compiled = compileQuery(parseJql(jql), scope);
        return { matchedIssues: candidates.filter((issue) => issue && compiled.matches(issue)).map((issue) => Number(issue?.id)), errors: [] };
      } catch (error) {
        return { matchedIssues: [], errors: [messageOf(error)] };
      }
    });
    return jsonResponse({ matches });
  });

  app.post('/rest/api/3/jql/parse', async (c) => {
    const validation = c.req.query('validation') ?? 'strict';
    if (!['strict', 'warn', 'none'].includes(validation)) throw badRequest(`The value '${validation}' is not valid for the validation parameter.`);
    const body = await readJsonBody(c, ParseBody);
    const scope = scopeOf(ctx, c);
    const queries = body.queries.map((query) => {
      let parsed;
      try {
        parsed = parseJql(query);
      } catch (error) {
        return { query, errors: [messageOf(error)] };
      }
      const structure = jqlStructure(parsed);
      if (validation === 'none') return { query, structure };
      try {
        compileQuery(parsed, scope);
        return { query, structure };
      } catch (error) {
        const message = messageOf(error);
        return validation === 'warn' ? { query, structure, warnings: [message] } : { query, errors: [message] };
      }
    });
    return jsonResponse({ queries });
  });
}
