import { $, el, clear, append } from './dom.js';
import { humanise } from './labels.js';

/** Fills the header and the briefing panel from the scenario that `started` sent. */
export function showBriefing(scenario, mode) {
  $('scenario-title').textContent = scenario.title || scenario.id || 'Practice';
  const tags = $('scenario-tags');
  clear(tags);
  for (const tag of [scenario.mode, scenario.difficulty, mode]) {
    if (tag) tags.append(el('span', { class: `badge tag-${tag}`, text: humanise(tag) }));
  }
  const body = $('briefing-body');
  clear(body);
  const persona = personaOf(scenario);
  append(body,
    ...paragraphs(scenario.briefing),
    persona.name ? el('p', { class: 'persona' }, 'You will talk to ', el('strong', { text: persona.name }),
      persona.role ? `, ${persona.role}` : '', '.') : null,
    mentions(scenario.briefing, scenario.policy) ? null : policy(scenario.policy));
}

/** {name, role} whether the server sends a persona object, or a name with a separate role field. */
export function personaOf(scenario) {
  const persona = scenario.persona;
  if (persona && typeof persona === 'object') return { name: persona.name || '', role: persona.role || '' };
  return { name: persona || scenario.personaName || '', role: scenario.role || '' };
}

// Blank lines separate paragraphs; lines starting with "- " become a list (the loader writes the
// policy into the briefing that way).
function paragraphs(text) {
  return String(text || '').split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean).flatMap(block);
}

function block(text) {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const prose = lines.filter((line) => !line.startsWith('- ')).join(' ');
  const items = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  return [
    prose ? el(items.length && prose.endsWith(':') ? 'h2' : 'p', { class: 'briefing-text', text: prose }) : null,
    items.length ? el('ul', { class: 'briefing-list' }, items.map((item) => el('li', { text: item }))) : null,
  ].filter(Boolean);
}

function mentions(briefing, items) {
  const first = [].concat(items ?? [])[0];
  return !!first && String(briefing || '').includes(first);
}

function policy(items) {
  const list = [].concat(items ?? []).filter(Boolean);
  if (!list.length) return null;
  return el('div', { class: 'policy', 'data-testid': 'policy' },
    el('h2', { text: 'What you may offer' }),
    el('ul', {}, list.map((item) => el('li', { text: item }))));
}
