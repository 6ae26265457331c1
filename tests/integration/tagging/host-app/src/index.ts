/**
 * Until the lead registers the journey-tagging handler maps in src/resolvers, the tagging tests run the real
 * manifest (loaded from the app) against these two handlers: the app's user resolvers plus `taggingHandlers`, and
 * the admin resolvers plus `catalogueAdminHandlers` — exactly the maps the lead will register.
 */
import Resolver from '@forge/resolver';
import { catalogueAdminHandlers } from '../../../../../src/resolvers/catalogue-admin-resolver';
import { journeyHandlers } from '../../../../../src/resolvers/journey-resolver';
import { taggingHandlers } from '../../../../../src/resolvers/tagging-resolver';
import { taxonomyHandlers } from '../../../../../src/resolvers/taxonomy-resolver';

function definitions(handlers: Record<string, unknown>) {
  const resolver = new Resolver();
  for (const [key, handler] of Object.entries(handlers)) resolver.define(key, handler as never);
  return resolver.getDefinitions();
}

export const handler = definitions({ ...taxonomyHandlers, ...journeyHandlers, ...taggingHandlers });
export const adminHandler = definitions(catalogueAdminHandlers);
