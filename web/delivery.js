// Replies the server has not yet acknowledged as stored. They survive a reload of the tab (sessionStorage)
// and go out again, with the same id, after a reconnect: the server answers a resend without storing it twice.
const KEY = 'hotseat.pending';

/** The replies sent and not yet acknowledged, each {session, id, text}. */
export class Outbox {
  constructor() {
    this.items = load();
    this.prefix = `c-${Math.random().toString(36).slice(2, 10)}-`;
    this.count = 0;
  }

  /** A fresh id for the next reply: short, safe characters, unique per tab. */
  newId() {
    this.count += 1;
    return `${this.prefix}${this.count}`;
  }

  add(session, id, text) {
    this.items.push({ session, id, text });
    this.save();
  }

  /** The server stored it (or had stored it already). */
  acknowledge(id) {
    this.items = this.items.filter((item) => item.id !== id);
    this.save();
  }

  /** The server refused the latest reply (too long, session ended…): it will not be resent. */
  dropLast() {
    this.items.pop();
    this.save();
  }

  pendingFor(session) {
    return this.items.filter((item) => item.session === session);
  }

  forget(session) {
    this.items = this.items.filter((item) => item.session !== session);
    this.save();
  }

  save() {
    sessionStorage.setItem(KEY, JSON.stringify(this.items));
  }
}

function load() {
  try {
    const items = JSON.parse(sessionStorage.getItem(KEY) || '[]');
    return Array.isArray(items) ? items.filter((i) => i && i.id && typeof i.text === 'string') : [];
  } catch {
    return [];
  }
}
