/**
 * The app's Forge macros on wiki pages: each one stored in a page (storage format, `ac:adf-extension`) is shown as
 * the app's Custom UI frame with the context a macro gets; a user who may edit the page inserts one through the
 * macro's configuration view, or changes a placed one's configuration, and the shell saves the page through the
 * Confluence emulator as that user (version + 1, storage format validated there like any other write).
 */
import { randomUUID } from 'node:crypto';
import type { UiModuleDeclaration } from '../../host';
import { forgeMacroStorage, readForgeMacro, type ForgeMacroInstance } from '../../confluence/adf-extension';
import { parseStorage } from '../../confluence/render-tree';
import type { LocalSite } from '../../site/create-local-site';
import type { ConfluencePage, ConfluenceSpace } from '../../site/confluence-schema';
import { FRAME_SANDBOX } from '../csp';
import { escapeHtml, query } from '../html';

/** `<app id>/<environment id>/static/<macro key>`: how Confluence names a Forge macro of this installation. */
export const extensionKeyOf = (local: LocalSite, macroKey: string) => `${local.host.settings.appId}/${local.host.settings.environmentId}/static/${macroKey}`;

export const macroModules = (local: LocalSite): UiModuleDeclaration[] => local.app.uiModules.filter((m) => m.type === 'macro' && m.resource);

/** The manifest's macro a stored extension names, when it is this app's (another app's macro shows its fallback). */
export function moduleOfMacro(local: LocalSite, macro: ForgeMacroInstance): UiModuleDeclaration | undefined {
  return macroModules(local).find((m) => extensionKeyOf(local, m.key) === macro.extensionKey);
}

/** The macros of this app stored in a page body, in page order. */
export function macrosIn(local: LocalSite, body: string): ForgeMacroInstance[] {
  const parsed = parseStorage(body);
  if (!parsed.ok) return [];
  const found: ForgeMacroInstance[] = [];
  const walk = (nodes: typeof parsed.nodes) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@') ?? '';
      if (name === 'ac:adf-extension') {
        const macro = readForgeMacro(node);
        if (macro && moduleOfMacro(local, macro)) found.push(macro);
      } else if (Array.isArray(node[name])) walk(node[name] as typeof parsed.nodes);
    }
  };
  walk(parsed.nodes);
  return found;
}

const editPath = (space: ConfluenceSpace, page: ConfluencePage, moduleKey: string, localId?: string) =>
  `/wiki/spaces/${encodeURIComponent(space.key)}/pages/${encodeURIComponent(page.id)}/macro${query({ module: moduleKey, localId })}`;

/** The frame of one placed macro, and a link to change its configuration. */
export function macroFrame(local: LocalSite, space: ConfluenceSpace, page: ConfluencePage, macro: ForgeMacroInstance, titles: Record<string, string>): string | undefined {
  const module = moduleOfMacro(local, macro);
  if (!module?.resource) return undefined;
  const title = titles[module.key] ?? macro.title;
  const src = `/resources/${encodeURIComponent(module.resource)}/${query({ moduleKey: module.key, localId: macro.localId, contentId: page.id, spaceKey: space.key })}`;
  return `<div class="forge-macro" data-macro-key="${escapeHtml(module.key)}"><iframe class="app-frame" src="${escapeHtml(src)}" title="${escapeHtml(title)}" sandbox="${FRAME_SANDBOX}"></iframe>`
    + `<p class="muted"><a href="${escapeHtml(editPath(space, page, module.key, macro.localId))}">Edit ${escapeHtml(title)}</a></p></div>`;
}

export { editPath as macroEditPath };

/** The configuration a submit may carry: Forge parameter names, and values Forge hands the app as strings. */
export function parseSubmittedConfig(text: unknown): Record<string, string> | string {
  if (typeof text !== 'string') return 'The configuration view submitted nothing.';
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return 'The configuration view submitted something that is not JSON.';
  }
  const config = (payload as { config?: unknown } | null)?.config;
  if (!config || typeof config !== 'object' || Array.isArray(config)) return 'view.submit needs { config: { … } } from a macro configuration view.';
  const result = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(config)) {
    if (!/^[a-zA-Z][a-zA-Z0-9_-]*$/.test(key)) return `The configuration key "${key}" is not a macro parameter name (a letter, then letters, digits, _ or -).`;
    if (typeof value !== 'string') return `The configuration value of "${key}" is a ${typeof value}: macro configuration values are strings.`;
    result[key] = value;
  }
  return result;
}

/** The page body with the macro inserted at the end, or with the placed one (by local id) configured anew. */
export function bodyWithMacro(local: LocalSite, body: string, module: UiModuleDeclaration, title: string, config: Record<string, string>, localId: string | undefined): string | undefined {
  const element = (id: string) => forgeMacroStorage({ extensionKey: extensionKeyOf(local, module.key), localId: id, title, environmentType: local.host.settings.environmentType, config });
  if (localId === undefined) return `${body}${element(randomUUID())}`;
  let replaced = false;
  const next = body.replace(/<ac:adf-extension>[\s\S]*?<\/ac:adf-extension>/g, (stored) => {
    const parsed = parseStorage(stored);
    const macro = parsed.ok && parsed.nodes[0] ? readForgeMacro(parsed.nodes[0]) : undefined;
    if (replaced || macro?.localId !== localId) return stored;
    replaced = true;
    return element(localId);
  });
  return replaced ? next : undefined;
}
