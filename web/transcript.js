import { el, clear } from './dom.js';
import { gradeCard, pendingCard, hiddenCard } from './gradeCard.js';
import { highlight } from './highlight.js';
import { placeTries, marks } from './turns.js';

/**
 * The conversation on screen: persona lines by turn, learner replies with their grade cards. Its state is
 * private: the page says what happened (a scene set, a line, a grade, a resume) and the transcript keeps itself
 * consistent; the scene is read back through getters.
 */
export class Transcript {
  #root;
  #typingNode;
  #partners;
  #learners;
  #persona = 'Partner';
  #mode = 'customer';
  #examMode = false;

  constructor(root, typing) {
    this.#root = root;
    this.#typingNode = typing;
    this.clear();
  }

  /** Who the learner is talking to (the speaker on each persona line). */
  get persona() {
    return this.#persona;
  }

  /** The scenario's mode (`customer`, `interview`), which names the criteria on the grade cards. */
  get mode() {
    return this.#mode;
  }

  /** True while an exam keeps the grades hidden. */
  get examMode() {
    return this.#examMode;
  }

  /** The element the lines are drawn in. */
  get root() {
    return this.#root;
  }

  /**
   * Sets the scene of the chat: the persona's name, the scenario's mode and whether this is an exam. Lines already
   * shown keep theirs; `render` draws every line again with it.
   */
  setScene({ persona, mode, examMode }) {
    this.#persona = persona;
    this.#mode = mode;
    this.#examMode = examMode;
  }

  /** Removes every line (the scene stays as it was set). */
  clear() {
    clear(this.#root);
    this.#partners = new Map();
    this.#learners = [];
    this.typing(false);
  }

  /** Appends a streamed piece of a persona line; ignores pieces of a line already complete. */
  partnerDelta(turn, text) {
    const entry = this.#partnerEntry(turn);
    if (entry.complete) return;
    entry.text.textContent += text;
    entry.node.classList.add('streaming');
    this.typing(false);
    this.#follow();
  }

  /** Sets a persona line to its final words (they may differ from what streamed). */
  partnerLine(turn, text) {
    const entry = this.#partnerEntry(turn);
    entry.text.textContent = text;
    entry.complete = true;
    entry.node.classList.remove('streaming');
    this.typing(false);
    this.#follow();
  }

  /** Adds a learner reply; without a grade it waits under a "Grading…" card. */
  learner(text, turn = null, grade = null) {
    const bubble = el('p', { class: 'bubble-text', text });
    const slot = el('div', { class: 'grade-slot' }, grade ? null : this.#examMode ? hiddenCard() : pendingCard());
    const node = el('article', { class: 'turn turn-learner', 'data-testid': 'learner-message', 'data-turn': turn },
      el('span', { class: 'speaker', text: 'You' }), bubble, slot);
    const entry = { node, bubble, slot, text, turn, grade: null };
    this.#learners.push(entry);
    this.#root.append(node);
    if (grade) this.#attach(entry, grade);
    this.#follow(!grade);
    return entry;
  }

  /** Puts a grade under the reply it belongs to: by turn number, else the oldest reply still waiting. */
  grade(message) {
    const entry = this.#learners.find((l) => l.turn === message.turn && !l.grade)
      || this.#learners.find((l) => !l.grade && l.turn == null);
    if (!entry) return;
    const follow = this.#nearBottom();
    entry.turn = message.turn;
    this.#attach(entry, message);
    this.#follow(follow);
  }

  #attach(entry, grade) {
    entry.grade = grade;
    entry.node.dataset.turn = String(entry.turn ?? '');
    if (this.#examMode) {
      entry.slot.replaceChildren(hiddenCard());
      return;
    }
    entry.bubble.replaceChildren(highlight(entry.text, marks(grade)));
    entry.slot.replaceChildren(gradeCard(grade, this.#mode));
  }

  /** Shows every grade an exam kept hidden. */
  revealGrades() {
    if (!this.#examMode) return;
    this.#examMode = false;
    for (const entry of this.#learners) if (entry.grade) this.#attach(entry, entry.grade);
  }

  /** Marks a reply the server refused, so it is not left waiting for a grade forever. */
  refuseLast(reason) {
    const entry = [...this.#learners].reverse().find((l) => !l.grade);
    if (!entry) return null;
    entry.grade = { refused: true };
    entry.node.classList.add('refused');
    entry.slot.replaceChildren(el('p', { class: 'grade grade-refused', text: reason }));
    return entry.text;
  }

  /** Rebuilds everything from the server's turns (and earlier tries), so a resume never duplicates a line. */
  render(turns, tries = []) {
    this.clear();
    for (const turn of turns) {
      if (turn.speaker === 'learner') this.learner(turn.text, turn.index, turn.grade || null);
      else this.partnerLine(turn.index, turn.text);
    }
    placeTries(this.#root, tries, { persona: this.#persona, mode: this.#mode });
    this.#follow(true);
  }

  /** The learner replies this page may offer to answer again (graded, in the live branch). */
  replies() {
    return this.#learners.filter((l) => l.turn != null && l.grade && !l.grade.refused);
  }

  typing(show) {
    this.#typingNode.hidden = !show;
    if (show) this.#follow();
  }

  grades() {
    return this.#learners.map((l) => l.grade).filter((g) => g && !g.refused);
  }

  /** The grades of the live branch by turn, for the coach's notes (`showCoachReview`). */
  gradesByTurn() {
    return new Map(this.replies().map((l) => [l.turn, l.grade]));
  }

  #partnerEntry(turn) {
    let entry = this.#partners.get(turn);
    if (entry) return entry;
    const text = el('p', { class: 'bubble-text' });
    const node = el('article', { class: 'turn turn-partner', 'data-testid': 'partner-message', 'data-turn': turn },
      el('span', { class: 'speaker', text: this.#persona }), text);
    entry = { node, text, complete: false };
    this.#partners.set(turn, entry);
    this.#root.append(node);
    return entry;
  }

  #nearBottom() {
    return document.documentElement.scrollHeight - (window.scrollY + window.innerHeight) < 160;
  }

  /** Keeps the newest line in view when the reader is already at the bottom (or `force`, after sending). */
  #follow(force = false) {
    if (!force && !this.#nearBottom()) return;
    // Instant, not smooth: a smooth scroll still under way would make the next nearBottom() answer false.
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
  }
}
