import { Connection } from './connection.js';
import { Composer } from './composer.js';
import { MoodMeter } from './mood.js';
import { Transcript } from './transcript.js';
import { showScenarios } from './scenarios.js';
import { showBriefing, personaOf } from './briefing.js';
import { loadSession } from './session.js';
import { notify, showConnection } from './notices.js';
import { HANDLERS } from './handlers.js';

const LIMIT = 2000;
const $ = (id) => document.getElementById(id);


/** The page: start screen, chat, summary; one session at a time. */
class Chat {
  constructor() {
    this.saved = loadSession();
    this.waiting = false;
    this.resuming = false;
    this.meter = new MoodMeter($('mood'));
    this.transcript = new Transcript($('transcript'), $('typing'));
    this.composer = new Composer($('composer'), { limit: LIMIT, onSend: (text) => this.reply(text) });
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.connection = new Connection(`${scheme}://${location.host}/ws/chat`, {
      onMessage: (message) => this.receive(message),
      onState: (state, delay) => this.connectionChanged(state, delay),
      onOpen: () => this.opened(),
    });
    $('end-button').addEventListener('click', () => this.end());
  }

  begin() {
    if (this.saved) this.enterChat(this.saved.scenario, this.saved.mode);
    else this.home();
    this.connection.connect();
  }

  home() {
    this.saved = null;
    $('chat-screen').hidden = true;
    $('start-screen').hidden = false;
    showScenarios($('scenario-list'), (scenario) => this.start(scenario));
  }

  start(scenario) {
    const mode = document.querySelector('input[name=mode]:checked')?.value || 'practice';
    if (!this.connection.send({ type: 'start', scenario: scenario.id, mode })) {
      notify('Not connected yet. Try again in a moment.');
      return;
    }
    this.saved = { session: null, scenario, mode };
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
    $('briefing').open = true;
    this.meter.reset();
    this.transcript.reset();
    this.setScenario(scenario, mode);
    window.scrollTo(0, 0);
  }

  setScenario(scenario, mode) {
    this.meter.useMode(scenario.mode);
    this.transcript.useScenario({
      persona: personaOf(scenario).name || (scenario.mode === 'interview' ? 'Interviewer' : 'Customer'),
      mode: scenario.mode,
      exam: mode === 'exam',
    });
    $('typing-text').textContent = `${this.transcript.persona} is replying…`;
    showBriefing(scenario, mode);
  }

  reply(text) {
    if (!this.connection.send({ type: 'reply', text })) {
      notify('Not connected: your reply is still in the box and will send once the connection is back.');
      return false;
    }
    this.transcript.learner(text);
    $('briefing').open = false;
    this.waitForPartner();
    return true;
  }

  end() {
    if (this.connection.send({ type: 'end' })) $('end-button').disabled = true;
    else notify('Not connected: try ending again once the connection is back.');
  }

  waitForPartner() {
    this.waiting = true;
    this.transcript.typing(true);
    this.updateComposer();
  }

  partnerDone() {
    this.waiting = false;
    this.transcript.typing(false);
    this.updateComposer();
  }

  receive(message) {
    const handler = HANDLERS[message.type];
    if (handler) handler(this, message);
    else console.info('Hotseat: ignored message type', message.type);
  }

  opened() {
    if (this.saved?.session) {
      this.resuming = true;
      this.connection.send({ type: 'resume', session: this.saved.session });
    } else if (this.saved && !$('chat-screen').hidden && $('summary').hidden) {
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
    this.composer.block(!open ? 'Offline…' : this.resuming ? 'Resuming…' : this.waiting ? 'Waiting…' : '');
  }
}

// Nothing is put on window: browser tests watch the page's sockets through a hook of their own
// (HeadlessChromium), so no test hook ships to learners.
new Chat().begin();
