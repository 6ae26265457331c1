/**
 * A Content-Security-Policy imitating the one Forge sends with Custom UI (forge-platform.md §2.1): 'self' plus
 * the hashes of the page's inline scripts, loosened only as `permissions.content` and `permissions.external`
 * allow — so a page that needs an undeclared inline style or origin breaks locally just as it would on Forge.
 */
import { createHash } from 'node:crypto';
import type { ManifestExtras } from './manifest-extras';

const KEYWORDS = new Set(['unsafe-inline', 'unsafe-eval', 'unsafe-hashes']);

/** Manifest words become CSP source expressions: `unsafe-inline` → `'unsafe-inline'`, `sha256-…` → `'sha256-…'`. */
function source(word: string): string {
  if (KEYWORDS.has(word) || /^sha(256|384|512)-/.test(word)) return `'${word}'`;
  return word;
}

/** The contents of every inline `<script>` (no src) in the page. */
export function inlineScripts(page: string): string[] {
  const scripts: string[] = [];
  for (const match of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(match[1] ?? '')) scripts.push(match[2] ?? '');
  }
  return scripts;
}

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(page: string, extras: ManifestExtras): string {
  const join = (...parts: string[][]) => [...new Set(parts.flat())].join(' ');
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': join(["'self'"], inlineScripts(page).map(hashOf), extras.contentScripts.map(source), extras.external.script),
    'style-src': join(["'self'"], extras.contentStyles.map(source), extras.external.style),
    'connect-src': join(["'self'"], extras.external.connect),
    'img-src': join(["'self'", 'data:', 'blob:', 'https://secure.gravatar.com', 'https://*.atlassian.net', 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net'], extras.external.img),
    'font-src': join(["'self'", 'data:'], extras.external.font),
    'media-src': join(["'self'"], extras.external.media),
    'frame-src': join(["'self'"], extras.external.frame),
    'form-action': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The sandbox flags Forge gives every Custom UI iframe. */
export const FRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';
