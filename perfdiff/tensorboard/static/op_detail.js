// One op in detail (the /op route): its cost terms against the roofline, the Python stack that made it
// (the user's line marked), its HLO text and shapes, its time in each step, and a link into XProf's
// trace viewer when TensorBoard has the profile plugin. Opened from the op table, the roofline or the
// timeline.

import {getJSON, poll} from './api.js';
import {el, message, replace} from './dom.js';
import * as fmt from './format.js';
import {boundLabel, cell, column} from './vocabulary.js';

// The report's figures of the op, in two groups with one convention each: per step and device (what
// the tables show), and the work and its roofline terms summed over the analysed steps and devices.
const PER_STEP = ['calls_per_step', 'measured_per_step_s', 'theory_per_step_s', 'gap_per_step_s', 'efficiency',
                  'share_of_step', 'hidden_fraction'];
const TOTALS = ['occurrences', 'devices', 'flops', 'hbm_bytes', 'ici_bytes', 'host_bytes', 'dcn_bytes', 't_compute_s',
                't_hbm_s', 't_ici_s', 't_host_s', 't_dcn_s', 't_overhead_s', 'theory_s', 'measured_s', 'span_s',
                'cost_source'];

/** The op's key in the drill-down routes: "<program_id>/<op>". */
export const opKey = (row) => `${row.program_id}/${row.op}`;

let profileListed = null;

/** Whether TensorBoard serves XProf's profile plugin (its /data/plugins_listing names "profile"). */
async function hasProfilePlugin() {
  if (profileListed === null) {
    const {status, body} = await getJSON('../../plugins_listing');
    profileListed = status === 200 && Boolean(body.profile && body.profile.enabled !== false);
  }
  return profileListed;
}

/** Links into XProf (TensorBoard's profile plugin) in the top window, in the form XProf's own links take
 * (xprof 2.24: "/?tool=…&run=…&host=…#profile"; its /data/plugin/profile/runs names a run
 * "<experiment>/<run>", as perfdiff does): its trace viewer on the run (XProf's URL has no op parameter there: the
 * link names the op to search for), and its graph viewer centred on the op (module_name, node_name). */
function xprofLinks(run, host, row) {
  const href = (params) => `/?${new URLSearchParams({run, ...(host ? {host} : {}), ...params})}#profile`;
  return el('span', {class: 'pd-xprof'},
    el('a', {class: 'pd-link', href: href({tool: 'trace_viewer'}), target: '_top',
             title: `XProf's trace viewer on ${run}; search for ${row.op} there`, text: `XProf trace viewer (search “${row.op}”)`}),
    row.module ? el('a', {class: 'pd-link', href: href({tool: 'graph_viewer', module_name: row.module, node_name: row.op}),
                          target: '_top', title: `XProf's graph viewer at ${row.op}`, text: 'XProf graph viewer'}) : null);
}

function costTable(row, names) {
  const rows = names.filter((name) => row[name] !== null && row[name] !== undefined && row[name] !== '')
    .map((name) => el('tr', {},
      el('th', {text: column('report.ops', name).label, title: column('report.ops', name).title}),
      el('td', {class: 'num', text: cell('report.ops', name, row[name])})));
  return el('table', {class: 'pd-kv'}, rows);
}

function stackView(row) {
  const frames = (row.stack || '').split('\n').filter(Boolean);
  if (!frames.length) return el('p', {class: 'pd-note', text: row.source || 'The HLO names no source for this op.'});
  const user = row.source || '';
  return el('ol', {class: 'pd-stack'}, frames.map((frame) =>
    el('li', {class: user && frame.startsWith(user) ? 'pd-user-frame' : null, text: frame})));
}

function stepTimes(detail) {
  const pairs = detail.steps.map((s, i) => [s, detail.step_s[i]]);
  const max = Math.max(...detail.step_s, 1e-30);
  return el('div', {class: 'pd-step-times'}, pairs.map(([step, time]) =>
    el('div', {class: 'pd-step-time', title: `${step < 0 ? 'outside the steps' : `step ${step}`}: ${fmt.seconds(time)}`},
      el('span', {class: 'pd-step-label', text: step < 0 ? 'other' : String(step)}),
      el('span', {class: 'pd-step-bar', style: {width: `${(100 * time) / max}%`}}),
      el('span', {class: 'pd-step-value', text: fmt.seconds(time)}))));
}

/** Render the detail of the op of report row `row` of run into panel (polling while it is computed). */
export async function showOpDetail(panel, {run, host, row, chip, isCurrent = () => true}) {
  panel.hidden = false;
  replace(panel, message('info', `Reading ${row.op}'s HLO and its time per step…`));
  const answer = await poll('op', {run, host, op: opKey(row)}, {isCurrent});
  if (!answer) return;
  if (answer.status !== 200) {
    replace(panel, message('error', answer.body.error || `HTTP ${answer.status}`));
    return;
  }
  const detail = answer.body;
  const close = el('button', {type: 'button', class: 'pd-button pd-icon', 'aria-label': 'close the op detail',
                              text: '×', onclick: () => { panel.hidden = true; panel.dispatchEvent(new Event('close')); }});
  const shapes = detail.shapes ? [`result ${detail.shapes.result}`,
    ...detail.shapes.operands.map((o) => `${o.name}: ${o.shape}`)].join(' · ') : row.signature;
  const link = (await hasProfilePlugin()) ? xprofLinks(run, host, row) :
    el('span', {class: 'pd-note', text: 'XProf (the profile plugin) is not installed in this TensorBoard.'});
  replace(panel,
    el('div', {class: 'pd-card-head'},
      el('h2', {class: 'pd-mono', text: row.op}),
      el('span', {class: `pd-bound pd-bound-${row.bound}`, text: boundLabel(row.bound, chip)}),
      el('span', {class: 'pd-note', text: [row.category, row.module, row.op_name].filter(Boolean).join(' · ')}),
      link, close),
    el('div', {class: 'pd-detail-grid'},
      el('div', {}, el('h3', {text: 'Per step and device'}), costTable(row, PER_STEP),
         el('h3', {text: 'Work and roofline terms, all analysed executions'}), costTable(row, TOTALS)),
      el('div', {}, el('h3', {text: 'Where in the program'}), stackView(row),
         el('h3', {text: 'Time per step (per device)'}), stepTimes(detail))),
    el('h3', {text: 'HLO'}),
    el('p', {class: 'pd-note pd-mono', text: shapes || ''}),
    el('pre', {class: 'pd-hlo', text: detail.hlo_text || 'The trace holds no HLO for this op.'}));
  panel.dataset.op = opKey(row);
}
