import { $ } from './dom.js';
import { showSummary } from './summary.js';
import { notify, announce } from './notices.js';
import { showCoachReview } from './coachReview.js';

// Error codes that mean the server did not take the reply, so the page gives the text back.
const REFUSALS = /too-long|empty|invalid|malformed|no-session|session-ended/;
const RETRY_REFUSALS = /unknown-turn|retry-in-exam|session-ended|too-long|empty|too-many|bad-message/;

/**
 * What the page does with each server message type of PROTOCOL.md. It is handed everything it touches:
 *
 * - `chat`, the little the page itself does for it (app.js's Chat): `showScenario(scenario, mode)`,
 *   `waitForPartner()`, `partnerDone()`, `waiting`, `resendPending(turns)` (returns how many went out again),
 *   `resendLater(seconds)`, `start(scenario, mode)` and `home()`;
 * - `session` (session.js), `transcript`, `meter`, `voice`, `retry`, `outbox` and `composer`, the page's parts.
 */
export class MessageHandlers {
  #chat;
  #session;
  #transcript;
  #meter;
  #voice;
  #retry;
  #outbox;
  #composer;
  #byType = new Map([
    ['started', (message) => this.#started(message)],
    ['resumed', (message) => this.#resumed(message)],
    ['partner.delta', (message) => this.#partnerDelta(message)],
    ['partner', (message) => this.#partner(message)],
    ['grade', (message) => this.#grade(message)],
    ['stored', (message) => this.#outbox.acknowledge(message.id)],
    ['ended', (message) => this.#ended(message)],
    ['rewound', (message) => this.#rewound(message)],
    ['error', (message) => this.#error(message)],
  ]);

  constructor({ chat, session, transcript, meter, voice, retry, outbox, composer }) {
    this.#chat = chat;
    this.#session = session;
    this.#transcript = transcript;
    this.#meter = meter;
    this.#voice = voice;
    this.#retry = retry;
    this.#outbox = outbox;
    this.#composer = composer;
  }

  /** Does what `message` asks; a type this page does not know is logged and ignored. */
  handle(message) {
    const handler = this.#byType.get(message.type);
    if (handler) handler(message);
    else console.info('Hotseat: ignored message type', message.type);
  }

  #started(message) {
    const scenario = this.#session.started(message);
    this.#chat.showScenario(scenario, this.#session.mode);
    this.#composer.focus();
  }

  #resumed(message) {
    this.#session.resumed(message);
    this.#chat.showScenario(this.#session.scenario, this.#session.mode);
    const turns = message.turns || [];
    this.#transcript.render(turns, message.tries || []);
    this.#retry.decorate(this.#transcript);
    showCoachReview(this.#transcript.root, message.session,
      { grades: this.#transcript.gradesByTurn(), mode: this.#transcript.mode });
    this.#meter.show(message.mood || turns.filter((t) => t.mood).pop()?.mood);
    if (message.outcome) {
      this.#ended({ outcome: message.outcome, report: message.report });
      return;
    }
    if (this.#chat.resendPending(turns)) {
      this.#chat.waitForPartner();
      return;
    }
    // `resumed` comes only after any turn in flight has finished, so a last turn by the learner was never
    // answered (the server failed or restarted mid-turn): say so and let the learner carry on.
    if (turns.length && turns[turns.length - 1].speaker === 'learner') {
      notify('Your last reply was saved, but the answer to it was lost. Send another to carry on.');
    }
    this.#chat.partnerDone();
  }

  #partnerDelta(message) {
    this.#transcript.partnerDelta(message.turn, message.text || '');
  }

  #partner(message) {
    this.#transcript.partnerLine(message.turn, message.text || '');
    this.#voice.speak(this.#transcript.persona, message.text || '');
    this.#meter.show(message.mood);
    announce(`${this.#transcript.persona}: ${message.text}`);
    this.#chat.partnerDone();
  }

  #grade(message) {
    this.#transcript.grade(message);
    this.#retry.decorate(this.#transcript);
    if (!this.#transcript.examMode) announce(`Your reply scored ${message.score} out of 100. ${message.summary || ''}`);
  }

  #ended(message) {
    this.#outbox.forget(this.#session.id);
    this.#session.ended();
    this.#chat.partnerDone();
    this.#transcript.revealGrades();
    this.#retry.allow(false);
    $('composer').hidden = true;
    $('end-button').hidden = true;
    $('end-confirm').hidden = true;
    $('summary').hidden = false;
    const { scenario, mode } = this.#session;
    showSummary($('summary'), { ...message, session: message.session || this.#session.lastId }, this.#transcript.grades(),
      scenario?.mode, () => (scenario ? this.#chat.start(scenario, mode) : this.#chat.home()), () => this.#chat.home());
  }

  #rewound(message) {
    this.#retry.settle();
    this.#transcript.render(message.turns || [], message.tries || []);
    this.#meter.show(message.mood);
    this.#transcript.learner(message.text, message.turn);
    this.#retry.decorate(this.#transcript);
    announce('Your earlier answer is kept above as a try; the new one is being graded.');
  }

  #error(message) {
    const code = message.code || '';
    if (code === 'taken-over') {
      // Another tab or window resumed this chat and hears it now; this one says so instead of going quiet.
      this.#session.takenOverElsewhere();
      this.#chat.partnerDone();
      notify('This chat is open in another tab or window now. Reload this page to continue here.', 'error');
      return;
    }
    // Busy, or the server could not write the reply down: nothing was kept, so the same reply (same id) goes
    // again after retryAfter; the server stores it once or refuses it again.
    if ((code === 'busy' || code === 'not-stored') && this.#chat.waiting && this.#session.id) {
      notify(code === 'busy' ? message.message || 'The server is busy; your reply will be sent again shortly.'
        : 'Your reply could not be saved just now. It will be sent again in a moment; there is no need to type it again.');
      this.#chat.resendLater(message.retryAfter || 2);
      return;
    }
    // Kept and answered, only not graded in time: the customer still replies, so the page goes on waiting.
    if (code === 'not-graded') {
      notify('This reply could not be graded in time. The conversation goes on; the next reply will be graded as usual.', 'info');
      return;
    }
    if (this.#retry.sentText != null && RETRY_REFUSALS.test(code)) {
      // The retry was refused: nothing changed on the server, so give the text back to edit.
      notify(message.message || `Could not answer again (${message.code}).`, 'error');
      this.#composer.giveBack(this.#retry.settle());
      this.#chat.partnerDone();
      return;
    }
    if (this.#session.resumeRefused()) {
      notify(`That session could not be resumed: ${message.message || message.code}. Pick a scenario to start again.`);
      this.#chat.home();
      return;
    }
    if (this.#session.chosen && !this.#session.id) {
      notify(`The session could not start: ${message.message || message.code}`, 'error');
      this.#chat.home();
      return;
    }
    notify(message.message || `Something went wrong (${message.code}).`, code === 'model-failed' ? 'info' : 'error');
    if (this.#chat.waiting && REFUSALS.test(code)) {
      this.#outbox.dropLast();
      this.#composer.giveBack(this.#transcript.refuseLast('Not sent. Edit it and send again.'));
      this.#chat.partnerDone();
    }
    // The reply was stored but the turn broke on the server: no answer is coming, so let the learner go on.
    else if (this.#chat.waiting && code === 'internal') this.#chat.partnerDone();
  }
}
