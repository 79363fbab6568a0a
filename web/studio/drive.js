import { el, clear } from '../dom.js';

/** Each scripted learner's conversation with the draft: what was expected, how it went, every line with the mood. */
export function showDrive(box, drive) {
  clear(box);
  box.append(el('h3', { text: 'Test-drive' }),
    el('p', { class: drive.ok ? 'studio-ok' : 'studio-error', 'data-testid': 'drive-verdict' },
      el('strong', { text: drive.ok ? 'Plays as intended. ' : 'Does not play as intended. ' }), drive.verdict));
  for (const rep of drive.reps) {
    box.append(el('details', { class: 'rep', 'data-testid': 'rep', 'data-outcome': rep.outcome, open: !rep.ok },
      el('summary', {},
        el('span', { text: `${rep.rep}: ${rep.outcome}` }),
        el('span', { class: `badge ${rep.ok ? 'ok' : 'broken'}`, text: rep.ok ? 'as expected' : `expected: ${rep.expected}` })),
      el('ol', { class: 'rep-turns' }, rep.turns.map((t) => el('li', { class: `rep-turn ${t.speaker}` },
        el('span', { class: 'who', text: t.speaker === 'learner' ? 'Scripted learner' : 'Partner' }),
        el('span', { class: 'said', text: t.text }),
        t.mood ? el('span', { class: 'muted mood-note', 'data-testid': 'rep-mood', text: `mood ${t.mood.level} (${t.mood.label})` }) : null,
        t.score != null ? el('span', { class: 'muted', text: `score ${t.score}` }) : null)))));
  }
}
