// The diff's chart: Δ time per step of the ops that moved most, each bar split into its work part and
// its efficiency part (perfdiff/compare/parts.py: they add up to the op's Δ for costed ops; the rest,
// an uncosted op's whole change, is its own segment). Values are the Diff's columns, unchanged.

import {loadPlotly, themed} from './roofline.js';
import {cell, column} from './vocabulary.js';
import * as fmt from './format.js';

const SHOWN = 15;

/** Draw into container; resolves to the number of ops drawn. */
export async function drawDiffChart(container, diff) {
  const Plotly = await loadPlotly();
  const moved = diff.ops.filter((o) => fmt.num(o.delta_measured_s))
    .sort((a, b) => Math.abs(b.delta_measured_s) - Math.abs(a.delta_measured_s)).slice(0, SHOWN).reverse();
  const names = moved.map((o) => o.op_new ?? o.op_base);
  const part = (o, key) => fmt.num(o[key]) ?? 0;
  const rest = (o) => o.delta_measured_s - part(o, 'delta_work_s') - part(o, 'delta_efficiency_s');
  const series = [
    ['delta_work_s', (o) => part(o, 'delta_work_s'), themed('--pd-work', 'steelblue')],
    ['delta_efficiency_s', (o) => part(o, 'delta_efficiency_s'), themed('--pd-eff', 'darkorange')],
    [null, rest, themed('--pd-faint', 'grey')],
  ];
  const traces = series.map(([key, value, colour]) => ({
    type: 'bar', orientation: 'h', y: names, x: moved.map((o) => value(o) * 1e3),
    name: key ? column('diff.ops', key).label : 'uncosted',
    marker: {color: colour},
    hovertext: moved.map((o) => `${o.op_new ?? o.op_base}: ${key ? cell('diff.ops', key, o[key]) : fmt.seconds(value(o))}`),
    hoverinfo: 'text',
  })).filter((t) => t.x.some((v) => Math.abs(v) > 0));
  const fg = themed('--pd-fg', '#3c4043');
  const layout = {
    barmode: 'relative', height: Math.max(220, 26 * moved.length + 80),
    margin: {l: 180, r: 16, t: 8, b: 40}, showlegend: true,
    legend: {orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0},
    paper_bgcolor: themed('--pd-card', '#fff'), plot_bgcolor: themed('--pd-card', '#fff'),
    font: {size: 11, color: fg},
    xaxis: {title: {text: 'Δ time per step (ms)'}, zeroline: true, zerolinecolor: fg, gridcolor: themed('--pd-line', '#eceff1')},
    yaxis: {automargin: true, tickfont: {family: 'monospace', size: 10}},
  };
  await Plotly.react(container, traces, layout, {displaylogo: false, responsive: true, showSendToCloud: false,
    showEditInChartStudio: false, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'sendDataToCloud'],
    toImageButtonOptions: {filename: 'perfdiff-diff', scale: 2}});
  return moved.length;
}
