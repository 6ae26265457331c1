/** The frame of every shell page: top bar with links and the user switcher, a main region, small CSS. */
import type { SiteFile, SiteUser } from '../../site/schema';
import type { ColorMode } from '../color-mode';
import { roleOf } from '../current-user';
import { html, trusted, type SafeHtml } from '../html';
import { HOST_OVERLAYS_SCRIPT } from './host-overlays';

const CSS = `
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#172b4d;background:#f7f8f9}
header{display:flex;flex-wrap:wrap;gap:16px;align-items:center;padding:8px 16px;background:#1d2125;color:#fff}
header a{color:#fff}header strong{margin-right:8px}
header form{display:flex;gap:6px;align-items:center}header form:first-of-type{margin-left:auto}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
a{color:#0c66e4}a:focus,button:focus,select:focus,input:focus,iframe:focus{outline:2px solid #388bff;outline-offset:2px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #dcdfe4;vertical-align:top}
.card{background:#fff;border:1px solid #dcdfe4;border-radius:6px;padding:12px 16px;margin:12px 0}
.muted{color:#626f86}.error{color:#ae2e24;background:#ffeceb;padding:8px 12px;border-radius:4px}
.lozenge{display:inline-block;padding:0 6px;border-radius:3px;background:#dcdfe4;font-size:12px;font-weight:600;text-transform:uppercase}
iframe.app-frame{width:100%;min-height:120px;height:420px;border:1px solid #dcdfe4;border-radius:6px;background:#fff}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dl.fields dt{color:#626f86}
nav.tree ul{list-style:none;padding-left:16px}.page-body{background:#fff;padding:16px 24px;border:1px solid #dcdfe4}
`;

/** Sizes each app frame to the height its bridge reports and navigates for it, as Forge's host does. */
const FRAME_SIZER = `window.addEventListener('message', function (event) {
  if (event.origin !== location.origin || !event.data) return;
  if (event.data.localForge === 'navigate' && typeof event.data.url === 'string' && event.data.url.charAt(0) === '/') return location.assign(event.data.url);
  if (event.data.localForge === 'macro-close') {
    var configFrame = document.querySelector('iframe[data-macro-config]');
    if (configFrame && configFrame.contentWindow === event.source) location.assign(configFrame.getAttribute('data-macro-back') || '/wiki');
    return;
  }
  if (event.data.localForge === 'macro-submit') {
    var form = document.getElementById('macro-config-form');
    var frame = document.querySelector('iframe[data-macro-config]');
    if (!form || !frame || frame.contentWindow !== event.source) return;
    form.elements.payload.value = JSON.stringify(event.data.payload);
    return form.submit();
  }
  if (event.data.localForge !== 'resize') return;
  document.querySelectorAll('iframe.app-frame').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = Math.max(120, Math.min(event.data.height + 2, 4000)) + 'px';
  });
});`;

export interface LayoutInput {
  title: string;
  site: SiteFile;
  user: SiteUser | undefined;
  /** where the user switcher returns to */
  path: string;
  body: SafeHtml;
  colorMode?: ColorMode;
}

function userSwitcher(site: SiteFile, user: SiteUser | undefined, back: string): SafeHtml {
  return html`<form method="post" action="/shell/user">
    <label for="user-switch">Acting as</label>
    <select id="user-switch" name="accountId">
      ${site.users.map((u) => html`<option value="${u.accountId}"${u.accountId === user?.accountId ? html` selected` : ''}>${u.displayName} (${roleOf(u)})</option>`)}
    </select>
    <input type="hidden" name="back" value="${back}">
    <button type="submit">Switch user</button>
  </form>`;
}

/** Atlassian's personal theme setting: the frames apply it when the app enables theming. */
function themeSwitcher(colorMode: ColorMode, back: string): SafeHtml {
  const option = (mode: ColorMode, label: string) => html`<option value="${mode}"${mode === colorMode ? html` selected` : ''}>${label}</option>`;
  return html`<form method="post" action="/shell/theme">
    <label for="theme-switch">Theme</label>
    <select id="theme-switch" name="colorMode">${option('light', 'Light')}${option('dark', 'Dark')}</select>
    <input type="hidden" name="back" value="${back}">
    <button type="submit">Switch theme</button>
  </form>`;
}

export function layout({ title, site, user, path, body, colorMode = 'light' }: LayoutInput): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · local site</title><style>${trusted(CSS)}</style></head>
<body>
<header>
  <strong>Programme Orchestrator · local site</strong>
  <nav aria-label="Site"><a href="/">Home</a> · <a href="/jira/issues">Issues</a> · <a href="/wiki">Confluence</a></nav>
  ${userSwitcher(site, user, path)}
  ${themeSwitcher(colorMode, path)}
</header>
<main id="main">${body}</main>
<script>${trusted(FRAME_SIZER)}</script>
<script>${trusted(HOST_OVERLAYS_SCRIPT)}</script>
</body></html>`.value;
}

/** A sandboxed frame of a Custom UI resource for one module. */
export function appFrame(src: string, title: string, sandbox: string): SafeHtml {
  return html`<iframe class="app-frame" src="${src}" title="${title}" sandbox="${sandbox}"></iframe>`;
}
