/**
 * Confluence macros and links as plain HTML: status lozenges, info/note/warning/tip panels, expand,
 * code, the Jira issue macro, the chart macro (bar charts; other types show their data table), and
 * `ac:link` to pages and users. Unknown macros become a labelled box, as Confluence shows a placeholder
 * for macros it cannot render.
 */
import type { RenderContext } from './render';
import { escapeHtml, safeHref } from './render-escape';
import { type XmlNode, attributesOf, childrenOf, findChild, nameOf, textContent } from './render-tree';

const STATUS_COLOURS = ['grey', 'red', 'yellow', 'green', 'blue'] as const;
const PANELS = new Set(['info', 'note', 'warning', 'tip']);
const JIRA_KEY = /^[A-Z][A-Z0-9_]+-[0-9]+$/;

export function renderMacro(node: XmlNode, context: RenderContext): string {
  const name = (attributesOf(node)['ac:name'] ?? '').toLowerCase();
  const children = childrenOf(node);
  const params = macroParameters(children);
  const richBody = findChild(children, 'ac:rich-text-body');
  const body = richBody ? context.renderNodes(childrenOf(richBody)) : '';
  if (name === 'status') return statusLozenge(params);
  if (PANELS.has(name)) {
    const title = params.title ? `<div class="panel-title">${escapeHtml(params.title)}</div>` : '';
    return `<div class="panel panel-${name}" role="note">${title}<div class="panel-body">${body}</div></div>`;
  }
  if (name === 'expand') {
    return `<details class="expand"><summary>${escapeHtml(params.title || 'Click here to expand...')}</summary><div class="expand-body">${body}</div></details>`;
  }
  if (name === 'code' || name === 'noformat') {
    const plain = findChild(children, 'ac:plain-text-body');
    const language = params.language ? ` data-language="${escapeHtml(params.language)}"` : '';
    return `<pre class="code-block"${language}><code>${escapeHtml(plain ? textContent(childrenOf(plain)) : '')}</code></pre>`;
  }
  if (name === 'jira') return jiraIssue(params, context);
  if (name === 'chart') return chart(params, richBody ? childrenOf(richBody) : [], body);
  return unknownMacro(name || 'unnamed', body);
}

const CHART_COLOURS = ['#22a06b', '#1d7afc', '#8590a2', '#e2b203', '#c9372c', '#6e5dc6'];

/** The rows of the first table in the macro body, each as its cells' text. */
function tableRows(nodes: XmlNode[]): string[][] {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'tr') return [childrenOf(node).filter((cell) => ['th', 'td'].includes(nameOf(cell))).map((cell) => textContent(childrenOf(cell)).trim())];
    if (name === 'table') return childrenOf(node).flatMap((child) => tableRows([child]));
    if (name === 'tbody' || name === 'thead') return childrenOf(node).flatMap((child) => tableRows([child]));
    const inner = name.startsWith('#') ? [] : tableRows(childrenOf(node));
    if (inner.length > 0) return inner;
  }
  return [];
}

/**
 * The chart macro as an accessible HTML bar chart: a figure with its title, a legend, one bar per category (stacked
 * or side by side) and every number written out beside its bar. `dataOrientation=vertical` reads one row per
 * category; Confluence's default reads one column per category. Types other than bar show their data table.
 */
function chart(params: Record<string, string>, bodyNodes: XmlNode[], bodyHtml: string): string {
  const title = params.title ?? '';
  if ((params.type ?? 'pie').toLowerCase() !== 'bar') return unknownMacro('chart', bodyHtml, `Chart (${params.type ?? 'pie'})${title ? `: ${title}` : ''}`);
  const [header = [], ...rest] = tableRows(bodyNodes);
  const byRow = (params.dataOrientation ?? '').toLowerCase() === 'vertical';
  const series = byRow ? header.slice(1) : rest.map((row) => row[0] ?? '');
  const categories = byRow
    ? rest.map((row) => ({ label: row[0] ?? '', values: row.slice(1).map(Number) }))
    : header.slice(1).map((label, column) => ({ label, values: rest.map((row) => Number(row[column + 1])) }));
  const stacked = params.stacked === 'true';
  const sum = (values: number[]) => values.reduce((total, value) => total + (Number.isFinite(value) ? Math.max(value, 0) : 0), 0);
  const scale = Math.max(1, ...categories.map((category) => (stacked ? sum(category.values) : Math.max(0, ...category.values.filter(Number.isFinite)))));
  const width = (value: number) => (Number.isFinite(value) ? Math.round((Math.max(value, 0) / scale) * 1000) / 10 : 0);
  const legend = series.map((name, index) => `<li><span class="chart-swatch" style="display:inline-block;width:10px;height:10px;margin-right:4px;background:${CHART_COLOURS[index % CHART_COLOURS.length]}"></span>${escapeHtml(name)}</li>`).join('');
  const rows = categories.map((category) => {
    const segments = category.values.map((value, index) => `<span style="display:${stacked ? 'inline-block' : 'block'};height:${stacked ? 16 : 8}px;width:${width(value)}%;background:${CHART_COLOURS[index % CHART_COLOURS.length]}"></span>`).join('');
    const numbers = category.values.map((value, index) => `${escapeHtml(series[index] ?? '')} ${Number.isFinite(value) ? value : '–'}`).join(' · ');
    return `<li class="chart-row"><span class="chart-label">${escapeHtml(category.label)}</span><span class="chart-bar" aria-hidden="true" style="display:block;white-space:nowrap;background:#f1f2f4">${segments}</span><span class="chart-values">${numbers}</span></li>`;
  }).join('');
  return `<figure class="chart chart-bar" aria-label="${escapeHtml(title || 'Chart')}"><figcaption>${escapeHtml(title)}</figcaption><ul class="chart-legend" aria-hidden="true" style="list-style:none;display:flex;gap:12px;padding:0">${legend}</ul><ul class="chart-rows" style="list-style:none;padding:0">${rows}</ul></figure>`;
}

function macroParameters(children: XmlNode[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const child of children) {
    if (nameOf(child) !== 'ac:parameter') continue;
    const key = attributesOf(child)['ac:name'] ?? '';
    params[key] = textContent(childrenOf(child));
  }
  return params;
}

function statusLozenge(params: Record<string, string>): string {
  const requested = (params.colour ?? params.color ?? 'grey').toLowerCase();
  const colour = (STATUS_COLOURS as readonly string[]).includes(requested) ? requested : 'grey';
  const title = params.title?.trim() || colour.charAt(0).toUpperCase() + colour.slice(1);
  const subtle = params.subtle === 'true' ? ' status-subtle' : '';
  return `<span class="status-lozenge status-${colour}${subtle}">${escapeHtml(title)}</span>`;
}

function jiraIssue(params: Record<string, string>, context: RenderContext): string {
  const key = (params.key ?? '').trim();
  if (JIRA_KEY.test(key)) {
    const href = safeHref(context.options.jiraIssueUrl?.(key) ?? `/browse/${encodeURIComponent(key)}`);
    const text = escapeHtml(key);
    return href === undefined ? `<span class="jira-issue">${text}</span>` : `<a class="jira-issue" href="${escapeHtml(href)}">${text}</a>`;
  }
  if (params.jqlQuery) return unknownMacro('jira', `<code>${escapeHtml(params.jqlQuery)}</code>`, 'Jira issues');
  return unknownMacro('jira', escapeHtml(key), 'Jira issue');
}

function unknownMacro(name: string, body: string, label = `Macro: ${name}`): string {
  return `<div class="macro macro-unknown" data-macro-name="${escapeHtml(name)}"><div class="macro-label">${escapeHtml(label)}</div>${body}</div>`;
}

/** `ac:link` to a page, a user or a URL; the link body (rich or plain) wins over the target's name. */
export function renderLink(node: XmlNode, context: RenderContext): string {
  const children = childrenOf(node);
  const richBody = findChild(children, 'ac:link-body');
  const plainBody = findChild(children, 'ac:plain-text-link-body');
  const bodyHtml = richBody ? context.renderNodes(childrenOf(richBody)) : plainBody ? escapeHtml(textContent(childrenOf(plainBody))) : '';
  const page = findChild(children, 'ri:page');
  if (page) {
    const title = attributesOf(page)['ri:content-title'] ?? '';
    const spaceKey = attributesOf(page)['ri:space-key'];
    const href = safeHref(context.options.pageUrl?.({ title, ...(spaceKey ? { spaceKey } : {}) }) ?? '');
    const inner = bodyHtml || escapeHtml(title);
    return href ? `<a class="page-link" href="${escapeHtml(href)}">${inner}</a>` : `<span class="page-link">${inner}</span>`;
  }
  const user = findChild(children, 'ri:user');
  if (user) {
    const accountId = attributesOf(user)['ri:account-id'] ?? attributesOf(user)['ri:userkey'] ?? '';
    const name = context.options.userName?.(accountId) ?? accountId;
    return `<span class="user-mention" data-account-id="${escapeHtml(accountId)}">${bodyHtml || `@${escapeHtml(name)}`}</span>`;
  }
  const url = findChild(children, 'ri:url');
  const href = url ? safeHref(attributesOf(url)['ri:value'] ?? '') : undefined;
  if (href) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${bodyHtml || escapeHtml(href)}</a>`;
  return `<span class="link">${bodyHtml}</span>`;
}
