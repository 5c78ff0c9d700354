// The roofline chart: every op that has FLOPs and bytes, on the log-log plane of arithmetic intensity
// (FLOPs per HBM byte) and achieved FLOP/s per device, under the chip's compute and HBM roofs.
// plotly.js comes from the installed plotly Python package (served at ../vendor/plotly.min.js).
// Hover shows our own tooltip, built with textContent: trace strings never go through plotly's
// pseudo-HTML label rendering.

import {el, replace} from './dom.js';
import * as fmt from './format.js';
import {boundColour, boundLabel, bounds, cell, column} from './vocabulary.js';

let plotlyPromise = null;

/** A colour of the page's theme (style.css; dark mode changes them). */
export function themed(name, fallback) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** window.Plotly, loading plotly.min.js on first use. */
export function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  plotlyPromise = plotlyPromise || import('../vendor/plotly.min.js').then(() => {
    if (!window.Plotly) throw new Error('plotly.min.js loaded but defined no Plotly');
    return window.Plotly;
  }).catch((err) => { plotlyPromise = null; throw err; });
  return plotlyPromise;
}

/** The tooltip's rows: registered columns, under their labels, formatted as the tables format them. */
function tooltipRows(op, chip) {
  const label = (name) => column('report.ops', name).label;
  const show = (name) => cell('report.ops', name, op[name]);
  const flag = op.flag ? 'flagged: worth fixing' : null;
  return [
    [label('module'), op.module],
    [label('source'), op.source || '(no source line in the HLO)'],
    [label('bound'), boundLabel(op.bound, chip), op.bound],
    [label('efficiency'), `${show('efficiency')} of roofline`],
    [label('measured_per_step_s'), `${show('measured_per_step_s')} / step`],
    [label('theory_per_step_s'), `${show('theory_per_step_s')} / step`],
    [label('gap_per_step_s'), `${show('gap_per_step_s')} / step (${show('share_of_step')} of step)`],
    [label('intensity_flops_per_byte'), show('intensity_flops_per_byte')],
    [label('achieved_flops_per_s'), `${show('achieved_flops_per_s')} · ${show('achieved_hbm_bytes_per_s')}`],
    [label('signature'), op.signature],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '').concat(flag ? [['', flag]] : []);
}

function showTooltip(tooltip, op, chip, mouse) {
  replace(tooltip,
    el('div', {class: 'pd-tip-title', text: op.op}),
    el('table', {}, tooltipRows(op, chip).map(([key, value, bound]) =>
      el('tr', {class: key === '' ? 'pd-tip-flag' : null},
         el('th', {text: key}), el('td', {class: bound ? `pd-bound-text-${bound}` : null, text: value})))));
  tooltip.hidden = false;
  const pad = 14;
  const {innerWidth, innerHeight} = window;
  const box = tooltip.getBoundingClientRect();
  let x = mouse.clientX + pad;
  let y = mouse.clientY + pad;
  if (x + box.width > innerWidth - 4) x = Math.max(4, mouse.clientX - pad - box.width);
  if (y + box.height > innerHeight - 4) y = Math.max(4, mouse.clientY - pad - box.height);
  tooltip.style.left = `${x}px`;
  tooltip.style.top = `${y}px`;
}

/** Tick values and labels for a log axis over [lo, hi] (log10 units): decades, or 1-2-5 when narrow. */
export function logTicks(lo, hi, label) {
  const steps = hi - lo < 2.5 ? [1, 2, 5] : [1];
  const values = [];
  for (let k = Math.floor(lo); k <= Math.ceil(hi); k++) {
    for (const m of steps) {
      const v = m * 10 ** k;
      if (Math.log10(v) >= lo && Math.log10(v) <= hi) values.push(v);
    }
  }
  return {tickvals: values, ticktext: values.map(label)};
}

/**
 * Draw the roofline of report into container (a div). onPick(op) is called when a point is clicked.
 * Resolves to {plotted, total}.
 */
export async function drawRoofline(container, report, {onPick} = {}) {
  const Plotly = await loadPlotly();
  const chip = report.chip;
  const ops = report.ops.filter((op) =>
    fmt.num(op.intensity_flops_per_byte) > 0 && fmt.num(op.achieved_flops_per_s) > 0);
  const peak = fmt.num(chip.peak_flops_per_s);
  const bandwidth = fmt.num(chip.hbm_bytes_per_s);
  const time = (op) => fmt.num(op.measured_per_step_s) || 0;
  const maxTime = Math.max(...ops.map(time), 1e-30);

  const traces = [];
  for (const bound of bounds()) {
    const members = ops.map((op, index) => [op, index]).filter(([op]) => op.bound === bound);
    if (!members.length) continue;
    traces.push({
      type: 'scatter', mode: 'markers', name: boundLabel(bound, chip),
      x: members.map(([op]) => op.intensity_flops_per_byte),
      y: members.map(([op]) => op.achieved_flops_per_s),
      customdata: members.map(([, index]) => index),
      hoverinfo: 'none',
      marker: {
        color: boundColour(bound), opacity: 0.75,
        size: members.map(([op]) => 6 + 22 * Math.sqrt(time(op) / maxTime)),
        line: {
          color: members.map(([op]) => (op.flag ? '#c5221f' : 'rgba(255,255,255,0.9)')),
          width: members.map(([op]) => (op.flag ? 2 : 0.8)),
        },
      },
    });
  }

  const xs = ops.map((op) => op.intensity_flops_per_byte);
  const ys = ops.map((op) => op.achieved_flops_per_s);
  const annotations = [];
  let xRange = xs.length ? [Math.log10(Math.min(...xs) / 2), Math.log10(Math.max(...xs) * 2)] : [-1, 3];
  if (peak && bandwidth) {
    const ridge = peak / bandwidth;
    const xMin = Math.min(ridge / 100, ...xs) / 2;
    const xMax = Math.max(ridge * 100, ...xs) * 2;
    xRange = [Math.log10(xMin), Math.log10(xMax)];
    traces.push({
      type: 'scatter', mode: 'lines', name: 'roofline', hoverinfo: 'skip',
      x: [xMin, ridge, xMax], y: [xMin * bandwidth, peak, peak],
      line: {color: themed('--pd-fg', '#3c4043'), width: 1.6},
    });
    const int8 = fmt.num(chip.peak_int8_flops_per_s);
    if (int8 && int8 > peak && report.ops.some((op) => op.int8_inputs)) {
      traces.push({
        type: 'scatter', mode: 'lines', name: 'int8 roof', hoverinfo: 'skip',
        x: [int8 / bandwidth, xMax], y: [int8, int8], line: {color: themed('--pd-fg', '#3c4043'), width: 1, dash: 'dot'},
      });
    }
    const yFloor = Math.min(xMin * bandwidth, ...ys) / 3;
    traces.push({
      type: 'scatter', mode: 'lines', name: 'ridge', hoverinfo: 'skip', showlegend: false,
      x: [ridge, ridge], y: [yFloor, peak], line: {color: themed('--pd-faint', '#80868b'), width: 1, dash: 'dot'},
    });
    annotations.push(
      {x: Math.log10(ridge), y: Math.log10(peak), xref: 'x', yref: 'y', text: `ridge ${fmt.number(ridge)} FLOPs/byte`,
       showarrow: false, xanchor: 'left', yanchor: 'top', xshift: 4, yshift: -4, font: {size: 10, color: themed('--pd-muted', '#5f6368')}},
      {x: Math.log10(xMax), y: Math.log10(peak), xref: 'x', yref: 'y', text: `peak ${fmt.si(peak, 'FLOP/s')}`,
       showarrow: false, xanchor: 'right', yanchor: 'bottom', font: {size: 10, color: themed('--pd-fg', '#3c4043')}},
      {x: Math.log10(ridge / 30), y: Math.log10((ridge / 30) * bandwidth), xref: 'x', yref: 'y',
       text: `${boundLabel('hbm', chip)} ${fmt.si(bandwidth, 'B/s')}`, showarrow: false, xanchor: 'left', yanchor: 'bottom',
       font: {size: 10, color: themed('--pd-fg', '#3c4043')}},
    );
    ys.push(peak * 2);
  }

  const yRange = ys.length ? [Math.log10(Math.min(...ys) / 3), Math.log10(Math.max(...ys) * 1.5)] : [6, 15];
  const layout = {
    height: 380,
    margin: {l: 64, r: 16, t: 10, b: 46},
    font: {family: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', size: 11, color: themed('--pd-fg', '#3c4043')},
    paper_bgcolor: themed('--pd-card', '#fff'), plot_bgcolor: themed('--pd-card', '#fff'),
    hovermode: 'closest', dragmode: 'zoom',
    showlegend: true,
    legend: {orientation: 'h', x: 0, xanchor: 'left', y: 1.0, yanchor: 'bottom', font: {size: 11}},
    xaxis: {type: 'log', title: {text: 'arithmetic intensity (FLOP per HBM byte)', font: {size: 11}},
            range: xRange, ...logTicks(...xRange, (v) => fmt.tick(v)),
            gridcolor: themed('--pd-line', '#eceff1'), zeroline: false, linecolor: themed('--pd-faint', '#bdc1c6')},
    yaxis: {type: 'log', title: {text: 'achieved FLOP/s per device', font: {size: 11}},
            range: yRange, ...logTicks(...yRange, (v) => fmt.tick(v)),
            gridcolor: themed('--pd-line', '#eceff1'), zeroline: false, linecolor: themed('--pd-faint', '#bdc1c6')},
    annotations,
  };
  const config = {
    displaylogo: false, responsive: true,
    // No cloud: the "share"/"edit in Chart Studio" buttons would send the data off the machine.
    showSendToCloud: false, showEditInChartStudio: false,
    modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d', 'toggleSpikelines', 'sendDataToCloud'],
    toImageButtonOptions: {filename: 'perfdiff-roofline', scale: 2},
  };
  await Plotly.react(container, traces, layout, config);

  let tooltip = document.getElementById('pd-tooltip');
  if (!tooltip) {
    tooltip = el('div', {id: 'pd-tooltip', class: 'pd-tooltip', role: 'tooltip', hidden: true});
    document.body.appendChild(tooltip);
  }
  container.removeAllListeners?.('plotly_hover');
  container.removeAllListeners?.('plotly_unhover');
  container.removeAllListeners?.('plotly_click');
  container.on('plotly_hover', (event) => {
    const point = event.points && event.points[0];
    if (!point || point.customdata === undefined) return;
    showTooltip(tooltip, ops[point.customdata], chip, event.event);
  });
  container.on('plotly_unhover', () => { tooltip.hidden = true; });
  container.on('plotly_click', (event) => {
    const point = event.points && event.points[0];
    if (point && point.customdata !== undefined && onPick) onPick(ops[point.customdata]);
  });
  return {plotted: ops.length, total: report.ops.length};
}
