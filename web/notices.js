import { el } from './dom.js';

/** Calm, dismissible notices at the top of the page (never alert boxes). */
export function notify(text, kind = 'info') {
  const root = document.getElementById('notices');
  const notice = el('div', { class: `notice notice-${kind}`, role: 'status', 'data-testid': 'notice' },
    el('p', { text }),
    el('button', {
      type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', 'data-testid': 'notice-dismiss', text: '×',
      onclick: () => notice.remove(),
    }));
  root.append(notice);
  while (root.children.length > 3) root.firstElementChild.remove();
  return notice;
}

/** Speaks a line to screen readers through the live region. */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // A fresh text node after clearing makes screen readers announce repeated text too.
  requestAnimationFrame(() => { region.textContent = text; });
}

const MESSAGES = {
  open: '',
  connecting: 'Connecting…',
  reconnecting: 'Connection lost. Reconnecting…',
};

/** Shows the socket's state in the banner; hidden while connected. */
export function showConnection(state, delay) {
  const banner = document.getElementById('connection');
  banner.dataset.state = state;
  const seconds = delay ? ` in ${Math.max(1, Math.round(delay / 1000))} s` : '';
  banner.textContent = state === 'reconnecting' ? `Connection lost. Reconnecting${seconds}…` : MESSAGES[state] || '';
  banner.hidden = state === 'open';
}
