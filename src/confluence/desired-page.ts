/**
 * One page the app wants in Confluence, as the renderers produce it and the sync engine writes it. Pages are named
 * by the app's own `pageKey` (`rollup`, `stream:<id>`, `strategy:<node id>`), never by title: a person may rename
 * nothing the app relies on.
 */
export interface DesiredPage {
  pageKey: string;
  /** At most 255 characters (Confluence's limit), unique in the space. */
  title: string;
  /** The parent's pageKey, or null for a page directly under the configured parent. Parents come before children. */
  parentKey: string | null;
  /** Confluence storage format, well-formed XML. */
  storage: string;
}
