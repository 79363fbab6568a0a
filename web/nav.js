import { el, clear } from './dom.js';
import { api, whoAmI } from './api.js';

const PAGES = [
  { href: '/', label: 'Practise', id: 'practise' },
  { href: '/history.html', label: 'History', id: 'history' },
  { href: '/progress.html', label: 'Progress', id: 'progress' },
];

/**
 * The bar at the top of every page: where to go, and who is signed in. Resolves to who this is, or null when
 * the page is sending the visitor to sign in first (with `--accounts required`).
 */
export async function showNav(root, current, { redirect = true } = {}) {
  let me;
  try {
    me = await whoAmI();
  } catch (error) {
    if (redirect && error.code === 'sign-in-required' && !location.pathname.endsWith('/signin.html')) {
      location.assign(`/signin.html?next=${encodeURIComponent(location.pathname + location.search)}`);
      return false;
    }
    me = null;
  }
  clear(root);
  root.append(
    el('a', { class: 'brand', href: '/', text: 'Hotseat' }),
    el('ul', { class: 'nav-links' }, PAGES.map((page) => el('li', {},
      el('a', { href: page.href, text: page.label, 'aria-current': page.id === current ? 'page' : null })))),
    identity(me));
  return me;
}

function identity(me) {
  if (!me) return el('span', { class: 'nav-me muted', text: '' });
  if (me.guest) {
    return el('span', { class: 'nav-me', 'data-testid': 'nav-me', 'data-guest': 'true' },
      el('span', { class: 'muted', text: 'Guest' }),
      el('a', { href: `/signin.html?next=${encodeURIComponent(location.pathname)}`, 'data-testid': 'sign-in-link', text: 'Sign in' }));
  }
  return el('span', { class: 'nav-me', 'data-testid': 'nav-me', 'data-guest': 'false' },
    el('span', { 'data-testid': 'nav-name', text: me.role === 'coach' ? `${me.name} (coach)` : me.name }),
    el('button', { type: 'button', class: 'link-button', 'data-testid': 'sign-out', text: 'Sign out', onclick: signOut }));
}

async function signOut() {
  await api('/api/logout', { method: 'POST' }).catch(() => null);
  sessionStorage.clear();
  location.assign('/');
}
