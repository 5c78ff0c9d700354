// The diff of two runs (perfdiff.diff): the step's verdict with its interval, the drift, the parts of
// the step's change (they add up to Δ step), the sentences that explain it, and the ops that moved.
// The verdict and the sentences are the Diff's own strings (written once in perfdiff/compare/): the
// CLI prints the same words.

import {poll} from './api.js';
import {el, message, replace} from './dom.js';
import * as fmt from './format.js';
import {boundPill, sourceCell} from './report_view.js';
import {DataTable} from './table.js';
import {cell, column, columns} from './vocabulary.js';
import {drawDiffChart} from './diff_chart.js';

const STATUSES = ['regressed', 'improved', 'inconclusive', 'added', 'removed', 'unchanged'];
// The parts of Δ step (perfdiff/compare/parts.py), in the order the sentences name them.
const PARTS = [
  ['delta_work_s', 'from work', 'ops doing different work'],
  ['delta_efficiency_s', 'from efficiency', 'the same work run better or worse'],
  ['delta_uncosted_s', 'uncosted ops', 'ops without a cost: their change cannot be split'],
  ['delta_idle_s', 'idle and dispatch', 'time no op ran on the busiest device'],
  ['delta_overlap_s', 'overlap', 'op time that did not lengthen the step; more overlap shortens it'],
];

function runSelect(runs, selected, label) {
  const select = el('select', {'aria-label': label});
  for (const run of runs) {
    select.appendChild(el('option', {value: run.run, text: run.run, selected: run.run === selected}));
  }
  return select;
}

function tile(label, value, sub, className) {
  return el('div', {class: `pd-tile ${className || ''}`.trim()},
    el('div', {class: 'pd-tile-label', text: label}),
    el('div', {class: 'pd-tile-value', text: value}),
    sub ? el('div', {class: 'pd-tile-sub', text: sub}) : null);
}

function signClass(value) {
  const v = fmt.num(value);
  if (v === null || v === 0) return '';
  return v > 0 ? 'pd-worse' : 'pd-better';
}

function verdictBanner(diff) {
  // The headline starts with the verdict's word; the banner's colour repeats it.
  return el('div', {class: `pd-verdict pd-verdict-${diff.summary.verdict}`, role: 'status'},
    el('span', {class: 'pd-verdict-text', text: diff.headline}));
}

function summaryView(diff, names) {
  const s = diff.summary;
  const show = (name) => cell('diff.summary', name, s[name]);
  const moved = `${s.regressed} regressed · ${s.improved} improved · ${s.inconclusive} inconclusive · ` +
    `${s.added} added · ${s.removed} removed`;
  const drift = s.drift_estimated ?
    `${show('drift_low')} to ${show('drift_high')} (${Math.round(s.confidence * 100)} %), from ${s.drift_ops} ops` :
    `not estimated (${s.drift_ops} ops of unchanged work)`;
  // Steps inferred from a module's executions (no step marks) are named as such.
  const inferred = [diff.base, diff.new].map((r) => r?.steps_inferred_from).filter(Boolean);
  const stepsFrom = inferred.length ? ` · steps: executions of ${[...new Set(inferred)].join(', ')}, inferred` : '';
  const parts = PARTS.filter(([name]) => name !== 'delta_uncosted_s' || fmt.num(s[name]));
  return el('section', {class: 'pd-summary'},
    tile('step time', `${show('step_base_s')} → ${show('step_new_s')}`, `${names.base} → ${names.new} (means)${stepsFrom}`),
    tile('step change', show('change'), `${show('change_low')} to ${show('change_high')} · ` +
         `${s.steps_base} and ${s.steps_new} steps`, signClass(s.change)),
    tile('drift', show('drift'), drift),
    tile('Δ step', show('delta_step_s'), `${show('step_change')} of the mean: the parts below add up to it`,
         signClass(s.delta_step_s)),
    ...parts.map(([name, label, sub]) => tile(label, show(name), sub, signClass(s[name]))),
    tile('step theory (roofline)', `${show('theory_step_base_s')} → ${show('theory_step_new_s')}`,
         s.model_theory_new_s !== null && s.model_theory_new_s !== undefined ?
           `model ${show('model_theory_base_s')} → ${show('model_theory_new_s')}` : null),
    tile('ops', `${s.matched} matched`, moved));
}

function sentencesView(diff) {
  return el('section', {class: 'pd-card pd-diff-sentences'},
    el('div', {class: 'pd-card-head'}, el('h2', {text: 'What changed'})),
    el('ul', {class: 'pd-sentences'}, ...(diff.sentences || []).map((text) => el('li', {text}))));
}

function bySourceTable(diff) {
  const rows = diff.by_source || [];
  const table = new DataTable(columns('diff.by_source', [
    {key: 'source', className: 'pd-col-source', format: (v) => sourceCell(v, {})},
    'ops', 'measured_base_s', 'measured_new_s', 'delta_measured_s', 'delta_work_s', 'delta_efficiency_s',
    'regressed', 'improved',
  ]), {sortKey: 'delta_measured_s', sortDesc: true, limit: 30, empty: 'No op has a source line.'});
  table.setRows(rows);
  return el('section', {class: 'pd-card pd-by-source', id: 'pd-by-source'},
    el('div', {class: 'pd-card-head'}, el('h2', {text: `By source line (${rows.length})`})), table.element);
}

/** The default pair: the latest run as new; as base, the latest earlier run priced on the same chip
 * (runs whose chip is not known yet count as the same), else the run before it. */
export function defaultPair(runs) {
  const last = runs[runs.length - 1];
  const earlier = runs.slice(0, -1).reverse();
  const same = earlier.find((r) => !r.chip || !last.chip || r.chip === last.chip);
  return {base: (same || earlier[0]).run, new: last.run};
}

function opsTable(diff, state) {
  // Where two runs name an op differently, it shows as "base → new"; its bound is the new run's.
  const newChip = {kind: diff.new.platform};
  const table = new DataTable(columns('diff.ops', [
    {key: 'status', format: (v) => el('span', {class: `pd-status pd-status-${v}`, text: v})},
    {key: 'op', label: column('report.ops', 'op').label, value: (r) => r.op_new ?? r.op_base, className: 'pd-col-op',
     format: (v, r) => el('span', {class: 'pd-mono', text: r.op_base && r.op_new && r.op_base !== r.op_new ? `${r.op_base} → ${r.op_new}` : v})},
    'category',
    {key: 'bound', label: column('report.ops', 'bound').label, value: (r) => r.bound_new ?? r.bound_base,
     format: (v) => (v ? boundPill(v, newChip) : fmt.dash())},
    'reason', 'measured_base_s', 'measured_new_s', 'delta_measured_s', 'measured_change', 'delta_work_s',
    'delta_efficiency_s', 'share_of_step', 'median_base_s', 'median_new_s', 'noise_s', 'efficiency_base',
    'efficiency_new', 'cause', 'match',
    {key: 'source', className: 'pd-col-source', format: sourceCell},
  ]), {
    sortKey: 'delta_measured_s', sortDesc: true, limit: 200, empty: 'No op matches the filter.',
    rowClass: (r) => ({regressed: 'pd-row-worse', improved: 'pd-row-better'})[r.status] || null,
    rowTitle: (r) => [r.op_name, r.signature_base, r.signature_new].filter(Boolean).join('\n') || null,
  });
  const counts = {};
  for (const op of diff.ops) counts[op.status] = (counts[op.status] || 0) + 1;
  const chips = el('div', {class: 'pd-chips', role: 'radiogroup', 'aria-label': 'filter by status'});
  const apply = () => {
    table.setRows(diff.ops.filter((op) => state.status === 'all' ||
      (state.status === 'changed' ? op.status !== 'unchanged' : op.status === state.status)));
    for (const chip of chips.children) chip.setAttribute('aria-checked', String(chip.dataset.status === state.status));
  };
  const changed = diff.ops.length - (counts.unchanged || 0);
  if (!changed && state.status === 'changed') state.status = 'all';
  for (const [status, count] of [['changed', changed], ['all', diff.ops.length], ...STATUSES.map((s) => [s, counts[s] || 0])]) {
    if (!count && !['changed', 'all'].includes(status)) continue;
    chips.appendChild(el('button', {type: 'button', class: 'pd-chip', role: 'radio', dataset: {status},
                                    onclick: () => { state.status = status; apply(); }},
      `${status} `, el('span', {class: 'pd-chip-count', text: count})));
  }
  apply();
  return el('section', {class: 'pd-card', id: 'pd-diff-ops'},
    el('div', {class: 'pd-card-head'}, el('h2', {text: `Ops (${diff.ops.length})`}), chips), table.element);
}

/** The diff tab: two run pickers and the result. runs: the /runs list. */
export function diffView(runs, state) {
  const root = el('div', {class: 'pd-diff'});
  if (runs.length < 2) {
    root.appendChild(message('info', 'A diff needs two runs under the logdir; capture another run to compare.'));
    return root;
  }
  const names = runs.map((r) => r.run);
  const pair = defaultPair(runs);
  state.base = names.includes(state.base) ? state.base : pair.base;
  state.new = names.includes(state.new) ? state.new : pair.new;
  const base = runSelect(runs, state.base, 'base run');
  const next = runSelect(runs, state.new, 'new run');
  const result = el('div', {class: 'pd-diff-result'});
  const button = el('button', {type: 'button', class: 'pd-button pd-primary', text: 'Compare'});
  let token = 0;
  const chipOf = (name) => runs.find((r) => r.run === name)?.chip;
  const compare = async () => {
    state.base = base.value;
    state.new = next.value;
    state.status = 'changed';  // each comparison starts on the ops that changed
    state.onChange?.();
    const mine = ++token;
    replace(result, message('info', `Comparing ${state.base} → ${state.new}…`));
    const answer = await poll('diff', {base: state.base, new: state.new}, {
      isCurrent: () => mine === token,
      onWait: (body) => replace(result, message('info', body.waiting_for ?
        `Analysing ${body.waiting_for.join(' and ')} first… ` : `Comparing… ${Math.round(body.elapsed_s || 0)} s`)),
    });
    if (!answer) return;
    if (answer.status !== 200) {
      replace(result, message('error', answer.body.error || `HTTP ${answer.status}`));
      return;
    }
    const diff = answer.body.diff;
    const [chipBase, chipNew] = [chipOf(state.base), chipOf(state.new)];
    const cannot = [];
    if (chipBase && chipNew && chipBase !== chipNew) {
      cannot.push(`${state.base} ran on ${chipBase} and ${state.new} on ${chipNew}: their ops are priced on different ` +
                  'rooflines, so the diff compares times only.');
    }
    if (!diff.summary.matched) {
      cannot.push(`No op of ${state.base} matches one of ${state.new}: these runs do not run the same program, ` +
                  'so no op-level change can be named. Pick two runs of one program.');
    }
    const chart = el('div', {class: 'pd-chart', id: 'pd-diff-chart'});
    replace(result, cannot.map((text) => message('warn', text)), (diff.warnings || []).map((w) => message('warn', w)),
            verdictBanner(diff), summaryView(diff, answer.body), sentencesView(diff),
            el('section', {class: 'pd-card'}, el('div', {class: 'pd-card-head'},
              el('h2', {text: 'Δ time per step of the ops that moved most'}),
              el('span', {class: 'pd-note', text: 'split into changed work and changed efficiency'})), chart),
            bySourceTable(diff), opsTable(diff, state));
    result.dataset.pair = `${state.base} → ${state.new}`;
    try {
      await drawDiffChart(chart, diff);
    } catch (err) {
      replace(chart, message('error', `The chart could not be drawn: ${err.message}`));
    }
  };
  button.addEventListener('click', compare);
  root.append(el('div', {class: 'pd-toolbar pd-diff-pick'},
    el('label', {}, 'base ', base), el('span', {class: 'pd-arrow', text: '→'}), el('label', {}, 'new ', next), button),
    result);
  if (state.auto) compare();  // a pair named in the URL is compared on load
  return root;
}
