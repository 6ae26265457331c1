/**
 * Browser-side helpers of the local bridge for flags (`showFlag`/`closeFlag`) and modals (`openModal`: a frame of
 * the resource with its own bridge and `extension.modal`). As in Forge, the host page draws them: when the frame's
 * top page is the local shell (shell/host-overlays.ts), the frame asks it by `postMessage` and keeps the callbacks
 * (flag actions, `onClose`), which cannot travel. A frame opened on its own draws them inside itself instead.
 * Plain ES2020 source text, injected by bridge-script.ts; styles go through the CSSOM so the page's CSP
 * needs no 'unsafe-inline' for them.
 */
export const BRIDGE_DOM_SOURCE = String.raw`
  var hostPage = (function () {
    try { return window.top !== window && window.top.__localForgeHost ? window.top : null; } catch (e) { return null; }
  })();
  var hostFlagActions = new Map();
  var hostModalCallbacks = new Map();
  var hostModalCount = 0;
  if (hostPage) {
    window.addEventListener('message', function (event) {
      if (event.origin !== location.origin || event.source !== hostPage || !event.data) return;
      if (event.data.localForge === 'flag-action') {
        var action = (hostFlagActions.get(String(event.data.id)) || [])[event.data.index];
        if (action && typeof action.onClick === 'function') action.onClick();
      }
      if (event.data.localForge === 'modal-closed' && hostModalCallbacks.has(event.data.modalId)) {
        var onClose = hostModalCallbacks.get(event.data.modalId);
        hostModalCallbacks.delete(event.data.modalId);
        if (typeof onClose === 'function') onClose(event.data.payload);
      }
    });
  }
  /** Only what a structured clone carries: a flag's words and its actions' texts. */
  function hostFlag(options) {
    var actions = Array.isArray(options.actions) ? options.actions : [];
    hostFlagActions.set(String(options.id), actions);
    hostPage.postMessage({ localForge: 'show-flag', flag: {
      id: String(options.id), title: options.title === undefined ? '' : String(options.title),
      description: options.description === undefined ? '' : String(options.description),
      appearance: options.appearance || options.type || 'info', isAutoDismiss: options.isAutoDismiss,
      actions: actions.map(function (action) { return String(action.text); }),
    } }, location.origin);
    return true;
  }
  function hostModal(options) {
    var params = new URLSearchParams(location.search);
    params.set('modal', JSON.stringify(options.context === undefined ? {} : options.context));
    params.set('localId', BOOT.context.localId + '-modal-' + (++hostModalCount));
    var modalId = BOOT.context.localId + ':' + hostModalCount;
    hostModalCallbacks.set(modalId, options.onClose);
    var size = typeof options.size === 'object' && options.size !== null ? { width: String(options.size.width), height: options.size.height === undefined ? undefined : String(options.size.height) } : options.size;
    hostPage.postMessage({ localForge: 'open-modal', modalId: modalId, modal: {
      resource: String(options.resource || BOOT.resourceKey), query: params.toString(), size: size, sandbox: BOOT.sandbox,
      title: typeof options.title === 'string' ? options.title : '', closeOnEscape: options.closeOnEscape, closeOnOverlayClick: options.closeOnOverlayClick,
    } }, location.origin);
    return true;
  }
  function styled(tag, style, text) {
    var el = document.createElement(tag);
    Object.assign(el.style, style || {});
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }
  var FLAG_COLOURS = { info: '#0c66e4', success: '#1f845a', warning: '#b38600', error: '#c9372c' };
  var flags = new Map();
  function flagArea() {
    var area = document.getElementById('__local_forge_flags');
    if (!area) {
      area = styled('div', { position: 'fixed', left: '16px', bottom: '16px', zIndex: '2147483000', display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '360px' });
      area.id = '__local_forge_flags';
      area.setAttribute('role', 'region');
      area.setAttribute('aria-label', 'Flags');
      document.body.appendChild(area);
    }
    return area;
  }
  function closeFlag(id) {
    if (hostPage) { hostFlagActions.delete(String(id)); hostPage.postMessage({ localForge: 'close-flag', id: String(id) }, location.origin); return true; }
    var el = flags.get(id);
    if (el) { el.remove(); flags.delete(id); }
    return true;
  }
  function showFlag(options) {
    if (hostPage) return hostFlag(options);
    var kind = options.appearance || options.type || 'info';
    closeFlag(options.id);
    var flag = styled('div', { background: '#fff', borderLeft: '4px solid ' + (FLAG_COLOURS[kind] || FLAG_COLOURS.info), boxShadow: '0 4px 12px rgba(9,30,66,.25)', borderRadius: '4px', padding: '10px 12px', font: '14px/1.4 system-ui, sans-serif', color: '#172b4d' });
    flag.setAttribute('role', kind === 'error' || kind === 'warning' ? 'alert' : 'status');
    flag.dataset.flagId = String(options.id);
    flag.appendChild(styled('strong', { display: 'block' }, options.title || ''));
    if (options.description) flag.appendChild(styled('div', {}, options.description));
    var buttons = styled('div', { marginTop: '6px', display: 'flex', gap: '8px' });
    (options.actions || []).forEach(function (action) {
      var button = styled('button', {}, action.text);
      button.type = 'button';
      button.addEventListener('click', function () { if (typeof action.onClick === 'function') action.onClick(); });
      buttons.appendChild(button);
    });
    var dismiss = styled('button', {}, 'Dismiss');
    dismiss.type = 'button';
    dismiss.addEventListener('click', function () { closeFlag(options.id); });
    buttons.appendChild(dismiss);
    flag.appendChild(buttons);
    flagArea().appendChild(flag);
    flags.set(options.id, flag);
    if (options.isAutoDismiss) setTimeout(function () { closeFlag(options.id); }, 8000);
    return true;
  }

  var MODAL_WIDTHS = { small: '400px', medium: '600px', large: '800px', xlarge: '968px', max: '95vw', fullscreen: '100vw' };
  function openModal(options) {
    if (hostPage) return hostModal(options);
    var size = options.size || 'medium';
    var width = typeof size === 'object' ? size.width : MODAL_WIDTHS[size] || '600px';
    var height = typeof size === 'object' ? size.height : size === 'fullscreen' ? '100vh' : '70vh';
    var overlay = styled('div', { position: 'fixed', inset: '0', background: 'rgba(9,30,66,.54)', zIndex: '2147482000', display: 'flex', alignItems: 'center', justifyContent: 'center' });
    var dialog = styled('div', { background: '#fff', borderRadius: '4px', width: width, maxWidth: '100vw', height: height, display: 'flex', flexDirection: 'column' });
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    if (options.title) {
      dialog.setAttribute('aria-label', options.title);
      dialog.appendChild(styled('h2', { margin: '12px 16px', font: '600 18px system-ui, sans-serif' }, options.title));
    }
    var params = new URLSearchParams(location.search);
    params.set('modal', JSON.stringify(options.context === undefined ? {} : options.context));
    params.set('localId', BOOT.context.localId + '-modal-' + Date.now());
    var frame = styled('iframe', { border: '0', flex: '1', width: '100%' });
    frame.title = options.title || 'Modal';
    frame.setAttribute('sandbox', BOOT.sandbox);
    frame.src = '/resources/' + encodeURIComponent(options.resource || BOOT.resourceKey) + '/?' + params.toString();
    dialog.appendChild(frame);
    overlay.appendChild(dialog);
    var closed = false;
    function finish(payload) {
      if (closed) return;
      closed = true;
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKey);
      overlay.remove();
      if (typeof options.onClose === 'function') options.onClose(payload);
    }
    function onMessage(event) {
      if (event.origin === location.origin && event.source === frame.contentWindow && event.data && event.data.localForge === 'modal-close') finish(event.data.payload);
    }
    function onKey(event) { if (event.key === 'Escape' && options.closeOnEscape !== false) finish(undefined); }
    overlay.addEventListener('click', function (event) { if (event.target === overlay && options.closeOnOverlayClick !== false) finish(undefined); });
    window.addEventListener('message', onMessage);
    document.addEventListener('keydown', onKey);
    document.body.appendChild(overlay);
    frame.focus();
    return true;
  }
`;
