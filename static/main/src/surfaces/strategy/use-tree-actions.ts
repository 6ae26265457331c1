import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { StrategyEditPayload } from '../../../../../src/contract/strategy';
import type { StrategyNodeId, StrategyTree } from '../../../../../src/domain/strategy/strategy-tree';
import { errorMessage, type Language } from '../../i18n/messages';
import { st } from './strategy-messages';
import { childrenOf, nodeById, placeOf, samePlace, type Place } from './tree-model';
import type { EditOutcome } from './use-strategy';

export interface TreeActions {
  /** What the aria-live region says: moves, saves, refusals. */
  announcement: string;
  refusal: AppError | null;
  dismissRefusal: () => void;
  move: (id: string, place: Place | null) => Promise<void>;
}

/** Where the node sits in the stored tree, in words, for the live region. */
function whereNow(language: Language, tree: StrategyTree, id: string): string {
  const node = nodeById(tree, id);
  const place = placeOf(tree, id);
  if (!node || !place) return '';
  const params = { title: node.title, position: place.index + 1, count: childrenOf(tree, node.parentId).length };
  const parent = nodeById(tree, node.parentId);
  return parent ? st(language, 'moved.under', { ...params, parent: parent.title }) : st(language, 'moved.root', params);
}

/**
 * The tab's moves, each one `strategy/edit` call (adding, editing and deleting happen in the host's modal dialogs). `onStored` learns the node to show (selected, its parents open);
 * a refusal is kept for the page to show in words and is also announced.
 */
export function useTreeActions(language: Language, tree: StrategyTree | null, edit: (payload: StrategyEditPayload) => Promise<EditOutcome>, onStored: (tree: StrategyTree, focusId: string | null) => void): TreeActions {
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<AppError | null>(null);

  const send = async (payload: StrategyEditPayload, focusId: string | null, words: (stored: StrategyTree) => string): Promise<AppError | null> => {
    setRefusal(null);
    const outcome = await edit(payload);
    if (!outcome.ok) {
      setAnnouncement(errorMessage(language, outcome.error));
      return outcome.error;
    }
    onStored(outcome.tree, focusId);
    setAnnouncement(words(outcome.tree));
    return null;
  };

  const titleOf = (id: string) => (tree ? nodeById(tree, id)?.title : undefined) ?? '';

  return {
    announcement,
    refusal,
    dismissRefusal: () => setRefusal(null),
    async move(id, place) {
      if (!tree) return;
      if (place === null) return setAnnouncement(st(language, 'move.impossible', { title: titleOf(id) }));
      if (samePlace(place, placeOf(tree, id))) return;
      setAnnouncement(st(language, 'move.saving', { title: titleOf(id) }));
      const error = await send({ kind: 'move', id: id as StrategyNodeId, parentId: place.parentId, index: place.index }, id, (stored) => whereNow(language, stored, id));
      if (error) setRefusal(error);
    },
  };
}
