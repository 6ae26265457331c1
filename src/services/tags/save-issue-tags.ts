import { applyTagEdit, diffTags, toIndexedProperty, type JourneyTags } from '../../domain';
import type { TagsSaveResult } from '../../contract/journey';
import { AppFailure } from '../errors';
import { loadTaxonomy } from '../load-taxonomy';
import { asAppFailure } from '../platform-failures';
import { loadCatalogue } from '../use-cases/catalogue-store';
import { refusedAddition, sameTags, tagFailure, tagsOfProperty } from './stored-tags';
import type { TagsPorts } from './tags-ports';

/** How often a save re-applies its edit when another save overwrote it meanwhile. */
const MAX_ATTEMPTS = 3;

/**
 * Saves one user's tags on an issue without losing anyone else's. Their edit is what changed between `base` (what
 * they loaded) and `mine`; it is applied per term on top of what is stored now, checked (a retired term stays but
 * cannot be added), and written as the user, so Jira's Edit permission applies. Jira has no compare-and-set for a
 * single property, so the save reads back: if another save overwrote it in between, the edit is applied again.
 * Usually three requests: read, write, read back.
 */
export async function saveIssueTags(ports: TagsPorts, issueKey: string, base: JourneyTags, mine: JourneyTags): Promise<TagsSaveResult> {
  const [{ taxonomy }, { useCases }] = await Promise.all([loadTaxonomy(ports.store), loadCatalogue(ports.store)]);
  const edit = diffTags(base, mine);
  try {
    let current = tagsOfProperty(await ports.jira.readOne(issueKey));
    const merged = !sameTags(current, base);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const next = applyTagEdit(current, edit);
      const refused = refusedAddition(current, next, taxonomy, useCases);
      if (refused) throw tagFailure(refused, 'tags');
      if (sameTags(next, current)) return { issueKey, tags: current, merged };
      await ports.jira.writeOne(issueKey, toIndexedProperty(next, taxonomy));
      current = tagsOfProperty(await ports.jira.readOne(issueKey));
      // Done when the stored tags carry this edit, whoever else wrote too.
      if (sameTags(applyTagEdit(current, edit), current)) return { issueKey, tags: current, merged: merged || !sameTags(current, next) };
    }
    throw new AppFailure({ code: 'CONFLICT', params: { issueKey } });
  } catch (error) {
    throw asAppFailure(error, { issueKey });
  }
}
