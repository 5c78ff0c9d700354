// The timeline card of a report: a step picker, the canvas (timeline.js) and its legend. Loads the
// /timeline route for the chosen step; a click on a bar picks the op (onPick(report row)).

import {poll} from './api.js';
import {el, message, replace} from './dom.js';
import {Timeline} from './timeline.js';

/**
 * The card, filled once the step's executions arrive. payload: the /report answer; state: {step};
 * onPick(row): an op was clicked; returns {section, select(row)} (select outlines row's op).
 */
export function timelineSection(payload, state, {onPick, isCurrent = () => true}) {
  const report = payload.report;
  const body = el('div', {class: 'pd-timeline-body'}, message('info', 'Reading the step\'s op executions…'));
  const picker = el('select', {'aria-label': 'step', id: 'pd-step'});
  const caption = el('span', {class: 'pd-note'});
  const section = el('section', {class: 'pd-card', id: 'pd-timeline'},
    el('div', {class: 'pd-card-head'}, el('h2', {text: 'Timeline'}), el('label', {}, 'step ', picker), caption),
    body);
  let timeline = null;
  let pending = null;
  const load = async (step) => {
    const answer = await poll('timeline', {run: payload.run, host: payload.host, step}, {isCurrent});
    if (!answer) return;
    if (answer.status !== 200) {
      replace(body, message('error', answer.body.error || `HTTP ${answer.status}`));
      return;
    }
    const data = answer.body;
    state.step = data.step;
    replace(picker, data.steps.map((s) => el('option', {value: s, selected: s === data.step,
                                                         text: s < 0 ? 'outside the steps' : String(s)})));
    timeline = new Timeline(data, report.chip, {onPick: (i) => {
      const row = report.ops[data.op_row[i]];
      if (row && onPick) onPick(row);
    }});
    replace(body, timeline.element);
    section.__timeline = timeline;  // tests and benchmarks find the canvas's geometry here
    timeline.draw();
    caption.textContent = `${data.op.length} op executions on ${data.lanes.length} lanes · colour: bound, ` +
      'paler: further below its roofline · wheel: zoom, drag: pan, click: op detail';
    section.dataset.step = String(data.step);
    if (pending) select(pending);
  };
  const select = (row) => {
    pending = row;
    if (!timeline) return;
    const index = timeline.data.ops.indexOf(`${row.program_id}/${row.op}`);
    timeline.select(index);
  };
  picker.addEventListener('change', () => { state.step = Number(picker.value); state.onChange?.(); load(picker.value); });
  new ResizeObserver(() => timeline?.draw()).observe(body);
  load(state.step ?? '');
  return {section, select, get timeline() { return timeline; }};
}
