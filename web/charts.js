// Charts with uPlot, served by Hotseat itself from its WebJar (no CDN). It is loaded when a chart is first drawn;
// when it cannot be, the tables beside the charts carry every number.
let library = null;
const DAY = 24 * 60 * 60;

/** The uPlot class, or null when it could not be loaded. */
export function loadUPlot() {
  library ??= import('/webjars/uplot/1.6.30/dist/uPlot.esm.js').then((module) => module.default).catch(() => null);
  return library;
}

function colours() {
  const style = getComputedStyle(document.body);
  return { accent: style.getPropertyValue('--accent').trim() || '#0f6b63', text: style.getPropertyValue('--text').trim() || '#1c1e21',
    line: style.getPropertyValue('--line').trim() || '#d9dcd6' };
}

function axes(c) {
  return [{ stroke: c.text, grid: { stroke: c.line } }, { stroke: c.text, grid: { stroke: c.line } }];
}

/** Replaces `root`'s chart with bars: `labels` along the bottom, `values` up. */
export async function barChart(root, labels, values) {
  const Plot = await loadUPlot();
  clearChart(root);
  if (!Plot) return;
  const c = colours();
  const width = Math.max(280, root.clientWidth - 16);
  root.chart = new Plot({
    width, height: 220, legend: { show: false }, cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, values.length - 0.5] } },
    axes: [{ ...axes(c)[0], values: (u, ticks) => ticks.map((t) => labels[t] ?? ''), space: 30 }, axes(c)[1]],
    series: [{}, { label: 'Practices', stroke: c.accent, fill: c.accent, paths: Plot.paths.bars({ size: [0.7, 60] }), points: { show: false } }],
  }, [values.map((_, i) => i), values], root);
}

/** Replaces `root`'s chart with a line of scores over time (`times` in seconds since 1970). */
export async function lineChart(root, times, scores) {
  const Plot = await loadUPlot();
  clearChart(root);
  if (!Plot || !times.length) return;
  const c = colours();
  const width = Math.max(280, root.clientWidth - 16);
  root.chart = new Plot({
    width, height: 220, legend: { show: false },
    // One practice would stretch the time axis over years; a day either side of the first and last keeps it readable.
    scales: { x: { auto: false, range: [Math.min(...times) - DAY, Math.max(...times) + DAY] }, y: { range: [0, 100] } },
    axes: axes(c),
    series: [{}, { label: 'Score', stroke: c.accent, width: 2, points: { show: true, size: 6 } }],
  }, [times, scores], root);
}

// The chart drawn before is let go (its listeners too) before a new one takes its place; `root.chart` is it.
function clearChart(root) {
  root.chart?.destroy();
  root.chart = null;
  root.replaceChildren();
}
