// The studio's calls to /api/coach/…, with the coach token (kept in this tab's sessionStorage) as a bearer header.
const TOKEN = 'hotseat.coachToken';
const AUTHOR = 'hotseat.coachName';

export const session = {
  token: () => sessionStorage.getItem(TOKEN) || '',
  author: () => sessionStorage.getItem(AUTHOR) || '',
  remember(token, author) {
    sessionStorage.setItem(TOKEN, token);
    sessionStorage.setItem(AUTHOR, author || '');
  },
  forget() {
    sessionStorage.removeItem(TOKEN);
  },
};

/** An answer the server refused: status, error code, message, and the file problems when there are any. */
export class StudioError extends Error {
  constructor(status, body) {
    super(body?.message || `The server answered ${status}`);
    this.status = status;
    this.code = body?.error || 'http-' + status;
    this.problems = body?.problems || [];
  }
}

/** Calls a studio route; JSON in and out unless `raw` (a Blob/ArrayBuffer body) or `blob` (a file back). */
export async function call(method, path, { json, raw, blob } = {}) {
  const headers = { Accept: blob ? '*/*' : 'application/json' };
  if (session.token()) headers.Authorization = `Bearer ${session.token()}`;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (raw !== undefined) {
    headers['Content-Type'] = 'application/octet-stream';
    body = raw;
  }
  const response = await fetch(path, { method, headers, body });
  if (!response.ok) {
    let detail = null;
    try {
      detail = await response.json();
    } catch {
      detail = null;
    }
    throw new StudioError(response.status, detail);
  }
  return blob ? response.blob() : response.json();
}

export const api = {
  list: () => call('GET', '/api/coach/prompts'),
  lintAll: () => call('POST', '/api/coach/lint', { json: {} }),
  open: (kind, id) => call('GET', `/api/coach/${kind}/${id}`),
  check: (kind, id, text) => call('POST', `/api/coach/${kind}/${id}/check`, { json: { text } }),
  save: (kind, id, text, base) => call('POST', `/api/coach/${kind}/${id}`, { json: { text, base, author: session.author() } }),
  versions: (kind, id) => call('GET', `/api/coach/${kind}/${id}/versions`),
  revert: (kind, id, version, base) => call('POST', `/api/coach/${kind}/${id}/revert`, { json: { version, base, author: session.author() } }),
  newDraft: (id, from) => call('POST', '/api/coach/drafts', { json: { id, from } }),
  drive: (id, text) => call('POST', `/api/coach/scenarios/${id}/drive`, { json: { text } }),
  tryDraft: (id, text) => call('POST', `/api/coach/scenarios/${id}/try`, { json: { text } }),
  measure: (id, text) => call('POST', `/api/coach/rubrics/${id}/measure`, { json: { text } }),
  importCard: (file, mode) => call('POST', `/api/coach/cards?mode=${encodeURIComponent(mode)}`, { raw: file }),
  exportCard: (id, what) => call('GET', `/api/coach/scenarios/${id}/${what}`, { blob: true }),
  form: (kind, id, text, key, value) => call('POST', `/api/coach/${kind}/${id}/form`, { json: { text, key, value } }),
};
