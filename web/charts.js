// Charts with uPlot, as the progress page draws them: the page loads the library from the app's own WebJar
// (/webjars/uplot/1.6.30/dist/uPlot.iife.min.js). Without it, the tables beside the charts carry every number.
function uPlot() {
  return window.uPlot || null;
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
export function barChart(root, labels, values) {
  const Plot = uPlot();
  root.replaceChildren();
  if (!Plot) return;
  const c = colours();
  const width = Math.max(280, root.clientWidth - 16);
  new Plot({
    width, height: 220, legend: { show: false }, cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, values.length - 0.5] } },
    axes: [{ ...axes(c)[0], values: (u, ticks) => ticks.map((t) => labels[t] ?? ''), space: 30 }, axes(c)[1]],
    series: [{}, { label: 'Practices', stroke: c.accent, fill: c.accent, paths: Plot.paths.bars({ size: [0.7, 60] }), points: { show: false } }],
  }, [values.map((_, i) => i), values], root);
}

/** Replaces `root`'s chart with a line of scores over time (`times` in seconds since 1970). */
export function lineChart(root, times, scores) {
  const Plot = uPlot();
  root.replaceChildren();
  if (!Plot || !times.length) return;
  const c = colours();
  const width = Math.max(280, root.clientWidth - 16);
  new Plot({
    width, height: 220, legend: { show: false },
    scales: { y: { range: [0, 100] } },
    axes: axes(c),
    series: [{}, { label: 'Score', stroke: c.accent, width: 2, points: { show: true, size: 6 } }],
  }, [times, scores], root);
}
