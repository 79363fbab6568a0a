import { el, clear } from './dom.js';
import { humanise } from './labels.js';
import { api } from './api.js';

const GROUPS = [
  { mode: 'customer', title: 'Upset customers', hint: 'You are the service rep.' },
  { mode: 'interview', title: 'Job interviews', hint: 'You are the candidate.' },
];

/** Fetches the scenarios and lists them by mode; `onChoose(scenario)` starts one. */
export async function showScenarios(root, onChoose) {
  clear(root);
  root.append(el('p', { class: 'muted', text: 'Loading scenarios…' }));
  let scenarios;
  try {
    scenarios = await api('/api/scenarios');
  } catch (error) {
    clear(root);
    root.append(el('p', { class: 'notice-inline', text: `Could not load the scenarios (${error.message}).` }),
      el('button', { type: 'button', class: 'secondary', text: 'Try again', onclick: () => showScenarios(root, onChoose) }));
    return;
  }
  clear(root);
  for (const group of groups(scenarios)) root.append(section(group, onChoose));
  if (!scenarios.length) root.append(el('p', { class: 'muted', text: 'No scenarios yet: add one under prompts/.' }));
}

function groups(scenarios) {
  const known = GROUPS.map((g) => ({ ...g, items: scenarios.filter((s) => s.mode === g.mode) }));
  const others = scenarios.filter((s) => !GROUPS.some((g) => g.mode === s.mode));
  if (others.length) known.push({ mode: 'other', title: 'Other', hint: '', items: others });
  return known.filter((g) => g.items.length);
}

function section(group, onChoose) {
  return el('section', { class: 'scenario-group', 'data-testid': `scenario-group-${group.mode}` },
    el('h2', {}, group.title, el('span', { class: 'muted hint', text: group.hint })),
    el('ul', { class: 'scenario-list' }, group.items.map((s) => el('li', {}, card(s, onChoose)))));
}

function card(scenario, onChoose) {
  return el('button', {
    type: 'button', class: 'scenario', 'data-testid': 'scenario', 'data-scenario': scenario.id,
    onclick: () => onChoose(scenario),
  },
  el('span', { class: 'scenario-top' },
    el('span', { class: 'scenario-title', text: scenario.title || scenario.id }),
    scenario.difficulty ? el('span', { class: `badge difficulty-${scenario.difficulty}`, text: humanise(scenario.difficulty) }) : null),
  scenario.summary ? el('span', { class: 'scenario-summary', text: scenario.summary }) : null);
}
