// The current session survives a page reload through sessionStorage (one tab, one session).
const KEY = 'hotseat.session';

/** The saved {session, scenario, mode}, or null. */
export function loadSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return saved && saved.session ? saved : null;
  } catch {
    return null;
  }
}

export function saveSession(saved) {
  sessionStorage.setItem(KEY, JSON.stringify(saved));
}

export function forgetSession() {
  sessionStorage.removeItem(KEY);
}
