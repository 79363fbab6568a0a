import { el } from './dom.js';

/**
 * "Answer again" under each graded reply of a practice session: the learner rewrites that reply, the turns
 * after it are set aside as an earlier try (still shown), and the persona answers the new one.
 */
export class RetryControl {
  #banner;
  #composer;
  #onChange;
  #turn = null;
  #enabled = false;
  #sent = null;

  constructor({ banner, composer, onChange }) {
    this.#banner = banner;
    this.#composer = composer;
    this.#onChange = onChange;
  }

  /** The text of an answer sent again and not yet answered or refused, or null. */
  get sentText() {
    return this.#sent;
  }

  /** Retrying is offered only in a practice session that is still going. */
  allow(enabled) {
    this.#enabled = enabled;
    if (!enabled) this.cancel();
    document.querySelectorAll('[data-testid=retry-button]').forEach((b) => { b.hidden = !enabled; });
  }

  /** Adds the button to every graded reply of the live branch that has none yet. */
  decorate(transcript) {
    for (const entry of transcript.replies()) {
      if (entry.node.querySelector(':scope > .retry-row')) continue;
      entry.node.append(el('div', { class: 'retry-row' },
        el('button', {
          type: 'button', class: 'link-button', 'data-testid': 'retry-button', hidden: !this.#enabled,
          'aria-label': `Answer this again: ${entry.text.slice(0, 60)}`,
          text: 'Answer this again', onclick: () => this.#choose(entry),
        })));
    }
  }

  #choose(entry) {
    this.#turn = entry.turn;
    this.#banner.replaceChildren(
      el('p', {}, 'Answering your reply again. What came after it stays on the page as an earlier try. '),
      el('button', { type: 'button', class: 'link-button', 'data-testid': 'retry-cancel', text: 'Cancel', onclick: () => this.cancel() }));
    this.#banner.hidden = false;
    this.#composer.fill(entry.text);
    this.#composer.focus();
    this.#onChange?.();
  }

  /** The turn being answered again, or null for an ordinary reply. */
  pending() {
    return this.#turn;
  }

  /** The new answer went out (`retry`): kept until the server answers (`rewound`) or refuses, to give it back. */
  sent(text) {
    this.#sent = text;
    this.cancel();
  }

  /** The server answered or refused the retry sent; returns its text (null when none was waiting). */
  settle() {
    const text = this.#sent;
    this.#sent = null;
    return text;
  }

  cancel() {
    this.#turn = null;
    this.#banner.hidden = true;
    this.#banner.replaceChildren();
    this.#onChange?.();
  }
}
