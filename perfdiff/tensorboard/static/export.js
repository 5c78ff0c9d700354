// Export buttons for the op table: CSV (every registered column, SI units, as `perfdiff --format csv`
// writes) and JSON (the rows as the report holds them), of the rows the table shows, in its order.

import {el} from './dom.js';
import {vocabulary} from './vocabulary.js';

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = el('a', {href: url, download: name, hidden: true});
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of rows over the registered columns of report.ops (their order). */
export function opsCsv(rows) {
  const names = Object.keys(vocabulary().tables['report.ops']);
  return [names.join(','), ...rows.map((r) => names.map((n) => csvField(r[n])).join(','))].join('\n') + '\n';
}

/** Two buttons; rows() gives the rows to export (the table's filtered, sorted rows). */
export function exportButtons(report, rows) {
  const base = `perfdiff-${String(report.run).replace(/[^A-Za-z0-9_.-]+/g, '_')}-ops`;
  return el('span', {class: 'pd-export'},
    el('button', {type: 'button', class: 'pd-button', text: 'CSV', title: 'download the shown ops as CSV (SI units)',
                  onclick: () => download(`${base}.csv`, 'text/csv', opsCsv(rows()))}),
    el('button', {type: 'button', class: 'pd-button', text: 'JSON', title: 'download the shown ops as JSON',
                  onclick: () => download(`${base}.json`, 'application/json', JSON.stringify(rows(), null, 1))}));
}
