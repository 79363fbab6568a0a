import { $, el, clear } from './dom.js';
import { api, when } from './api.js';
import { showTopBar } from './topbar.js';
import { loadUPlot } from './charts.js';

// Told apart by colour and by dash, so the lines stay distinct for colour-blind readers too. Each skill gets a hue
// of its own, spread round the colour wheel, so no two lines share a colour however many skills there are; the
// lightness follows the page's scheme so every line reads on its background.
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

function colour(i, count) {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const hue = Math.round((i * 360) / Math.max(count, 1) + 170) % 360;
  return `hsl(${hue} 70% ${dark ? 68 : 36}%)`;
}
let chart = null;

async function load(scenario = '') {
  let progress;
  try {
    progress = await api(`/api/me/progress${scenario ? `?scenario=${encodeURIComponent(scenario)}` : ''}`);
  } catch (error) {
    $('progress-notices').append(el('p', { class: 'notice-inline', text: `Could not load your progress: ${error.message}` }));
    return;
  }
  await draw(progress);
  highlights($('progress-strengths'), progress.strengths, 'Finish a session with a few replies to see your strengths.');
  highlights($('progress-next'), progress.practiseNext, 'Nothing yet: practise a session first.');
}

async function fillFilter() {
  const sessions = await api('/api/me/sessions').catch(() => []);
  const seen = new Map(sessions.map((s) => [s.scenario, s.title]));
  for (const [id, title] of seen) $('progress-filter').append(el('option', { value: id, text: title }));
}

async function draw(progress) {
  const Plot = await loadUPlot();
  const root = $('progress-chart');
  chart?.destroy();
  chart = null;
  clear(root);
  clear($('progress-legend'));
  const points = progress.sessions || [];
  if (!points.length || !Plot) {
    root.setAttribute('aria-label', 'No finished sessions yet');
    root.append(el('p', { class: 'muted', 'data-testid': 'progress-empty',
      text: Plot ? 'No finished sessions yet. Practise a scenario and end it to see your progress here.'
        : 'The chart could not load; the numbers are below.' }));
    table(progress);
    return;
  }
  const skills = progress.skills || [];
  const x = points.map((_, i) => i + 1);
  const style = getComputedStyle(document.documentElement);
  const ink = style.getPropertyValue('--muted').trim() || '#5b616b';
  const grid = style.getPropertyValue('--line').trim() || '#d9dcd6';
  const options = {
    width: Math.max(280, Math.min(root.clientWidth || 680, 760)),
    height: 280,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false, range: [0.8, Math.max(points.length, 2) + 0.2] }, y: { range: [0, 100] } },
    axes: [
      { label: 'Session', stroke: ink, grid: { stroke: grid }, ticks: { stroke: grid },
        incrs: [1], values: (u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) },
      { label: '% of replies', stroke: ink, grid: { stroke: grid }, ticks: { stroke: grid } },
    ],
    series: [{ label: 'Session' }, ...skills.map((skill, i) => ({
      label: skill.name,
      stroke: colour(i, skills.length),
      dash: skill.polarity === 'negative' ? [4, 4] : DASHES[i % DASHES.length],
      width: 2,
      points: { show: true, size: 7 },
      spanGaps: false,
    }))],
  };
  chart = new Plot(options, [x, ...skills.map((s) => s.values)], root);
  root.setAttribute('aria-label', `Line chart of ${skills.length} skills over ${points.length} sessions; the numbers are in the table below.`);
  legend(skills);
  table(progress);
}

// The legend is ours, not uPlot's: a plain list that says how many points each line has.
function legend(skills) {
  const root = $('progress-legend');
  skills.forEach((skill, i) => {
    const data = chart.data[i + 1] || [];
    const count = data.filter((v) => v != null).length;
    root.append(el('li', { 'data-testid': 'legend-skill', 'data-skill': skill.id, 'data-points': count },
      el('span', { class: `swatch${skill.polarity === 'negative' ? ' dashed' : ''}`, 'aria-hidden': 'true' }),
      el('span', { text: skill.name }),
      skill.polarity === 'negative' ? el('span', { class: 'muted', text: ' (a habit: lower is better)' }) : null));
    root.lastElementChild.firstElementChild.style.borderColor = colour(i, skills.length);
    root.lastElementChild.dataset.colour = colour(i, skills.length);
  });
}

function table(progress) {
  const root = $('progress-table');
  clear(root);
  const points = progress.sessions || [];
  if (!points.length) return;
  root.append(el('table', { 'data-testid': 'progress-table' },
    el('caption', { class: 'sr-only', text: 'Share of replies showing each skill, by session' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Skill' }),
      points.map((p, i) => el('th', { scope: 'col', title: `${p.title}, ${when(p.at)}`, text: `#${i + 1}` })))),
    el('tbody', {}, (progress.skills || []).map((skill) => el('tr', {},
      el('th', { scope: 'row', text: skill.name }),
      skill.values.map((v) => el('td', { text: v == null ? '–' : `${v}%` })))),
    el('tr', {}, el('th', { scope: 'row', text: 'Average score' }), points.map((p) => el('td', { text: p.score }))))));
}

function highlights(root, items, empty) {
  clear(root);
  if (!items || !items.length) {
    root.append(el('li', { class: 'muted', text: empty }));
    return;
  }
  for (const item of items) {
    root.append(el('li', { 'data-testid': 'highlight', 'data-skill': item.id },
      el('strong', { text: item.name }), el('span', { class: 'muted', text: ` in ${item.percent}% of replies` }),
      item.tip ? el('span', { class: 'criterion-tip', text: shortTip(item.tip) }) : null));
  }
}

// The rubric's tip is written for one reply and ends with a line to try and its source: here, the advice is enough.
function shortTip(tip) {
  const cut = tip.replace(/\s*\(["“].*?["”]\)/gs, '').replace(/\s*Try:\s*["“].*$/s, '').trim();
  return cut || tip;
}

$('progress-filter').addEventListener('change', (event) => load(event.target.value));
showTopBar('progress').then((me) => {
  if (!me) return;
  fillFilter();
  load();
});
