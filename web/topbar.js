import { $, el, append } from './dom.js';
import { api, whoAmI, coachToken } from './api.js';

// The skip link and the bar at the top of every page: where to go, and who is signed in. Learners see their own
// pages; coaches (a coach account, or a tab holding the coach token) also see the coach pages.

const LEARNER_PAGES = [
  { href: '/', label: 'Practise', id: 'practise' },
  { href: '/history.html', label: 'History', id: 'history' },
  { href: '/progress.html', label: 'Progress', id: 'progress' },
];
const COACH_PAGES = [
  { href: '/studio.html', label: 'Studio', id: 'studio' },
  { href: '/review.html', label: 'Review', id: 'review' },
  { href: '/dashboard.html', label: 'Dashboard', id: 'dashboard' },
];

/**
 * Draws the bar for page `current` and resolves to who this is; to null when that could not be told, and to false
 * when the visitor is being sent to sign in first (with `--accounts required`; `redirect: false` stays instead).
 */
export async function showTopBar(current, { redirect = true } = {}) {
  const nav = el('nav', { id: 'site-nav', class: 'site-nav', 'aria-label': 'Main', 'data-testid': 'top-bar' });
  document.body.prepend(skipLink(), el('header', { class: 'site-header' }, nav));
  heading();
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
  fill(nav, current, me);
  return me;
}

/** Draws the bar again (after the coach token was given or forgotten). */
export function redrawTopBar(current, me) {
  const nav = $('site-nav');
  if (nav) fill(nav, current, me);
}

function fill(nav, current, me) {
  const coach = me?.role === 'coach' || Boolean(coachToken.get());
  const link = (page) => el('li', {}, el('a', { href: page.href, text: page.label,
    'aria-current': page.id === current ? 'page' : null, 'data-testid': `nav-${page.id}` }));
  nav.replaceChildren();
  append(nav,
    el('a', { class: 'brand', href: '/', text: 'Hotseat' }),
    el('ul', { class: 'nav-links' }, LEARNER_PAGES.map(link)),
    coach ? el('ul', { class: 'nav-links nav-coach', 'aria-label': 'Coach pages', 'data-testid': 'coach-links' },
      COACH_PAGES.map(link)) : null,
    identity(me, current));
}

function identity(me, current) {
  if (me && !me.guest) {
    return el('span', { class: 'nav-me', 'data-testid': 'nav-me', 'data-guest': 'false' },
      el('a', { href: '/account.html', 'data-testid': 'nav-name', 'aria-current': current === 'account' ? 'page' : null,
        text: me.role === 'coach' ? `${me.name} (coach)` : me.name }),
      el('button', { type: 'button', class: 'link-button', 'data-testid': 'sign-out', text: 'Sign out', onclick: signOut }));
  }
  const here = encodeURIComponent(location.pathname + location.search);
  return el('span', { class: 'nav-me', 'data-testid': 'nav-me', 'data-guest': String(Boolean(me?.guest)) },
    coachToken.get()
      ? el('button', { type: 'button', class: 'link-button', 'data-testid': 'forget-token', text: 'Forget the coach token',
        onclick: () => forgetToken(current, me) })
      : el('span', { class: 'muted', text: me ? 'Guest' : '' }),
    el('a', { href: `/signin.html?next=${here}`, 'data-testid': 'sign-in-link', text: 'Sign in' }));
}

function forgetToken(current, me) {
  coachToken.forget();
  redrawTopBar(current, me);
  if (COACH_PAGES.some((page) => page.id === current)) location.reload();
}

// The page's title as its heading (head.js keeps it), for a page that does not write its own <h1>.
function heading() {
  const main = document.querySelector('main');
  const title = document.documentElement.dataset.title;
  if (main && title && !main.querySelector('h1')) main.prepend(el('h1', { text: title }));
}

// Straight to the page's own content, past the bar: the first <main> on screen.
function skipLink() {
  return el('a', { class: 'skip', href: '#', text: 'Skip to the content', onclick: (event) => {
    event.preventDefault();
    const main = [...document.querySelectorAll('main')].find((node) => !node.hidden);
    if (!main) return;
    main.setAttribute('tabindex', '-1');
    main.focus();
  } });
}

async function signOut() {
  await api('/api/logout', { method: 'POST' }).catch(() => null);
  sessionStorage.clear();
  location.assign('/');
}
