import type { PublishingChoices, PublishingPageChoices, PublishingSettings } from '../../contract/publishing';
import { listSpacePages, listSpaces } from '../../platform/confluence-choices';
import type { AppStore } from '../../platform/app-store';
import { asConfluenceFailure } from './publishing-settings-check';
import { loadPublishingSettings } from './publishing-settings-store';

/** Pages offered to the parent picker at once: the admin types more of the title to narrow them. */
export const MAX_PAGE_CHOICES = 50;

/** `publishing/settings-get`: the stored settings (defaults before the first save) and the spaces the admin may see. */
export async function loadPublishingChoices(store: AppStore): Promise<{ settings: PublishingSettings; choices: PublishingChoices }> {
  try {
    const [settings, spaces] = await Promise.all([loadPublishingSettings(store), listSpaces('user')]);
    return { settings, choices: { spaces: spaces.map(({ id, key, name }) => ({ id, key, name })) } };
  } catch (error) {
    throw asConfluenceFailure(error);
  }
}

/**
 * `publishing/pages`: the pages of a space whose title contains the text (any case), as the admin sees them. The v2
 * API filters titles only exactly, so the space's pages are listed and filtered here.
 */
export async function findParentPages(spaceId: string, title: string): Promise<PublishingPageChoices> {
  const wanted = title.trim().toLocaleLowerCase();
  try {
    const pages = await listSpacePages('user', spaceId);
    const matching = pages.filter((page) => page.title.toLocaleLowerCase().includes(wanted));
    return { pages: matching.slice(0, MAX_PAGE_CHOICES).map(({ id, title: pageTitle }) => ({ id, title: pageTitle })) };
  } catch (error) {
    throw asConfluenceFailure(error);
  }
}
