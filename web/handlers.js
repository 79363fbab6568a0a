import { showSummary } from './summary.js';
import { saveSession, forgetSession } from './session.js';
import { notify, announce } from './notices.js';
import { showCoachReview, transcriptGrades } from './coachReview.js';

// What the page does with each server message; `this` is the Chat in app.js.

const $ = (id) => document.getElementById(id);

// Error codes that mean the server did not take the reply, so the page gives the text back.
const REFUSALS = /too-long|empty|invalid|malformed|no-session|session-ended/;
const RETRY_REFUSALS = /unknown-turn|retry-in-exam|session-ended|too-long|empty|too-many|bad-message/;

/** One handler per message type of PROTOCOL.md. */
export const HANDLERS = {
  started(message) {
    const scenario = { ...this.saved?.scenario, ...message.scenario };
    this.saved = { session: message.session, scenario, mode: message.mode || this.saved?.mode || 'practice' };
    this.lastSession = message.session;
    saveSession(this.saved);
    this.setScenario(scenario, this.saved.mode);
    this.composer.focus();
  },
  resumed(message) {
    this.resuming = false;
    this.lastSession = message.session;
    const mode = message.mode || this.saved.mode;
    this.saved = { ...this.saved, scenario: { ...this.saved.scenario, ...message.scenario }, mode };
    saveSession(this.saved);
    this.setScenario(this.saved.scenario, mode);
    const turns = message.turns || [];
    this.transcript.render(turns, message.tries || []);
    this.takenOver = false;
    this.retry.decorate(this.transcript);
    showCoachReview(this.transcript.root, message.session, { grades: transcriptGrades(this.transcript), mode: this.transcript.mode });
    this.meter.show(message.mood || turns.filter((t) => t.mood).pop()?.mood);
    if (message.outcome) {
      HANDLERS.ended.call(this, { outcome: message.outcome, report: message.report });
      return;
    }
    if (this.resendPending(turns)) {
      this.waitForPartner();
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
    this.voice.speak(this.transcript.persona, message.text || '');
    this.meter.show(message.mood);
    announce(`${this.transcript.persona}: ${message.text}`);
    this.partnerDone();
  },
  grade(message) {
    this.transcript.grade(message);
    this.retry.decorate(this.transcript);
    if (!this.transcript.examMode) announce(`Your reply scored ${message.score} out of 100. ${message.summary || ''}`);
  },
  stored(message) {
    this.outbox.acknowledge(message.id);
  },
  ended(message) {
    this.outbox.forget(this.saved?.session);
    const session = this.saved?.session || message.session;
    forgetSession();
    this.saved = { ...this.saved, session: null };
    this.partnerDone();
    this.transcript.revealGrades();
    this.retry.allow(false);
    $('composer').hidden = true;
    $('end-button').hidden = true;
    $('end-confirm').hidden = true;
    $('summary').hidden = false;
    const { scenario, mode } = this.saved || {};
    showSummary($('summary'), { ...message, session: message.session || this.lastSession }, this.transcript.grades(),
      scenario?.mode, () => (scenario ? this.start(scenario, mode) : this.home()), () => this.home());
  },
  rewound(message) {
    this.retryText = null;
    this.transcript.render(message.turns || [], message.tries || []);
    this.meter.show(message.mood);
    this.transcript.learner(message.text, message.turn);
    this.retry.decorate(this.transcript);
    announce('Your earlier answer is kept above as a try; the new one is being graded.');
  },
  error(message) {
    if (message.code === 'taken-over') {
      // Another tab or window resumed this chat and hears it now; this one says so instead of going quiet.
      this.takenOver = true;
      this.partnerDone();
      notify('This chat is open in another tab or window now. Reload this page to continue here.', 'error');
      return;
    }
    if (message.code === 'busy' && this.waiting && this.saved?.session) {
      notify(message.message || 'The server is busy; your reply will be sent again shortly.');
      this.resendLater(message.retryAfter || 2);
      return;
    }
    if (this.retryText != null && RETRY_REFUSALS.test(message.code || '')) {
      // The retry was refused: nothing changed on the server, so give the text back to edit.
      notify(message.message || `Could not answer again (${message.code}).`, 'error');
      if (!$('reply-input').value) $('reply-input').value = this.retryText;
      this.retryText = null;
      this.partnerDone();
      this.composer.refresh();
      return;
    }
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
      this.outbox.dropLast();
      const text = this.transcript.refuseLast('Not sent. Edit it and send again.');
      if (text && !$('reply-input').value) $('reply-input').value = text;
      this.partnerDone();
      this.composer.refresh();
    }
    // The reply was stored but the turn broke on the server: no answer is coming, so let the learner go on.
    else if (this.waiting && message.code === 'internal') this.partnerDone();
  },
};
