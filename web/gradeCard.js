import { el } from './dom.js';
import { criterionName } from './labels.js';

/** The placeholder shown under a reply until its grade arrives. */
export function pendingCard() {
  return el('section', { class: 'grade grade-pending', 'data-testid': 'grade-pending', 'aria-busy': 'true' },
    el('span', { class: 'dots', 'aria-hidden': 'true' }, el('i'), el('i'), el('i')),
    el('span', { text: 'Grading…' }));
}

/** The card shown while an exam hides grades until the end. */
export function hiddenCard() {
  return el('section', { class: 'grade grade-hidden', 'data-testid': 'grade-hidden' },
    el('span', { text: 'Exam mode: your grades come at the end.' }));
}

/** Splits a grade's criteria into what worked, what was flagged, what was missed, and what was unsure. */
export function sortCriteria(criteria = []) {
  const positive = criteria.filter((c) => c.polarity !== 'negative');
  const negative = criteria.filter((c) => c.polarity === 'negative');
  return {
    met: positive.filter((c) => c.detected),
    // A skill the learner already showed earlier in this conversation is not "not yet".
    missed: positive.filter((c) => !c.detected && !c.unsure && !c.shownEarlier),
    flagged: negative.filter((c) => c.detected),
    unsure: criteria.filter((c) => c.unsure && !c.detected),
  };
}

/** The full grade card: score, evidence, flags, the one tip, the rewrite. */
export function gradeCard(grade, mode) {
  const groups = sortCriteria(grade.criteria);
  const score = Math.round(Number(grade.score) || 0);
  return el('section', { class: `grade ${band(score)}`, 'data-testid': 'grade-card', 'data-score': score },
    el('header', { class: 'grade-head' },
      el('span', { class: 'score', 'data-testid': 'grade-score', 'aria-label': `Score ${score} out of 100` },
        el('b', { text: score }), el('small', { text: '/100' })),
      grade.summary ? el('p', { class: 'grade-summary', text: brief(grade.summary, grade) }) : null),
    grade.offTask ? el('p', { class: 'flag', text: 'This reply spoke to the grader, not the person: no marks.' }) : null,
    list('Worked', 'met', groups.met, mode, grade),
    list('Watch out', 'flagged', groups.flagged, mode, grade),
    list('Unsure', 'unsure', groups.unsure, mode, grade),
    groups.missed.length
      ? el('p', { class: 'missed', 'data-testid': 'grade-missed' },
        el('span', { class: 'kicker', text: 'Not yet: ' }), groups.missed.map((c) => criterionName(c, mode)).join(' · '))
      : null,
    tipLine(grade, groups),
    grade.rewrite
      ? el('blockquote', { class: 'rewrite', 'data-testid': 'grade-rewrite' },
        el('span', { class: 'kicker', text: 'Try saying: ' }), el('q', { text: grade.rewrite }))
      : null,
    sourceNote(grade.source));
}

function list(title, kind, criteria, mode, grade) {
  if (!criteria.length) return null;
  return el('div', { class: `criteria criteria-${kind}` },
    el('h3', { text: title }),
    el('ul', {}, criteria.map((c) => item(c, kind, mode, grade))));
}

function item(criterion, kind, mode, grade) {
  return el('li', { 'data-testid': `criterion-${kind}`, 'data-criterion': criterion.id },
    el('span', { class: 'criterion-name', text: criterionName(criterion, mode) }),
    criterion.unsure ? el('span', { class: 'badge', title: criterion.note || '', text: 'unsure' }) : null,
    criterion.evidence
      ? el('q', { class: `quote quote-${kind}`, 'data-testid': 'evidence', text: criterion.evidence })
      : null,
    kind !== 'met' && criterion.tip ? el('span', { class: 'criterion-tip', text: brief(criterion.tip, grade) }) : null,
    criterion.unsure && criterion.note ? el('span', { class: 'criterion-tip', text: criterion.note }) : null);
}

// One tip, not nine: a flagged problem first, else the first missed skill that has advice.
function tipLine(grade, groups) {
  const source = groups.flagged.find((c) => c.tip) || groups.missed.find((c) => c.tip);
  if (!source || groups.flagged.includes(source)) return null;
  return el('p', { class: 'tip', 'data-testid': 'grade-tip' },
    el('span', { class: 'kicker', text: 'Next time: ' }), brief(source.tip, grade));
}

// The evaluator ends summaries and tips (a flagged habit's too) with 'Try: "…"'. When the card shows the full
// rewrite below, that line would be said again and again; keep it once, in "Try saying".
function brief(text, grade) {
  if (!grade.rewrite) return text;
  const cut = text.replace(/\s*Try:\s*["“].*$/s, '').trim();
  return cut || text;
}

function sourceNote(source) {
  if (source !== 'offline-fallback') return null;
  return el('p', { class: 'source', text: 'The model was unavailable; this reply was graded offline.' });
}

function band(score) {
  return score >= 70 ? 'band-high' : score >= 40 ? 'band-mid' : 'band-low';
}
