import { api as call } from '../api.js';

// The studio's calls to /api/coach/…, through the page's one fetch wrapper (which sends the coach token when this
// tab holds one; a signed-in coach account needs none). `author` is who the version history names.

let author = '';

/** Sets the name saves and reverts are recorded under. */
export function saveAs(name) {
  author = name || '';
}

const json = (method, path, body) => call(path, { method, body });

export const api = {
  list: () => call('/api/coach/prompts'),
  lintAll: () => json('POST', '/api/coach/lint', {}),
  open: (kind, id) => call(`/api/coach/${kind}/${id}`),
  check: (kind, id, text) => json('POST', `/api/coach/${kind}/${id}/check`, { text }),
  save: (kind, id, text, base) => json('POST', `/api/coach/${kind}/${id}`, { text, base, author }),
  versions: (kind, id) => call(`/api/coach/${kind}/${id}/versions`),
  revert: (kind, id, version, base) => json('POST', `/api/coach/${kind}/${id}/revert`, { version, base, author, force: true }),
  publish: (kind, id, version, base, force) => json('POST', `/api/coach/${kind}/${id}/publish`, { version, base, author, force }),
  newDraft: (id, from) => json('POST', '/api/coach/drafts', { id, from }),
  drive: (id, text) => json('POST', `/api/coach/scenarios/${id}/drive`, { text }),
  tryDraft: (id, text) => json('POST', `/api/coach/scenarios/${id}/try`, { text }),
  measure: (id, text) => json('POST', `/api/coach/rubrics/${id}/measure`, { text }),
  importCard: (file, mode) => call(`/api/coach/cards?mode=${encodeURIComponent(mode)}`, { method: 'POST', bytes: file }),
  exportCard: (id, what) => call(`/api/coach/scenarios/${id}/${what}`, { as: 'blob' }),
  form: (kind, id, text, key, value) => json('POST', `/api/coach/${kind}/${id}/form`, { text, key, value }),
};
