/**
 * The host's side of a page module's history, as Forge's host does it: the frame's `history.push` puts the module
 * path (and its query) into the page's address, so it can be shared and reloaded; the browser's back and forward
 * hand the frame the module path they land on.
 */
import { html, trusted, type SafeHtml } from '../html';

const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const SOURCE = String.raw`
  var frame = document.querySelector('iframe.app-frame');
  // The page's own address without the module path: what every module path is appended to.
  var suffix = encodeURI(INITIAL_PATHNAME);
  var base = suffix && location.pathname.endsWith(suffix) ? location.pathname.slice(0, -suffix.length) : location.pathname;
  function hostQuery(extra) {
    var query = new URLSearchParams(extra);
    var project = new URLSearchParams(location.search).get('project');
    if (project) query.set('project', project);
    var text = query.toString();
    return text ? '?' + text : '';
  }
  function modulePath() {
    var query = new URLSearchParams(location.search);
    query.delete('project');
    var text = query.toString();
    return (location.pathname.slice(base.length) || '/') + (text ? '?' + text : '');
  }
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin || !event.data || event.data.localForge !== 'history') return;
    if (event.data.mode === 'go') return history.go(Number(event.data.delta) || 0);
    var url = new URL(String(event.data.path || '/'), 'http://local');
    if (url.origin !== 'http://local') return;
    var address = (url.pathname === '/' ? base : base.replace(/\/$/, '') + url.pathname) + hostQuery(url.search) + url.hash;
    if (event.data.mode === 'replace') history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  });
  window.addEventListener('popstate', function () {
    if (frame && frame.contentWindow) frame.contentWindow.postMessage({ localForge: 'history-pop', path: modulePath() }, location.origin);
  });`;

/** The script for a page framing one module; `initialPath` is the module path the page was opened with. */
export function moduleHistoryScript(initialPath: string | undefined): SafeHtml {
  const pathname = new URL(initialPath ?? '/', 'http://local').pathname;
  return html`<script>${trusted(`(function () {\n  'use strict';\n  var INITIAL_PATHNAME = ${scriptJson(pathname === '/' ? '' : pathname)};\n${SOURCE}\n})();`)}</script>`;
}
