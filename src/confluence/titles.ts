import { stripIllegalXmlChars } from './escape';

/**
 * Page titles: at most 255 characters (Confluence's limit, counted in UTF-16 units like Confluence's Java strings),
 * and unique in the space. A title that is too long is cut with an ellipsis, never inside a surrogate pair; titles
 * that would collide (compared case-insensitively, the stricter reading) get their distinguishing suffix.
 */
export const MAX_TITLE_CHARS = 255;
const ELLIPSIS = '…';

/** One line of text: no control characters, whitespace runs as one space, no space at either end. */
export function cleanTitleText(text: string): string {
  return stripIllegalXmlChars(text).replace(/\s+/g, ' ').trim();
}

/** `prefix + name + suffix` within the limit, cutting the name (with an ellipsis) when it must. */
export function fitTitle(prefix: string, name: string, suffix = ''): string {
  const whole = `${prefix}${name}${suffix}`;
  if (whole.length <= MAX_TITLE_CHARS) return whole;
  const room = MAX_TITLE_CHARS - prefix.length - suffix.length - ELLIPSIS.length;
  let cut = '';
  for (const char of name) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  return `${prefix}${cut.trimEnd()}${ELLIPSIS}${suffix}`.slice(0, MAX_TITLE_CHARS);
}

export interface TitleRequest {
  prefix: string;
  name: string;
  /** Appended when the plain title is taken: unique among the requests (an outline number, a stream id). */
  distinguisher: string;
}

/**
 * Titles for a group of pages, in request order. `taken` holds titles already given (other page types); a title
 * that collides with another request or with `taken` carries its distinguisher, e.g. "Strategy: CRM (1.2)".
 */
export function uniqueTitles(requests: readonly TitleRequest[], taken: ReadonlySet<string> = new Set()): string[] {
  const fold = (title: string) => title.toLocaleLowerCase('en');
  const plain = requests.map((request) => fitTitle(request.prefix, cleanTitleText(request.name)));
  const uses = new Map<string, number>();
  for (const title of plain) uses.set(fold(title), (uses.get(fold(title)) ?? 0) + 1);
  const takenFolded = new Set([...taken].map(fold));
  const given = new Set(takenFolded);
  return requests.map((request, index) => {
    const title = plain[index] ?? '';
    const wanted = (uses.get(fold(title)) ?? 0) === 1 && !takenFolded.has(fold(title)) ? title : withSuffix(request, '');
    // A distinguished title may still meet another page's plain one ("CRM (1.2)" named so by a person): count on.
    let result = wanted;
    for (let n = 2; given.has(fold(result)); n++) result = withSuffix(request, ` ${n}`);
    given.add(fold(result));
    return result;
  });
}

function withSuffix(request: TitleRequest, extra: string): string {
  return fitTitle(request.prefix, cleanTitleText(request.name), ` (${cleanTitleText(request.distinguisher)}${extra})`);
}
