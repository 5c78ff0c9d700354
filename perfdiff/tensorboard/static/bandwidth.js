// The bandwidth view beside the roofline: every op that moves bytes but is not on the FLOP chart
// (collectives, copies, host transfers, ops without FLOPs), at its bytes per execution and the rate it
// achieved on its busiest link (report columns link_bytes_per_call, achieved_link_bytes_per_s), under
// the chip's HBM, interconnect, host-link and DCN roofs. Roofs are named in the legend, not on the
// plot, so no two labels can overlap (on screen or in the PNG export).

import * as fmt from './format.js';
import {loadPlotly, logTicks, themed} from './roofline.js';
import {boundColour, boundLabel, bounds, cell} from './vocabulary.js';

// The chip figure of each link's roof (report.chip) and the dash of its line.
const ROOFS = [['hbm', 'hbm_bytes_per_s', 'solid'], ['ici', 'ici_bytes_per_s', 'dash'],
               ['host', 'host_link_bytes_per_s', 'dot'], ['dcn', 'dcn_bytes_per_s', 'dashdot']];

/** Ops on the FLOP chart (roofline.js draws those): FLOPs and HBM bytes both known and positive. */
export const onFlopChart = (op) => fmt.num(op.intensity_flops_per_byte) > 0 && fmt.num(op.achieved_flops_per_s) > 0;

/** Draw into container; onPick(op) on a click. Resolves to the number of ops drawn. */
export async function drawBandwidth(container, report, {onPick} = {}) {
  const Plotly = await loadPlotly();
  const chip = report.chip;
  const ops = report.ops.filter((op) => !onFlopChart(op) && fmt.num(op.achieved_link_bytes_per_s) > 0 &&
                                        fmt.num(op.link_bytes_per_call) > 0);
  const time = (op) => fmt.num(op.measured_per_step_s) || 0;
  const maxTime = Math.max(...ops.map(time), 1e-30);
  const traces = [];
  for (const bound of bounds()) {
    const members = ops.filter((op) => op.bound === bound);
    if (!members.length) continue;
    traces.push({
      type: 'scatter', mode: 'markers', name: boundLabel(bound, chip),
      x: members.map((op) => op.link_bytes_per_call), y: members.map((op) => op.achieved_link_bytes_per_s),
      customdata: members.map((op) => report.ops.indexOf(op)),
      text: members.map((op) => `${op.op}<br>${boundLabel(op.busiest_link, chip)} ` +
        `${cell('report.ops', 'achieved_link_bytes_per_s', op.achieved_link_bytes_per_s)} · ` +
        `${cell('report.ops', 'link_bytes_per_call', op.link_bytes_per_call)}/call · ` +
        `${cell('report.ops', 'measured_per_step_s', op.measured_per_step_s)}/step`),
      hoverinfo: 'text',
      marker: {color: boundColour(bound), opacity: 0.8, size: members.map((op) => 6 + 20 * Math.sqrt(time(op) / maxTime)),
               line: {color: members.map((op) => (op.flag ? '#c5221f' : 'rgba(255,255,255,0.9)')),
                      width: members.map((op) => (op.flag ? 2 : 0.8))}},
    });
  }
  const xs = ops.map((op) => op.link_bytes_per_call);
  const [xMin, xMax] = xs.length ? [Math.min(...xs) / 3, Math.max(...xs) * 3] : [1e3, 1e10];
  const used = new Set(ops.map((op) => op.busiest_link).concat(['hbm']));
  const ys = ops.map((op) => op.achieved_link_bytes_per_s);
  const fg = themed('--pd-fg', '#3c4043');
  for (const [link, figure, dash] of ROOFS) {
    const roof = fmt.num(chip[figure]);
    if (!roof || !used.has(link)) continue;
    ys.push(roof);
    traces.push({type: 'scatter', mode: 'lines', hoverinfo: 'skip', x: [xMin, xMax], y: [roof, roof],
                 name: `${boundLabel(link, chip)} roof ${fmt.si(roof, 'B/s')}`, line: {color: fg, width: 1.2, dash}});
  }
  const yRange = ys.length ? [Math.log10(Math.min(...ys) / 3), Math.log10(Math.max(...ys) * 3)] : [6, 13];
  const layout = {
    height: 380, margin: {l: 64, r: 16, t: 10, b: 46}, hovermode: 'closest', showlegend: true,
    legend: {orientation: 'h', x: 0, y: 1.0, yanchor: 'bottom', font: {size: 11}},
    paper_bgcolor: themed('--pd-card', '#fff'), plot_bgcolor: themed('--pd-card', '#fff'), font: {size: 11, color: fg},
    xaxis: {type: 'log', title: {text: 'bytes per execution on its busiest link', font: {size: 11}},
            range: [Math.log10(xMin), Math.log10(xMax)], ...logTicks(Math.log10(xMin), Math.log10(xMax), (v) => fmt.tick(v)),
            gridcolor: themed('--pd-line', '#eceff1'), zeroline: false},
    yaxis: {type: 'log', title: {text: 'achieved bytes/s per device', font: {size: 11}}, range: yRange,
            ...logTicks(...yRange, (v) => fmt.tick(v)),
            gridcolor: themed('--pd-line', '#eceff1'), zeroline: false},
  };
  await Plotly.react(container, traces, layout, {displaylogo: false, responsive: true, showSendToCloud: false,
    showEditInChartStudio: false, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'sendDataToCloud'],
    toImageButtonOptions: {filename: 'perfdiff-bandwidth', scale: 2}});
  container.removeAllListeners?.('plotly_click');
  container.on('plotly_click', (event) => {
    const point = event.points && event.points[0];
    if (point && point.customdata !== undefined && onPick) onPick(report.ops[point.customdata]);
  });
  return ops.length;
}
