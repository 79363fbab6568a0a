import { $, el, clear, download } from './dom.js';
import { api } from './api.js';
import { showTopBar } from './topbar.js';
import { openCoachPage, guarded, status } from './coach.js';
import { table, figure } from './coachTable.js';
import { calendarDay } from './labels.js';
import { barChart, lineChart } from './charts.js';

// The team dashboard: cohort figures with filters, agreement with the automatic grader, assignments, groups.

const BANDS = ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100'];
let current = null;
let page = null;

const guard = (work) => guarded(page, work);

function query() {
  const params = new URLSearchParams();
  if ($('from').value) params.set('from', $('from').value);
  if ($('to').value) params.set('to', $('to').value);
  if ($('group').value) params.set('group', $('group').value);
  if ($('pass-mark').value) params.set('passMark', $('pass-mark').value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function loadDashboard() {
  const view = await guard(() => api(`/api/coach/dashboard${query()}`));
  if (!view) return;
  current = view;
  overall(view.overall);
  $('scenarios').replaceChildren(table('Practices by scenario', [
    { title: 'Scenario' }, { title: 'Practices', number: true, key: 'practices' }, { title: 'Learners', number: true, key: 'learners' },
    { title: 'Average', number: true, key: 'average' }, { title: 'Pass rate', number: true, key: 'pass-rate' },
    { title: 'Dropped off', number: true, key: 'dropped-off' }],
  view.scenarios.map((s) => Object.assign([s.title, s.figures.practices, s.figures.learners, figure(s.figures.averageScore),
    figure(s.figures.passRate, '%'), `${s.figures.droppedOff} (${figure(s.figures.dropOffRate, '%')})`],
  { attrs: { 'data-testid': 'scenario-row', 'data-scenario': s.scenario } })), 'scenario-table'));
  $('weakest').replaceChildren(view.weakest.length ? table('Weakest skills, weakest first', [
    { title: 'Skill' }, { title: 'Kind' }, { title: 'Replies graded', number: true }, { title: 'Done right', number: true, key: 'right' }],
  view.weakest.map((c) => Object.assign([c.name, c.polarity === 'negative' ? 'habit to avoid' : 'skill', c.graded, figure(c.rightRate, '%')],
    { attrs: { 'data-testid': 'weak-row', 'data-criterion': c.criterion } })), 'weakest-table') : el('p', { class: 'muted', text: 'No graded replies yet.' }));
  $('distribution').replaceChildren(table('Practices by score band', [{ title: 'Score' }, { title: 'Practices', number: true, key: 'count' }],
    BANDS.map((band, i) => Object.assign([band, view.distribution[i]], { attrs: { 'data-testid': 'band-row', 'data-band': i } })), 'distribution-table'));
  barChart($('distribution-chart'), BANDS, view.distribution);
  learners(view.learners);
}

function overall(f) {
  const items = [['Practices', f.practices, 'practices'], ['Learners', f.learners, 'learners'], ['Average score', figure(f.averageScore), 'average'],
    ['Pass rate', figure(f.passRate, '%'), 'pass-rate'], ['Dropped off', figure(f.dropOffRate, '%'), 'drop-off']];
  $('overall').replaceChildren(...items.map(([name, value, key]) => el('div', { class: 'figure' },
    el('dt', { text: name }), el('dd', { 'data-testid': `overall-${key}`, text: value }))));
}

function learners(list) {
  const select = $('trend-learner');
  const chosen = select.value;
  clear(select);
  list.forEach((l) => select.append(el('option', { value: l.learner, text: l.learner })));
  if (list.some((l) => l.learner === chosen)) select.value = chosen;
  $('learners').replaceChildren(list.length ? table('Each learner', [
    { title: 'Learner' }, { title: 'Practices', number: true }, { title: 'Average', number: true }, { title: 'Pass rate', number: true },
    { title: 'First → latest score' }],
  list.map((l) => Object.assign([l.learner, l.figures.practices, figure(l.figures.averageScore), figure(l.figures.passRate, '%'),
    l.trend.length ? `${l.trend[0].score} → ${l.trend[l.trend.length - 1].score}` : '—'],
  { attrs: { 'data-testid': 'learner-row', 'data-learner': l.learner } })), 'learner-table') : el('p', { class: 'muted', text: 'No learners in this view.' }));
  trend();
}

function trend() {
  const learner = current?.learners.find((l) => l.learner === $('trend-learner').value);
  if (!learner) {
    $('trend-chart').replaceChildren();
    return;
  }
  lineChart($('trend-chart'), learner.trend.map((p) => Date.parse(p.at) / 1000), learner.trend.map((p) => p.score));
}

async function loadAgreement() {
  const result = await guard(() => api('/api/coach/agreement'));
  if (!result) return;
  const rows = result.criteria;
  const root = $('agreement');
  clear(root);
  if (!rows.length) {
    root.append(el('p', { class: 'muted', text: 'No marks yet: review a session to compare.' }));
    return;
  }
  // A figure from a handful of marks says nothing: below `needed` marks the row says how many there are.
  root.append(table('Agreement per criterion', [{ title: 'Criterion' }, { title: 'Marks (n)', number: true, key: 'n' },
    { title: 'Agreement', number: true, key: 'percent' }, { title: 'κ', number: true, key: 'kappa' }],
  rows.map((r) => Object.assign([r.name || r.criterion, r.n, ...agreementFigures(r)],
    { attrs: { 'data-testid': 'agreement-row', 'data-criterion': r.criterion } })), 'agreement-table'));
  const disagreements = rows.flatMap((r) => r.disagreements.map((d) => ({ ...d, criterion: r.name || r.criterion })));
  if (disagreements.length) {
    root.append(el('h3', { text: 'Where they disagree' }), el('ul', { class: 'review-comments' }, disagreements.map((d) =>
      el('li', { 'data-testid': 'disagreement' },
        el('a', { href: `review.html?session=${encodeURIComponent(d.session)}`, text: `${d.criterion}, turn ${d.turn}` }),
        el('span', { text: `: automatic ${d.evaluator ? 'shown' : 'not shown'}, ${d.by} ${d.coach ? 'shown' : 'not shown'}` }),
        d.reason ? el('q', { class: 'quote', text: d.reason }) : null))));
  }
}

function agreementFigures(row) {
  if (row.n < row.needed) {
    const few = el('span', { class: 'muted', 'data-testid': 'agreement-too-few', text: `not enough marks yet: ${row.n} of ${row.needed}` });
    return [few, '—'];
  }
  return [figure(row.percent, '%'), row.kappa == null ? 'n/a' : figure(row.kappa)];
}

async function loadAssignments() {
  const list = await guard(() => api('/api/coach/assignments'));
  if (!list) return;
  $('assignments').replaceChildren(list.length ? table('Assignments, newest first', [
    { title: 'Scenario' }, { title: 'Mode' }, { title: 'Due' }, { title: 'Pass mark', number: true }, { title: 'Learners' }],
  list.map((a) => Object.assign([a.title, a.mode, calendarDay(a.dueDate), a.passMark,
    el('ul', { class: 'review-comments' }, a.learners.map((s) => el('li', { 'data-testid': 'assignment-learner', 'data-learner': s.learner, 'data-state': s.state },
      el('span', { text: `${s.learner}: ` }), el('span', { class: `state-${s.state}`, text: s.state }),
      el('span', { class: 'muted', text: s.best == null ? '' : ` (best ${s.best})` }))))],
  { attrs: { 'data-testid': 'assignment-row', 'data-assignment': a.id } })), 'assignment-table') : el('p', { class: 'muted', text: 'Nothing assigned yet.' }));
}

async function loadGroups() {
  const groups = await guard(() => api('/api/coach/groups'));
  if (!groups) return;
  const select = $('group');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '', text: 'Everyone' }), ...groups.map((g) => el('option', { value: g.name, text: g.name })));
  select.value = groups.some((g) => g.name === chosen) ? chosen : '';
  $('groups').replaceChildren(groups.length ? table('Groups', [{ title: 'Group' }, { title: 'Learners' }],
    groups.map((g) => [g.name, g.learners.join(', ')]), 'group-table') : el('p', { class: 'muted', text: 'No groups yet.' }));
}

async function loadScenarios() {
  const scenarios = await api('/api/scenarios').catch(() => []);
  $('assign-scenario').replaceChildren(...scenarios.map((s) => el('option', { value: s.id, text: s.title })));
}

const names = (text) => text.split(',').map((n) => n.trim()).filter(Boolean);

async function assign(event) {
  event.preventDefault();
  const body = {
    scenario: $('assign-scenario').value, learners: names($('assign-learners').value), due: $('assign-due').value,
    mode: $('assign-mode').value, passMark: Number($('assign-mark').value),
  };
  if ($('assign-group').value.trim()) body.group = $('assign-group').value.trim();
  const made = await guard(() => api('/api/coach/assignments', { method: 'POST', body }));
  if (made) {
    status(`Assigned "${made.title}" to ${made.learners.length} learner(s).`);
    loadAssignments();
  }
}

async function saveGroup(event) {
  event.preventDefault();
  const name = $('group-name').value.trim();
  const saved = await guard(() => api(`/api/coach/groups/${encodeURIComponent(name)}`,
    { method: 'PUT', body: { learners: names($('group-learners').value) } }));
  if (saved) {
    status(`Saved group ${saved.name}.`);
    loadGroups();
  }
}

/** A one-time link for a learner to set a new password: shown once, to pass on privately. */
async function resetLink(event) {
  event.preventDefault();
  const learner = $('reset-learner').value.trim();
  const made = await guard(() => api('/api/coach/resets', { method: 'POST', body: { learner } }));
  if (!made) return;
  const url = new URL(made.url, location.origin).href;
  const until = new Date(made.expires).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  $('reset-link').replaceChildren(el('p', { text: `Send this to ${made.learner} privately. It works once, until ${until}:` }),
    el('input', { class: 'share-url', readonly: true, value: url, 'aria-label': `Password link for ${made.learner}`,
      'data-testid': 'reset-url' }));
}

function start(opened) {
  page = opened;
  loadGroups();
  loadDashboard();
  loadAgreement();
  loadAssignments();
  loadScenarios();
}

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  loadDashboard();
});
$('trend-learner').addEventListener('change', trend);
$('csv').addEventListener('click', async () => {
  const text = await guard(() => api(`/api/coach/dashboard.csv${query()}`, { as: 'text' }));
  if (text != null) download('hotseat-practices.csv', text, 'text/csv');
});
$('jsonl').addEventListener('click', async () => {
  const text = await guard(() => api('/api/coach/agreement.jsonl', { as: 'text' }));
  if (text != null) download('coach-labels.jsonl', text, 'application/x-ndjson');
});
$('assign').addEventListener('submit', assign);
$('group-form').addEventListener('submit', saveGroup);
$('reset-link-form').addEventListener('submit', resetLink);
showTopBar('dashboard').then((me) => {
  if (me !== false) openCoachPage('dashboard', me, $('content'), start);
});
