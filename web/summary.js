import { el, clear, append } from './dom.js';
import { outcomeText, criterionName, humanise } from './labels.js';

/** Renders the end-of-session summary from `ended`; falls back to the grades seen when the report is thin. */
export function showSummary(root, ended, grades, mode, onAgain, onOther) {
  clear(root);
  const report = typeof ended.report === 'object' && ended.report ? ended.report : {};
  const average = pick(report, 'averageScore', 'average', 'avgScore') ?? mean(grades.map((g) => g.score));
  append(root,
    el('h2', { tabindex: '-1', 'data-testid': 'outcome', 'data-outcome': ended.outcome || '', text: outcomeText(ended.outcome, mode) }),
    typeof ended.report === 'string' ? el('p', { text: ended.report }) : null,
    report.summary ? el('p', { text: report.summary }) : null,
    average == null ? null : el('p', { class: 'average', 'data-testid': 'average-score' },
      el('b', { text: Math.round(average) }), ' average score over ', plural(pick(report, 'replies') ?? grades.length, 'reply', 'replies')),
    // The whole conversation's score, explained in one sentence, beside the mean of the turns.
    typeof report.sessionScore === 'number' && report.sessionWhy
      ? el('p', { class: 'session-score', 'data-testid': 'session-score' },
        el('b', { text: Math.round(report.sessionScore) }), ' for the conversation as a whole. ',
        el('span', { text: report.sessionWhy }))
      : null,
    block('What went well', 'strengths', pick(report, 'strengths', 'wentWell'), mode),
    block('What to practise next', 'practise', pick(report, 'practiseNext', 'practise', 'practice', 'next', 'focus'), mode),
    el('div', { class: 'summary-actions' },
      el('button', { type: 'button', class: 'primary', 'data-testid': 'practise-again', text: 'Practise again', onclick: onAgain }),
      onOther ? el('button', { type: 'button', class: 'secondary', 'data-testid': 'choose-another', text: 'Choose another scenario', onclick: onOther }) : null,
      ended.session ? el('a', { class: 'secondary button-link', href: `/report.html?session=${encodeURIComponent(ended.session)}`, 'data-testid': 'open-report', text: 'Report to keep' }) : null));
  root.querySelector('h2').focus({ preventScroll: true });
  root.scrollIntoView({ block: 'start' });
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function block(title, kind, items, mode) {
  const list = [].concat(items ?? []).filter(Boolean);
  if (!list.length) return null;
  // Three things to work on are plenty for one sitting; the rest stay one click away.
  const first = list.slice(0, 3);
  const rest = list.slice(3);
  return el('div', { class: `summary-block summary-${kind}`, 'data-testid': `summary-${kind}` },
    el('h3', { text: title }),
    el('ul', {}, first.map((item) => el('li', {}, ...describe(item, mode)))),
    rest.length ? el('details', { class: 'more' },
      el('summary', { text: `${rest.length} more` }),
      el('ul', {}, rest.map((item) => el('li', {}, ...describe(item, mode))))) : null);
}

// Report items may be plain sentences or {id, name, evidence, tip} objects; show what is there.
function describe(item, mode) {
  if (typeof item !== 'object') return [String(item)];
  const name = item.id ? criterionName(item, mode) : humanise(item.name || item.label || '');
  return [
    el('strong', { text: name }),
    item.count > 1 ? el('span', { class: 'muted', text: ` in ${item.count} replies` }) : null,
    item.evidence ? el('q', { class: 'quote', text: item.evidence }) : null,
    item.tip || item.text ? el('span', { class: 'criterion-tip', text: item.tip || item.text }) : null,
  ];
}

function pick(object, ...keys) {
  for (const key of keys) if (object[key] != null) return object[key];
  return null;
}

function mean(values) {
  const numbers = values.filter((v) => typeof v === 'number');
  return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
}
