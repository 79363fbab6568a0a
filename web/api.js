// Calls to Hotseat's HTTP API. Errors come back as {error, message}; they are thrown with that message.

/** An API answer that was not 2xx: `code` is the server's error code, `status` the HTTP status. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Fetches JSON (GET unless `options.method` says otherwise); a body object is sent as JSON. */
export async function api(path, options = {}) {
  const init = { method: options.method || 'GET', headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (options.body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, 'offline', `The server could not be reached (${error.message}). Check the connection and try again.`);
  }
  if (response.status === 204) return null;
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, body?.error || 'http', body?.message || `The server answered ${response.status}.`);
  }
  return body;
}

/** Who this browser is ({name, role, guest, accountsRequired}); a stale cookie is dropped and asked again once. */
export async function whoAmI() {
  try {
    return await api('/api/me');
  } catch (error) {
    if (error.code === 'bad-cookie') return api('/api/me');
    throw error;
  }
}

/** A date and time in the reader's own words, e.g. "28 Nov 2026, 09:14". */
export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
