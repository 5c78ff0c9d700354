// The timeline of one step, drawn on a <canvas>: one lane per device and line (stream, thread), each op
// execution a bar coloured by its op's bound and shaded by its efficiency (pale: far below its roofline);
// idle time is empty lane. Async transfers run as a thin line under their lane from the -start to the
// -done's end. Wheel zooms around the pointer, drag pans, hover explains, click picks the op.
// Zoomed out, executions narrower than a pixel are gathered into pixel columns (busy share as opacity,
// the longest execution's colour), so a step of 50k ops draws in one pass over flat arrays.
// All numbers come from the /timeline route; this module only places and colours them.

import {el, replace} from './dom.js';
import * as fmt from './format.js';
import {boundColour, boundLabel} from './vocabulary.js';

const LANE_H = 22;
const AXIS_H = 22;
const LABEL_W = 190;
const BAR_H = 15;

function rgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha.toFixed(3)})`;
}

/** Opacity of a bar from its op's efficiency (a fraction): 0.3 at 0 %, 1 at 100 %; 0.55 unknown. */
export function shade(efficiency) {
  const e = fmt.num(efficiency);
  return e === null ? 0.55 : 0.3 + 0.7 * Math.max(0, Math.min(1, e));
}

export class Timeline {
  /** data: the /timeline answer; chip: the report's chip (for bound words); onPick(opIndex). */
  constructor(data, chip, {onPick, onHover} = {}) {
    this.data = data;
    this.chip = chip;
    this.onPick = onPick;
    this.onHover = onHover;
    const n = data.op.length;
    this.start = Float64Array.from(data.start_ns);
    this.dur = Float64Array.from(data.dur_ns);
    this.lane = Int32Array.from(data.lane);
    this.op = Int32Array.from(data.op);
    this.colours = data.ops.map((_, i) => boundColour(data.op_bound[i]));
    this.fills = data.ops.map((_, i) => rgba(this.colours[i], shade(data.op_efficiency[i])));
    // Per lane, its executions in start order (the route sends them sorted by start).
    this.byLane = data.lanes.map(() => []);
    for (let i = 0; i < n; i++) this.byLane[this.lane[i]].push(i);
    this.byLane = this.byLane.map((list) => Int32Array.from(list));
    this.view = [0, Math.max(1, data.span_ns)];
    this.selected = -1;
    this.canvas = el('canvas', {class: 'pd-timeline-canvas', dataset: {events: String(n)}});
    this.tooltip = el('div', {class: 'pd-tooltip pd-timeline-tip', hidden: true});
    this.element = el('div', {class: 'pd-timeline'}, this.canvas, this.tooltip);
    this.listen();
  }

  width() {
    return Math.max(200, this.element.clientWidth || 1000);
  }

  /** Time (ns from the step's first op) at canvas x (CSS px). */
  timeAt(x) {
    const [v0, v1] = this.view;
    return v0 + ((x - LABEL_W) / (this.width() - LABEL_W)) * (v1 - v0);
  }

  /** Draw; returns milliseconds spent (also in canvas.dataset.drawMs). */
  draw() {
    const t = performance.now();
    const width = this.width();
    const lanes = this.data.lanes.length;
    const height = AXIS_H + lanes * LANE_H + 4;
    const ratio = window.devicePixelRatio || 1;
    const canvas = this.canvas;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const style = getComputedStyle(this.element);
    const ink = style.getPropertyValue('--pd-ink').trim() || '#3c4043';
    const rule = style.getPropertyValue('--pd-rule').trim() || '#e0e0e0';
    ctx.clearRect(0, 0, width, height);
    const plotW = width - LABEL_W;
    const [v0, v1] = this.view;
    const scale = plotW / (v1 - v0);
    // Lanes and their names.
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    for (let l = 0; l < lanes; l++) {
      const y = AXIS_H + l * LANE_H;
      ctx.fillStyle = rule;
      ctx.fillRect(LABEL_W, y + LANE_H - 1, plotW, 1);
      ctx.fillStyle = ink;
      ctx.fillText(fitText(ctx, this.data.lanes[l], LABEL_W - 8), 4, y + LANE_H / 2);
    }
    this.axis(ctx, plotW, ink, rule);
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_W, AXIS_H, plotW, lanes * LANE_H);
    ctx.clip();
    // Pixel columns for executions narrower than a pixel: busy ns and the longest one's op, per lane.
    const cols = Math.ceil(plotW);
    const busy = new Float64Array(lanes * cols);
    const longest = new Float64Array(lanes * cols);
    const longestOp = new Int32Array(lanes * cols).fill(-1);
    let bars = 0;
    const n = this.start.length;
    for (let i = 0; i < n; i++) {
      const s = this.start[i];
      const e = s + this.dur[i];
      if (e < v0 || s > v1) continue;
      const x0 = (s - v0) * scale;
      const x1 = (e - v0) * scale;
      const l = this.lane[i];
      if (x1 - x0 >= 1) {
        ctx.fillStyle = this.fills[this.op[i]];
        ctx.fillRect(LABEL_W + x0, AXIS_H + l * LANE_H + 2, x1 - x0, BAR_H);
        bars++;
      } else {
        const c = Math.min(cols - 1, Math.max(0, Math.floor(x0)));
        const k = l * cols + c;
        busy[k] += this.dur[i];
        if (this.dur[i] >= longest[k]) { longest[k] = this.dur[i]; longestOp[k] = this.op[i]; }
      }
    }
    const nsPerPx = 1 / scale;
    let columns = 0;
    for (let k = 0; k < busy.length; k++) {
      if (longestOp[k] < 0) continue;
      const l = Math.floor(k / cols);
      ctx.fillStyle = rgba(this.colours[longestOp[k]], Math.max(0.25, Math.min(1, busy[k] / nsPerPx)));
      ctx.fillRect(LABEL_W + (k % cols), AXIS_H + l * LANE_H + 2, 1, BAR_H);
      columns++;
    }
    // Async transfers: -start to the -done's end, a line under the bars.
    const transfers = this.data.async || {lane: []};
    for (let j = 0; j < transfers.lane.length; j++) {
      const x0 = LABEL_W + (transfers.start_ns[j] - v0) * scale;
      const x1 = LABEL_W + (transfers.end_ns[j] - v0) * scale;
      const y = AXIS_H + transfers.lane[j] * LANE_H + BAR_H + 3;
      ctx.fillStyle = this.colours[transfers.op[j]];
      ctx.fillRect(x0, y, Math.max(1, x1 - x0), 2);
      ctx.fillRect(x0, y - 3, 1, 5);
      ctx.fillRect(Math.max(x0, x1 - 1), y - 3, 1, 5);
    }
    if (this.selected >= 0) {  // outline every execution of the picked op
      ctx.strokeStyle = ink;
      ctx.lineWidth = 1.5;
      for (let i = 0; i < n; i++) {
        if (this.op[i] !== this.selected) continue;
        const x0 = (this.start[i] - v0) * scale;
        const w = Math.max(2, this.dur[i] * scale);
        if (x0 + w < 0 || x0 > plotW) continue;
        ctx.strokeRect(LABEL_W + x0, AXIS_H + this.lane[i] * LANE_H + 1.5, w, BAR_H + 1);
      }
    }
    ctx.restore();
    const ms = performance.now() - t;
    Object.assign(canvas.dataset, {bars: String(bars), columns: String(columns), drawMs: ms.toFixed(2)});
    return ms;
  }

  axis(ctx, plotW, ink, rule) {
    const [v0, v1] = this.view;
    const span = v1 - v0;
    const step = 10 ** Math.floor(Math.log10(span / 6));
    const tick = [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= 8) || step * 10;
    ctx.fillStyle = ink;
    ctx.textBaseline = 'top';
    for (let v = Math.ceil(v0 / tick) * tick; v <= v1; v += tick) {
      const x = LABEL_W + ((v - v0) / span) * plotW;
      ctx.fillStyle = rule;
      ctx.fillRect(x, AXIS_H - 4, 1, this.data.lanes.length * LANE_H + 4);
      ctx.fillStyle = ink;
      ctx.fillText(fmt.seconds(v * 1e-9), x + 2, 3);
    }
    ctx.textBaseline = 'middle';
  }

  /** The execution under canvas point (x, y) in CSS px, or -1: the shortest one covering it. */
  hit(x, y) {
    const l = Math.floor((y - AXIS_H) / LANE_H);
    if (x < LABEL_W || l < 0 || l >= this.data.lanes.length) return -1;
    const t = this.timeAt(x);
    const slack = (this.view[1] - this.view[0]) / (this.width() - LABEL_W);  // one pixel of time
    let best = -1;
    for (const i of this.byLane[l]) {
      if (this.start[i] - slack > t) break;
      if (this.start[i] + this.dur[i] + slack >= t && (best < 0 || this.dur[i] < this.dur[best])) best = i;
    }
    return best;
  }

  /** Canvas point (CSS px) at the middle of execution i in the current view (tests, benchmarks). */
  locate(i) {
    const [v0, v1] = this.view;
    const scale = (this.width() - LABEL_W) / (v1 - v0);
    const mid = this.start[i] + this.dur[i] / 2;
    return {x: LABEL_W + (mid - v0) * scale, y: AXIS_H + this.lane[i] * LANE_H + 2 + BAR_H / 2};
  }

  zoomTo(v0, v1) {
    const span = Math.max(50, v1 - v0);  // 50 ns: no closer than a few events' width
    const full = Math.max(1, this.data.span_ns);
    const lo = Math.max(-full * 0.05, Math.min(v0, full * 1.05 - span));
    this.view = [lo, lo + Math.min(span, full * 1.1)];
    this.draw();
  }

  select(opIndex) {
    this.selected = opIndex;
    this.draw();
  }

  listen() {
    const canvas = this.canvas;
    const point = (event) => {
      const box = canvas.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    };
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      const [x] = point(event);
      const t = this.timeAt(Math.max(LABEL_W, x));
      const factor = Math.exp(event.deltaY * 0.002);
      const [v0, v1] = this.view;
      this.zoomTo(t - (t - v0) * factor, t + (v1 - t) * factor);
    }, {passive: false});
    let drag = null;
    canvas.addEventListener('mousedown', (event) => {
      drag = {x: event.clientX, view: [...this.view], moved: false};
    });
    window.addEventListener('mousemove', (event) => {
      if (drag) {
        const dx = event.clientX - drag.x;
        if (Math.abs(dx) > 3) drag.moved = true;
        if (drag.moved) {
          const per = (drag.view[1] - drag.view[0]) / (this.width() - LABEL_W);
          this.zoomTo(drag.view[0] - dx * per, drag.view[1] - dx * per);
        }
      }
    });
    window.addEventListener('mouseup', (event) => {
      if (drag && !drag.moved && event.target === canvas) {
        const i = this.hit(...point(event));
        if (i >= 0) {
          this.select(this.op[i]);
          if (this.onPick) this.onPick(this.op[i]);
        }
      }
      drag = null;
    });
    canvas.addEventListener('mousemove', (event) => {
      const [x, y] = point(event);
      const i = drag ? -1 : this.hit(x, y);
      if (i < 0) { this.tooltip.hidden = true; return; }
      const o = this.op[i];
      const name = this.data.ops[o].split('/').slice(1).join('/');
      replace(this.tooltip,
        el('div', {class: 'pd-tip-title', text: name}),
        el('div', {text: `${boundLabel(this.data.op_bound[o], this.chip)} · ${fmt.percent(this.data.op_efficiency[o])} of roofline`}),
        el('div', {text: `${fmt.seconds(this.dur[i] * 1e-9)} at +${fmt.seconds(this.start[i] * 1e-9)}`}),
        el('div', {class: 'pd-note', text: this.data.lanes[this.lane[i]]}));
      this.tooltip.hidden = false;
      this.tooltip.style.left = `${Math.min(x + 12, this.width() - 260)}px`;
      this.tooltip.style.top = `${y + 14}px`;
    });
    canvas.addEventListener('mouseleave', () => { this.tooltip.hidden = true; });
  }
}

function fitText(ctx, text, width) {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text.length;
  while (cut > 1 && ctx.measureText(`…${text.slice(-cut)}`).width > width) cut--;
  return `…${text.slice(-cut)}`;
}
