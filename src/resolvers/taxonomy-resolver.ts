import { forgeAppStore } from '../platform/app-store';
import { loadTaxonomy } from '../services/load-taxonomy';
import { defineHandler } from './define';

/** Resolvers any signed-in user may call to read the journey taxonomy. */
export const taxonomyHandlers = {
  'taxonomy/get': defineHandler('taxonomy/get', () => loadTaxonomy(forgeAppStore)),
};
