/**
 * Confluence macros and links as plain HTML: status lozenges, info/note/warning/tip panels, expand,
 * code, the Jira issue macro, and `ac:link` to pages and users. Unknown macros become a labelled box,
 * as Confluence shows a placeholder for macros it cannot render.
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
  return unknownMacro(name || 'unnamed', body);
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
