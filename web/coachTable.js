import { el } from './dom.js';

/**
 * A table for the coach pages. `columns` are {title, number?}; each row is a list of cells (text or nodes)
 * and may carry row attributes as `row.attrs`.
 */
export function table(caption, columns, rows, testid) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'coach-table', 'data-testid': testid },
    el('caption', { class: 'sr-only', text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.number ? 'number' : null, text: c.title })))),
    el('tbody', {}, rows.map((row) => el('tr', row.attrs || {}, row.map((cell, i) => i === 0
      ? el('th', { scope: 'row' }, cell)
      : el('td', { class: columns[i].number ? 'number' : null, 'data-column': columns[i].key || null }, cell)))))));
}

/** A number or a dash, with an optional unit. */
export function figure(value, unit = '') {
  return value == null ? '—' : `${Math.round(value * 100) / 100}${unit}`;
}
