/**
 * Turns a page's storage XHTML into safe HTML for the local site shell. Only whitelisted elements
 * and attributes survive, every text and attribute value is escaped, links are limited to
 * http(s)/mailto/relative targets, and Confluence macros/links become plain HTML (render-macros.ts).
 */
import { fallbackOf, readForgeMacro, type ForgeMacroInstance } from './adf-extension';
import { escapeHtml, safeHref } from './render-escape';
import { renderLink, renderMacro } from './render-macros';
import { type XmlNode, attributesOf, childrenOf, nameOf, parseStorage, textContent, textOfTextNode } from './render-tree';

export { escapeHtml, safeHref } from './render-escape';

export interface RenderOptions {
  /** Where a Jira issue key links to; default `/browse/{key}`. */
  jiraIssueUrl?: (key: string) => string;
  /** Where a link to another Confluence page points; no link when undefined. */
  pageUrl?: (target: { title: string; spaceKey?: string }) => string | undefined;
  /** The display name for a mentioned account. */
  userName?: (accountId: string) => string | undefined;
  /**
   * The emulated site's own address (`https://local-site.atlassian.net`): links to it open in the local shell (made
   * relative), as on a real site they open on that site.
   */
  siteUrl?: string;
  /** HTML for a Forge app's macro (the app's frame); undefined shows the extension's fallback, as Confluence does. */
  forgeMacro?: (macro: ForgeMacroInstance) => string | undefined;
}

export interface RenderContext {
  options: RenderOptions;
  renderNodes(nodes: XmlNode[]): string;
}

/** Elements kept as they are, with the attributes each may carry. */
const KEPT_ELEMENTS: Record<string, readonly string[]> = {
  p: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start'], li: [],
  table: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'], caption: [], colgroup: [], col: ['span'],
  strong: [], b: [], em: [], i: [], u: [], s: [], del: [], ins: [], sub: [], sup: [], small: [], mark: [],
  code: [], pre: [], blockquote: [], span: [], div: [],
};
const VOID_ELEMENTS = new Set(['br', 'hr']);
/** Elements whose content must never reach the page. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base']);
const SAFE_NUMBER = /^[0-9]{1,4}$/;

export function renderStorageToHtml(storage: string, options: RenderOptions = {}): string {
  const parsed = parseStorage(storage);
  if (!parsed.ok) return `<div class="render-error">This page could not be rendered: ${escapeHtml(parsed.problem)}</div>`;
  const context: RenderContext = { options, renderNodes: (nodes) => nodes.map((node) => renderNode(node, context)).join('') };
  return context.renderNodes(parsed.nodes);
}

function renderNode(node: XmlNode, context: RenderContext): string {
  const name = nameOf(node);
  if (name === '#text') return escapeHtml(textOfTextNode(node));
  if (name === '#cdata') return escapeHtml(textContent(childrenOf(node)));
  if (name === '#comment' || DROPPED_ELEMENTS.has(name)) return '';
  if (name === 'ac:structured-macro' || name === 'ac:macro') return renderMacro(node, context);
  if (name === 'ac:link') return renderLink(node, context);
  if (name === 'ac:adf-extension') return renderExtension(node, context);
  if (name.startsWith('ac:') || name.startsWith('ri:')) return renderConfluenceElement(node, name, context);
  if (VOID_ELEMENTS.has(name)) return `<${name}>`;
  if (name === 'a') return renderAnchor(node, context);
  if (name === 'time') return `<time>${escapeHtml(attributesOf(node).datetime ?? textContent(childrenOf(node)))}</time>`;
  const allowed = KEPT_ELEMENTS[name];
  const inner = context.renderNodes(childrenOf(node));
  if (!allowed) return inner; // unknown HTML: keep the text, lose the element
  const attributes = attributesOf(node);
  const kept = allowed
    .filter((attribute) => attributes[attribute] !== undefined && SAFE_NUMBER.test(attributes[attribute] ?? ''))
    .map((attribute) => ` ${attribute}="${escapeHtml(attributes[attribute] ?? '')}"`)
    .join('');
  return `<${name}${kept}>${inner}</${name}>`;
}

function renderExtension(node: XmlNode, context: RenderContext): string {
  const macro = readForgeMacro(node);
  return (macro && context.options.forgeMacro?.(macro)) ?? context.renderNodes(fallbackOf(node));
}

function renderAnchor(node: XmlNode, context: RenderContext): string {
  const href = onThisSite(safeHref(attributesOf(node).href ?? ''), context.options.siteUrl);
  const inner = context.renderNodes(childrenOf(node));
  return href === undefined ? `<span class="link-removed">${inner}</span>` : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`;
}

/** Other Confluence elements: images and emoticons get a textual stand-in, task lists become lists. */
function renderConfluenceElement(node: XmlNode, name: string, context: RenderContext): string {
  const children = childrenOf(node);
  switch (name) {
    case 'ac:image': {
      const attachment = children.find((child) => nameOf(child) === 'ri:attachment');
      const label = attachment ? attributesOf(attachment)['ri:filename'] : attributesOf(node)['ac:alt'];
      return `<span class="image-placeholder">[image${label ? `: ${escapeHtml(label)}` : ''}]</span>`;
    }
    case 'ac:emoticon':
      return escapeHtml(attributesOf(node)['ac:emoji-fallback'] ?? `:${attributesOf(node)['ac:name'] ?? 'emoticon'}:`);
    case 'ac:task-list':
      return `<ul class="task-list">${context.renderNodes(children)}</ul>`;
    case 'ac:task': {
      const done = textContent(children.filter((child) => nameOf(child) === 'ac:task-status')).trim() === 'complete';
      const body = children.filter((child) => nameOf(child) === 'ac:task-body');
      return `<li class="task${done ? ' task-done' : ''}">${done ? '☑' : '☐'} ${context.renderNodes(body)}</li>`;
    }
    case 'ac:task-status':
    case 'ac:task-id':
    case 'ac:task-uuid':
    case 'ac:placeholder':
    case 'ac:parameter':
      return '';
    default:
      return context.renderNodes(children);
  }
}

function onThisSite(href: string | undefined, siteUrl: string | undefined): string | undefined {
  if (href === undefined || !siteUrl) return href;
  const base = siteUrl.replace(/\/+$/, '');
  return href.startsWith(`${base}/`) ? href.slice(base.length) : href;
}
