import type { DependencyStatus } from '../domain/dependencies/types';
import type { StatusCategory } from '../domain/programme';
import type { Health } from '../domain/strategy/roll-up-types';
import type { IssueRef } from './model';
import { element, fragment, p, type Content, type Markup } from './xml';

/** Confluence's building blocks (atlassian-rest.md §9), each from the element helpers: lozenges, panels, links, charts. */

export type LozengeColour = 'Grey' | 'Red' | 'Yellow' | 'Green' | 'Blue';

const parameter = (name: string, value: string) => element('ac:parameter', { 'ac:name': name }, value);

/** The `status` macro: British `colour`, and the lozenge's text as `title`. */
export function statusLozenge(colour: LozengeColour, title: string): Markup {
  return element('ac:structured-macro', { 'ac:name': 'status', 'ac:schema-version': 1 }, parameter('colour', colour), parameter('title', title));
}

export const HEALTH_COLOURS: Readonly<Record<Health, LozengeColour>> = { 'off-track': 'Red', 'at-risk': 'Yellow', 'on-track': 'Green', unknown: 'Grey' };
export const DEPENDENCY_COLOURS: Readonly<Record<DependencyStatus, LozengeColour>> = { conflict: 'Red', 'at-risk': 'Yellow', 'missing-dates': 'Grey', ok: 'Green', resolved: 'Green' };
export const CATEGORY_COLOURS: Readonly<Record<StatusCategory, LozengeColour>> = { new: 'Grey', indeterminate: 'Blue', done: 'Green' };

/** An `info`/`note`/`warning`/`tip` panel with an optional title. */
export function panel(kind: 'info' | 'note' | 'warning' | 'tip', title: string | null, ...body: Content[]): Markup {
  return element('ac:structured-macro', { 'ac:name': kind, 'ac:schema-version': 1 }, title === null ? null : parameter('title', title), element('ac:rich-text-body', {}, body));
}

/** A user mention: Confluence shows the person's current name and links their profile. */
export function userMention(accountId: string): Markup {
  return element('ac:link', {}, element('ri:user', { 'ri:account-id': accountId }));
}

/** A link to another page of the same space by its title. */
export function pageLink(title: string): Markup {
  return element('ac:link', {}, element('ri:page', { 'ri:content-title': title }));
}

/** Only http(s) targets become links; anything else (javascript:, data:) stays text. */
export function externalLink(href: string, text: Content): Markup {
  return /^https?:\/\/[^\s]+$/i.test(href) ? element('a', { href }, text) : fragment(text);
}

/**
 * An issue as a link to the site's issue page, followed by its summary. Not the Jira issue macro: a macro that
 * renders on a real site needs the application link's `serverId` (atlassian-rest.md §9), which an app cannot read
 * through Forge's REST scopes, and a key-only macro is not guaranteed to render. A plain link works everywhere.
 */
export function issueLink(siteUrl: string, issue: IssueRef): Markup {
  const key = externalLink(`${siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(issue.key)}`, issue.key);
  return issue.summary === '' ? key : fragment(key, ' ', issue.summary);
}

export interface ChartRow {
  label: string;
  values: number[];
}

/**
 * A stacked horizontal bar chart: Confluence Cloud's built-in `chart` macro, its data in the table of its rich-text
 * body (one row per bar, one column per series: `dataOrientation=vertical`). Chosen over an image attachment because
 * it needs no upload, no image rendering on our side and no attachment scope, stays text a screen reader and a search
 * can read, and changes with the page's hash like any other text. Where the macro cannot draw, its table still shows.
 */
export function stackedBarChart(title: string, categoryHeader: string, series: readonly string[], rows: readonly ChartRow[]): Markup | null {
  if (rows.length === 0) return null;
  const header = element('tr', {}, element('th', {}, p(categoryHeader)), series.map((name) => element('th', {}, p(name))));
  const body = rows.map((row) => element('tr', {}, element('th', {}, p(row.label)), row.values.map((value) => element('td', {}, p(String(value))))));
  return element(
    'ac:structured-macro',
    { 'ac:name': 'chart' },
    parameter('type', 'bar'),
    parameter('orientation', 'horizontal'),
    parameter('stacked', 'true'),
    parameter('dataOrientation', 'vertical'),
    parameter('title', title),
    parameter('width', '640'),
    parameter('height', String(Math.min(120 + rows.length * 36, 1200))),
    element('ac:rich-text-body', {}, element('table', {}, element('tbody', {}, header, body))),
  );
}
