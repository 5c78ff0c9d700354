// The report of one run: advice, summary, time by bound class, roofline chart, op table, step table.

import {el, message, replace} from './dom.js';
import * as fmt from './format.js';
import {drawRoofline} from './roofline.js';
import {DataTable} from './table.js';
import {boundColour, boundLabel, bounds, column, columns} from './vocabulary.js';
import {headlineView} from './headline.js';
import {opKey, showOpDetail} from './op_detail.js';
import {exportButtons} from './export.js';
import {timelineSection} from './timeline_view.js';
import {drawBandwidth} from './bandwidth.js';

const UNPRICED = 'unpriced';  // the bound of ops without a cost model (report.vocabulary Bound.UNPRICED)

const ROOF_SOURCE = {
  trace: 'peaks from the trace',
  table: 'peaks from the chip table',
  measured: 'roofline measured on this machine',
};

function tile(label, value, sub, {title, className} = {}) {
  return el('div', {class: `pd-tile ${className || ''}`.trim(), title},
    el('div', {class: 'pd-tile-label', text: label}),
    el('div', {class: 'pd-tile-value', text: value}),
    sub ? el('div', {class: 'pd-tile-sub', text: sub}) : null);
}

function chipTile(chip) {
  const peaks = [
    `${fmt.si(chip.peak_flops_per_s, 'FLOP/s')}`,
    `${boundLabel('hbm', chip)} ${fmt.si(chip.hbm_bytes_per_s, 'B/s')}`,
    fmt.num(chip.ici_bytes_per_s) ? `${boundLabel('ici', chip)} ${fmt.si(chip.ici_bytes_per_s, 'B/s')}` : null,
    `ridge ${fmt.number(chip.ridge_flops_per_byte)} FLOPs/byte`,
  ].filter(Boolean).join(' · ');
  return el('div', {class: 'pd-tile pd-tile-chip', title: chip.notes || null},
    el('div', {class: 'pd-tile-label', text: 'chip'}),
    el('div', {class: 'pd-tile-value'}, chip.name,
       el('span', {class: `pd-source pd-source-${chip.source}`, text: ROOF_SOURCE[chip.source] || chip.source})),
    el('div', {class: 'pd-tile-sub', text: peaks}));
}

/** How many steps and where they come from: "3 steps", "100 executions of jit_f, inferred". */
export function stepCountWords(summary) {
  const count = summary.steps || 0;
  if (count && summary.steps_inferred_from) {
    return `${count} execution${count === 1 ? '' : 's'} of ${summary.steps_inferred_from}, inferred`;
  }
  return `${count || 'no'} step${count === 1 ? '' : 's'}`;
}

/** The registry's title of a summary figure (its name, unit and meaning). */
const about = (name) => column('report.summary', name).title;

function summaryView(report) {
  const s = report.summary;
  const step = fmt.num(s.step_s_mean);
  const share = (value) => (step && fmt.num(value) !== null ? `${fmt.percent(value / step)} of measured` : null);
  const model = report.model;
  // Unpriced op time has no theory: the theory tiles say which part of the op time they cover.
  // (report/words.py unpriced_words says the same in the terminal.)
  const unpriced = fmt.num(s.unpriced_share);
  const times = s.time_by_bound_s || {};
  const leftOut = [UNPRICED, 'suspect'].filter((b) => (fmt.num(times[b]) || 0) > 0)
    .map((b) => boundLabel(b, report.chip)).join(' or ') || boundLabel(UNPRICED, report.chip);
  const coverage = !(unpriced > 0) ? null : unpriced >= 1 ? `unknown: all op time is ${leftOut} (no usable price)` :
    `for the priced ${fmt.percent(1 - unpriced)} of op time (${fmt.percent(unpriced)} ${leftOut})`;
  return el('section', {class: 'pd-summary', 'aria-label': 'summary'},
    chipTile(report.chip),
    tile('step time (measured)', fmt.seconds(s.step_s_mean),
         `${stepCountWords(s)} · idle ${fmt.seconds(s.idle_s_mean)}`,
         {title: about('step_s_mean')}),
    tile('step theory (roofline)', fmt.seconds(s.theory_step_s), coverage || share(s.theory_step_s),
         {title: about('theory_step_s')}),
    model ? tile('step theory (model)', fmt.seconds(s.model_theory_step_s),
                 `${model.model} · ${model.step_kind || ''} · ${share(s.model_theory_step_s) || ''}`,
                 {title: about('model_theory_step_s')}) : null,
    tile('op efficiency', fmt.percent(s.efficiency),
         coverage || `Σ theory ${fmt.seconds(s.op_theory_s)} / Σ measured ${fmt.seconds(s.op_measured_s)}`,
         {title: about('efficiency')}),
    tile('flagged ops', fmt.number(s.flagged),
         `≥${fmt.percent(report.thresholds?.min_step_share)} of step, <${fmt.percent(report.thresholds?.max_efficiency)} of roofline`,
         {className: s.flagged ? 'pd-tile-alert' : '',
          title: 'ops whose recoverable time per step is a visible share of the step, running far below roofline'}),
  );
}

function boundBar(summary, chip) {
  const times = summary.time_by_bound_s || {};
  const total = bounds().reduce((sum, b) => sum + (fmt.num(times[b]) || 0), 0);
  const present = bounds().filter((b) => (fmt.num(times[b]) || 0) > 0);
  const bar = el('div', {class: 'pd-boundbar', role: 'img',
                         'aria-label': present.map((b) => `${boundLabel(b, chip)} ${fmt.seconds(times[b])}`).join(', ')},
    present.map((b) => el('div', {class: 'pd-boundbar-seg', title: `${boundLabel(b, chip)}: ${fmt.seconds(times[b])} per step`,
                                  style: {width: `${(100 * times[b]) / total}%`, background: boundColour(b)}})));
  const legend = el('div', {class: 'pd-legend'}, present.map((b) => el('span', {class: 'pd-legend-item'},
    el('i', {style: {background: boundColour(b)}}), el('b', {text: boundLabel(b, chip)}),
    ` ${fmt.seconds(times[b] || 0)}`, total ? ` (${fmt.percent((times[b] || 0) / total)})` : '')));
  return el('section', {class: 'pd-card'},
    el('div', {class: 'pd-card-head pd-tight'},
       el('h2', {text: 'Op time per step by bound', title: about('time_by_bound_s')}),
       present.length ? legend : el('span', {class: 'pd-note', text: 'no op time'})),
    bar);
}

/** A bound as a coloured pill, in the chip's words (chip: {kind, topology}). */
export function boundPill(bound, chip) {
  return el('span', {class: `pd-bound pd-bound-${bound}`, text: boundLabel(bound, chip), dataset: {bound}});
}

/** file.py:line, with the full path as the cell's title; beside it the library frame that made the op
 * (row.library_source), and the whole stack (row.stack) in the title, when the report has them. */
export function sourceCell(source, row) {
  if (!source) return '';
  const library = row?.library_source ? ` (via ${fmt.shortSource(row.library_source)})` : '';
  return el('span', {class: 'pd-mono', title: row?.stack || source, text: fmt.shortSource(source) + library});
}

/** The efficiency; "suspect" (with the reason) for an op that ran faster than its priced work, "≥" for
 *  an op priced at a lower bound of its work. */
function efficiencyCell(v, row = {}) {
  if (row.bound === 'suspect') {
    return el('span', {class: 'pd-suspect', text: 'suspect', title: `cost-model suspect: ${row.suspect}`});
  }
  const text = fmt.percent(v);
  return row.cost_lower_bound && fmt.num(v) != null ?
    el('span', {text: `≥ ${text}`, title: 'priced from its operand and result bytes: a lower bound'}) : text;
}

function opColumns(report) {
  return columns('report.ops', [
    {key: 'flag', value: (r) => (r.flag ? 1 : 0), num: false, className: 'pd-col-flag',
     format: (v) => (v ? el('span', {class: 'pd-flag', title: 'flagged', text: '●'}) : '')},
    {key: 'op', className: 'pd-col-op', format: (v) => el('span', {class: 'pd-mono', text: v})},
    'category',
    {key: 'bound', format: (v) => boundPill(v, report.chip)},
    'calls_per_step', 'measured_per_step_s', 'theory_per_step_s',
    {key: 'efficiency', format: efficiencyCell},
    'gap_per_step_s', 'share_of_step', 'intensity_flops_per_byte', 'achieved_flops_per_s',
    'achieved_hbm_bytes_per_s',
    {key: 'source', className: 'pd-col-source', format: sourceCell},
    {key: 'module', className: 'pd-col-module'},
  ]);
}

function opsSection(report, state) {
  const counts = {};
  for (const op of report.ops) counts[op.bound] = (counts[op.bound] || 0) + 1;
  const flagged = report.ops.filter((op) => op.flag).length;
  const table = new DataTable(opColumns(report), {
    sortKey: 'gap_per_step_s', sortDesc: true, limit: 300, empty: 'No op matches the filter.',
    rowClass: (r) => (r.flag ? 'pd-flagged' : null),
    rowTitle: (r) => [r.op_name, r.signature].filter(Boolean).join('\n') || null,
    onRowClick: (r) => state.pick?.(r),
  });
  const search = el('input', {type: 'search', class: 'pd-search', placeholder: 'filter op, module, source…',
                              'aria-label': 'filter ops by text'});
  const flagOnly = el('input', {type: 'checkbox', id: 'pd-flagged-only'});
  const chips = el('div', {class: 'pd-chips', role: 'radiogroup', 'aria-label': 'filter by bound'});
  const apply = () => {
    const text = search.value.trim().toLowerCase();
    const rows = report.ops.filter((op) =>
      (state.bound === 'all' || op.bound === state.bound) && (!flagOnly.checked || op.flag) &&
      (!text || [op.op, op.module, op.source, op.op_name, op.category, op.signature, op.stack].some((f) => String(f || '').toLowerCase().includes(text))));
    table.setRows(rows);
    for (const chip of chips.children) chip.setAttribute('aria-checked', String(chip.dataset.bound === state.bound));
  };
  for (const bound of ['all', ...bounds()]) {
    const count = bound === 'all' ? report.ops.length : counts[bound] || 0;
    if (bound !== 'all' && !count) continue;
    chips.appendChild(el('button', {type: 'button', class: 'pd-chip', role: 'radio', dataset: {bound},
                                    onclick: () => { state.bound = bound; apply(); }},
      bound === 'all' ? null : el('i', {style: {background: boundColour(bound)}}),
      `${bound === 'all' ? 'all' : boundLabel(bound, report.chip)} `,
      el('span', {class: 'pd-chip-count', text: count})));
  }
  if (!chips.querySelector(`[data-bound="${state.bound}"]`)) state.bound = 'all';
  search.addEventListener('input', apply);
  flagOnly.addEventListener('change', apply);
  apply();
  const section = el('section', {class: 'pd-card', id: 'pd-ops'},
    el('div', {class: 'pd-card-head'},
      el('h2', {text: `Ops (${report.ops.length})`}),
      chips,
      el('label', {class: 'pd-check'}, flagOnly, ` flagged only (${flagged})`),
      search, exportButtons(report, () => table.sorted())),
    table.element);
  return {section, table, focus: (op) => {
    state.pick?.(op, {scroll: false});
    search.value = ''; flagOnly.checked = false; state.bound = 'all'; apply();
    const tr = table.rowElement(op);
    if (!tr) { table.showAll = true; table.renderBody(); }
    const row = table.rowElement(op);
    if (row) {
      row.classList.add('pd-picked');
      row.scrollIntoView({block: 'center', behavior: 'smooth'});
      setTimeout(() => row.classList.remove('pd-picked'), 2500);
    }
  }};
}

function stepColumns(hasModel) {
  return columns('report.steps', [
    {key: 'step', format: (v) => (v < 0 ? 'whole profile' : fmt.number(v))},
    'name', 'measured_s', 'op_s', 'covered_s', 'idle_s', 'theory_s', 'bound_s',
    hasModel ? 'model_theory_s' : null,
    'bound_share', 'unpriced_share',
    {key: 'busiest_device', format: (v) => el('span', {class: 'pd-mono', text: v || ''})},
  ]);
}

function stepsSection(report) {
  const hasModel = report.steps.some((s) => fmt.num(s.model_theory_s) !== null);
  const columns = stepColumns(hasModel);
  const table = new DataTable(columns, {sortKey: 'step', sortDesc: false, limit: 100});
  table.setRows(report.steps);
  const model = report.model;
  const modelLine = model ? el('p', {class: 'pd-note'},
    `Model: ${model.model} ${model.step_kind || ''} · batch ${model.batch} · seq ${model.seq}` +
    ` · ${model.weights} weights · ${model.chips} chip${model.chips === 1 ? '' : 's'}` +
    ` → theory ${fmt.seconds(model.theory_step_s)} per step${model.mlp_bound ? ` (MLP ${model.mlp_bound}-bound)` : ''}`) :
    el('p', {class: 'pd-note', text: 'No model step theory: the run card names no model.'});
  return el('section', {class: 'pd-card', id: 'pd-steps'},
    el('div', {class: 'pd-card-head'}, el('h2', {text: `Steps (${report.steps.length})`}), modelLine),
    report.summary.steps_inferred_from ? el('p', {class: 'pd-note',
      text: `Steps: ${stepCountWords(report.summary)} — the trace has no step marks.`}) : null,
    table.element);
}

/**
 * The report's advice, ranked: each item's kind, its saving and its message as the report writes it
 * (written once in perfdiff/advice/, the CLI prints the same text). Nothing when there is none.
 */
function adviceSection(report) {
  const items = report.advice || [];
  if (!items.length) return null;
  const about = (name) => column('report.advice', name).title;
  return el('section', {class: 'pd-card pd-advice', id: 'pd-advice', 'aria-label': 'advice'},
    el('div', {class: 'pd-card-head pd-tight'}, el('h2', {text: `Advice (${items.length})`}),
       el('span', {class: 'pd-note', text: 'what to change, largest saving first'})),
    el('ol', {class: 'pd-advice-list'}, items.map((item) => el('li', {class: 'pd-advice-item'},
      el('span', {class: 'pd-advice-kind', text: item.kind, title: about('kind')}),
      el('span', {class: 'pd-advice-saving', title: about('saving_s'),
                  text: fmt.num(item.saving_s) !== null ?
                    `${fmt.seconds(item.saving_s)} / step (${fmt.percent(item.share_of_step)})` : fmt.dash()}),
      el('span', {class: 'pd-advice-message', text: item.message}),
      el('span', {class: `pd-advice-confidence pd-advice-${item.confidence}`, title: about('confidence'),
                  text: `${item.confidence} confidence`})))));
}

/**
 * Render payload (the /report answer) into root. state persists UI choices across runs
 * ({bound}). Returns once the chart has been drawn (or failed to draw).
 */
export async function renderReport(root, payload, state) {
  const report = payload.report;
  const notes = [];
  if (payload.note) notes.push(message('warn', payload.note));
  for (const warning of report.warnings || []) notes.push(message('warn', warning));
  const chart = el('div', {class: 'pd-chart', id: 'pd-roofline'});
  const bandwidth = el('div', {class: 'pd-chart', id: 'pd-bandwidth'});
  const caption = el('p', {class: 'pd-note'});
  const ops = opsSection(report, state);
  // The op detail: opened by a click on a table row, a roofline point or a timeline bar.
  const detail = el('section', {class: 'pd-card pd-detail', id: 'pd-op-detail', hidden: true});
  const token = {};
  root.__token = token;
  let timeline = null;
  state.pick = (row, {scroll = true} = {}) => {
    state.op = opKey(row);
    state.onChange?.();
    for (const tr of root.querySelectorAll('#pd-ops tr.pd-selected')) tr.classList.remove('pd-selected');
    ops.table.rowElement(row)?.classList.add('pd-selected');
    timeline?.select(row);
    showOpDetail(detail, {run: payload.run, host: payload.host, row, chip: report.chip,
                          isCurrent: () => root.__token === token});
    if (scroll) detail.scrollIntoView({block: 'nearest'});
  };
  detail.addEventListener('close', () => { state.op = null; state.onChange?.(); });
  timeline = timelineSection(payload, state, {onPick: (row) => state.pick(row), isCurrent: () => root.__token === token});
  replace(root,
    notes,
    headlineView(payload.headline),
    adviceSection(report),
    summaryView(report),
    boundBar(report.summary, report.chip),
    el('section', {class: 'pd-card'},
       el('div', {class: 'pd-card-head'}, el('h2', {text: 'Roofline'}), caption),
       el('div', {class: 'pd-chart-pair'}, chart, bandwidth)),
    timeline.section,
    detail,
    ops.section,
    stepsSection(report));
  const chosen = state.op && report.ops.find((r) => opKey(r) === state.op);
  if (chosen) state.pick(chosen, {scroll: false});
  else state.op = null;
  try {
    const {plotted, total} = await drawRoofline(chart, report, {onPick: ops.focus});
    const moved = await drawBandwidth(bandwidth, report, {onPick: ops.focus});
    const left = total - plotted - moved;
    caption.textContent = `${plotted} ops with FLOPs on the left, ${moved} that only move bytes on the right ` +
      `(size: time per step; red ring: flagged)` + (left > 0 ? `; ${left} that neither compute nor move bytes are in the table only.` : '.');
  } catch (err) {
    replace(chart, message('error', `The chart could not be drawn: ${err.message}`));
  }
}
