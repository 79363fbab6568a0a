import { el } from './dom.js';

// Coach pages talk to /api/coach/* as a signed-in coach (the cookie goes by itself) or with the coach token,
// which is kept for this tab only.
const KEY = 'hotseat.coachToken';

/** Thrown when the server wants coach credentials. */
export class NeedsCoach extends Error {}

/** A failed call, with the server's error code and message. */
export class CoachError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Calls the API; JSON in and out, unless `raw` asks for the text. */
export async function coachFetch(path, { method = 'GET', body, raw = false } = {}) {
  const headers = { Accept: raw ? '*/*' : 'application/json' };
  const token = sessionStorage.getItem(KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 || response.status === 403) {
    const problem = await response.json().catch(() => ({}));
    throw new NeedsCoach(problem.message || 'This page is for coaches.');
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new CoachError(problem.error || `http-${response.status}`, problem.message || `HTTP ${response.status}`);
  }
  return raw ? response.text() : response.json();
}

/** Shows the token form in `root` (once, however many calls were refused); `onSaved` runs once a token is entered. */
export function askForToken(root, reason, onSaved) {
  if (root.querySelector('[data-testid=token-form]')) return;
  const input = el('input', { id: 'coach-token', type: 'password', autocomplete: 'off', 'data-testid': 'coach-token', required: true });
  const form = el('form', { class: 'token-form', 'data-testid': 'token-form' },
    el('p', { text: reason }),
    el('label', { for: 'coach-token', text: 'Coach token (printed when the server starts)' }),
    input,
    el('button', { type: 'submit', class: 'primary', text: 'Continue' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, input.value.trim());
    root.replaceChildren();
    onSaved();
  });
  root.replaceChildren(form);
  input.focus();
}

/** Shows a one-line status in the page's #status region. */
export function status(text, kind = 'info') {
  document.getElementById('status')
    .replaceChildren(el('p', { class: `notice notice-${kind}`, 'data-testid': `status-${kind}`, text }));
}

/**
 * Runs a call for a coach page: when the server wants coach credentials, the token form (in #token) appears and
 * `restart` runs once a token is given; any other failure shows in the status line. Null when it failed.
 */
export async function guarded(work, restart) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NeedsCoach) askForToken(document.getElementById('token'), error.message, restart);
    else status(error.message, 'error');
    return null;
  }
}

/** Offers text as a file download (CSV, JSONL) without leaving the page. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
