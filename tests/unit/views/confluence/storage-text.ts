/**
 * Reads a page's storage format back the way Confluence would: strictly (only XML's five entities and numeric
 * references are decoded — a named HTML entity stays visible as a failure), returning every text run and every
 * attribute value, so a test can check that what a person typed came out intact.
 */
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, trimValues: false, parseTagValue: false, parseAttributeValue: false, cdataPropName: '#cdata' });
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`named entity ${whole} in storage format`);
    return named;
  });
}

type Node = Record<string, unknown>;

export interface StorageText {
  /** The whole text of each element (a paragraph, a cell, a parameter, and every element around them), in document order. */
  texts: string[];
  /** Every attribute value, decoded. */
  attributes: string[];
  /** Element names in document order. */
  elements: string[];
}

function textOf(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if ('#text' in node) return decodeXml(String(node['#text']));
      const name = Object.keys(node).find((key) => key !== ':@') ?? '';
      return name === '#cdata' ? '' : textOf((node[name] as Node[]) ?? []);
    })
    .join('');
}

export function readStorage(storage: string): StorageText {
  const result: StorageText = { texts: [], attributes: [], elements: [] };
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@') ?? '';
      const attributes = node[':@'] as Record<string, string> | undefined;
      if (attributes) result.attributes.push(...Object.values(attributes).map(decodeXml));
      if (name === '#text' || name === '#cdata') continue;
      result.elements.push(name);
      const children = (node[name] as Node[]) ?? [];
      if (children.length > 0) result.texts.push(textOf(children));
      walk(children);
    }
  };
  const [root] = parser.parse(`<root>${storage}</root>`) as Node[];
  walk((root?.root as Node[]) ?? []);
  return result;
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'ac:parameter']);

/**
 * The page's text as a reader meets it: runs in document order, a space between blocks (paragraphs, cells, list
 * items, headings, macro parameters such as a lozenge's colour and title), whitespace collapsed.
 */
export function pageText(storage: string): string {
  const parts: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if ('#text' in node) {
        parts.push(decodeXml(String(node['#text'])));
        continue;
      }
      const name = Object.keys(node).find((key) => key !== ':@') ?? '';
      if (name === '#cdata') continue;
      if (BLOCKS.has(name)) parts.push(' ');
      walk((node[name] as Node[]) ?? []);
      if (BLOCKS.has(name)) parts.push(' ');
    }
  };
  const [root] = parser.parse(`<root>${storage}</root>`) as Node[];
  walk((root?.root as Node[]) ?? []);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
