import { $, el, clear } from '../dom.js';
import { api } from './api.js';

let fieldCount = 0;
const split = (text, by) => text.split(by).map((s) => s.trim()).filter(Boolean);

/** A labelled input or textarea whose change hands the new value to `onChange`. */
function field(label, value, onChange, { multiline = false, hint = '' } = {}) {
  const id = `form-field-${++fieldCount}`;
  const input = multiline
    ? el('textarea', { id, rows: Math.min(8, Math.max(2, String(value || '').split('\n').length + 1)) })
    : el('input', { id, type: 'text' });
  input.value = value == null ? '' : String(value);
  input.addEventListener('change', () => onChange(input.value));
  return el('div', { class: 'form-field' }, el('label', { for: id, text: label }),
    hint ? el('span', { class: 'muted hint', text: hint }) : null, input);
}

/**
 * The header as a form: persona, situation, facts, hidden facts with the words that uncover them, wants, policy,
 * angers and lines per move. Each change rewrites only that part of the file (the server keeps every other line and
 * comment), and the checks run again.
 */
export class FormView {
  constructor(root, { apply }) {
    this.root = root;
    this.apply = apply;
  }

  async render(text, kind, id) {
    clear(this.root);
    this.root.append(el('p', { class: 'muted', text: 'Reading the header…' }));
    let answer;
    try {
      answer = await api.form(kind, id, text);
    } catch (error) {
      clear(this.root);
      this.root.append(el('p', { class: 'studio-error', text: error.message }));
      return;
    }
    clear(this.root);
    const h = answer.header;
    if (!h || typeof h !== 'object') {
      this.root.append(el('p', { class: 'studio-error', 'data-testid': 'form-broken',
        text: 'The header is not valid YAML yet, so the form cannot show it: fix it in the Markdown view (see Checks).' }));
      return;
    }
    if (kind === 'rubrics') {
      this.rubric(h);
      this.showProblems(answer.problems);
      return;
    }
    const persona = { ...(h.persona || {}) };
    const facts = Object.entries(h.facts || {});
    const hidden = (h.hiddenFacts || []).map((f) => ({ ...f }));
    const wants = { ...(h.wants || {}) };
    this.root.append(
      this.group('Who they are', 'persona',
        ...['name', 'role', 'voice'].map((k) => field(`Persona ${k}`, persona[k], (v) => {
          persona[k] = v;
          this.apply('persona', persona);
        }))),
      this.group('What happened', 'situation', field('Situation', h.situation, (v) => this.apply('situation', v), { multiline: true })),
      this.group('Facts they state freely', 'facts',
        field('Facts, one per line as name: value', facts.map(([k, v]) => `${k}: ${v}`).join('\n'), (v) => {
          const out = {};
          for (const line of split(v, '\n')) {
            const at = line.indexOf(':');
            if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
          }
          this.apply('facts', out);
        }, { multiline: true })),
      this.group('Hidden facts', 'hiddenFacts', ...hidden.map((f, i) => el('div', { class: 'form-row' },
        field(`Hidden fact ${i + 1}: id`, f.id, (v) => { f.id = v; this.apply('hiddenFacts', hidden); }),
        field(`Hidden fact ${i + 1}: what they say`, f.text, (v) => { f.text = v; this.apply('hiddenFacts', hidden); }, { multiline: true }),
        field(`Hidden fact ${i + 1}: words that uncover it, comma-separated`, (f.askedBy || []).join(', '),
          (v) => { f.askedBy = split(v, ','); this.apply('hiddenFacts', hidden); }))),
        el('button', { type: 'button', class: 'secondary', 'data-testid': 'add-hidden-fact', text: 'Add a hidden fact',
          onclick: async () => {
            hidden.push({ id: `fact-${hidden.length + 1}`, text: 'What they say when asked.', askedBy: ['why'] });
            await this.apply('hiddenFacts', hidden);
            this.render($('source').value, kind, id);
          } })),
      this.group('What they want', 'wants',
        field('Wants', wants.text, (v) => { wants.text = v; this.apply('wants', wants); }),
        field('Words that, in an offer, meet it (comma-separated)', (wants.acceptedIf || []).join(', '),
          (v) => { wants.acceptedIf = split(v, ','); this.apply('wants', wants); })),
      this.group('Policy', 'policy', field('What the rep may offer, one per line', (h.policy || []).join('\n'),
        (v) => this.apply('policy', split(v, '\n')), { multiline: true })),
      this.group('What makes them angrier', 'angers', field('Angers, one per line', (h.angers || []).join('\n'),
        (v) => this.apply('angers', split(v, '\n')), { multiline: true })),
      this.group('Lines per move', 'lines', ...Object.entries(h.lines || {}).map(([move, lines]) => field(
        `Lines for ${move}, one per line`, [].concat(lines).join('\n'), (v) => {
          h.lines[move] = split(v, '\n');
          this.apply('lines', h.lines);
        }, { multiline: true }))));
    this.showProblems(answer.problems);
  }

  /** A rubric: each criterion's name, weight, threshold, cues, blockers, exemplars and tip. */
  rubric(h) {
    const lists = [['cues', 'Cues (regular expressions), one per line'], ['blockers', 'Blockers, one per line'],
      ['exemplars', 'Exemplars, one per line'], ['counterExemplars', 'Counter-exemplars, one per line']];
    for (const c of h.criteria || []) {
      const save = () => this.apply(`criteria/${c.id}`, c);
      const number = (v) => (v.trim() === '' ? undefined : Number(v));
      this.root.append(this.group(`Criterion ${c.id}`, c.id,
        field(`${c.id}: name`, c.name, (v) => { c.name = v; save(); }),
        field(`${c.id}: weight (share of the score)`, c.weight, (v) => { c.weight = number(v); save(); }),
        field(`${c.id}: threshold (0 to 1)`, c.threshold, (v) => { c.threshold = number(v); save(); }),
        ...lists.map(([key, label]) => field(`${c.id}: ${label}`, [].concat(c[key] || []).join('\n'),
          (v) => { c[key] = split(v, '\n'); save(); }, { multiline: true })),
        field(`${c.id}: tip`, c.tip, (v) => { c.tip = v; save(); })));
    }
  }

  /** A group of fields for one block of the header (`key`), where that block's problems are shown. */
  group(title, key, ...children) {
    return el('fieldset', { class: 'form-group', 'data-key': key }, el('legend', { text: title }),
      el('ul', { class: 'field-problems', 'data-testid': 'field-problems' }), ...children);
  }

  /** Shows each problem beside the group of the block it names (the Checks list below keeps them all). */
  showProblems(problems) {
    for (const group of this.root.querySelectorAll('fieldset[data-key]')) {
      const names = new RegExp(`(^|[^A-Za-z])${group.dataset.key.replace(/[^A-Za-z0-9-]/g, '')}([^A-Za-z]|$)`);
      const mine = problems.filter((p) => names.test(p.message));
      group.querySelector('.field-problems').replaceChildren(...mine.map((p) =>
        el('li', { class: 'studio-error', 'data-testid': 'field-problem', text: `Line ${p.line}: ${p.message}` })));
    }
  }
}
