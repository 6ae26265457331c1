/** J9 `GET /rest/api/3/field`: the system fields the app reads plus the site's custom fields (incl. Start date). */
import type { Hono } from 'hono';
import type { JiraContext } from '../context';
import { allFields } from '../field-catalog';
import { type JiraEnv, jsonResponse } from '../http';

export function registerFieldRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/field', () =>
    jsonResponse(
      allFields(ctx.site).map((field) => ({
        id: field.id,
        key: field.id,
        name: field.name,
        ...(field.custom ? { untranslatedName: field.name } : {}),
        custom: field.custom,
        orderable: !['status', 'created', 'updated', 'issuelinks'].includes(field.id),
        navigable: field.navigable,
        searchable: true,
        clauseNames: field.clauseNames,
        schema: field.schema,
      })),
    ),
  );
}
