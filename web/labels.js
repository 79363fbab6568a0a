// Words shown for ids that arrive on the wire. Unknown ids (a coach's own criteria) are humanised.

// Names as the shipped rubrics write them (customer rubric first); a grade's own `name` wins when sent.
const CRITERIA = {
  empathy: 'Empathy',
  apology: 'Sincere apology',
  restate: 'Restating the problem',
  clarify: 'Clarifying question',
  ownership: 'Ownership',
  solution: 'Concrete solution',
  collaborate: 'Working it out together',
  firm: 'Holding a limit politely',
  followup: 'Follow-up',
  deflect: 'Deflecting',
  blame: 'Blaming or arguing',
  calm: 'Staying calm',
  listen: 'Listening',
  escalate: 'Escalating only when needed',
  star: 'A real example (STAR)',
  rant: 'Ranting about customers',
};

// Where the interview rubric names a shared id differently.
const INTERVIEW_CRITERIA = {
  restate: 'Repeating the problem back',
  clarify: 'Clarifying questions',
  ownership: 'Taking ownership',
  solution: 'Offering a solution',
  firm: 'Staying firm',
  followup: 'Following up',
};

const OUTCOMES = {
  resolved: 'Resolved',
  'walked-out': 'The customer walked out',
  'asked-for-manager': 'The customer asked for a manager',
  ended: 'Ended',
  completed: 'Interview complete',
};

/** The display name of a criterion, as the rubric of that mode (customer or interview) calls it. */
export function criterionName(criterion, mode) {
  const names = mode === 'interview' ? { ...CRITERIA, ...INTERVIEW_CRITERIA } : CRITERIA;
  return criterion.name || criterion.label || names[criterion.id] || humanise(criterion.id);
}

const INTERVIEW_OUTCOMES = {
  resolved: 'Interview complete',
  'walked-out': 'The interviewer ended it early',
};

/** A headline for how the session ended, in the words of the scenario's mode. */
export function outcomeText(outcome, mode) {
  const words = mode === 'interview' ? { ...OUTCOMES, ...INTERVIEW_OUTCOMES } : OUTCOMES;
  return words[outcome] || humanise(outcome || 'ended');
}

/**
 * A calendar day as the coach picked it ("2026-12-10" → "10 Dec 2026"), read in UTC so that it is the same day
 * wherever the reader is.
 */
export function calendarDay(day) {
  if (!day) return '';
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined,
    { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "interview" → "Interview", "walked-out" → "Walked out". */
export function humanise(id) {
  const words = String(id ?? '').replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : '';
}
