import { el } from './dom.js';

/**
 * Returns a fragment of `text` with each piece of evidence wrapped in a <mark>.
 * marks: [{ evidence, kind: 'good'|'bad', label }]. Overlapping evidence keeps the earlier, longer span.
 */
export function highlight(text, marks) {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const span of spans(text, marks)) {
    if (span.start > cursor) fragment.append(text.slice(cursor, span.start));
    fragment.append(el('mark', {
      class: `evidence evidence-${span.kind}`,
      title: span.label,
      'data-testid': 'evidence-mark',
      text: text.slice(span.start, span.end),
    }));
    cursor = span.end;
  }
  if (cursor < text.length) fragment.append(text.slice(cursor));
  return fragment;
}

function spans(text, marks) {
  const found = [];
  for (const mark of marks) {
    const at = locate(text, mark.evidence);
    if (at) found.push({ ...mark, ...at });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const span of found) {
    if (!kept.length || span.start >= kept[kept.length - 1].end) kept.push(span);
  }
  return kept;
}

// The protocol promises verbatim evidence; the case-insensitive retry only guards against a model
// that changed capitalisation, so the mark still lands on the learner's own characters. It searches the
// original text itself: a lower-cased copy can be longer ("İ" becomes two code units), and its indexes
// would land the mark beside the words.
function locate(text, evidence) {
  if (!evidence) return null;
  const exact = text.indexOf(evidence);
  if (exact >= 0) return { start: exact, end: exact + evidence.length };
  const match = new RegExp(evidence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
