import { el } from './dom.js';
import { criterionName } from './labels.js';
import { api } from './api.js';

// The coach's word beside the automatic grade: marks, comments and the verdict from
// GET /api/sessions/{id}/review. Everything a coach typed goes in as text.

/** Fetches a session's review; null when there is none to show (or it could not be read). */
export async function fetchReview(session) {
  if (!session) return null;
  const review = await api(`/api/sessions/${encodeURIComponent(session)}/review`).catch(() => null);
  return review && !review.hidden ? review : null;
}

/** True when a coach has said anything about the session. */
export function hasWord(review) {
  const r = review?.review;
  return Boolean(r && (r.marks.length || r.comments.length || r.verdict));
}

/** The coach's marks and comments on one reply, or null when there are none. */
export function turnNote(review, turn, grade, mode) {
  const marks = review.review.marks.filter((m) => m.turn === turn);
  const comments = review.review.comments.filter((c) => c.turn === turn);
  if (!marks.length && !comments.length) return null;
  const adjusted = review.scores?.[turn];
  return el('section', { class: 'coach-note', 'data-testid': 'coach-note', 'data-turn': turn, 'aria-label': 'Your coach' },
    el('h4', { text: 'Your coach' }),
    adjusted == null ? null : el('p', { class: 'coach-score', 'data-testid': 'coach-score' },
      `Score after your coach's marks: `, el('b', { text: adjusted }),
      grade ? el('span', { class: 'muted', text: ` (automatic: ${grade.score})` }) : null),
    marks.length ? el('ul', { class: 'coach-marks' }, marks.map((m) => markItem(m, grade, mode))) : null,
    comments.map((c) => el('p', { class: 'coach-comment', 'data-testid': 'coach-comment' },
      el('span', { class: 'kicker', text: 'Comment: ' }), el('span', { text: c.text }))));
}

function markItem(mark, grade, mode) {
  const found = (grade?.criteria || []).find((c) => c.id === mark.criterion) || { id: mark.criterion };
  const automatic = found.detected == null ? null : found.detected ? 'shown' : 'not shown';
  return el('li', { 'data-testid': 'coach-mark', 'data-criterion': mark.criterion, 'data-shown': String(mark.shown) },
    el('span', { class: 'criterion-name', text: criterionName(found, mode) }),
    el('span', { class: mark.shown ? 'coach-shown' : 'coach-not-shown', text: mark.shown ? 'shown' : 'not shown' }),
    automatic && automatic !== (mark.shown ? 'shown' : 'not shown')
      ? el('span', { class: 'muted', text: `(the automatic grade said ${automatic})` }) : null,
    mark.reason ? el('q', { class: 'coach-reason', 'data-testid': 'coach-reason', text: mark.reason }) : null);
}

/** The coaches who said anything about the session, by name, in the order they first did. */
export function reviewers(review) {
  const r = review.review;
  return [...new Set([...r.marks, ...r.comments, ...(r.verdict ? [r.verdict] : [])].map((w) => w.coach))];
}

/**
 * Who reviewed the session, their verdict, and the average after their marks; `automatic` (the report's own
 * average) explains a changed score, so a learner never sees it move without a reason. Null when no coach spoke.
 */
export function verdictNote(review, automatic = null) {
  if (!hasWord(review)) return null;
  const verdict = review.review.verdict;
  const changed = review.score != null && automatic != null && review.score !== automatic;
  return el('section', { class: 'coach-note coach-verdict', 'data-testid': 'coach-verdict' },
    el('h3', { text: 'Your coach' }),
    el('p', { 'data-testid': 'reviewed-by', text: `Reviewed by ${reviewers(review).join(', ')}` }),
    verdict ? el('p', { 'data-testid': 'coach-verdict-text', 'data-pass': String(verdict.pass) },
      el('b', { text: verdict.pass ? 'Passed' : 'Not passed yet' }),
      verdict.reason ? el('span', { text: `: ${verdict.reason}` }) : null) : null,
    changed ? el('p', { 'data-testid': 'score-change',
      text: `Your coach's marks changed your average score from ${automatic} to ${review.score}.` })
      : review.score == null ? null : el('p', { text: `Average score after your coach's marks: ${review.score}` }));
}

/**
 * Adds the coach's notes under each reviewed reply in `root` (articles with data-turn and a .grade-slot) and,
 * given a `summary` element, the verdict after its heading. `grades` maps turn → the automatic grade; `automatic` is
 * the report's average before the coaches' marks.
 */
export async function showCoachReview(root, session, { grades = new Map(), mode, summary = null, automatic = null } = {}) {
  const review = await fetchReview(session);
  if (!hasWord(review)) return;
  for (const article of root.querySelectorAll('.turn-learner[data-turn]')) {
    if (article.closest('.try')) continue;
    const turn = Number(article.dataset.turn);
    const slot = article.querySelector('.grade-slot');
    if (!slot || Number.isNaN(turn)) continue;
    slot.querySelector('[data-testid=coach-note]')?.remove();
    const note = turnNote(review, turn, grades.get(turn), mode);
    if (note) slot.append(note);
  }
  if (summary) {
    summary.querySelector('[data-testid=coach-verdict]')?.remove();
    const note = verdictNote(review, automatic);
    if (note) summary.querySelector('h2')?.after(note);
  }
}
