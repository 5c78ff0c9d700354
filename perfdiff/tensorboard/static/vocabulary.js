// The words, colours, number formats and column labels every view uses, as perfdiff's Python defines
// them (report/vocabulary.py and the column registries report/tables.py, report/diff_tables.py),
// served at ../vocabulary. loadVocabulary() fetches it once at start; the views read it through the
// functions below, so the plugin says what the CLI says.

import {getJSON} from './api.js';
import * as fmt from './format.js';

let V = null;
const TEXT_KINDS = ['text', 'source'];

/** Fetch the vocabulary (once), hand its number formats to format.js and its colours to the CSS. */
export async function loadVocabulary() {
  if (V) return V;
  const {status, body} = await getJSON('vocabulary');
  if (status !== 200) throw new Error(body.error || `HTTP ${status} from the plugin's /vocabulary`);
  fmt.configure(body.formats);
  const style = document.documentElement.style;
  for (const bound of body.bounds) style.setProperty(`--pd-${bound.name}`, bound.colour);
  V = body;
  return V;
}

export function vocabulary() {
  if (!V) throw new Error('vocabulary.js: loadVocabulary() has not finished');
  return V;
}

/** The bound classes, in the report's order (compute, hbm, ici, host, dcn, overhead, none, suspect, unpriced). */
export function bounds() {
  return vocabulary().bounds.map((b) => b.name);
}

export function boundColour(name) {
  const bound = vocabulary().bounds.find((b) => b.name === name);
  return bound ? bound.colour : vocabulary().other_colour;
}

/** A bound in the chip's own words (chip: {kind, topology}): HBM or memory, ICI or NVLink. */
export function boundLabel(name, chip = {}) {
  const bound = vocabulary().bounds.find((b) => b.name === name);
  if (!bound) return name;
  const label = bound.by_kind[chip.kind] ?? bound.label;
  return label === vocabulary().topology ? chip.topology || bound.label : label;
}

/** One registered column: {name, label, kind, show, title}. table: "report.ops", "diff.ops"… */
export function column(table, name) {
  const found = (vocabulary().tables[table] || {})[name];
  if (!found) throw new Error(`vocabulary.js: ${table} has no column ${name}`);
  return found;
}

/** The text of value in a registered column. */
export function cell(table, name, value) {
  const {kind, show} = column(table, name);
  return fmt.show(value, kind, show);
}

/**
 * DataTable columns (see table.js) for registered columns: label, title, alignment and format from the
 * registry. specs: column names, or {key, ...overrides} (a key not in the table needs its own label).
 */
export function columns(table, specs) {
  return specs.filter(Boolean).map((spec) => {
    const extra = typeof spec === 'string' ? {key: spec} : spec;
    const registered = (vocabulary().tables[table] || {})[extra.key];
    if (!registered) return extra;
    const {label, title, kind, show} = registered;
    return {label, title, num: !TEXT_KINDS.includes(kind), format: (v) => fmt.show(v, kind, show), ...extra};
  });
}
