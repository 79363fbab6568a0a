import { $, el, clear } from './dom.js';
import { api, when } from './api.js';
import { showTopBar } from './topbar.js';
import { outcomeText, humanise } from './labels.js';

let all = [];

async function load() {
  const list = $('history-list');
  try {
    all = await api('/api/me/sessions');
  } catch (error) {
    list.setAttribute('aria-busy', 'false');
    $('history-notices').append(el('p', { class: 'notice-inline', text: `Could not load your sessions: ${error.message}` }));
    return;
  }
  fillFilter();
  render();
}

function fillFilter() {
  const select = $('scenario-filter');
  const seen = new Map(all.map((s) => [s.scenario, s.title]));
  for (const [id, title] of seen) select.append(el('option', { value: id, text: title }));
  const wanted = new URLSearchParams(location.search).get('scenario');
  if (wanted && seen.has(wanted)) select.value = wanted;
}

function render() {
  const list = $('history-list');
  const scenario = $('scenario-filter').value;
  const shown = all.filter((s) => !scenario || s.scenario === scenario);
  clear(list);
  list.setAttribute('aria-busy', 'false');
  if (!shown.length) {
    list.append(el('li', { class: 'empty muted', 'data-testid': 'history-empty' },
      'No sessions yet. ', el('a', { href: '/', text: 'Practise one' }), ' and it will show here.'));
    return;
  }
  for (const session of shown) list.append(item(session));
}

function item(s) {
  const again = `/?scenario=${encodeURIComponent(s.scenario)}&mode=${encodeURIComponent(s.mode)}`;
  const score = s.score == null ? (s.mode === 'exam' && !s.outcome ? 'grades at the end' : 'not graded yet') : `${s.score}/100`;
  return el('li', { class: 'card history-item', 'data-testid': 'history-item', 'data-session': s.session },
    el('div', { class: 'history-top' },
      el('h2', { class: 'history-title', text: s.title }),
      el('span', { class: `badge tag-${s.mode}`, text: humanise(s.mode) })),
    el('p', { class: 'history-facts' },
      el('span', { text: when(s.started) }), ' · ',
      el('span', { 'data-testid': 'history-outcome', text: s.outcome ? outcomeText(s.outcome, s.kind) : 'Still going' }), ' · ',
      el('span', { 'data-testid': 'history-score', text: `Score ${score}` }), ' · ',
      el('span', { text: `${s.replies} ${s.replies === 1 ? 'reply' : 'replies'}` })),
    reviewNotice(s),
    el('div', { class: 'history-actions' },
      el('a', { class: 'secondary button-link', href: `/report.html?session=${encodeURIComponent(s.session)}`,
        'data-testid': 'history-open', text: s.outcome ? 'Open report' : 'Read so far' }),
      el('a', { class: 'secondary button-link', href: again, 'data-testid': 'history-again', text: 'Practise again' }),
      deleteButton(s)));
}

// A coach's marks can change the score: the learner is told who reviewed it, and what the score was before.
function reviewNotice(s) {
  if (!s.reviewedBy?.length) return null;
  const before = s.automaticScore == null ? '' : ` (the automatic grade gave ${s.automaticScore}/100)`;
  return el('p', { class: 'history-reviewed', 'data-testid': 'history-reviewed', text: `Reviewed by ${s.reviewedBy.join(', ')}${before}` });
}

// Deleting cannot be undone, so the first press only asks.
function deleteButton(s) {
  const button = el('button', { type: 'button', class: 'link-button danger', 'data-testid': 'history-delete', text: 'Delete' });
  button.addEventListener('click', async () => {
    if (button.dataset.armed !== 'true') {
      button.dataset.armed = 'true';
      button.textContent = 'Delete for good?';
      return;
    }
    try {
      await api(`/api/sessions/${encodeURIComponent(s.session)}`, { method: 'DELETE' });
      all = all.filter((x) => x.session !== s.session);
      render();
    } catch (error) {
      $('history-notices').append(el('p', { class: 'notice-inline', text: `Could not delete it: ${error.message}` }));
    }
  });
  return button;
}

$('scenario-filter').addEventListener('change', render);
showTopBar('history').then((me) => { if (me) load(); });
