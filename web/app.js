import { $ } from './dom.js';
import { Connection } from './connection.js';
import { Composer } from './composer.js';
import { MoodMeter } from './mood.js';
import { Transcript } from './transcript.js';
import { showScenarios } from './scenarios.js';
import { showBriefing, personaOf } from './briefing.js';
import { ChatSession } from './session.js';
import { notify, showConnection } from './notices.js';
import { MessageHandlers } from './handlers.js';
import { Outbox } from './delivery.js';
import { showAssignments } from './assignments.js';
import { showTopBar } from './topbar.js';
import { RetryControl } from './retry.js';
import { VoiceOut, VoiceIn } from './voice.js';

const LIMIT = 2000;

/** The page: start screen, chat, summary; one session at a time. */
class Chat {
  #waiting = false;

  constructor() {
    this.session = new ChatSession();
    this.outbox = new Outbox();
    this.meter = new MoodMeter($('mood'));
    this.transcript = new Transcript($('transcript'), $('typing'));
    this.composer = new Composer($('composer'), { limit: LIMIT, onSend: (text) => this.reply(text) });
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.connection = new Connection(`${scheme}://${location.host}/ws/chat`, {
      onMessage: (message) => this.handlers.handle(message),
      onState: (state, delay) => this.connectionChanged(state, delay),
      onOpen: () => this.opened(),
    });
    this.retry = new RetryControl({ banner: $('retry-banner'), composer: this.composer });
    this.voice = new VoiceOut($('voice-button'));
    this.voiceIn = new VoiceIn($('mic-button'), $('mic-note'), $('reply-input'), (text) => this.composer.fill(text));
    this.handlers = new MessageHandlers({
      chat: this, session: this.session, transcript: this.transcript, meter: this.meter, voice: this.voice,
      retry: this.retry, outbox: this.outbox, composer: this.composer,
    });
    $('end-button').addEventListener('click', () => this.askToEnd(true));
    $('end-no').addEventListener('click', () => this.askToEnd(false));
    $('end-yes').addEventListener('click', () => this.end());
  }

  begin() {
    // "Try it yourself" in the coach studio opens /?try=draft-…: a chat on that unsaved draft, once connected.
    const params = new URLSearchParams(location.search);
    this.trial = params.get('try');
    if (!/^draft-[0-9a-f]{24}$/.test(this.trial || '')) this.trial = null;
    if (this.trial) this.session.leave();
    // "Practise again" from the history: /?scenario=ID&mode=practice starts that scenario once connected.
    this.autostart = !this.session.chosen && !this.trial && params.get('scenario')
      ? { scenario: { id: params.get('scenario') }, mode: params.get('mode') === 'exam' ? 'exam' : 'practice' } : null;
    if (this.autostart) history.replaceState(null, '', location.pathname);
    if (this.trial) this.autostart = { scenario: { id: this.trial, title: 'A draft scenario' }, mode: 'practice' };
    if (this.session.chosen) this.enterChat(this.session.scenario, this.session.mode);
    else if (!this.autostart) this.home();
    this.connection.connect();
  }

  home() {
    this.session.leave();
    $('chat-screen').hidden = true;
    $('start-screen').hidden = false;
    showScenarios($('scenario-list'), (scenario) => this.start(scenario));
    showAssignments($('assignments'), (scenario, mode) => this.start(scenario, mode));
  }

  start(scenario, chosenMode = null) {
    const mode = chosenMode || document.querySelector('input[name=mode]:checked')?.value || 'practice';
    if (!this.connection.send({ type: 'start', scenario: scenario.id, mode })) {
      // The socket is still opening (or coming back): the chat starts as soon as it is open.
      this.autostart = { scenario, mode };
      this.enterChat(scenario, mode);
      return;
    }
    this.session.choose(scenario, mode);
    this.enterChat(scenario, mode);
    this.waitForPartner();
  }

  enterChat(scenario, mode) {
    $('start-screen').hidden = true;
    $('chat-screen').hidden = false;
    $('summary').hidden = true;
    $('composer').hidden = false;
    $('end-button').hidden = false;
    $('end-button').disabled = false;
    $('end-confirm').hidden = true;
    $('briefing').open = true;
    this.retry.allow(mode === 'practice');
    this.meter.reset();
    this.transcript.clear();
    this.showScenario(scenario, mode);
    window.scrollTo(0, 0);
  }

  /** Shows who the learner talks to and how (briefing, mood meter, speaker names); `mode` is practice or exam. */
  showScenario(scenario, mode) {
    this.meter.useMode(scenario.mode);
    const persona = personaOf(scenario).name || (scenario.mode === 'interview' ? 'Interviewer' : 'Customer');
    this.transcript.setScene({ persona, mode: scenario.mode, examMode: mode === 'exam' });
    $('typing-text').textContent = `${this.transcript.persona} is replying…`;
    showBriefing(scenario, mode);
  }

  reply(text) {
    const turn = this.retry.pending();
    if (turn != null) return this.answerAgain(turn, text);
    const id = this.outbox.newId();
    if (!this.connection.send({ type: 'reply', id, text })) {
      notify('Not connected: your reply is still in the box and will send once the connection is back.');
      return false;
    }
    this.outbox.add(this.session.id, id, text);
    this.transcript.learner(text);
    $('briefing').open = false;
    this.waitForPartner();
    return true;
  }

  /** Sends `retry`: the server sets later turns aside and answers `rewound`, which draws the new reply. */
  answerAgain(turn, text) {
    if (!this.connection.send({ type: 'retry', turn, text })) {
      notify('Not connected: your reply is still in the box and will send once the connection is back.');
      return false;
    }
    this.retry.sent(text);
    this.waitForPartner();
    return true;
  }

  /** Ending cannot be undone, so the End button first asks. */
  askToEnd(show) {
    $('end-confirm').hidden = !show;
    $('end-button').setAttribute('aria-expanded', String(show));
    if (show) $('end-yes').focus();
    else $('end-button').focus();
  }

  end() {
    $('end-confirm').hidden = true;
    if (this.connection.send({ type: 'end' })) $('end-button').disabled = true;
    else notify('Not connected: try ending again once the connection is back.');
  }

  /** True from sending a reply until the persona's answer (or a refusal) arrives. */
  get waiting() {
    return this.#waiting;
  }

  waitForPartner() {
    this.#waiting = true;
    this.transcript.typing(true);
    this.updateComposer();
  }

  partnerDone() {
    this.#waiting = false;
    this.transcript.typing(false);
    this.updateComposer();
  }

  /**
   * After a resume: replies the server never acknowledged go out again with their ids (it stores each once);
   * those it did store (their id is in the resumed turns) are acknowledged. Returns how many went out again.
   */
  resendPending(turns) {
    const stored = new Set(turns.map((turn) => turn.id).filter(Boolean));
    let resent = 0;
    for (const item of this.outbox.pendingFor(this.session.id)) {
      if (stored.has(item.id)) {
        this.outbox.acknowledge(item.id);
      } else if (this.connection.send({ type: 'reply', id: item.id, text: item.text })) {
        this.transcript.learner(item.text);
        resent += 1;
      }
    }
    return resent;
  }

  /** The server was busy: the reply stays pending and goes out again after the wait it asked for. */
  resendLater(seconds) {
    const item = this.outbox.pendingFor(this.session.id).pop();
    if (!item) return;
    setTimeout(() => this.connection.send({ type: 'reply', id: item.id, text: item.text }), Math.max(1, seconds) * 1000);
  }

  opened() {
    if (this.autostart) {
      const { scenario, mode } = this.autostart;
      this.autostart = null;
      this.trial = null;
      this.start(scenario, mode);
    } else if (this.session.id) {
      this.session.resume();
      this.connection.send({ type: 'resume', session: this.session.id });
    } else if (this.session.chosen && !$('chat-screen').hidden && $('summary').hidden) {
      // The socket dropped before the session was created: there is nothing to resume.
      notify('The connection dropped before the session started. Pick the scenario again.');
      this.home();
    }
    this.updateComposer();
  }

  connectionChanged(state, delay) {
    showConnection(state, delay);
    this.updateComposer();
  }

  updateComposer() {
    const open = this.connection.isOpen();
    this.composer.block(this.session.takenOver ? 'Open in another tab' : !open ? 'Offline…'
      : this.session.resuming ? 'Resuming…' : this.#waiting ? 'Waiting…' : '');
  }
}

const chat = new Chat();
// Who this is comes first: a new visitor gets their guest cookie before the socket opens.
showTopBar('practise').then((me) => {
  if (me !== false) chat.begin();
});
