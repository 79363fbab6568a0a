import { el, clear } from '../dom.js';

const $ = (id) => document.getElementById(id);

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
  $('new-form').onsubmit = (event) => {
    event.preventDefault();
    actions.create($('new-id').value.trim(), from.value);
  };
  $('card-form').onsubmit = (event) => {
    event.preventDefault();
    const file = $('card-file').files[0];
    if (file) actions.importCard(file, $('card-mode').value);
  };
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
      el('span', { class: `badge ${entry.ok ? 'ok' : 'broken'}`, 'data-testid': 'file-status', text: status }))));
  }
  if (!entries.length) list.append(el('li', { class: 'muted', text: 'None yet.' }));
}
