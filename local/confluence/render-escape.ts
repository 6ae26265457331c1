/** The renderer's one escaping function and its link-target filter. */

/** Escapes for both text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/** Keeps http(s), mailto and relative targets; anything else (javascript:, data:, …) is dropped. */
export function safeHref(href: string): string | undefined {
  if (href.trim() === '') return undefined;
  try {
    const protocol = new URL(href, 'https://relative.invalid/').protocol;
    return ['http:', 'https:', 'mailto:'].includes(protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
