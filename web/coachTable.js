import { el } from './dom.js';

/**
 * A table for the coach pages. `columns` are {title, number?}; each row is a list of cells (text or nodes)
 * and may carry row attributes as `row.attrs`.
 */
export function table(caption, columns, rows, testid) {
  return scrollBox(caption, el('table', { class: 'coach-table', 'data-testid': testid },
    el('caption', { class: 'sr-only', text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.number ? 'number' : null, text: c.title })))),
    el('tbody', {}, rows.map((row) => el('tr', row.attrs || {}, row.map((cell, i) => i === 0
      ? el('th', { scope: 'row' }, cell)
      : el('td', { class: columns[i].number ? 'number' : null, 'data-column': columns[i].key || null }, cell)))))));
}

/**
 * A wide table in a box that scrolls sideways on a narrow screen; the box takes keyboard focus and is named by the
 * table's caption, so it can be scrolled without a mouse.
 */
export function scrollBox(caption, table) {
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption }, table);
}

/** A number or a dash, with an optional unit. */
export function figure(value, unit = '') {
  return value == null ? '—' : `${Math.round(value * 100) / 100}${unit}`;
}
