/** The reply box: Enter sends, Shift+Enter breaks the line, grows with its text, counts characters. */
export class Composer {
  constructor(form, { limit, onSend }) {
    this.form = form;
    this.input = form.querySelector('textarea');
    this.button = form.querySelector('button[type=submit]');
    this.counter = form.querySelector('.counter');
    this.limit = limit;
    this.onSend = onSend;
    this.blockedReason = '';
    this.input.addEventListener('input', () => this.refresh());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.send();
    });
    this.refresh();
  }

  onKey(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.send();
  }

  send() {
    const text = this.input.value.trim();
    if (!text || this.tooLong() || this.blockedReason) return;
    if (this.onSend(text) === false) return;
    this.input.value = '';
    this.refresh();
  }

  /** Blocks sending with a reason shown on the button ('' unblocks). Typing stays possible. */
  block(reason) {
    this.blockedReason = reason;
    this.refresh();
  }

  /** Puts `text` in the box (a dictated reply, a reply to answer again). */
  fill(text) {
    this.input.value = text;
    this.refresh();
  }

  /** Gives back a reply the server did not take, unless the learner has already typed something new. */
  giveBack(text) {
    if (text && !this.input.value) this.input.value = text;
    this.refresh();
  }

  focus() {
    this.input.focus();
  }

  tooLong() {
    return this.input.value.length > this.limit;
  }

  refresh() {
    const length = this.input.value.length;
    this.counter.textContent = `${length.toLocaleString('en')} / ${this.limit.toLocaleString('en')}`;
    this.counter.classList.toggle('over', this.tooLong());
    this.counter.classList.toggle('near', length > this.limit * 0.8);
    this.input.setAttribute('aria-invalid', String(this.tooLong()));
    this.button.disabled = !!this.blockedReason || this.tooLong() || !this.input.value.trim();
    this.button.textContent = this.blockedReason || 'Send';
    this.grow();
  }

  grow() {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight + 2, window.innerHeight * 0.4)}px`;
  }
}
