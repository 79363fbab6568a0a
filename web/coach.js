import { $, el } from './dom.js';
import { coachToken } from './api.js';
import { redrawTopBar } from './topbar.js';

// What the coach pages (studio, review, dashboard) share: the one coach sign-in form, and calls that show it when
// the server wants a coach. A signed-in coach account is enough everywhere; the token is for a server without
// coach accounts (and for scripts).

/**
 * Opens coach page `current` (its content is the <main> `content`): shown at once to a coach account or a tab
 * holding the token, else the sign-in form takes its place. `start(page)` runs when the content is shown.
 */
export function openCoachPage(current, me, content, start) {
  const page = { current, me, content, start };
  if (me?.role === 'coach' || coachToken.get()) {
    show(page);
  } else {
    signInForm(page, me && !me.guest ? `You are signed in as ${me.name}, a ${me.role}: this page is for coaches.`
      : 'This page is for coaches.');
  }
  return page;
}

/**
 * Runs a call for a coach page: when the server wants a coach, the sign-in form takes the page's place (and the page
 * starts again once the coach is in); any other failure shows in the status line. Resolves to null when it failed.
 */
export async function guarded(page, work) {
  try {
    return await work();
  } catch (error) {
    if (error.needsCoach) {
      coachToken.forget();
      redrawTopBar(page.current, page.me);
      signInForm(page, error.message);
    } else {
      status(error.message, 'error');
    }
    return null;
  }
}

/** The name a coach goes by in version histories: the account's, or the one typed beside the token. */
export function coachName(me) {
  return me?.role === 'coach' ? me.name : coachToken.name();
}

/** Shows a one-line status in the coach page's status line, under its heading. */
export function status(text, kind = 'info') {
  $('status')?.replaceChildren(el('p', { class: `notice notice-${kind}`, 'data-testid': `status-${kind}`, text }));
}

function show(page) {
  $('coach-sign-in')?.remove();
  page.content.hidden = false;
  // The status line is there, empty, before anything is said in it, so screen readers announce what comes.
  if (!$('status')) {
    page.content.querySelector('h1').after(el('div', { id: 'status', class: 'notices-inline', role: 'status',
      'aria-live': 'polite', 'data-testid': 'status' }));
  }
  page.start(page);
}

function signInForm(page, reason) {
  page.content.hidden = true;
  $('coach-sign-in')?.remove();
  const next = encodeURIComponent(location.pathname + location.search);
  const token = el('input', { id: 'coach-token', type: 'password', autocomplete: 'off', required: true, 'data-testid': 'coach-token' });
  const name = el('input', { id: 'coach-name', type: 'text', autocomplete: 'name', maxlength: 80, 'data-testid': 'coach-name',
    value: coachToken.name() });
  const form = el('form', { class: 'card form', 'data-testid': 'token-form' },
    el('label', { for: 'coach-token', text: 'Coach token (printed when the server starts)' }), token,
    el('label', { for: 'coach-name', text: 'Your name, shown beside your saves and marks' }), name,
    el('button', { type: 'submit', class: 'primary', 'data-testid': 'token-submit', text: 'Continue' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    coachToken.keep(token.value.trim(), name.value.trim());
    redrawTopBar(page.current, page.me);
    show(page);
  });
  const main = el('main', { id: 'coach-sign-in', class: 'screen page', 'data-testid': 'coach-sign-in' },
    el('h1', { text: 'For coaches' }),
    el('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'coach-denied', text: reason }),
    el('p', {}, el('a', { href: `/signin.html?next=${next}`, 'data-testid': 'coach-account-sign-in', text: 'Sign in with your coach account' }),
      ' — or, on a server without coach accounts, paste the coach token. It is kept in this tab only.'),
    form);
  page.content.before(main);
  token.focus();
}

