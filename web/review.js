import { $, el, clear, append } from './dom.js';
import { api, when } from './api.js';
import { showTopBar } from './topbar.js';
import { openCoachPage, guarded, status } from './coach.js';
import { scrollBox } from './coachTable.js';
import { criterionName, outcomeText } from './labels.js';
import { teachBox } from './teach.js';

// The coach's review page: pick a session, mark criteria per reply with a reason, comment, give a verdict.

let page = null;
const guard = (work) => guarded(page, work);

async function loadSessions() {
  const learner = $('learner-filter').value.trim();
  const sessions = await guard(() => api(`/api/coach/sessions${learner ? `?learner=${encodeURIComponent(learner)}` : ''}`));
  if (!sessions) return;
  const root = $('session-list');
  clear(root);
  if (!sessions.length) {
    root.append(el('p', { class: 'muted', text: 'No graded sessions yet.' }));
    return;
  }
  root.append(scrollBox('Sessions, newest first', el('table', { class: 'coach-table' },
    el('caption', { class: 'sr-only', text: 'Sessions, newest first' }),
    el('thead', {}, el('tr', {}, ['Learner', 'Scenario', 'Started', 'Outcome', 'Replies', 'Score'].map((h) => el('th', { scope: 'col', text: h })),
      el('th', { scope: 'col' }, el('span', { class: 'sr-only', text: 'Open' })))),
    el('tbody', {}, sessions.map((s) => el('tr', { 'data-testid': 'session-row', 'data-session': s.session },
      el('td', { text: s.learner || '—' }),
      el('td', { text: s.scenario }),
      el('td', { text: when(s.started) }),
      el('td', { text: s.outcome ? outcomeText(s.outcome) : 'going on' }),
      el('td', { text: s.replies }),
      el('td', { text: Math.round(s.score) }),
      el('td', {}, el('button', { type: 'button', class: 'secondary', 'data-testid': 'review-open', text: 'Review',
        'aria-label': `Review ${s.learner || 'session'}, ${s.scenario}, ${when(s.started)}`, onclick: () => openSession(s.session) }))))))));
}

async function openSession(id) {
  const view = await guard(() => api(`/api/coach/sessions/${encodeURIComponent(id)}/review`));
  if (!view) return;
  history.replaceState(null, '', `?session=${encodeURIComponent(id)}`);
  show(view);
  $('session-title').focus();
}

function show(view) {
  const kind = view.scenario === view.title ? null : view.title;
  $('session').hidden = false;
  $('session').dataset.session = view.session;
  $('session-title').textContent = kind || view.scenario;
  $('session-facts').textContent = [
    view.mode === 'exam' ? 'Exam' : 'Practice',
    view.outcome ? outcomeText(view.outcome) : 'still going on',
    view.evaluatorScore == null ? null : `automatic average ${view.evaluatorScore}`,
    view.score == null || view.score === view.evaluatorScore ? null : `after your marks ${view.score}`,
  ].filter(Boolean).join(' · ');
  $('session-facts').dataset.score = view.score ?? '';
  const root = $('turns');
  clear(root);
  for (const turn of view.turns) {
    root.append(turn.speaker === 'learner' ? learnerTurn(view, turn) : el('p', { class: 'review-partner', 'data-turn': turn.index },
      el('span', { class: 'speaker', text: 'Them' }), el('span', { text: turn.text })));
  }
  verdictForm(view);
}

function learnerTurn(view, turn) {
  const marks = view.review.marks.filter((m) => m.turn === turn.index);
  const comments = view.review.comments.filter((c) => c.turn === turn.index);
  const form = el('form', { class: 'turn-review', 'data-testid': 'turn-review', 'data-turn': turn.index },
    el('p', { class: 'review-learner' }, el('span', { class: 'speaker', text: `Reply, turn ${turn.index}` }), el('span', { text: turn.text })));
  if (!turn.grade) {
    form.append(el('p', { class: 'muted', text: 'Not graded yet.' }));
    return form;
  }
  const scores = `Automatic score ${turn.grade.score}` + (turn.adjusted && turn.adjusted.score !== turn.grade.score ? ` · after your marks ${turn.adjusted.score}` : '');
  form.append(el('p', { class: 'muted', 'data-testid': 'turn-scores', text: scores }),
    scrollBox(`Criteria for turn ${turn.index}`, el('table', { class: 'coach-table criteria-table' },
      el('caption', { class: 'sr-only', text: `Criteria for turn ${turn.index}` }),
      el('thead', {}, el('tr', {}, ['Criterion', 'Automatic', 'Your mark', 'Reason, when you disagree'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, view.criteria.map((c) => criterionRow(c, turn, marks.find((m) => m.criterion === c.id)))))));
  const commentId = `comment-${turn.index}`;
  append(form,
    comments.length ? el('ul', { class: 'review-comments' }, comments.map((c) => el('li', { 'data-testid': 'review-comment' },
      el('span', { class: 'muted', text: `${c.coach}, ${when(c.at)}: ` }), el('span', { text: c.text })))) : null,
    el('label', { for: commentId, text: 'Comment on this reply' }),
    el('textarea', { id: commentId, rows: 2, 'data-testid': 'comment-input', maxlength: 2000 }),
    el('button', { type: 'submit', class: 'primary', 'data-testid': 'save-turn', text: 'Save' }),
    teachBox(view, turn, form, { guard, say: status }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saveTurn(view.session, turn.index, form);
  });
  return form;
}

function criterionRow(criterion, turn, mark) {
  const found = turn.grade.criteria.find((c) => c.id === criterion.id);
  const name = criterionName({ id: criterion.id, name: criterion.name });
  const select = el('select', { 'data-testid': 'mark-select', 'aria-label': `Your mark for ${name}, turn ${turn.index}` },
    el('option', { value: '', text: 'No mark' }),
    el('option', { value: 'true', text: 'Shown' }),
    el('option', { value: 'false', text: 'Not shown' }));
  select.value = mark ? String(mark.shown) : '';
  const reason = el('input', { type: 'text', 'data-testid': 'mark-reason', maxlength: 300, value: mark ? mark.reason : '',
    'aria-label': `Reason for your mark on ${name}, turn ${turn.index} (needed when you disagree with the automatic grade)` });
  return el('tr', { 'data-testid': 'criterion-row', 'data-criterion': criterion.id },
    el('th', { scope: 'row', text: name }),
    el('td', {}, found?.detected ? 'shown' : 'not shown',
      found?.evidence ? el('q', { class: 'quote', text: found.evidence }) : null),
    el('td', {}, select),
    el('td', {}, reason));
}

async function saveTurn(session, turn, form) {
  const marks = [...form.querySelectorAll('[data-testid=criterion-row]')]
    .map((row) => ({ row, value: row.querySelector('select').value, reason: row.querySelector('input').value.trim() }))
    .filter((m) => m.value !== '')
    .map((m) => ({ turn, criterion: m.row.dataset.criterion, shown: m.value === 'true', reason: m.reason }));
  const text = form.querySelector('textarea').value.trim();
  const body = { marks, comments: text ? [{ turn, text }] : [] };
  const view = await guard(() => api(`/api/coach/sessions/${encodeURIComponent(session)}/review`, { method: 'POST', body }));
  if (!view) return;
  show(view);
  status(`Saved your review of turn ${turn}.`);
}

function verdictForm(view) {
  const form = $('verdict');
  clear(form);
  const verdict = view.review.verdict;
  const radio = (value, text) => el('label', {}, el('input', { type: 'radio', name: 'pass', value, 'data-testid': `verdict-${value}`,
    checked: Boolean(verdict) && verdict.pass === (value === 'pass') }), ` ${text}`);
  form.append(el('fieldset', {},
    el('legend', { text: 'Verdict on the whole session' }),
    radio('pass', 'Pass'), radio('fail', 'Not yet'),
    el('label', { for: 'verdict-reason', text: 'Why (one line)' }),
    el('input', { id: 'verdict-reason', type: 'text', maxlength: 300, 'data-testid': 'verdict-reason', value: verdict?.reason || '' }),
    el('button', { type: 'submit', class: 'primary', 'data-testid': 'save-verdict', text: 'Save verdict' })));
  form.onsubmit = async (event) => {
    event.preventDefault();
    const choice = form.querySelector('input[name=pass]:checked');
    if (!choice) {
      status('Pick Pass or Not yet first.', 'error');
      return;
    }
    const body = { verdict: { pass: choice.value === 'pass', reason: $('verdict-reason').value.trim() } };
    const saved = await guard(() => api(`/api/coach/sessions/${encodeURIComponent(view.session)}/review`, { method: 'POST', body }));
    if (saved) {
      show(saved);
      status('Saved your verdict.');
    }
  };
}

function start(opened) {
  page = opened;
  loadSessions();
  const session = new URLSearchParams(location.search).get('session');
  if (session) openSession(session);
}

$('session-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  loadSessions();
});
showTopBar('review').then((me) => {
  if (me !== false) openCoachPage('review', me, $('content'), start);
});
