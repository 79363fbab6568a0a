import { $, el, clear } from './dom.js';
import { api } from './api.js';
import { showTopBar } from './topbar.js';

// The page a reset link opens: the link's secret is after '#', so it never reaches a server log or a Referer.
const token = location.hash.slice(1);

async function submit(event) {
  event.preventDefault();
  const error = $('reset-error');
  clear(error);
  try {
    await api('/api/reset', { method: 'POST', body: { token, password: $('reset-password').value } });
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
    location.assign('/');
  } catch (failure) {
    error.append(el('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'reset-problem', text: failure.message }));
    $('reset-password').focus();
  }
}

$('reset-form').addEventListener('submit', submit);
showTopBar('reset', { redirect: false }).then(() => {
  if (!token) {
    $('reset-error').append(el('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'reset-problem',
      text: 'This page needs the whole link your coach sent (it ends with a long code after #).' }));
    $('reset-form').querySelector('button').disabled = true;
  }
});
