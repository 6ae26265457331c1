/** IssueBean as search, bulkfetch and GET issue return it: `{expand,id,self,key,fields?,properties?,names?,schema?}`. */
import type { SiteIssue } from '../site/schema';
import { badRequest } from './errors';
import type { FieldDefinition, RenderView } from './field-catalog';
import { hasIssueProperty, propertyRecord } from './issue-properties';

export const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

export interface BeanOptions {
  /** undefined = no `fields` object at all (search without `fields`) */
  fields: FieldDefinition[] | undefined;
  /** property keys to embed; undefined = no `properties` object */
  properties: PropertySelection | undefined;
  expand: string[];
}

export type PropertySelection = { all: boolean; include: string[]; exclude: string[] };

/** `properties` parameter: keys, `*all`, `-key`. Search and bulkfetch allow at most 5 keys. */
export function parsePropertySelection(tokens: string[] | undefined, maxKeys?: number): PropertySelection | undefined {
  if (!tokens || tokens.length === 0) return undefined;
  const include = tokens.filter((token) => token !== '*all' && !token.startsWith('-'));
  if (maxKeys !== undefined && include.length > maxKeys) {
    throw badRequest(`The number of properties to return exceeds the limit of ${maxKeys}.`);
  }
  return { all: tokens.includes('*all'), include, exclude: tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)) };
}

export function issueBean(view: RenderView, issue: SiteIssue, options: BeanOptions): Record<string, unknown> {
  const bean: Record<string, unknown> = { expand: ISSUE_EXPAND, id: issue.id, self: `${view.base}/rest/api/3/issue/${issue.id}`, key: issue.key };
  if (options.fields && options.fields.length > 0) {
    const fields: Record<string, unknown> = {};
    for (const field of options.fields) {
      const value = field.render(view, issue);
      if (value !== undefined) fields[field.id] = value;
    }
    bean.fields = fields;
    if (options.expand.includes('names')) bean.names = Object.fromEntries(options.fields.map((f) => [f.id, f.name]));
    if (options.expand.includes('schema')) bean.schema = Object.fromEntries(options.fields.map((f) => [f.id, f.schema]));
  }
  if (options.properties) bean.properties = embeddedProperties(issue, options.properties);
  return bean;
}

function embeddedProperties(issue: SiteIssue, selection: PropertySelection): Record<string, unknown> {
  const keys = selection.all ? Object.keys(issue.properties) : selection.include;
  return propertyRecord(keys.filter((key) => !selection.exclude.includes(key) && hasIssueProperty(issue, key)).map((key) => [key, issue.properties[key]] as const));
}
