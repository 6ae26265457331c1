import { createHash } from 'node:crypto';
import type { DesiredPage } from '../../../confluence/desired-page';

/**
 * The fingerprint of what the app writes for a page: its title, its place and its storage, as the app rendered them.
 * Never the body Confluence returns — Confluence normalises storage (macro ids, wrapped paragraphs), so that would
 * never match (rest doc §9).
 */
export function contentHash(page: Pick<DesiredPage, 'title' | 'parentKey' | 'storage'>): string {
  // Lengths first, so no two different (title, parent, storage) triples run together into the same text.
  const parent = page.parentKey === null ? 'top' : `${page.parentKey.length}:${page.parentKey}`;
  const text = `${page.title.length}:${page.title}|${parent}|${page.storage}`;
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}
