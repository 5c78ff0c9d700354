// The Sweep tab: a sweep's grid points (perfdiff sweep's sweep.json, /sweep route) as latency per token
// against tokens per second per chip, measured and by the step theory, each with its frontier (the
// points' own on_frontier / theory_on_frontier columns), and the points' table.

import {getJSON} from './api.js';
import {el, message, replace} from './dom.js';
import {DataTable} from './table.js';
import {loadPlotly, themed} from './roofline.js';
import {column, columns} from './vocabulary.js';

const byLatency = (a, b) => a[0] - b[0];

function frontierLine(points, flag, lat, thr) {
  return points.filter((p) => p[flag] && p[lat] > 0 && p[thr] > 0).map((p) => [p[lat], p[thr]]).sort(byLatency);
}

async function drawSweep(container, sweep) {
  const Plotly = await loadPlotly();
  const points = sweep.points;
  const measured = points.filter((p) => p.status === 'done' && p.latency_per_token_s > 0 && p.tokens_per_s_per_chip > 0);
  const theory = points.filter((p) => p.theory_latency_per_token_s > 0 && p.theory_tokens_per_s_per_chip > 0);
  const fg = themed('--pd-fg', '#3c4043');
  const line = (pairs, name, dash, colour) => ({type: 'scatter', mode: 'lines', name, hoverinfo: 'skip',
    x: pairs.map((p) => p[0]), y: pairs.map((p) => p[1]), line: {shape: 'hv', dash, color: colour, width: 1.6}});
  const traces = [
    {type: 'scatter', mode: 'markers', name: 'measured', x: measured.map((p) => p.latency_per_token_s),
     y: measured.map((p) => p.tokens_per_s_per_chip), text: measured.map((p) => p.point), hoverinfo: 'text',
     marker: {color: themed('--pd-work', 'steelblue'), size: 9}},
    line(frontierLine(points.filter((p) => p.status === 'done'), 'on_frontier', 'latency_per_token_s', 'tokens_per_s_per_chip'),
         'measured frontier', 'solid', themed('--pd-work', 'steelblue')),
    {type: 'scatter', mode: 'markers', name: 'theory', x: theory.map((p) => p.theory_latency_per_token_s),
     y: theory.map((p) => p.theory_tokens_per_s_per_chip), text: theory.map((p) => `${p.point} (theory)`), hoverinfo: 'text',
     marker: {color: themed('--pd-eff', 'darkorange'), size: 8, symbol: 'diamond-open'}},
    line(frontierLine(points, 'theory_on_frontier', 'theory_latency_per_token_s', 'theory_tokens_per_s_per_chip'),
         'theoretical frontier', 'dash', themed('--pd-eff', 'darkorange')),
  ];
  const layout = {
    height: 420, margin: {l: 70, r: 16, t: 10, b: 46}, hovermode: 'closest',
    legend: {orientation: 'h', y: 1.0, yanchor: 'bottom', x: 0},
    paper_bgcolor: themed('--pd-card', '#fff'), plot_bgcolor: themed('--pd-card', '#fff'), font: {size: 11, color: fg},
    xaxis: {type: 'log', title: {text: `${column('sweep.points', 'latency_per_token_s').label} (s, lower is better)`},
            gridcolor: themed('--pd-line', '#eceff1')},
    yaxis: {type: 'log', title: {text: `${column('sweep.points', 'tokens_per_s_per_chip').label} (higher is better)`},
            gridcolor: themed('--pd-line', '#eceff1')},
  };
  await Plotly.react(container, traces, layout, {displaylogo: false, responsive: true, showSendToCloud: false,
    showEditInChartStudio: false, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'sendDataToCloud'],
    toImageButtonOptions: {filename: 'perfdiff-sweep', scale: 2}});
}

/** The Sweep tab into root; state: {name}. */
export async function renderSweeps(root, state) {
  const listed = await getJSON('sweeps');
  if (listed.status !== 200) { replace(root, message('error', listed.body.error || `HTTP ${listed.status}`)); return; }
  const names = listed.body.sweeps;
  if (!names.length) {
    replace(root, message('info', 'No sweep.json under the logdir: run perfdiff sweep --logdir DIR inside it.'));
    return;
  }
  state.name = names.includes(state.name) ? state.name : names[names.length - 1];
  const picker = el('select', {'aria-label': 'sweep'}, names.map((n) => el('option', {value: n, text: n, selected: n === state.name})));
  const body = el('div');
  const show = async () => {
    state.name = picker.value;
    const answer = await getJSON('sweep', {name: state.name});
    if (answer.status !== 200) { replace(body, message('error', answer.body.error || `HTTP ${answer.status}`)); return; }
    const sweep = answer.body.sweep;
    const chart = el('div', {class: 'pd-chart', id: 'pd-sweep-chart'});
    const table = new DataTable(columns('sweep.points', ['point', 'status', 'batch', 'devices', 'weights', 'step_s',
      'tokens_per_s_per_chip', 'latency_per_token_s', 'theory_tokens_per_s_per_chip', 'measured_over_theory', 'bound',
      'on_frontier']), {sortKey: null, limit: 200});
    table.setRows(sweep.points);
    replace(body, el('section', {class: 'pd-card'}, el('div', {class: 'pd-card-head'},
      el('h2', {text: `Frontier: ${sweep.points.length} points on ${sweep.chip?.name || 'the chip'}`})), chart),
    el('section', {class: 'pd-card', id: 'pd-sweep-points'}, table.element));
    try { await drawSweep(chart, sweep); } catch (err) { replace(chart, message('error', `The chart could not be drawn: ${err.message}`)); }
    root.dataset.rendered = state.name;
  };
  picker.addEventListener('change', show);
  replace(root, el('div', {class: 'pd-toolbar'}, el('label', {}, 'sweep ', picker)), body);
  await show();
}
