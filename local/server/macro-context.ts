/**
 * What a Forge macro's frame gets in `extension` (forge-platform.md §1.3): the page and space it sits on, whether the
 * page is being edited, its configuration from the page's storage (values are strings; none before the first save),
 * and, in the configuration view, `macro.isConfiguring` (and `isInserting` while it is being inserted).
 */
import type { LocalSite } from '../site/create-local-site';
import type { SiteUser } from '../site/schema';
import { macrosIn } from './shell/wiki-macro';
import { visiblePage } from './shell/wiki';

export interface MacroFrameParams {
  localId?: string;
  contentId?: string;
  spaceKey?: string;
  /** `insert` or `edit` in the configuration view; absent where the macro is shown on its page. */
  macroMode?: string;
}

export function macroExtension(local: LocalSite, user: SiteUser | undefined, params: MacroFrameParams): Record<string, unknown> {
  const found = params.contentId && params.spaceKey ? visiblePage(local, user, params.spaceKey, params.contentId) : undefined;
  if (!found) return {};
  const { space, page } = found;
  const placed = params.macroMode === 'insert' ? undefined : macrosIn(local, page.body).find((macro) => macro.localId === params.localId);
  const configuring = params.macroMode === 'insert' || params.macroMode === 'edit';
  return {
    content: { id: page.id, type: 'page', subtype: null },
    space: { id: space.id, key: space.key },
    isEditing: configuring,
    location: `${local.host.settings.siteUrl}/wiki/spaces/${encodeURIComponent(space.key)}/pages/${encodeURIComponent(page.id)}`,
    ...(placed ? { config: { ...placed.config } } : {}),
    ...(configuring ? { macro: { isConfiguring: true, isInserting: params.macroMode === 'insert' } } : {}),
  };
}
