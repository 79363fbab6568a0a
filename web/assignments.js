import { el, clear } from './dom.js';
import { api } from './api.js';
import { calendarDay } from './labels.js';

const STATES = { open: 'Open', passed: 'Passed', overdue: 'Overdue' };

/** Lists the learner's assignments (GET /api/me/assignments); hidden when there are none. */
export async function showAssignments(root, onStart) {
  const assignments = await api('/api/me/assignments').catch(() => []);
  clear(root);
  root.hidden = !assignments.length;
  if (!assignments.length) return;
  root.append(
    el('h2', { text: 'Set by your coach' }),
    el('ul', { class: 'assignment-list' }, assignments.map((a) => item(a, onStart))));
}

function item(assignment, onStart) {
  const status = assignment.learners[0] || { state: 'open', attempts: 0 };
  return el('li', { class: `assignment state-${status.state}`, 'data-testid': 'assignment', 'data-state': status.state,
    'data-scenario': assignment.scenario },
  el('span', { class: 'assignment-title', text: assignment.title }),
  el('span', { class: `badge state-badge state-${status.state}`, 'data-testid': 'assignment-state', text: STATES[status.state] || status.state }),
  el('span', { class: 'muted', text: `${assignment.mode === 'exam' ? 'Exam' : 'Practice'} · pass mark ${assignment.passMark}`
    + ` · due ${calendarDay(assignment.dueDate)}`
    + (status.best == null ? '' : ` · your best ${status.best}`) }),
  status.state === 'passed' || !assignment.scenarioMode ? null : el('button', {
    type: 'button', class: 'secondary', 'data-testid': 'assignment-start', text: 'Start',
    onclick: () => onStart({ id: assignment.scenario, title: assignment.title, mode: assignment.scenarioMode }, assignment.mode),
  }));
}
