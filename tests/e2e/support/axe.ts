/**
 * axe-core run inside every app frame of a shell page (issue #12 item 10). The shell's own chrome stands in for Jira
 * and Confluence and is not the app's to fix, so only frames serving an app resource (`/resources/…`) are checked.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

/** WCAG 2.0/2.1/2.2 A and AA: what the gate asks for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;
const GATED_IMPACTS = new Set(['serious', 'critical']);

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl?: string;
  nodes: AxeNode[];
}
/** A violation as found in one frame. */
export interface FrameViolation extends AxeViolation {
  frame: string;
}

let axeSource: string | undefined;
/**
 * Evaluated through the browser's debugging protocol rather than added as a `<script>`: the app frame's CSP (as
 * strict as Forge's) rightly refuses an inline script it has no hash for, and the gate must not loosen it.
 */
const source = () => (axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

export const isAppFrame = (frame: Frame) => {
  try {
    return new URL(frame.url()).pathname.startsWith('/resources/');
  } catch {
    return false;
  }
};

/** A short name for the frame: its module key, so a failure says which surface it was in. */
function frameName(frame: Frame): string {
  const url = new URL(frame.url());
  return url.searchParams.get('moduleKey') ?? url.pathname;
}

export async function axeViolationsInFrame(frame: Frame): Promise<FrameViolation[]> {
  const hasAxe = await frame.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await frame.evaluate(source());
  const violations = await frame.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) }));
  }, [...WCAG_TAGS]);
  return violations.map((violation) => ({ ...violation, frame: frameName(frame) }));
}

/** Only what the gate fails on: serious and critical. */
export const gated = (violations: FrameViolation[]) => violations.filter((v) => GATED_IMPACTS.has(v.impact ?? ''));

/** Serious and critical violations in every app frame of the page. */
export async function axeAppFrames(page: Page): Promise<FrameViolation[]> {
  const frames = page.frames().filter(isAppFrame);
  if (frames.length === 0) throw new Error(`no app frame on ${page.url()}: nothing was checked`);
  const all: FrameViolation[] = [];
  for (const frame of frames) all.push(...(await axeViolationsInFrame(frame)));
  return gated(all);
}

const MAX_NODES = 6;
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** "color-contrast (serious) in programme-page: Elements must meet … — 3 elements: …" — says what to fix, and where. */
export function formatViolations(violations: FrameViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, MAX_NODES).map((n) => {
        const summary = (n.failureSummary ?? '').split('\n').filter((line) => line.trim() && !/^Fix (any|all) of the following:$/.test(line.trim())).map((line) => line.trim()).join('; ');
        return `    - ${n.target.map(String).join(' > ')}  ${clip(n.html.replace(/\s+/g, ' '), 160)}\n      ${clip(summary, 300)}`;
      });
      const more = v.nodes.length > MAX_NODES ? [`    … and ${v.nodes.length - MAX_NODES} more`] : [];
      return [`${v.id} (${v.impact ?? 'unknown'}) in ${v.frame}: ${v.help} — ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
