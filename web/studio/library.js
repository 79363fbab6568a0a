import { $, el, clear } from '../dom.js';
import { api } from './api.js';

// The loader's own rule for a file name.
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Says what is wrong with a field right beside it (and clears it with ''), so the coach sees it where they look. */
function fieldError(field, error, message) {
  $(error).textContent = message;
  $(error).hidden = !message;
  $(field).setAttribute('aria-invalid', String(Boolean(message)));
}

/** Lists the scenario and rubric files with their check status, and wires the new-scenario and import forms. */
export function showLibrary(files, actions) {
  fill($('scenario-files'), files.scenarios, 'scenarios', actions);
  fill($('rubric-files'), files.rubrics, 'rubrics', actions);
  const from = $('new-from');
  clear(from);
  for (const t of files.templates) from.append(el('option', { value: `template:${t}`, text: `the ${t} template` }));
  for (const s of files.scenarios) {
    if (s.ok) from.append(el('option', { value: s.id, text: `a copy of ${s.title}` }));
  }
  $('lint-all').onclick = () => lintAll();
  $('new-form').onsubmit = (event) => {
    event.preventDefault();
    const id = $('new-id').value.trim();
    if (!ID.test(id)) {
      fieldError('new-id', 'new-error', id ? `'${id}' cannot be a file name: use a-z, 0-9 and -, starting with a letter`
        + ' or digit, at most 64 characters (e.g. late-parcel).' : 'Write a file name first, e.g. late-parcel.');
      return;
    }
    actions.create(id, from.value, (message) => fieldError('new-id', 'new-error', message));
  };
  $('card-form').onsubmit = (event) => {
    event.preventDefault();
    const file = $('card-file').files[0];
    if (!file) {
      fieldError('card-file', 'card-error', 'Choose the card file first (.json or .png).');
      return;
    }
    actions.importCard(file, $('card-mode').value, (message) => fieldError('card-file', 'card-error', message));
  };
  for (const [field, error] of [['new-id', 'new-error'], ['card-file', 'card-error']]) {
    fieldError(field, error, '');
    $(field).oninput = () => fieldError(field, error, '');
  }
}

/** Plays every saved scenario with the scripted reps, as `lint` does, and shows each verdict in the list. */
async function lintAll() {
  const status = $('lint-all-status');
  status.textContent = 'Playing every scenario with the scripted reps…';
  try {
    const results = await api.lintAll();
    for (const r of results) {
      const item = document.querySelector(`#scenario-files [data-id="${CSS.escape(r.id)}"]`);
      if (!item) continue;
      item.querySelector('[data-testid=lint-result]')?.remove();
      item.append(el('span', { class: `badge lint ${r.ok ? 'ok' : 'broken'}`, 'data-testid': 'lint-result', title: r.verdict,
        text: r.ok ? 'plays as intended' : 'fails the test-drive' }));
    }
    const failed = results.filter((r) => !r.ok).length;
    status.textContent = `${results.length} played, ${failed} failed.`;
  } catch (error) {
    status.textContent = `Could not test-drive: ${error.message}`;
  }
}

function fill(list, entries, kind, actions) {
  clear(list);
  for (const entry of entries) {
    const status = entry.ok ? 'checks pass' : `${entry.problems.length} problem${entry.problems.length === 1 ? '' : 's'}`;
    list.append(el('li', {},
      el('button', {
        type: 'button', class: 'file', 'data-testid': 'file', 'data-id': entry.id, 'data-kind': kind,
        onclick: () => actions.open(kind, entry.id),
      },
      el('span', { class: 'file-title', text: entry.title || entry.id }),
      el('span', { class: 'muted file-id', text: `${kind}/${entry.id}.md` }),
      el('span', { class: `badge ${entry.ok ? 'ok' : 'broken'}`, 'data-testid': 'file-status', text: status }),
      entry.draft ? el('span', { class: 'badge', 'data-testid': 'file-draft', text: entry.published?.hash === 'none'
        ? 'draft, not published' : `draft ${entry.draft} waiting` }) : null)));
  }
  if (!entries.length) list.append(el('li', { class: 'muted', text: 'None yet.' }));
}
