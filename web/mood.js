import { humanise } from './labels.js';

/** The persona's mood as a bar: 0 calm (left) to 100 furious (right). */
export class MoodMeter {
  constructor(root) {
    this.root = root;
    this.fill = root.querySelector('.meter-fill');
    this.label = root.querySelector('.meter-label');
    this.bar = root.querySelector('.meter-bar');
  }

  /** Shows a mood {level, label}; the CSS transition animates the change. */
  show(mood) {
    if (!mood || typeof mood.level !== 'number') return;
    const level = Math.max(0, Math.min(100, Math.round(mood.level)));
    const text = humanise(mood.label || '') || `${level}`;
    this.root.dataset.level = String(level);
    this.root.style.setProperty('--level', String(level));
    this.bar.setAttribute('aria-valuenow', String(level));
    this.bar.setAttribute('aria-valuetext', `${text}, ${level} of 100`);
    this.label.textContent = text;
    this.root.hidden = this.hiddenForMode;
  }

  /** Interviews hide the meter: an interviewer's "anger" is not what the learner should steer by. */
  useMode(mode) {
    this.hiddenForMode = mode === 'interview';
    this.root.hidden = this.hiddenForMode || !this.root.dataset.level;
  }

  reset() {
    delete this.root.dataset.level;
    this.root.hidden = true;
  }
}
