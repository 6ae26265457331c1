import { route } from '@forge/api';
import { z } from 'zod';
import { listOf } from './confluence-pages';
import { requestProduct, type Principal } from './product-client';

/**
 * Content properties of a page (rest doc §8.4): addressed by numeric id on update, so a property is found by key first.
 * Writes need `version.number = current + 1`, like pages.
 */
const PropertySchema = z.object({ id: z.string(), key: z.string(), value: z.unknown(), version: z.object({ number: z.number().int().min(1), authorId: z.string().nullish() }) });
export type ContentProperty = z.infer<typeof PropertySchema>;

/** The page's property with exactly this key, or null. */
export async function findPageProperty(principal: Principal, pageId: string, key: string): Promise<ContentProperty | null> {
  const params = new URLSearchParams({ key, limit: '1' });
  const answer = await requestProduct('confluence', principal, route`/wiki/api/v2/pages/${pageId}/properties?${params}`, listOf(PropertySchema));
  return answer.results.find((property) => property.key === key) ?? null;
}

/** Creates the property (Confluence refuses a key the page already has). */
export async function createPageProperty(principal: Principal, pageId: string, key: string, value: unknown): Promise<ContentProperty> {
  return requestProduct('confluence', principal, route`/wiki/api/v2/pages/${pageId}/properties`, PropertySchema, { method: 'POST', body: { key, value } });
}

/** Replaces the property's value as version `current + 1` (a PUT: safe to repeat). */
export async function updatePageProperty(principal: Principal, pageId: string, property: ContentProperty, value: unknown): Promise<ContentProperty> {
  return requestProduct('confluence', principal, route`/wiki/api/v2/pages/${pageId}/properties/${property.id}`, PropertySchema, {
    method: 'PUT',
    body: { key: property.key, value, version: { number: property.version.number + 1 } },
  });
}
