/**
 * The user's theme, as Atlassian's personal "Theme" setting: light or dark, remembered in a cookie like the acting
 * user. Forge's host applies it to a Custom UI frame that called `view.theme.enable()`: it sets `data-color-mode` and
 * `data-theme` on the frame's `<html>` and ships the design tokens' CSS, which the local host serves from
 * `@atlaskit/tokens` (the themes Jira and Confluence use: atlassian-light, -dark, -spacing, -typography).
 */
import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export type ColorMode = 'light' | 'dark';
export const COLOR_MODE_COOKIE = 'local-site-color-mode';
export const TOKENS_CSS_PATH = '/__local/atlaskit-tokens.css';
const THEME_FILES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography'] as const;

export const colorModeOf = (value: unknown): ColorMode | undefined => (value === 'light' || value === 'dark' ? value : undefined);

export function currentColorMode(c: Context): ColorMode {
  return colorModeOf(getCookie(c, COLOR_MODE_COOKIE)) ?? 'light';
}

export function rememberColorMode(c: Context, mode: ColorMode): void {
  setCookie(c, COLOR_MODE_COOKIE, mode, { path: '/', sameSite: 'Lax', httpOnly: true });
}

let tokensCss: string | undefined;
function themeCss(): string {
  tokensCss ??= THEME_FILES.map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships each theme as a CJS module of one CSS string
    const theme = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${file}.js`) as { default: string };
    return theme.default;
  }).join('\n');
  return tokensCss;
}

export function registerThemeRoutes(app: Hono): void {
  app.get(TOKENS_CSS_PATH, (c) => c.body(themeCss(), 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' }));
}
