/**
 * Forge's host draws an app's flags (`showFlag`) and modals (`new Modal().open()`) on the product page, outside the
 * app's frame, so they are in the viewport wherever the user scrolled to. The shell page does the same: an app frame
 * asks by `postMessage` (same origin, from one of this page's frames) and this script draws them top-level —
 * flags bottom-left and stacked, modals as a centred dialog with the resource in a nested frame — and tells the
 * asking frame what happened (a flag action clicked, a modal closed with its payload).
 * Plain ES2020 source text; styles go through the CSSOM, so the shell's CSP needs no 'unsafe-inline' for them.
 */
export const HOST_OVERLAYS_SCRIPT = String.raw`(function () {
  'use strict';
  // The frames' bridge looks for this marker to know its top page draws flags and modals.
  window.__localForgeHost = { version: 1 };
  var FLAG_COLOURS = { info: '#0c66e4', success: '#1f845a', warning: '#b38600', error: '#c9372c' };
  var MODAL_WIDTHS = { small: '400px', medium: '600px', large: '800px', xlarge: '968px', max: '95vw', fullscreen: '100vw' };
  var flags = new Map();
  var modals = [];
  function styled(tag, style, text) {
    var el = document.createElement(tag);
    Object.assign(el.style, style || {});
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }
  /** The iframe element on this page (shell frames and modal frames) whose window sent a message. */
  function frameOf(source) {
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  function flagArea() {
    var area = document.getElementById('local-forge-flags');
    if (!area) {
      area = styled('div', { position: 'fixed', left: '16px', bottom: '16px', zIndex: '2147483000', display: 'flex', flexDirection: 'column-reverse', gap: '8px', width: '360px', maxWidth: 'calc(100vw - 32px)' });
      area.id = 'local-forge-flags';
      area.setAttribute('role', 'region');
      area.setAttribute('aria-label', 'Flags');
      document.body.appendChild(area);
    }
    return area;
  }
  function closeFlag(id) {
    var entry = flags.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.element.remove();
    flags.delete(id);
  }
  function showFlag(flag, source) {
    var id = String(flag.id);
    closeFlag(id);
    var kind = FLAG_COLOURS[flag.appearance] ? flag.appearance : 'info';
    var element = styled('div', { background: '#fff', borderLeft: '4px solid ' + FLAG_COLOURS[kind], boxShadow: '0 4px 12px rgba(9,30,66,.25)', borderRadius: '4px', padding: '10px 12px', font: '14px/1.4 system-ui, sans-serif', color: '#172b4d' });
    element.setAttribute('role', kind === 'error' || kind === 'warning' ? 'alert' : 'status');
    element.setAttribute('data-flag-id', id);
    element.setAttribute('data-appearance', kind);
    element.appendChild(styled('strong', { display: 'block' }, flag.title || ''));
    if (flag.description) element.appendChild(styled('div', {}, flag.description));
    var buttons = styled('div', { marginTop: '6px', display: 'flex', gap: '8px' });
    (Array.isArray(flag.actions) ? flag.actions : []).forEach(function (text, index) {
      var button = styled('button', {}, text);
      button.type = 'button';
      button.addEventListener('click', function () { if (source) source.postMessage({ localForge: 'flag-action', id: id, index: index }, location.origin); });
      buttons.appendChild(button);
    });
    var dismiss = styled('button', {}, 'Dismiss');
    dismiss.type = 'button';
    dismiss.setAttribute('aria-label', 'Dismiss: ' + (flag.title || ''));
    dismiss.addEventListener('click', function () { closeFlag(id); });
    buttons.appendChild(dismiss);
    element.appendChild(buttons);
    flagArea().appendChild(element);
    // isAutoDismiss: true closes the flag after 8 s (Forge's showFlag docs); one the user is reading (pointer or focus on it) stays.
    var timer = flag.isAutoDismiss !== true ? undefined : setTimeout(function expire() {
      if (element.matches(':hover') || element.contains(document.activeElement)) { flags.get(id).timer = setTimeout(expire, 2000); return; }
      closeFlag(id);
    }, 8000);
    flags.set(id, { element: element, timer: timer });
  }

  function closeModal(entry, payload) {
    var index = modals.indexOf(entry);
    if (index < 0) return;
    modals.splice(index, 1);
    entry.overlay.remove();
    if (entry.opener) {
      entry.opener.postMessage({ localForge: 'modal-closed', modalId: entry.modalId, payload: payload }, location.origin);
      var openerFrame = frameOf(entry.opener);
      if (openerFrame) openerFrame.focus(); // back to the frame (and, inside it, the control) that opened it
    }
  }
  function openModal(modal, modalId, source) {
    var size = modal.size || 'medium';
    var custom = typeof size === 'object' && size !== null;
    var width = custom ? String(size.width) : MODAL_WIDTHS[size] || MODAL_WIDTHS.medium;
    var overlay = styled('div', { position: 'fixed', inset: '0', background: 'rgba(9,30,66,.54)', zIndex: String(2147482000 + modals.length), display: 'flex', alignItems: 'center', justifyContent: 'center' });
    var dialog = styled('div', { background: '#fff', borderRadius: '4px', width: width, maxWidth: '100vw', maxHeight: '90vh', display: 'flex', flexDirection: 'column', boxShadow: '0 8px 24px rgba(9,30,66,.3)' });
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('data-testid', 'host-modal');
    var title = typeof modal.title === 'string' && modal.title ? modal.title : '';
    if (title) {
      var heading = styled('h2', { margin: '12px 16px 0', font: '600 18px system-ui, sans-serif' }, title);
      heading.id = 'local-forge-modal-title-' + modals.length;
      dialog.setAttribute('aria-labelledby', heading.id);
      dialog.appendChild(heading);
    }
    var frame = styled('iframe', { border: '0', width: '100%', height: custom && size.height ? String(size.height) : size === 'fullscreen' ? '100vh' : '240px', maxHeight: '85vh' });
    frame.title = title || 'Dialog';
    frame.setAttribute('sandbox', modal.sandbox);
    frame.src = '/resources/' + encodeURIComponent(modal.resource) + '/?' + String(modal.query).replace(/^\?/, '');
    frame.setAttribute('data-modal-frame', '');
    dialog.appendChild(frame);
    overlay.appendChild(dialog);
    var entry = { modalId: modalId, overlay: overlay, frame: frame, opener: source, options: modal, sized: !(custom && size.height) && size !== 'fullscreen' };
    overlay.addEventListener('click', function (event) { if (event.target === overlay && modal.closeOnOverlayClick !== false) closeModal(entry, undefined); });
    frame.addEventListener('load', function () { frame.focus(); });
    modals.push(entry);
    document.body.appendChild(overlay);
    frame.focus();
  }
  function modalOf(source) {
    for (var i = 0; i < modals.length; i++) if (modals[i].frame.contentWindow === source) return modals[i];
    return null;
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== location.origin || !data || typeof data.localForge !== 'string' || !frameOf(event.source)) return;
    var modal = modalOf(event.source);
    switch (data.localForge) {
      case 'show-flag': if (data.flag && data.flag.id !== undefined) showFlag(data.flag, event.source); return;
      case 'close-flag': closeFlag(String(data.id)); return;
      case 'open-modal':
        if (data.modal && typeof data.modal.resource === 'string' && typeof data.modal.query === 'string') openModal(data.modal, data.modalId, event.source);
        return;
      case 'modal-close': if (modal) closeModal(modal, data.payload); return;
      case 'modal-escape': if (modal && modal.options.closeOnEscape !== false) closeModal(modal, undefined); return;
      case 'resize':
        // A modal grows with its content, up to most of the viewport (then its frame scrolls).
        if (modal && modal.sized && typeof data.height === 'number') modal.frame.style.height = Math.max(120, Math.min(data.height + 2, Math.floor(window.innerHeight * 0.85))) + 'px';
        return;
      default: return;
    }
  });
  document.addEventListener('keydown', function (event) {
    var top = modals[modals.length - 1];
    if (event.key === 'Escape' && top && top.options.closeOnEscape !== false) closeModal(top, undefined);
  });
})();`;
