import { el, clear, append } from '../dom.js';

/** Each scripted learner's conversation with the draft: what was expected, how it went, every line with the mood. */
export function showDrive(box, drive) {
  clear(box);
  const failed = drive.reps.filter((rep) => !rep.ok).length;
  const gaps = drive.gaps || [];
  // The headline says what the rows below show: which learners went wrong, or, when none did, what else is missing.
  const headline = drive.ok ? 'Plays as intended.'
    : failed ? `Does not play as intended: ${failed} of ${drive.reps.length} scripted learners did not get the outcome expected.`
      : 'Every scripted learner got the outcome expected, but the scenario is not ready yet:';
  append(box, el('h3', { text: 'Test-drive' }),
    el('p', { class: drive.ok ? 'studio-ok' : 'studio-error', 'data-testid': 'drive-verdict' }, el('strong', { text: headline })),
    gaps.length ? el('ul', { class: 'drive-gaps', 'data-testid': 'drive-gaps' },
      gaps.map((gap) => el('li', { 'data-testid': 'drive-gap', text: gap }))) : null,
    el('p', { class: 'muted', 'data-testid': 'drive-account', text: drive.verdict }));
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
