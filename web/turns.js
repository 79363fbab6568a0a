import { el } from './dom.js';
import { gradeCard } from './gradeCard.js';
import { highlight } from './highlight.js';

// Read-only turns, as the report and the chat's earlier tries show them.

/** One line said, with its grade card under a reply when there is one. */
export function turnNode(turn, { persona, mode }) {
  const learner = turn.speaker === 'learner';
  const grade = learner ? turn.grade : null;
  const text = grade ? highlight(turn.text, marks(grade)) : turn.text;
  return el('article', {
    class: `turn ${learner ? 'turn-learner' : 'turn-partner'}`, 'data-turn': turn.index,
    'data-testid': learner ? 'learner-message' : 'partner-message',
  },
  el('span', { class: 'speaker', text: learner ? 'You' : persona }),
  el('p', { class: 'bubble-text' }, text),
  grade ? el('div', { class: 'grade-slot' }, gradeCard(grade, mode)) : null);
}

/** An earlier try, kept visible but set apart: the learner answered its first reply again. */
export function tryBlock(set, options) {
  const replies = set.turns.filter((t) => t.speaker === 'learner').length;
  return el('details', { class: 'try', open: true, 'data-testid': 'try', 'data-attempt': set.attempt, 'data-from': set.fromTurn },
    el('summary', {}, el('span', { class: 'try-label', text: `Earlier try ${set.attempt}` }),
      el('span', { class: 'muted', text: ` · ${replies} ${replies === 1 ? 'reply' : 'replies'}, answered again below` })),
    set.turns.map((turn) => turnNode(turn, options)));
}

/** Puts each try just before the line that replaced it (or at the end, when that line is gone too). */
export function placeTries(root, tries, options) {
  for (const set of tries || []) {
    const block = tryBlock(set, options);
    const after = [...root.children].find((node) => !node.classList.contains('try')
      && node.dataset.turn !== undefined && node.dataset.turn !== '' && Number(node.dataset.turn) >= set.fromTurn);
    if (after) root.insertBefore(block, after);
    else root.append(block);
  }
}

export function marks(grade) {
  return (grade.criteria || [])
    .filter((c) => c.detected && c.evidence)
    .map((c) => ({ evidence: c.evidence, kind: c.polarity === 'negative' ? 'bad' : 'good', label: c.id }));
}
