// Words shown for ids that arrive on the wire. Unknown ids (a coach's own criteria) are humanised.

const CRITERIA = {
  empathy: 'Empathy',
  apology: 'Sincere apology',
  restate: 'Repeats the problem back',
  clarify: 'Asks to understand',
  ownership: 'Takes ownership',
  solution: 'Offers a solution',
  collaborate: 'Shapes the fix together',
  firm: 'Holds a limit politely',
  followup: 'Follows up',
  deflect: 'Deflects',
  blame: 'Blames or argues',
  calm: 'Stays calm',
  listen: 'Listens',
  escalate: 'Escalates only when needed',
  star: 'Concrete example (STAR)',
  rant: 'Complains about customers',
};

const OUTCOMES = {
  resolved: 'Resolved',
  'walked-out': 'The customer walked out',
  ended: 'Ended',
};

/** The display name of a criterion. */
export function criterionName(criterion) {
  return criterion.name || criterion.label || CRITERIA[criterion.id] || humanise(criterion.id);
}

/** A headline for how the session ended. */
export function outcomeText(outcome) {
  return OUTCOMES[outcome] || humanise(outcome || 'ended');
}

/** "interview" → "Interview", "walked-out" → "Walked out". */
export function humanise(id) {
  const words = String(id ?? '').replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : '';
}
