// The one way the pages call Hotseat's HTTP API. Errors come back as {error, message, problems?}; they are thrown
// as an ApiError with that code and message, so every page words a refusal the way the server did.

const TOKEN = 'hotseat.coachToken';
const COACH_NAME = 'hotseat.coachName';

/** An answer that was not 2xx: `code` is the server's error code, `status` the HTTP status, `problems` any file's. */
export class ApiError extends Error {
  constructor(status, code, message, problems = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = problems;
  }

  /** True when the server wants a coach (401 from a coach route, 403 for a learner or a wrong token). */
  get needsCoach() {
    return this.status === 401 || this.status === 403;
  }
}

/**
 * The coach token a coach pasted into this tab (scripts and a server without accounts use it). It is kept in
 * sessionStorage, so it dies with the tab, and sent only to the coach routes. A signed-in coach account needs none.
 */
export const coachToken = {
  get: () => sessionStorage.getItem(TOKEN) || '',
  name: () => sessionStorage.getItem(COACH_NAME) || '',
  keep(token, name) {
    sessionStorage.setItem(TOKEN, token);
    if (name) sessionStorage.setItem(COACH_NAME, name);
  },
  forget: () => sessionStorage.removeItem(TOKEN),
};

function headers(path, as) {
  const out = { Accept: as === 'json' ? 'application/json' : '*/*' };
  const token = coachToken.get();
  if (token && (path.startsWith('/api/coach/') || path.startsWith('/api/prompts/'))) out.Authorization = `Bearer ${token}`;
  return out;
}

/**
 * Calls the API. `body` (an object) goes as JSON, `bytes` (a File, Blob or ArrayBuffer) as they are; `as` says
 * what comes back: 'json' (the default), 'text' or 'blob'. A 204 gives null.
 */
export async function api(path, { method = 'GET', body, bytes, as = 'json' } = {}) {
  const init = { method, headers: headers(path, as), credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  } else if (bytes !== undefined) {
    init.headers['Content-Type'] = 'application/octet-stream';
    init.body = bytes;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, 'offline', `The server could not be reached (${error.message}). Check the connection and try again.`);
  }
  if (!response.ok) throw await refusal(response);
  if (response.status === 204) return null;
  if (as === 'text') return response.text();
  if (as === 'blob') return response.blob();
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

async function refusal(response) {
  let body = null;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = null;
  }
  return new ApiError(response.status, body?.error || `http-${response.status}`,
    body?.message || `The server answered ${response.status}.`, body?.problems || []);
}

/**
 * Who this browser is ({name, role, guest, accountsRequired}); a stale cookie is dropped and asked again once.
 * A signed-in coach account is enough for every coach route, so a token this tab held is dropped: the account wins.
 */
export async function whoAmI() {
  let me;
  try {
    me = await api('/api/me');
  } catch (error) {
    if (error.code !== 'bad-cookie') throw error;
    me = await api('/api/me');
  }
  if (me?.role === 'coach') coachToken.forget();
  return me;
}

/** A date and time in the reader's own words, e.g. "28 Nov 2026, 09:14". */
export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
