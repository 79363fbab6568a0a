import { el } from './dom.js';
import { notify } from './notices.js';

// Voice is opt-in and lives in the browser: speechSynthesis reads the persona's lines aloud, and the Web
// Speech API (where the browser has it) turns speech into text in the reply box. Typing always works.

const KEY = 'hotseat.voice';

const MIC_PROBLEMS = {
  'not-allowed': 'The microphone is blocked for this page. Allow it in the browser’s site settings (the icon beside'
    + ' the address), or type your reply.',
  'service-not-allowed': 'This browser does not let the page use its speech service. Type your reply instead.',
  'audio-capture': 'No microphone was found. Plug one in, or type your reply.',
  network: 'The browser’s speech service could not be reached. Type your reply, or try Speak again later.',
  'no-speech': 'Nothing was heard. Press Speak and talk, or type your reply.',
  'not-started': 'Speaking could not start. Type your reply, or try Speak again in a moment.',
  other: 'Speaking stopped with a problem in the browser. Type your reply, or try Speak again.',
};

/** Reads persona lines aloud when switched on; each persona keeps one voice for the whole chat. */
export class VoiceOut {
  constructor(button) {
    this.button = button;
    this.synth = window.speechSynthesis || null;
    this.on = this.synth != null && localStorage.getItem(KEY) === 'on';
    this.voices = new Map();
    if (!this.synth) {
      button.hidden = true;
      return;
    }
    button.addEventListener('click', () => this.toggle());
    this.show();
  }

  toggle() {
    this.on = !this.on;
    localStorage.setItem(KEY, this.on ? 'on' : 'off');
    if (!this.on) this.synth.cancel();
    this.show();
  }

  show() {
    this.button.setAttribute('aria-pressed', String(this.on));
    this.button.textContent = this.on ? 'Read aloud: on' : 'Read aloud: off';
  }

  /** Speaks one persona line, in that persona's voice. */
  speak(persona, text) {
    if (!this.on || !text) return;
    const line = new SpeechSynthesisUtterance(text);
    const voice = this.voiceFor(persona);
    if (voice) line.voice = voice;
    line.lang = voice?.lang || document.documentElement.lang || 'en';
    this.synth.speak(line);
  }

  // The same persona always gets the same voice: picked from the browser's voices by its name.
  voiceFor(persona) {
    if (this.voices.has(persona)) return this.voices.get(persona);
    const english = this.synth.getVoices().filter((v) => v.lang.startsWith('en'));
    const pool = english.length ? english : this.synth.getVoices();
    const voice = pool.length ? pool[hash(persona) % pool.length] : null;
    if (voice) this.voices.set(persona, voice);
    return voice;
  }

  stop() {
    this.synth?.cancel();
  }
}

/** A microphone button for the reply box, only where the browser can turn speech into text. */
export class VoiceIn {
  constructor(button, note, input, onText) {
    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    this.button = button;
    this.listening = false;
    if (!Recognition) {
      button.hidden = true;
      note.hidden = true;
      return;
    }
    note.replaceChildren(el('span', { text: 'Speaking instead of typing uses your browser’s speech service, which may send your voice to the browser’s maker.' }));
    note.hidden = false;
    this.recognition = new Recognition();
    this.recognition.interimResults = false;
    this.recognition.lang = document.documentElement.lang || 'en';
    this.recognition.addEventListener('result', (event) => {
      const said = [...event.results].map((r) => r[0].transcript).join(' ').trim();
      if (said) onText(input.value ? `${input.value} ${said}` : said);
    });
    this.recognition.addEventListener('end', () => this.set(false));
    this.recognition.addEventListener('error', (event) => this.failed(event.error));
    button.hidden = false;
    button.addEventListener('click', () => (this.listening ? this.recognition.stop() : this.start()));
  }

  start() {
    try {
      this.recognition.start();
      this.set(true);
    } catch {
      this.failed('not-started');
    }
  }

  /** Listening stopped on an error: say why and what to do, so speaking never fails silently. */
  failed(error) {
    this.set(false);
    if (error === 'aborted') return;
    const problem = notify(MIC_PROBLEMS[error] || MIC_PROBLEMS.other, 'error');
    problem.dataset.testid = 'mic-problem';
  }

  set(listening) {
    this.listening = listening;
    this.button.setAttribute('aria-pressed', String(listening));
    this.button.textContent = listening ? 'Stop listening' : 'Speak';
  }
}

function hash(text) {
  let h = 0;
  for (const c of String(text)) h = (h * 31 + c.codePointAt(0)) >>> 0;
  return h;
}
