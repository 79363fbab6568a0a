import { $, el, clear } from './dom.js';
import { api } from './api.js';
import { showTopBar } from './topbar.js';

// A signed-in person's own account: who they are, and changing the password (the other browsers are signed out).

function say(text, kind, testid) {
  const box = $('password-status');
  clear(box);
  box.append(el('p', { class: `notice-inline notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': testid, text }));
}

async function change(event) {
  event.preventDefault();
  const current = $('current-password').value;
  const password = $('new-password').value;
  if (!current || !password) {
    say('Type your password now and the new one.', 'error', 'password-problem');
    return;
  }
  try {
    await api('/api/me/password', { method: 'POST', body: { current, password } });
    $('password-form').reset();
    say('Your password is changed. Other browsers signed in as you are now signed out.', 'info', 'password-changed');
  } catch (failure) {
    say(failure.message, 'error', 'password-problem');
  }
}

$('password-form').addEventListener('submit', change);
showTopBar('account').then((me) => {
  if (me === false) return;
  if (!me || me.guest) {
    $('account-who').textContent = 'You are practising as a guest: sign in to see your account.';
    $('password-form').closest('section').hidden = true;
    return;
  }
  $('account-who').textContent = `Signed in as ${me.name}, a ${me.role}.`;
});
