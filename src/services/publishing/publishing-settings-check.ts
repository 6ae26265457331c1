import type { PublishingTargetCheck } from '../../contract/publishing';
import { mayOnContent, pageById, spaceByKey } from '../../platform/confluence-choices';
import { appAccountId } from '../../platform/jira-users';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';

/** What the target check asks: the admin's view of Confluence, and the app's own rights. */
export interface TargetQuestions {
  spaceByKey(key: string): Promise<{ id: string; key: string; name: string; homepageId?: string | null } | null>;
  pageById(pageId: string): Promise<{ id: string; title: string; spaceId: string } | null>;
  /** Whether the app's own account may update the page (where it creates its pages under). */
  appMayWriteUnder(pageId: string): Promise<boolean>;
}

export const forgeTargetQuestions: TargetQuestions = {
  spaceByKey: (key) => spaceByKey('user', key),
  pageById: (pageId) => pageById('user', pageId),
  // The app's account id is its bot user's, which `/myself` names when asked as the app; asked about itself, the
  // permission check needs no admin rights. A user's rights would say nothing about what the app may do.
  appMayWriteUnder: async (pageId) => mayOnContent('app', pageId, await appAccountId(), 'update'),
};

const refused = (problem: string, rest: Partial<PublishingTargetCheck> = {}): PublishingTargetCheck => ({ ok: false, problem, space: null, parent: null, ...rest });

/**
 * Checks a publishing target, as the admin: the space exists and they see it; the parent page exists and is in that
 * space; and the app may write there (under the parent, or under the space's home page when the pages go to its top
 * level). The first problem found is named.
 */
export async function checkPublishingTarget(ask: TargetQuestions, spaceKey: string, parentPageId: string | null): Promise<PublishingTargetCheck> {
  try {
    const found = await ask.spaceByKey(spaceKey);
    if (!found) return refused('SPACE_NOT_FOUND');
    const space = { id: found.id, key: found.key, name: found.name };
    let parent: { id: string; title: string } | null = null;
    if (parentPageId !== null) {
      const page = await ask.pageById(parentPageId);
      if (!page) return refused('PARENT_NOT_FOUND', { space });
      parent = { id: page.id, title: page.title };
      if (page.spaceId !== space.id) return refused('PARENT_IN_OTHER_SPACE', { space, parent });
    }
    const writeUnder = parent?.id ?? found.homepageId ?? null;
    if (writeUnder === null || !(await ask.appMayWriteUnder(writeUnder))) return refused('NO_WRITE_PERMISSION', { space, parent });
    return { ok: true, problem: null, space, parent };
  } catch (error) {
    throw asConfluenceFailure(error);
  }
}

/** Confluence's failures in its own words: the shared mapping names Jira, so the product decides the code here. */
export function asConfluenceFailure(error: unknown): unknown {
  const failure = asAppFailure(error, {});
  if (!(failure instanceof AppFailure) || failure.appError.params.product !== 'confluence') return failure;
  const { code } = failure.appError;
  const confluenceCode = code === 'JIRA_REJECTED' ? 'CONFLUENCE_REJECTED' : code === 'JIRA_UNAVAILABLE' ? 'CONFLUENCE_UNAVAILABLE' : null;
  return confluenceCode ? new AppFailure({ ...failure.appError, code: confluenceCode }) : failure;
}
