import { $, el, clear } from './dom.js';
import { api } from './api.js';
import { showTopBar } from './topbar.js';

// Only a path on this site is a place to return to, never another origin.
function next() {
  const wanted = new URLSearchParams(location.search).get('next') || '/';
  return wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/';
}

/**
 * Sends one of the page's two forms (sign in, sign up) to `path`; on success the browser goes where it was going,
 * on a refusal the server's words show in the form and the password is cleared for another go.
 */
function sender(form, path, { name, password, problem, claim }) {
  return async (event) => {
    event.preventDefault();
    const error = $(`${form}-error`);
    clear(error);
    const body = { name: $(name).value.trim(), password: $(password).value, claim: claim() };
    if (!body.name || !body.password) {
      error.append(el('p', { class: 'notice-inline', role: 'alert', text: 'Enter both a name and a password.' }));
      return;
    }
    const button = $(`${form}-form`).querySelector('button');
    button.disabled = true;
    try {
      await api(path, { method: 'POST', body });
      sessionStorage.clear();
      location.assign(next());
    } catch (failure) {
      error.append(el('p', { class: 'notice-inline', role: 'alert', 'data-testid': problem, text: failure.message }));
      $(password).value = '';
      $(password).focus();
    } finally {
      button.disabled = false;
    }
  };
}

const keep = () => $('signin-claim').checked;
$('signin-form').addEventListener('submit', sender('signin', '/api/login',
  { name: 'signin-name', password: 'signin-password', problem: 'signin-problem', claim: keep }));
$('signup-form').addEventListener('submit', sender('signup', '/api/signup',
  { name: 'signup-name', password: 'signup-password', problem: 'signup-problem', claim: keep }));

showTopBar('signin').then(async (me) => {
  if (me && me.accountsRequired) $('claim-row').hidden = true;
  const signUp = await api('/api/signup').catch(() => ({ open: false }));
  $('signup').hidden = !signUp.open;
  if (signUp.open) $('signin-why').textContent = 'With an account, your sessions follow you to any browser.'
    + ' Sign in, or make an account below.';
});
