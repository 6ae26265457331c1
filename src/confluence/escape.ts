/**
 * The one escaping function of the published pages. Confluence stores pages as strict XML: it knows XML's five
 * entities and numeric references only, so a named HTML entity such as `&nbsp;` rejects the whole page
 * (atlassian-rest.md §9). Every user- or Jira-supplied string passes through `escapeXml` on its way into storage format.
 */

export type XmlContext = 'text' | 'attribute';

/**
 * Characters XML 1.0 forbids even as references: C0 controls but tab/LF/CR, lone surrogates, U+FFFE and U+FFFF.
 * A paired surrogate (an emoji) is legal and kept.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `value` for XML text (`& < >`) or a quoted attribute value (also `" '`), after dropping the characters XML
 * cannot carry. `&nbsp;` typed by a person comes out as `&amp;nbsp;`: it was text, and stays text.
 */
export function escapeXml(value: string, context: XmlContext = 'text'): string {
  const table = context === 'attribute' ? ATTRIBUTE_ESCAPES : TEXT_ESCAPES;
  const pattern = context === 'attribute' ? /[&<>"']/g : /[&<>]/g;
  return stripIllegalXmlChars(value).replace(pattern, (char) => table[char] ?? char);
}

/** The text without characters XML cannot carry (also used for page titles, which travel as JSON but must not hold them). */
export function stripIllegalXmlChars(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, '');
}

/**
 * A CDATA section holding `value` verbatim. A `]]>` inside would end the section early, so it is split across two
 * sections (`]]]]><![CDATA[>`), the form Confluence reads back as the original text.
 */
export function cdata(value: string): string {
  return `<![CDATA[${stripIllegalXmlChars(value).split(']]>').join(']]]]><![CDATA[>')}]]>`;
}
