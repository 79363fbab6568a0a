import { $, el, clear } from './dom.js';
import { api } from './api.js';
import { showTopBar } from './topbar.js';

// Only a path on this site is a place to return to, never another origin.
function next() {
  const wanted = new URLSearchParams(location.search).get('next') || '/';
  return wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/';
}

async function submit(event) {
  event.preventDefault();
  const name = $('signin-name').value.trim();
  const password = $('signin-password').value;
  const error = $('signin-error');
  clear(error);
  if (!name || !password) {
    error.append(el('p', { class: 'notice-inline', role: 'alert', text: 'Enter both your name and your password.' }));
    return;
  }
  $('signin-form').querySelector('button').disabled = true;
  try {
    await api('/api/login', { method: 'POST', body: { name, password, claim: $('signin-claim').checked } });
    sessionStorage.clear();
    location.assign(next());
  } catch (failure) {
    error.append(el('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'signin-problem', text: failure.message }));
    $('signin-password').value = '';
    $('signin-password').focus();
  } finally {
    $('signin-form').querySelector('button').disabled = false;
  }
}

showTopBar('signin').then((me) => {
  if (me && me.accountsRequired) $('claim-row').hidden = true;
});
$('signin-form').addEventListener('submit', submit);
