/**
 * What an issue search URL says: the JQL, the saved filter it came from (`?filter=`, as Jira's own search URLs name
 * it; the local site keeps no filters, so the id is taken as given) and the issues the user ticked (`?selected=`, once
 * per issue). Anything malformed is dropped, never echoed into a page or a frame's context.
 */
import { z } from 'zod';

export interface SearchState {
  jql: string;
  filterId?: string;
  /** issue keys in the order ticked, each once */
  selected: string[];
}

export const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;
/** Saved filters have numeric ids; Jira's built-in ones are negative. */
export const FILTER_ID = /^-?\d{1,18}$/;
/** A page shows at most 100 issues; a few pages' worth of ticks is the most a URL carries. */
export const MAX_SELECTED = 1000;

const issueKeys = z.array(z.string()).transform((keys) => [...new Set(keys.filter((key) => ISSUE_KEY.test(key)))].slice(0, MAX_SELECTED));

export function searchStateOf(input: { jql?: string; filter?: string; selected?: string[] }): SearchState {
  const filterId = input.filter !== undefined && FILTER_ID.test(input.filter) ? input.filter : undefined;
  return { jql: input.jql ?? '', ...(filterId ? { filterId } : {}), selected: issueKeys.parse(input.selected ?? []) };
}

/** Issue keys from a comma-separated frame parameter, valid ones only. */
export function issueKeysOf(text: string | undefined): string[] {
  return issueKeys.parse(text ? text.split(',') : []);
}

/** The search's URL: JQL and filter, the ticked issues when asked (to keep them ticked), and an open action. */
export function searchPath(state: SearchState, options: { selection?: boolean; action?: string } = {}): string {
  const params = new URLSearchParams();
  if (state.jql) params.set('jql', state.jql);
  if (state.filterId) params.set('filter', state.filterId);
  if (options.selection) for (const key of state.selected) params.append('selected', key);
  if (options.action) params.set('action', options.action);
  const text = params.toString();
  return `/jira/issues${text ? `?${text}` : ''}`;
}
