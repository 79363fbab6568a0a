import { $, el, clear, append, download } from '../dom.js';
import { api } from './api.js';
import { showDrive } from './drive.js';
import { showFigures } from './figures.js';
import { FormView } from './form.js';
import { publish } from './publish.js';

const CHECK_DELAY = 350;

/** One file open for editing: checks as you type, saves against the version it started from, and tries it out. */
export class Editor {
  constructor({ onBack }) {
    this.source = $('source');
    this.timer = null;
    this.checked = 0;
    this.form = new FormView($('form-view'), {
      apply: (key, value) => this.applyForm(key, value),
    });
    this.source.addEventListener('input', () => this.changed());
    $('back').addEventListener('click', onBack);
    $('save').addEventListener('click', () => this.save());
    $('publish').addEventListener('click', () => publish(this, false));
    $('drive').addEventListener('click', () => this.drive());
    $('try').addEventListener('click', () => this.tryIt());
    $('measure').addEventListener('click', () => this.measure());
    for (const button of document.querySelectorAll('[data-export]')) {
      button.addEventListener('click', () => this.export(button.dataset.export));
    }
    for (const radio of document.querySelectorAll('input[name=view]')) {
      radio.addEventListener('change', () => this.view(radio.value));
    }
  }

  /** Shows a file: {kind, id, text, hash ("none" for a new one), problems, notes}. */
  open(file) {
    this.kind = file.kind;
    this.id = file.id;
    this.base = file.hash;
    // What learners get (published.hash, "none" while nothing is) and the draft only coaches see.
    this.live = file.published ? file.published.hash : file.hash;
    this.draft = file.draft ?? null;
    this.source.value = file.text;
    $('editor-title').textContent = `${file.kind}/${file.id}.md`;
    $('editor-notes').textContent = (file.notes || []).join(' ');
    for (const id of ['save-status', 'try-link']) clear($(id));
    for (const id of ['drive-result', 'figures']) clear($(id));
    const scenario = this.kind === 'scenarios';
    $('drive').hidden = !scenario;
    $('try').hidden = !scenario;
    $('measure').hidden = scenario;
    document.querySelector('input[name=view][value=text]').checked = true;
    this.view('text');
    this.state();
    this.showProblems(file.problems || []);
    this.versions();
  }

  isNew() {
    return this.base === 'none';
  }

  state() {
    $('editor-state').textContent = this.isNew() ? 'not saved yet'
      : this.draft ? `draft version ${this.draft}, not live yet` : 'published';
    $('publish').hidden = !this.draft;
    $('exports').hidden = this.kind !== 'scenarios' || this.live === 'none';
  }

  view(which) {
    $('text-view').hidden = which !== 'text';
    $('form-view').hidden = which !== 'form';
    if (which === 'form') this.form.render(this.source.value, this.kind, this.id);
  }

  changed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), CHECK_DELAY);
  }

  async check() {
    const asked = ++this.checked;
    try {
      const answer = await api.check(this.kind, this.id, this.source.value);
      if (asked !== this.checked) return;
      this.showProblems(answer.problems);
      if (!answer.problems.length) this.clearErrors();
    } catch (error) {
      if (asked === this.checked) this.say(`Could not check the file: ${error.message}`, true);
    }
  }

  showProblems(problems) {
    const box = $('problems');
    clear(box);
    if (!problems.length) {
      box.append(el('p', { class: 'ok-line', 'data-testid': 'problems-none', text: 'No problems: the loader reads this file.' }));
      return;
    }
    box.append(el('ul', { class: 'problem-list' }, problems.map((p) => el('li', { 'data-testid': 'problem', 'data-line': p.line },
      p.line > 0
        ? el('button', { type: 'button', class: 'link', text: `${p.file}:${p.line}`, onclick: () => this.goToLine(p.line) })
        : el('span', { text: p.file }),
      el('span', { text: `: ${p.message}` })))));
  }

  /** Once the checks pass, the errors of earlier attempts (not saved, drive or try refused) no longer hold. */
  clearErrors() {
    for (const stale of document.querySelectorAll('[data-testid=save-error], [data-testid=drive-error], #try-link .studio-error')) {
      stale.remove();
    }
  }

  goToLine(line) {
    const lines = this.source.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    this.source.focus();
    this.source.setSelectionRange(start, start + (lines[line - 1] || '').length);
  }

  say(message, isError = false, testid = 'save-message') {
    const status = $('save-status');
    clear(status);
    status.append(el('span', { class: isError ? 'studio-error' : 'studio-ok', 'data-testid': testid, text: message }));
  }

  async save() {
    try {
      const saved = await api.save(this.kind, this.id, this.source.value, this.base);
      this.base = saved.hash;
      if (saved.changed) this.draft = saved.version;
      this.state();
      this.say(saved.changed ? `Saved as draft version ${saved.version}. Learners still get the published file:`
        + ' publish the draft when it is ready.' : 'No changes to save.');
      this.versions();
    } catch (error) {
      if (error.problems.length) this.showProblems(error.problems);
      this.say(error.message, true, error.code === 'conflict' || error.code === 'id-taken' ? 'conflict' : 'save-error');
    }
  }

  async versions() {
    const list = $('versions');
    // Saves, publishes and reverts each ask for the list; only the latest answer is drawn, and the list is cleared
    // when it is drawn, so two answers arriving together never show every version twice.
    const asked = this.versionsAsked = (this.versionsAsked ?? 0) + 1;
    const draw = (...items) => {
      if (asked !== this.versionsAsked) return;
      clear(list);
      list.append(...items);
    };
    if (this.isNew()) {
      draw(el('li', { class: 'muted', text: 'Saved versions appear here.' }));
      return;
    }
    try {
      const versions = await api.versions(this.kind, this.id);
      if (!versions.length) draw(el('li', { class: 'muted', text: 'No saves from the studio yet.' }));
      else draw(...versions.map(v => this.version(v, v === versions[0])));
    } catch (error) {
      draw(el('li', { class: 'studio-error', text: error.message }));
    }
  }

  version(v, latest) {
    return el('li', { 'data-testid': 'version', 'data-version': v.version },
      el('p', {}, el('strong', { text: `Version ${v.version}` }), ` by ${v.author}, ${new Date(v.at).toLocaleString()}`),
      v.diff ? el('details', {}, el('summary', { text: 'What changed' }), el('pre', { class: 'diff', text: v.diff })) : null,
      latest ? null : el('button', {
        type: 'button', class: 'secondary', 'data-testid': 'revert', text: `Go back to version ${v.version}`,
        onclick: () => this.revert(v.version),
      }));
  }

  async revert(version) {
    try {
      const saved = await api.revert(this.kind, this.id, version, this.live);
      await this.reload();
      this.say(`Back to version ${version}, published as version ${saved.version}.`);
    } catch (error) {
      this.say(error.message, true, error.code === 'conflict' ? 'conflict' : 'save-error');
    }
  }

  /** After a publish or a revert: the editor holds what is live, with no draft left. */
  async reload() {
    const file = await api.open(this.kind, this.id);
    this.source.value = file.text;
    this.base = file.hash;
    this.live = file.published.hash;
    this.draft = file.draft ?? null;
    this.showProblems(file.problems);
    this.state();
    this.versions();
  }

  async drive() {
    const box = $('drive-result');
    clear(box);
    box.append(el('p', { class: 'muted', text: 'Playing the scripted learners…' }));
    try {
      showDrive(box, await api.drive(this.id, this.source.value));
    } catch (error) {
      clear(box);
      if (error.problems.length) this.showProblems(error.problems);
      box.append(el('p', { class: 'studio-error', 'data-testid': 'drive-error', text: error.message }));
    }
  }

  async tryIt() {
    const box = $('try-link');
    clear(box);
    try {
      const tried = await api.tryDraft(this.id, this.source.value);
      append(box, el('a', { href: tried.url, target: '_blank', rel: 'noopener', 'data-testid': 'try-link', text: 'Open a practice chat on this draft' }),
        el('span', { class: 'muted', text: ' (it is not saved; the link works for a few hours)' }));
    } catch (error) {
      if (error.problems.length) this.showProblems(error.problems);
      box.append(el('span', { class: 'studio-error', text: error.message }));
    }
  }

  async measure() {
    const box = $('figures');
    clear(box);
    box.append(el('p', { class: 'muted', text: 'Grading the labelled replies with the saved rubric and with this draft…' }));
    try {
      showFigures(box, await api.measure(this.id, this.source.value));
    } catch (error) {
      clear(box);
      box.append(el('p', { class: 'studio-error', text: error.message }));
    }
  }

  async export(what) {
    try {
      const blob = await api.exportCard(this.id, what);
      download(`${this.id}${what.includes('png') ? '.png' : what.includes('v2') ? '.v2.json' : '.v3.json'}`, blob);
    } catch (error) {
      this.say(error.message, true);
    }
  }

  async applyForm(key, value) {
    try {
      const answer = await api.form(this.kind, this.id, this.source.value, key, value);
      this.source.value = answer.text;
      this.showProblems(answer.problems);
      this.form.showProblems(answer.problems);
      if (!answer.problems.length) this.clearErrors();
    } catch (error) {
      this.say(error.message, true);
    }
  }
}
