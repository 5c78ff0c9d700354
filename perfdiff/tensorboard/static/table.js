// A sortable table over an array of row objects. Cells are text (or nodes built with el()).

import {el, replace} from './dom.js';
import {dash} from './format.js';

/**
 * columns: [{key, label, title, value(row) (default row[key]), format(value, row) -> string|Node,
 *            num (right-aligned numbers), className}]
 * options: {sortKey, sortDesc, limit (rows shown before "show all"), rowClass(row), rowTitle(row),
 *           empty (text when there are no rows), onRowClick(row, tr)}
 */
export class DataTable {
  constructor(columns, options = {}) {
    this.columns = columns;
    this.options = options;
    this.sortKey = options.sortKey || null;
    this.sortDesc = options.sortDesc !== false;
    this.limit = options.limit || Infinity;
    this.showAll = false;
    this.rows = [];
    this.head = el('thead');
    this.body = el('tbody');
    this.footer = el('div', {class: 'pd-table-footer'});
    this.table = el('table', {class: 'pd-table'}, this.head, this.body);
    this.element = el('div', {class: 'pd-table-wrap'}, el('div', {class: 'pd-table-scroll'}, this.table),
                      this.footer);
    this.renderHead();
  }

  setRows(rows) {
    this.rows = rows;
    this.showAll = false;
    this.renderBody();
  }

  sortBy(key) {
    if (this.sortKey === key) this.sortDesc = !this.sortDesc;
    else {
      this.sortKey = key;
      const column = this.columns.find((c) => c.key === key);
      this.sortDesc = Boolean(column && column.num);
    }
    this.renderHead();
    this.renderBody();
  }

  value(column, row) {
    return column.value ? column.value(row) : row[column.key];
  }

  sorted() {
    const column = this.columns.find((c) => c.key === this.sortKey);
    if (!column) return this.rows;
    const sign = this.sortDesc ? -1 : 1;
    const keyed = this.rows.map((row, index) => [this.value(column, row), index, row]);
    keyed.sort((a, b) => {
      const [x, y] = [a[0], b[0]];
      const missingX = x === null || x === undefined || (typeof x === 'number' && !Number.isFinite(x));
      const missingY = y === null || y === undefined || (typeof y === 'number' && !Number.isFinite(y));
      if (missingX || missingY) return missingX === missingY ? a[1] - b[1] : missingX ? 1 : -1;
      if (x < y) return -sign;
      if (x > y) return sign;
      return a[1] - b[1];
    });
    return keyed.map((entry) => entry[2]);
  }

  renderHead() {
    const cells = this.columns.map((column) => {
      const active = column.key === this.sortKey;
      const arrow = active ? (this.sortDesc ? ' ▼' : ' ▲') : '';
      return el('th', {
        class: [column.num ? 'num' : '', active ? 'sorted' : '', column.className || ''].join(' ').trim(),
        title: column.title || null,
        'aria-sort': active ? (this.sortDesc ? 'descending' : 'ascending') : null,
        dataset: {key: column.key},
        onclick: () => this.sortBy(column.key),
      }, column.label, arrow);
    });
    replace(this.head, el('tr', {}, cells));
  }

  renderBody() {
    const rows = this.sorted();
    const shown = this.showAll ? rows : rows.slice(0, this.limit);
    const fragment = document.createDocumentFragment();
    for (const row of shown) fragment.appendChild(this.renderRow(row));
    replace(this.body, fragment);
    if (!rows.length) {
      this.body.appendChild(el('tr', {class: 'pd-empty'},
          el('td', {colspan: this.columns.length, text: this.options.empty || 'Nothing to show.'})));
    }
    const more = rows.length > shown.length ?
      el('button', {class: 'pd-link', type: 'button', text: `Show all ${rows.length}`,
        onclick: () => { this.showAll = true; this.renderBody(); }}) : null;
    replace(this.footer, el('span', {text: `${shown.length} of ${rows.length} rows`}), more);
  }

  renderRow(row) {
    const {rowClass, rowTitle, onRowClick} = this.options;
    const tr = el('tr', {class: rowClass ? rowClass(row) : null, title: rowTitle ? rowTitle(row) : null});
    for (const column of this.columns) {
      const value = this.value(column, row);
      const shown = column.format ? column.format(value, row) : value;
      tr.appendChild(el('td', {class: [column.num ? 'num' : '', column.className || ''].join(' ').trim() || null},
                        shown === null || shown === undefined ? dash() : shown));
    }
    if (onRowClick) tr.addEventListener('click', () => onRowClick(row, tr));
    tr.__row = row;
    return tr;
  }

  /** The <tr> showing row, or null (filtered out or beyond the limit). */
  rowElement(row) {
    for (const tr of this.body.children) if (tr.__row === row) return tr;
    return null;
  }
}
