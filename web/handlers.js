import { showSummary } from './summary.js';
import { saveSession, forgetSession } from './session.js';
import { notify, announce } from './notices.js';

// What the page does with each server message: each handler gets the Chat of app.js and the message.

const $ = (id) => document.getElementById(id);

// Error codes that mean the server did not take the reply, so the page gives the text back.
const REFUSALS = /too-long|empty|invalid|malformed|no-session|session-ended/;

/** One handler per message type of docs/protocol.md. */
export const HANDLERS = {
  started(chat, message) {
    const scenario = { ...chat.saved?.scenario, ...message.scenario };
    chat.saved = { session: message.session, scenario, mode: message.mode || chat.saved?.mode || 'practice' };
    saveSession(chat.saved);
    chat.setScenario(scenario, chat.saved.mode);
    chat.composer.focus();
  },
  resumed(chat, message) {
    chat.resuming = false;
    const mode = message.mode || chat.saved.mode;
    chat.saved = { ...chat.saved, scenario: { ...chat.saved.scenario, ...message.scenario }, mode };
    saveSession(chat.saved);
    chat.setScenario(chat.saved.scenario, mode);
    const turns = message.turns || [];
    chat.transcript.render(turns);
    chat.meter.show(message.mood || turns.filter((t) => t.mood).pop()?.mood);
    if (message.outcome) {
      HANDLERS.ended(chat, { outcome: message.outcome, report: message.report });
      return;
    }
    // `resumed` comes only after any turn in flight has finished, so a last turn by the learner was never
    // answered (the server failed or restarted mid-turn): say so and let the learner carry on.
    if (turns.length && turns[turns.length - 1].speaker === 'learner') {
      notify('Your last reply was saved, but the answer to it was lost. Send another to carry on.');
    }
    chat.partnerDone();
  },
  'partner.delta'(chat, message) {
    chat.transcript.partnerDelta(message.turn, message.text || '');
  },
  partner(chat, message) {
    chat.transcript.partnerLine(message.turn, message.text || '');
    chat.meter.show(message.mood);
    announce(`${chat.transcript.persona}: ${message.text}`);
    chat.partnerDone();
  },
  grade(chat, message) {
    chat.transcript.grade(message);
    if (!chat.transcript.examMode) announce(`Your reply scored ${message.score} out of 100. ${message.summary || ''}`);
  },
  ended(chat, message) {
    forgetSession();
    chat.saved = { ...chat.saved, session: null };
    chat.partnerDone();
    chat.transcript.revealGrades();
    $('composer').hidden = true;
    $('end-button').hidden = true;
    $('summary').hidden = false;
    showSummary($('summary'), message, chat.transcript.grades(), chat.saved?.scenario?.mode, () => chat.home());
  },
  error(chat, message) {
    if (chat.resuming) {
      chat.resuming = false;
      forgetSession();
      notify(`That session could not be resumed: ${message.message || message.code}. Pick a scenario to start again.`);
      chat.home();
      return;
    }
    if (chat.saved && !chat.saved.session) {
      notify(`The session could not start: ${message.message || message.code}`, 'error');
      chat.home();
      return;
    }
    notify(message.message || `Something went wrong (${message.code}).`, message.code === 'model-failed' ? 'info' : 'error');
    if (chat.waiting && REFUSALS.test(message.code || '')) {
      const text = chat.transcript.refuseLast('Not sent. Edit it and send again.');
      if (text && !$('reply-input').value) $('reply-input').value = text;
      chat.partnerDone();
      chat.composer.refresh();
    }
    // The reply was stored but the turn broke on the server: no answer is coming, so let the learner go on.
    else if (chat.waiting && message.code === 'internal') chat.partnerDone();
  },
};
