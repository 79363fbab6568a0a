import { showSummary } from './summary.js';
import { saveSession, forgetSession } from './session.js';
import { notify, announce } from './notices.js';

// What the page does with each server message; `this` is the Chat in app.js.

const $ = (id) => document.getElementById(id);

// Error codes that mean the server did not take the reply, so the page gives the text back.
const REFUSALS = /too-long|empty|invalid|malformed|no-session|session-ended/;

/** One handler per message type of docs/protocol.md. */
export const HANDLERS = {
  started(message) {
    const scenario = { ...this.saved?.scenario, ...message.scenario };
    this.saved = { session: message.session, scenario, mode: message.mode || this.saved?.mode || 'practice' };
    saveSession(this.saved);
    this.setScenario(scenario, this.saved.mode);
    this.composer.focus();
  },
  resumed(message) {
    this.resuming = false;
    const mode = message.mode || this.saved.mode;
    this.saved = { ...this.saved, scenario: { ...this.saved.scenario, ...message.scenario }, mode };
    saveSession(this.saved);
    this.setScenario(this.saved.scenario, mode);
    const turns = message.turns || [];
    this.transcript.render(turns);
    this.meter.show(message.mood || turns.filter((t) => t.mood).pop()?.mood);
    if (message.outcome) {
      HANDLERS.ended.call(this, { outcome: message.outcome, report: message.report });
      return;
    }
    // `resumed` comes only after any turn in flight has finished, so a last turn by the learner was never
    // answered (the server failed or restarted mid-turn): say so and let the learner carry on.
    if (turns.length && turns[turns.length - 1].speaker === 'learner') {
      notify('Your last reply was saved, but the answer to it was lost. Send another to carry on.');
    }
    this.partnerDone();
  },
  'partner.delta'(message) {
    this.transcript.partnerDelta(message.turn, message.text || '');
  },
  partner(message) {
    this.transcript.partnerLine(message.turn, message.text || '');
    this.meter.show(message.mood);
    announce(`${this.transcript.persona}: ${message.text}`);
    this.partnerDone();
  },
  grade(message) {
    this.transcript.grade(message);
    if (!this.transcript.examMode) announce(`Your reply scored ${message.score} out of 100. ${message.summary || ''}`);
  },
  ended(message) {
    forgetSession();
    this.saved = { ...this.saved, session: null };
    this.partnerDone();
    this.transcript.revealGrades();
    $('composer').hidden = true;
    $('end-button').hidden = true;
    $('summary').hidden = false;
    showSummary($('summary'), message, this.transcript.grades(), this.saved?.scenario?.mode, () => this.home());
  },
  error(message) {
    if (this.resuming) {
      this.resuming = false;
      forgetSession();
      notify(`That session could not be resumed: ${message.message || message.code}. Pick a scenario to start again.`);
      this.home();
      return;
    }
    if (this.saved && !this.saved.session) {
      notify(`The session could not start: ${message.message || message.code}`, 'error');
      this.home();
      return;
    }
    notify(message.message || `Something went wrong (${message.code}).`, message.code === 'model-failed' ? 'info' : 'error');
    if (this.waiting && REFUSALS.test(message.code || '')) {
      const text = this.transcript.refuseLast('Not sent. Edit it and send again.');
      if (text && !$('reply-input').value) $('reply-input').value = text;
      this.partnerDone();
      this.composer.refresh();
    }
    // The reply was stored but the turn broke on the server: no answer is coming, so let the learner go on.
    else if (this.waiting && message.code === 'internal') this.partnerDone();
  },
};
