import { $, el, clear, append } from './dom.js';
import { api, when } from './api.js';
import { showTopBar } from './topbar.js';
import { outcomeText, humanise, criterionName } from './labels.js';
import { turnNode, placeTries } from './turns.js';
import { personaOf } from './briefing.js';
import { showCoachReview } from './coachReview.js';

const params = new URLSearchParams(location.search);
const share = params.get('share');
const session = params.get('session');

/** Where this report's JSON and CSV come from: the owner's routes, or the share link's. */
function source() {
  return share
    ? { json: `/api/shared/${encodeURIComponent(share)}`, csv: `/api/shared/${encodeURIComponent(share)}/report.csv` }
    : { json: `/api/sessions/${encodeURIComponent(session)}/report`, csv: `/api/sessions/${encodeURIComponent(session)}/report.csv` };
}

function problem(text) {
  $('report-title').textContent = 'This report cannot be shown';
  $('report-notices').append(el('p', { class: 'notice-inline', role: 'alert', 'data-testid': 'report-problem', text }));
}

const PRINT_NAME = 'hotseat.printName';

/**
 * Whose practice this is, for the page and the printout: a signed-in learner's name; a guest, whom the server knows
 * by no name, may write one (kept in this browser). Shared copies and coaches' views name nobody.
 */
function learnerLine(me) {
  const line = $('report-learner');
  if (share || !me || me.role === 'coach') return;
  line.hidden = false;
  if (!me.guest) {
    line.textContent = `Learner: ${me.name}`;
    return;
  }
  const printed = el('span', { class: 'print-only', 'data-testid': 'report-learner-name' });
  const input = el('input', { id: 'print-name', type: 'text', maxlength: 80, autocomplete: 'name', 'data-testid': 'print-name',
    value: localStorage.getItem(PRINT_NAME) || '' });
  const show = () => {
    localStorage.setItem(PRINT_NAME, input.value.trim());
    printed.textContent = input.value.trim() ? `Learner: ${input.value.trim()}` : '';
  };
  input.addEventListener('input', show);
  show();
  line.replaceChildren(printed, el('span', { class: 'no-print print-name' },
    el('label', { for: 'print-name', text: 'Your name on the printout ' }), input));
}

async function load() {
  if (!share && !session) {
    problem('No session was named: open a report from your history.');
    return;
  }
  let report;
  try {
    report = await api(source().json);
  } catch (error) {
    problem(error.code === 'unknown-session' ? 'No session of yours has this id: open it from your history.' : error.message);
    return;
  }
  render(report);
}

function render(report) {
  const scenario = report.scenario || {};
  const mode = scenario.mode;
  const persona = personaOf(scenario).name || (mode === 'interview' ? 'Interviewer' : 'Customer');
  document.title = `${scenario.title || 'Session'} · Hotseat report`;
  $('report-title').textContent = scenario.title || 'Session';
  $('report-facts').textContent = [when(report.started), humanise(report.mode),
    report.outcome ? outcomeText(report.outcome, mode) : 'Still going'].filter(Boolean).join(' · ');
  summary(report, mode);
  actions(report);
  const root = $('report-transcript');
  clear(root);
  for (const turn of report.turns || []) root.append(turnNode(turn, { persona, mode }));
  placeTries(root, report.tries, { persona, mode });
  // The coach's word beside the automatic grades, for the learner and coaches (a share link sees none).
  if (session && report.session) {
    const grades = new Map((report.turns || []).filter((t) => t.grade).map((t) => [t.index, t.grade]));
    showCoachReview(root, report.session, { grades, mode, summary: $('report-summary'), automatic: report.report?.averageScore ?? null });
  }
}

function summary(report, mode) {
  const r = report.report;
  const root = $('report-summary');
  if (!r) return;
  const tries = (report.tries || []).length;
  append(root,
    el('h2', { text: 'Summary' }),
    r.summary ? el('p', { text: r.summary }) : null,
    el('p', { class: 'average', 'data-testid': 'report-average' }, el('b', { text: r.averageScore }),
      ` average score over ${r.replies} ${r.replies === 1 ? 'reply' : 'replies'}`,
      tries ? ` (the final answers; ${tries} earlier ${tries === 1 ? 'try is' : 'tries are'} shown but not counted)` : ''),
    items('What went well', r.strengths, mode, 'report-strengths'),
    items('What to practise next', r.practiseNext, mode, 'report-practise'));
  root.hidden = false;
}

function items(title, list, mode, testid) {
  if (!list || !list.length) return null;
  return el('div', { class: 'summary-block', 'data-testid': testid }, el('h3', { text: title }),
    el('ul', {}, list.map((item) => el('li', {}, el('strong', { text: criterionName(item, mode) }),
      item.tip ? el('span', { class: 'criterion-tip', text: item.tip }) : null))));
}

function actions(report) {
  const root = $('report-actions');
  const { json, csv } = source();
  append(root,
    el('button', { type: 'button', class: 'primary', 'data-testid': 'print-report', text: 'Print or save as PDF', onclick: () => window.print() }),
    el('a', { class: 'secondary button-link', href: json, download: `hotseat-${report.session}.json`, 'data-testid': 'download-json', text: 'Download JSON' }),
    el('a', { class: 'secondary button-link', href: csv, download: `hotseat-${report.session}.csv`, 'data-testid': 'download-csv', text: 'Download CSV' }),
    share ? el('p', { class: 'muted', 'data-testid': 'shared-note', text: 'A read-only copy shared by the learner.' }) : sharing(report));
  root.hidden = false;
}

function sharing(report) {
  const box = el('div', { class: 'share', 'data-testid': 'share' });
  const status = el('p', { class: 'muted', 'aria-live': 'polite' });
  const make = el('button', { type: 'button', class: 'secondary', 'data-testid': 'share-make', text: 'Make a share link' });
  const revoke = el('button', { type: 'button', class: 'link-button danger', 'data-testid': 'share-revoke', text: 'Withdraw all share links' });
  make.addEventListener('click', async () => {
    try {
      const made = await api(`/api/sessions/${encodeURIComponent(report.session)}/share`, { method: 'POST' });
      const url = new URL(made.url, location.origin).href;
      status.replaceChildren('Anyone with this link can read this report (not change it): ',
        el('input', { class: 'share-url', readonly: true, value: url, 'aria-label': 'Share link', 'data-testid': 'share-url' }));
    } catch (error) {
      status.textContent = `Could not make a link: ${error.message}`;
    }
  });
  revoke.addEventListener('click', async () => {
    try {
      const done = await api(`/api/sessions/${encodeURIComponent(report.session)}/share`, { method: 'DELETE' });
      status.textContent = `${done.revoked} ${done.revoked === 1 ? 'link' : 'links'} withdrawn: they no longer open.`;
    } catch (error) {
      status.textContent = `Could not withdraw the links: ${error.message}`;
    }
  });
  return append(box, make, revoke, status);
}

// A share link opens for anyone, signed in or not.
showTopBar('report', { redirect: !share }).then((me) => {
  if (!me && !share) return;
  learnerLine(me);
  load();
});
