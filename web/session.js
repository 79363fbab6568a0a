// The current session survives a page reload through sessionStorage (one tab, one session).
const KEY = 'hotseat.session';

/** The saved {session, scenario, mode}, or null. */
function loadSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return saved && saved.session ? saved : null;
  } catch {
    return null;
  }
}

function saveSession(saved) {
  sessionStorage.setItem(KEY, JSON.stringify(saved));
}

function forgetSession() {
  sessionStorage.removeItem(KEY);
}

/**
 * The chat this tab is in: the scenario and mode chosen, the session id once the server gave one (kept in
 * sessionStorage, so a reload resumes it), and whether a resume is under way or another tab took the chat over.
 * Only its own methods change it; everyone else reads the getters.
 */
export class ChatSession {
  #saved = loadSession();
  #last = null;
  #resuming = false;
  #takenOver = false;

  /** The id of the session going on; empty when none is chosen, started or still going. */
  get id() {
    return this.#saved?.session;
  }

  /** The id the server last named in `started` or `resumed`; it stays after the end, for the summary's report link. */
  get lastId() {
    return this.#last;
  }

  /** True from choosing a scenario until the learner goes back to the list (the chat screen is up). */
  get chosen() {
    return this.#saved != null;
  }

  get scenario() {
    return this.#saved?.scenario;
  }

  get mode() {
    return this.#saved?.mode;
  }

  get resuming() {
    return this.#resuming;
  }

  get takenOver() {
    return this.#takenOver;
  }

  /** The learner picked a scenario; the server has not started it yet. */
  choose(scenario, mode) {
    this.#saved = { session: null, scenario, mode };
  }

  /** Back to the scenario list: no chat is chosen (what is stored stays until the server ends or refuses it). */
  leave() {
    this.#saved = null;
  }

  /** The server started the session; its scenario fills in what the list did not know. Returns the scenario. */
  started({ session, scenario, mode }) {
    const merged = { ...this.#saved?.scenario, ...scenario };
    this.#saved = { session, scenario: merged, mode: mode || this.#saved?.mode || 'practice' };
    this.#last = session;
    saveSession(this.#saved);
    return merged;
  }

  /** A `resume` went out: the composer waits until the server answers it. */
  resume() {
    this.#resuming = true;
  }

  /** The server resumed the session (and this tab hears it again). */
  resumed({ session, scenario, mode }) {
    this.#resuming = false;
    this.#takenOver = false;
    this.#last = session;
    this.#saved = { ...this.#saved, scenario: { ...this.#saved.scenario, ...scenario }, mode: mode || this.#saved.mode };
    saveSession(this.#saved);
  }

  /**
   * The server refused something. When a resume was waiting for an answer, that was the answer: the stored
   * session is forgotten and true is returned.
   */
  resumeRefused() {
    if (!this.#resuming) return false;
    this.#resuming = false;
    forgetSession();
    return true;
  }

  /** Another tab or window resumed this chat and hears it now. */
  takenOverElsewhere() {
    this.#takenOver = true;
  }

  /** The session ended: nothing to resume any more, but the scenario and mode stay for "Practise again". */
  ended() {
    forgetSession();
    this.#saved = { ...this.#saved, session: null };
  }
}
