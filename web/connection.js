/**
 * The chat socket. Reconnects by itself with backoff after a drop and reports its state:
 * 'connecting' | 'open' | 'reconnecting' (with the delay in ms).
 */
export class Connection {
  constructor(url, { onMessage, onState, onOpen }) {
    this.url = url;
    this.onMessage = onMessage;
    this.onState = onState;
    this.onOpen = onOpen;
    this.attempt = 0;
    this.socket = null;
    this.timer = null;
  }

  connect() {
    clearTimeout(this.timer);
    this.onState(this.attempt ? 'reconnecting' : 'connecting');
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.onState('open');
      this.onOpen();
    });
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', () => {
      if (this.socket === socket) this.retry();
    });
  }

  /** Sends a message; false when the socket is not open (the caller keeps the text). */
  send(message) {
    if (!this.isOpen()) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  isOpen() {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  receive(data) {
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      console.warn('Hotseat: ignored a message that is not JSON', data);
      return;
    }
    this.onMessage(message);
  }

  // 0.5 s, 1 s, 2 s … capped at 10 s, with jitter so many tabs don't return in lockstep.
  retry() {
    const base = Math.min(10_000, 500 * 2 ** this.attempt);
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.attempt += 1;
    this.onState('reconnecting', delay);
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
