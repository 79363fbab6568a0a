import { el } from './dom.js';
import { api } from './api.js';

// "This grade is wrong" on the review page: the coach's marks on a reply, saved as examples in the rubric
// (POST /api/coach/rubrics/{id}/examples), so the grader reads those words as the coach does. It is a versioned
// rubric edit: the studio's history shows it and can go back on it.

/** The box under a graded reply; null when the session's rubric is gone. `say` shows a status line. */
export function teachBox(view, turn, form, { guard, say }) {
  if (!view.rubric) return null;
  const id = `teach-${turn.index}`;
  const words = el('input', { id, type: 'text', maxlength: 500, value: turn.text, 'data-testid': 'teach-words' });
  const button = el('button', { type: 'button', class: 'secondary', 'data-testid': 'teach', text: 'Save my marks as examples' });
  button.addEventListener('click', () => teach(view.rubric, form, words.value.trim(), { guard, say }));
  return el('details', { class: 'teach', 'data-testid': 'teach-box' },
    el('summary', { text: 'This grade is wrong: teach it by example' }),
    el('p', { class: 'muted', text: 'Mark above what this reply shows and does not show, keep only the words that'
      + ' matter, then save them as examples in the rubric. The grader reads them from the next reply on.' }),
    el('label', { for: id, text: 'Words to teach' }), words, ' ', button);
}

async function teach(rubric, form, reply, { guard, say }) {
  const marks = [...form.querySelectorAll('[data-testid=criterion-row]')]
    .map((row) => ({ criterion: row.dataset.criterion, value: row.querySelector('select').value }))
    .filter((m) => m.value !== '')
    .map((m) => ({ criterion: m.criterion, shown: m.value === 'true' }));
  if (!marks.length) {
    say('Mark at least one criterion as shown or not shown first.');
    return;
  }
  const saved = await guard(() => api(`/api/coach/rubrics/${encodeURIComponent(rubric)}/examples`,
    { method: 'POST', body: { reply, marks } }));
  if (!saved) return;
  say(!saved.changed ? 'Those examples were in the rubric already.'
    : saved.live ? `Saved as examples in the ${rubric} rubric (version ${saved.version}); the grader uses them now.`
      : `Saved as examples in the ${rubric} rubric's draft (version ${saved.version}): they count once it is published.`);
}
