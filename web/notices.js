import { $, el } from './dom.js';

/** Calm, dismissible notices at the top of the page (never alert boxes). */
export function notify(text, kind = 'info') {
  const root = noticeArea();
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

// Next to where the learner is looking: above the reply box in a chat, at the top of the start
// screen, else a floating toast.
function noticeArea() {
  const visible = (id) => !$(id).closest('[hidden]');
  if (visible('chat-notices')) return $('chat-notices');
  if (visible('start-notices')) return $('start-notices');
  return $('notices');
}

/** Speaks a line to screen readers through the live region. */
export function announce(text) {
  const region = $('announcer');
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
  const banner = $('connection');
  banner.dataset.state = state;
  const seconds = delay ? ` in ${Math.max(1, Math.round(delay / 1000))} s` : '';
  banner.textContent = state === 'reconnecting' ? `Connection lost. Reconnecting${seconds}…` : MESSAGES[state] || '';
  // A first connection takes a blink; only a lost one is worth a banner.
  banner.hidden = state !== 'reconnecting';
  document.body.dataset.connection = state;
}
