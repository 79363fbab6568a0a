import { el, clear } from '../dom.js';

const pct = (v) => (v == null ? '–' : `${Math.round(v * 100)}%`);

/** The rubric's figures on the labelled replies: the saved rubric beside the draft, criterion by criterion. */
export function showFigures(box, m) {
  clear(box);
  if (!m.after.replies) {
    box.append(el('p', { class: 'studio-error', 'data-testid': 'figures-summary', text: `No labelled replies were found in ${m.labelled}, so there is nothing to measure.` }));
    return;
  }
  const before = new Map((m.before?.criteria || []).map((r) => [r.id, r]));
  box.append(el('h3', { text: 'On the labelled replies' }),
    el('p', { 'data-testid': 'figures-summary' },
      `Mean F1 ${pct(m.before?.macroF1)} saved, ${pct(m.after.macroF1)} with this draft, over ${m.after.replies} labelled replies.`),
    el('table', { class: 'figures' },
      el('caption', { class: 'sr-only', text: 'Recall and F1 per criterion, saved rubric and draft' }),
      el('thead', {}, el('tr', {}, ['Criterion', 'Recall saved', 'Recall draft', 'F1 saved', 'F1 draft']
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, m.after.criteria.map((r) => el('tr', { 'data-testid': 'figure-row', 'data-id': r.id },
        el('th', { scope: 'row', text: r.id }),
        el('td', { text: pct(before.get(r.id)?.recall) }), el('td', { text: pct(r.recall) }),
        el('td', { text: pct(before.get(r.id)?.f1) }), el('td', { text: pct(r.f1) }))))));
}
