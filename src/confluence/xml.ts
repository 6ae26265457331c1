import { cdata, escapeXml } from './escape';

/**
 * Small element helpers the pages are built from. Markup is a value of its own type, so no caller can hand a raw
 * string to a page: a string is always text and is escaped; only these helpers produce markup. Element and attribute
 * names are literals of our code, never data.
 */
export class Markup {
  private constructor(readonly xml: string) {}

  /** For this module only: the helpers below are the one place that writes angle brackets. */
  static trusted(xml: string): Markup {
    return new Markup(xml);
  }
}

/** Text (escaped), markup, nothing (null/undefined/false) or a list of those. */
export type Content = Markup | string | number | null | undefined | false | readonly Content[];

export type Attributes = Readonly<Record<string, string | number | undefined>>;

const NAME = /^[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?$/;

function checkedName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not an element or attribute name: ${name}`);
  return name;
}

function serialise(content: Content): string {
  if (content === null || content === undefined || content === false) return '';
  if (content instanceof Markup) return content.xml;
  if (typeof content === 'number') return escapeXml(String(content));
  if (typeof content === 'string') return escapeXml(content);
  return content.map(serialise).join('');
}

function attributeText(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${checkedName(name)}="${escapeXml(String(value), 'attribute')}"`)
    .join('');
}

/** `<name attributes>children</name>`, or `<name attributes/>` without children. */
export function element(name: string, attributes: Attributes, ...children: Content[]): Markup {
  const inner = serialise(children);
  const open = `${checkedName(name)}${attributeText(attributes)}`;
  return Markup.trusted(inner === '' ? `<${open}/>` : `<${open}>${inner}</${name}>`);
}

/** Several pieces side by side. */
export function fragment(...children: Content[]): Markup {
  return Markup.trusted(serialise(children));
}

/** Raw text kept byte for byte in a CDATA section (for plain-text macro bodies). */
export function cdataSection(value: string): Markup {
  return Markup.trusted(cdata(value));
}

/** The storage format of a page: the markup as a string, for `DesiredPage.storage`. */
export function toStorage(content: Content): string {
  return serialise(content);
}

export const p = (...children: Content[]) => element('p', {}, ...children);
export const h1 = (...children: Content[]) => element('h1', {}, ...children);
export const h2 = (...children: Content[]) => element('h2', {}, ...children);
export const h3 = (...children: Content[]) => element('h3', {}, ...children);
export const strong = (...children: Content[]) => element('strong', {}, ...children);
export const em = (...children: Content[]) => element('em', {}, ...children);
export const ul = (items: readonly Content[]) => (items.length === 0 ? null : element('ul', {}, items.map((item) => element('li', {}, item))));

/** A table with a header row; each cell's content sits in a paragraph, as Confluence's editor writes it. */
export function table(headers: readonly Content[], rows: readonly (readonly Content[])[]): Markup {
  const headerRow = element('tr', {}, headers.map((header) => element('th', {}, p(header))));
  const bodyRows = rows.map((row) => element('tr', {}, row.map((cell) => element('td', {}, p(cell)))));
  return element('table', {}, element('tbody', {}, headerRow, bodyRows));
}
