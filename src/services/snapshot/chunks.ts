/**
 * Splitting one JSON text into values under the KVS limit of 240 KiB (forge-platform.md §4). The limit counts
 * the stored JSON, so each piece is measured as the JSON string it becomes (quotes escaped), with headroom.
 */
export const CHUNK_BYTES = 230 * 1024;

const storedBytes = (text: string) => Buffer.byteLength(JSON.stringify(text));

export function splitText(text: string, limit = CHUNK_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let length = Math.min(text.length - start, limit);
    for (;;) {
      let end = start + length;
      // Never cut a surrogate pair in two.
      if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
      const size = storedBytes(text.slice(start, end));
      if (size <= limit) {
        pieces.push(text.slice(start, end));
        start = end;
        break;
      }
      length = Math.max(1, Math.floor((end - start) * (limit / size) * 0.98));
    }
  }
  return pieces.length > 0 ? pieces : [''];
}
