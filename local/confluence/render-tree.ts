/**
 * Parsing storage XHTML into fast-xml-parser's ordered tree, and small accessors over it. Entities
 * are decoded here, once; the renderer escapes every string again on output.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One node of the ordered tree: `{tag: children, ':@'?: attributes}`, `{'#text': s}` or `{'#cdata': [...]}`. */
export type XmlNode = Record<string, unknown>;

const ROOT = 'storage-root';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  htmlEntities: true, // lenient for display: pages in the site file may predate validation
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
});

export type ParsedStorage = { ok: true; nodes: XmlNode[] } | { ok: false; problem: string };

export function parseStorage(xhtml: string): ParsedStorage {
  const wrapped = `<${ROOT}>${xhtml}</${ROOT}>`;
  const valid = XMLValidator.validate(wrapped);
  if (valid !== true) return { ok: false, problem: valid.err.msg };
  const tree = parser.parse(wrapped) as XmlNode[];
  const root = tree.find((node) => nameOf(node) === ROOT);
  return { ok: true, nodes: root ? childrenOf(root) : [] };
}

/** The tag name of an element node, `#text`/`#cdata`/`#comment` for the others. */
export function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '#empty';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attributesOf(node: XmlNode): Record<string, string> {
  const attributes = node[':@'];
  if (!attributes || typeof attributes !== 'object') return {};
  return Object.fromEntries(Object.entries(attributes as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
}

export function textOfTextNode(node: XmlNode): string {
  const value = node['#text'];
  return value === undefined || value === null ? '' : String(value);
}

/** All text below a node, CDATA included (used for macro parameters and plain-text bodies). */
export function textContent(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      const name = nameOf(node);
      if (name === '#text') return textOfTextNode(node);
      if (name === '#comment') return '';
      return textContent(childrenOf(node));
    })
    .join('');
}

export function findChild(nodes: XmlNode[], name: string): XmlNode | undefined {
  return nodes.find((node) => nameOf(node) === name);
}
