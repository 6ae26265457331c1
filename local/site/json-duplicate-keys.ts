/**
 * Finds keys given twice in one JSON object. JSON.parse silently keeps the last one, so a hand-edited site file
 * could lose a field (or a whole list) without a word.
 *
 * A small scanner rather than a parser dependency: it runs only on text JSON.parse has already accepted, so it
 * walks valid JSON and needs no error handling or recovery — strings (with escapes), brackets, commas and colons
 * are all it has to tell apart. jsonc-parser's visitor could report the same, but it is only a transitive
 * development dependency here and lenient by default (comments, trailing commas), which the site file is not.
 */

export interface DuplicateKey {
  /** where the object holding the duplicate sits, e.g. ['issues', 3] */
  objectPath: Array<string | number>;
  key: string;
}

type Frame =
  | { kind: 'object'; path: Array<string | number>; keys: Set<string>; awaitingKey: boolean; currentKey: string }
  | { kind: 'array'; path: Array<string | number>; index: number };

/** `text` must be valid JSON (call JSON.parse first); the result lists every repeated key in document order. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const valuePath = (): Array<string | number> => {
    const top = stack.at(-1);
    if (!top) return [];
    return top.kind === 'object' ? [...top.path, top.currentKey] : [...top.path, top.index];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = endOfString(text, i);
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.awaitingKey) {
        // Decoding makes "a" and "\u0061" the same key, as JSON.parse sees them.
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) duplicates.push({ objectPath: top.path, key });
        top.keys.add(key);
        top.currentKey = key;
        top.awaitingKey = false;
      }
      i = end;
    } else if (char === '{') {
      stack.push({ kind: 'object', path: valuePath(), keys: new Set(), awaitingKey: true, currentKey: '' });
    } else if (char === '[') {
      stack.push({ kind: 'array', path: valuePath(), index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index += 1;
      else if (top?.kind === 'object') top.awaitingKey = true;
    }
  }
  return duplicates;
}

/** Index of the quote closing the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
