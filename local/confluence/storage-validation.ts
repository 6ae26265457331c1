/**
 * Confluence parses storage format as strict XML: the body must be a well-formed fragment, may use
 * only the five XML entities plus numeric references to legal characters, and only the `ac:`/`ri:`
 * (and `at:`) namespace prefixes Confluence declares itself. The first problem is reported in the
 * style of Confluence's parser: "Error parsing xhtml: … at [row,col {unknown-source}]: [r,c]".
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type StorageCheck = { ok: true } | { ok: false; message: string };

/** The fragment is wrapped in one root element on its own line, so positions shift by exactly one line. */
const WRAPPER_OPEN = '<storage-root>\n';
const WRAPPER_CLOSE = '\n</storage-root>';
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const KNOWN_PREFIXES = new Set(['ac', 'ri', 'at', 'xml', 'xmlns']);

export function checkStorageXhtml(xhtml: string): StorageCheck {
  const structural = XMLValidator.validate(`${WRAPPER_OPEN}${xhtml}${WRAPPER_CLOSE}`);
  if (structural !== true) {
    const { line, col, msg } = structural.err;
    const unwrapped = msg.replace(/\bline (\d+)/g, (_match, n: string) => `line ${Math.max(1, Number(n) - 1)}`);
    return failure(unwrapped, Math.max(1, line - 1), col);
  }
  const characterProblem = findCharacterProblem(xhtml);
  if (characterProblem) return characterProblem;
  return findUndeclaredPrefix(xhtml) ?? { ok: true };
}

function failure(problem: string, line: number, col: number): StorageCheck {
  return { ok: false, message: `Error parsing xhtml: ${problem} at [row,col {unknown-source}]: [${line},${col}]` };
}

function failureAt(xhtml: string, offset: number, problem: string): StorageCheck {
  const before = xhtml.slice(0, offset).split('\n');
  return failure(problem, before.length, (before[before.length - 1]?.length ?? 0) + 1);
}

/** Walks the text once, skipping CDATA/comments/PIs, checking entity references and raw characters. */
function findCharacterProblem(xhtml: string): StorageCheck | undefined {
  for (let i = 0; i < xhtml.length; i++) {
    const skipTo = skipOpaqueSection(xhtml, i);
    if (skipTo !== undefined) {
      const illegal = findIllegalChar(xhtml, i, skipTo);
      if (illegal !== undefined) return failureAt(xhtml, illegal, illegalCharMessage(xhtml.charCodeAt(illegal)));
      i = skipTo - 1;
      continue;
    }
    const code = xhtml.charCodeAt(i);
    if (!isLegalXmlChar(code)) return failureAt(xhtml, i, illegalCharMessage(code));
    if (xhtml[i] === '&') {
      const problem = checkReference(xhtml, i);
      if (problem) return failureAt(xhtml, i, problem);
    }
  }
  return undefined;
}

/** End offset of a CDATA section, comment or processing instruction starting at `i`. */
function skipOpaqueSection(xhtml: string, i: number): number | undefined {
  const sections: Array<[string, string]> = [['<![CDATA[', ']]>'], ['<!--', '-->'], ['<?', '?>']];
  for (const [open, close] of sections) {
    if (xhtml.startsWith(open, i)) {
      const end = xhtml.indexOf(close, i + open.length);
      return end === -1 ? xhtml.length : end + close.length;
    }
  }
  return undefined;
}

function findIllegalChar(xhtml: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (!isLegalXmlChar(xhtml.charCodeAt(i))) return i;
  return undefined;
}

function checkReference(xhtml: string, ampersand: number): string | undefined {
  const end = xhtml.indexOf(';', ampersand);
  const name = end === -1 ? xhtml.slice(ampersand + 1, ampersand + 12) : xhtml.slice(ampersand + 1, end);
  if (end === -1 || name === '') return `Unexpected character '&' (an entity reference must end with ';')`;
  if (name.startsWith('#')) {
    const hex = /^#x[0-9a-fA-F]+$/.test(name);
    if (!hex && !/^#[0-9]+$/.test(name)) return `Invalid character reference '&${name};'`;
    const codePoint = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return isLegalCodePoint(codePoint) ? undefined : `Character reference '&${name};' is an invalid XML character`;
  }
  if (XML_ENTITIES.has(name)) return undefined;
  return `Undeclared general entity "${name}" (use a numeric reference such as &#160; or the character itself)`;
}

function isLegalXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

function isLegalCodePoint(codePoint: number): boolean {
  if (codePoint > 0x10ffff) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint > 0xffff || isLegalXmlChar(codePoint);
}

function illegalCharMessage(code: number): string {
  return `Illegal character (code 0x${code.toString(16)}) in the document`;
}

type OrderedNode = Record<string, unknown>;

/** Confluence declares `ac`, `ri` and `at` itself; any other prefix is undeclared. */
function findUndeclaredPrefix(xhtml: string): StorageCheck | undefined {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', processEntities: false });
  const tree = parser.parse(`${WRAPPER_OPEN}${xhtml}${WRAPPER_CLOSE}`) as OrderedNode[];
  const names: string[] = [];
  const collect = (nodes: OrderedNode[]) => {
    for (const node of nodes) {
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@' && value && typeof value === 'object') names.push(...Object.keys(value));
        else if (!key.startsWith('#')) {
          names.push(key);
          if (Array.isArray(value)) collect(value as OrderedNode[]);
        }
      }
    }
  };
  collect(tree);
  const undeclared = names.find((name) => name.includes(':') && !KNOWN_PREFIXES.has(name.split(':')[0] ?? ''));
  if (undeclared === undefined) return undefined;
  return failure(`Undeclared namespace prefix "${undeclared.split(':')[0]}" (in '${undeclared}')`, 1, 1);
}
