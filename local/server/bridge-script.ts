/**
 * The inline `<head>` script that stands in for Forge's global-bridge.js: it defines
 * `globalThis.__bridge.callBridge(name, payload)` answering every call of forge-platform.md §2.3 the app may
 * make, talking to the site server (`/api/invoke`, `/api/product/:product`) as the frame's user.
 */
import { BRIDGE_DOM_SOURCE } from './bridge-dom';
import { TOKENS_CSS_PATH } from './color-mode';
import { FRAME_SANDBOX } from './csp';
import type { FrameContext } from './frame-context';

export interface BridgeBoot {
  context: FrameContext;
  /** the resource this frame shows; modals default to it */
  resourceKey: string;
}

/** JSON that is safe inside a `<script>` element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const BRIDGE_SOURCE = String.raw`
  var context = BOOT.context;
  // A navigator action with actionType modal is shown in a dialog too; view.close() closes it.
  var isModal = context.extension.modal !== undefined || context.extension.type === 'jira:issueNavigatorAction';
  async function post(url, body) {
    var response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    var json = await response.json().catch(function () { return null; });
    if (!json) throw new Error('The local host answered ' + url + ' with ' + response.status);
    return json;
  }
  function pathOf(location) {
    switch (location.target) {
      case 'issue': return '/jira/browse/' + encodeURIComponent(location.issueKey);
      case 'module': return '/jira/apps/' + encodeURIComponent(location.moduleKey) + (location.path ? '/' + String(location.path).replace(/^\/+/, '') : '') + (location.projectKey ? '?project=' + encodeURIComponent(location.projectKey) : '');
      case 'projectSettingsDetails': return '/jira/issues?jql=' + encodeURIComponent('project = ' + location.projectKey);
      case 'contentView': case 'contentEdit': return '/wiki/pages/' + encodeURIComponent(location.contentId);
      case 'spaceView': return '/wiki/spaces/' + encodeURIComponent(location.spaceKey);
      case 'dashboard': case 'userProfile': case 'contentList': return '/';
      default: throw new Error('Navigation target "' + location.target + '" is unsupported in the local host');
    }
  }
  var bus = new Map();
  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('local-forge-events') : null;
  function deliver(event, payload) { (bus.get(event) || new Set()).forEach(function (callback) { callback(payload); }); }
  if (channel) channel.onmessage = function (message) { deliver(message.data.event, message.data.payload); };
  var closeCallbacks = [];
  // Focus sits inside a modal's frame, so its host page never sees the key: pass Escape on, as Forge's host hears it.
  if (isModal && window.parent !== window && typeof document !== 'undefined') {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) window.parent.postMessage({ localForge: 'modal-escape' }, location.origin);
    });
  }
  function historyObject() {
    // The page's path after the module's URL (a navigation target's path), which the shell passes to the frame.
    var initialPath = new URLSearchParams(window.location.search).get('path') || '/';
    var initialUrl = new URL(initialPath.charAt(0) === '/' ? initialPath : '/' + initialPath, 'http://local');
    var stack = [{ pathname: initialUrl.pathname, search: initialUrl.search, hash: initialUrl.hash, state: null, key: 'initial' }];
    var index = 0;
    var listeners = new Set();
    function toLocation(path, state) {
      if (typeof path === 'object') return Object.assign({ pathname: '/', search: '', hash: '', state: state === undefined ? null : state }, path);
      var url = new URL(path, 'http://local');
      return { pathname: url.pathname, search: url.search, hash: url.hash, state: state === undefined ? null : state, key: String(Date.now()) };
    }
    var history = {
      action: 'POP',
      get length() { return stack.length; },
      location: stack[0],
      listen: function (listener) { listeners.add(listener); return function () { listeners.delete(listener); }; },
      push: function (path, state) { stack = stack.slice(0, index + 1); stack.push(toLocation(path, state)); index = stack.length - 1; notify('PUSH'); toHost('push'); },
      replace: function (path, state) { stack[index] = toLocation(path, state); notify('REPLACE'); toHost('replace'); },
      go: function (delta) {
        // In a page, the browser's own history moves, and the host answers with the location it landed on.
        if (window.parent !== window) return window.parent.postMessage({ localForge: 'history', mode: 'go', delta: Number(delta) || 0 }, location.origin);
        var next = Math.min(stack.length - 1, Math.max(0, index + delta)); if (next !== index) { index = next; notify('POP'); }
      },
      goBack: function () { history.go(-1); },
      goForward: function () { history.go(1); },
      back: function () { history.go(-1); },
      forward: function () { history.go(1); },
    };
    function notify(action) { history.action = action; history.location = stack[index]; listeners.forEach(function (l) { l(stack[index], action); }); }
    // As in Forge, the module path is part of the page's URL: pushes reach the address bar, back and forward come back.
    function toHost(mode) {
      var at = stack[index];
      if (window.parent !== window) window.parent.postMessage({ localForge: 'history', mode: mode, path: at.pathname + at.search + at.hash }, location.origin);
    }
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || event.origin !== location.origin || !event.data || event.data.localForge !== 'history-pop') return;
      stack = stack.slice(0, index + 1);
      stack[index] = toLocation(String(event.data.path || '/'));
      notify('POP');
    });
    return history;
  }
  var handlers = {
    getContext: function () { return JSON.parse(JSON.stringify(context)); },
    invoke: async function (p) {
      if (p && p.invokeType) throw new Error('invokeRemote/invokeService are unsupported in the local host');
      var result = await post('/api/invoke', { moduleKey: context.moduleKey, resolverKey: p.functionKey, payload: p.payload, accountId: context.accountId, context: context });
      if (!result.ok) { var error = new Error(result.error.message); error.name = result.error.name || 'Error'; throw error; }
      return p.metadata ? { body: result.value, metadata: {} } : result.value;
    },
    fetchProduct: function (p) {
      var init = p.fetchRequestInit || {};
      return post('/api/product/' + encodeURIComponent(p.product), { accountId: context.accountId, restPath: p.restPath, method: init.method || 'GET', headers: init.headers || [], body: init.body === undefined ? null : init.body });
    },
    submit: function (payload) {
      // A macro's configuration view hands its config to the editor around it, which saves the page.
      var macro = context.extension.macro;
      if (context.extension.type === 'macro' && macro && macro.isConfiguring) {
        if (window.parent === window) throw new Error('view.submit: this macro configuration is not open in an editor');
        window.parent.postMessage({ localForge: 'macro-submit', payload: JSON.parse(JSON.stringify(payload === undefined ? null : payload)) }, location.origin);
      }
      return true;
    },
    refresh: function () { return true; },
    open: function () { return true; },
    onClose: function (callback) { if (typeof callback === 'function') closeCallbacks.push(callback); return true; },
    close: function (payload) {
      closeCallbacks.forEach(function (callback) { callback(payload); });
      if (context.extension.type === 'macro' && context.extension.macro && context.extension.macro.isConfiguring && window.parent !== window) window.parent.postMessage({ localForge: 'macro-close' }, location.origin);
      if (isModal && window.parent !== window) window.parent.postMessage({ localForge: 'modal-close', payload: payload }, location.origin);
      return true;
    },
    enableTheming: function () {
      // As Forge's host: the user's colour mode on <html>, and the design tokens' CSS, ready before the first render.
      var theme = context.theme || { colorMode: 'light' };
      document.documentElement.setAttribute('data-color-mode', theme.colorMode === 'dark' ? 'dark' : 'light');
      document.documentElement.setAttribute('data-theme', 'light:light dark:dark spacing:spacing typography:typography');
      if (document.querySelector('link[data-forge-tokens]')) return true;
      return new Promise(function (resolve) {
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = TOKENS_CSS_PATH;
        link.setAttribute('data-forge-tokens', '');
        link.onload = link.onerror = function () { resolve(true); };
        document.head.appendChild(link);
      });
    },
    navigate: function (p) {
      var url = p.url !== undefined ? p.url : pathOf(p);
      if (p.type === 'new-tab') window.open(url, '_blank', 'noopener');
      // The sandbox keeps a frame from navigating the page, as in Forge: ask the host page to do it.
      else window.top.postMessage({ localForge: 'navigate', url: url }, location.origin);
      return true;
    },
    getUrl: function (location) { return new URL(pathOf(location), window.location.origin).toString(); },
    reload: function () { window.top.location.reload(); return true; },
    showFlag: function (options) { return showFlag(options); },
    closeFlag: function (p) { return closeFlag(p.id); },
    openModal: function (options) { return openModal(options); },
    createHistory: function () { return historyObject(); },
    changeWindowTitle: function (title) { try { window.top.document.title = String(title); } catch (e) { document.title = String(title); } return true; },
    emit: function (p) { deliver(p.event, p.payload); if (channel) channel.postMessage({ event: p.event, payload: p.payload }); return true; },
    on: function (p) {
      if (!bus.has(p.event)) bus.set(p.event, new Set());
      bus.get(p.event).add(p.callback);
      return { unsubscribe: function () { bus.get(p.event).delete(p.callback); } };
    },
    emitReadyEvent: function () { return true; },
    getFrameId: function () { return context.localId; },
  };
  // Forge's host sizes an app frame to its content (iframe-resizer); the shell does the same on this message.
  if (window.parent !== window && typeof ResizeObserver === 'function') {
    var lastHeight = 0;
    // The content's height, not the document's: the document is at least as tall as the frame, so it could never shrink.
    var contentHeight = function () {
      var bottom = 0;
      Array.prototype.forEach.call(document.body.children, function (element) {
        if (getComputedStyle(element).position === 'fixed') return; // flags and dialogs float over the page
        bottom = Math.max(bottom, element.getBoundingClientRect().bottom + window.scrollY);
      });
      return Math.ceil(bottom + 8);
    };
    var report = function () {
      var height = contentHeight();
      if (height !== lastHeight) { lastHeight = height; window.parent.postMessage({ localForge: 'resize', height: height }, location.origin); }
    };
    var observer = new ResizeObserver(report);
    var watch = function () { observer.observe(document.body); Array.prototype.forEach.call(document.body.children, function (element) { observer.observe(element); }); };
    if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
    new MutationObserver(function () { if (document.body) { watch(); report(); } }).observe(document.documentElement, { childList: true, subtree: true });
  }
  globalThis.__bridge = {
    callBridge: function (name, payload) {
      var handler = Object.prototype.hasOwnProperty.call(handlers, name) ? handlers[name] : undefined;
      if (!handler) return Promise.reject(new Error('callBridge("' + name + '") is unsupported in the local host'));
      try { return Promise.resolve(handler(payload)); } catch (error) { return Promise.reject(error); }
    },
  };
`;

export function bridgeScript(boot: BridgeBoot): string {
  const full = { ...boot, sandbox: FRAME_SANDBOX };
  return `(function () {\n  'use strict';\n  var BOOT = ${scriptJson(full)};\n  var TOKENS_CSS_PATH = ${scriptJson(TOKENS_CSS_PATH)};\n${BRIDGE_DOM_SOURCE}\n${BRIDGE_SOURCE}\n})();`;
}

/** Puts the bridge at the very start of `<head>`, so it runs before any bundle the page loads. */
export function injectBridge(indexHtml: string, boot: BridgeBoot): string {
  const tag = `<script>${bridgeScript(boot)}</script>`;
  const head = /<head[^>]*>/i.exec(indexHtml);
  if (head) return indexHtml.slice(0, head.index + head[0].length) + tag + indexHtml.slice(head.index + head[0].length);
  return tag + indexHtml;
}
