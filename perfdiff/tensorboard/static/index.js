// perfdiff's TensorBoard dashboard. TensorBoard loads this module in an iframe and calls render().
// Everything shown is built with el() (textContent / setAttribute): trace strings are never markup.

import {getJSON, poll} from './api.js';
import {diffView} from './diff_view.js';
import {el, message, replace} from './dom.js';
import {renderReport} from './report_view.js';
import {renderSweeps} from './sweep_view.js';
import {loadVocabulary} from './vocabulary.js';

const STATUS_LABEL = {saved: 'saved', ready: 'analysed', computing: 'computing…', failed: 'failed', none: 'not analysed'};

const TABS = ['report', 'diff', 'sweep'];

/** The UI state named in the page's fragment: run, host, tab, the selected op and step, the diff pair. */
function readHash() {
  const hash = new URLSearchParams(location.hash.slice(1));
  const step = hash.get('step');
  return {run: hash.get('run'), host: hash.get('host') || '', tab: TABS.includes(hash.get('tab')) ? hash.get('tab') : 'report',
          op: hash.get('op'), step: step === null || step === '' ? null : Number(step),
          base: hash.get('base'), new: hash.get('new'), sweep: hash.get('sweep')};
}

class App {
  constructor(root) {
    const hash = readHash();
    this.state = {...hash, ops: {bound: 'all', op: hash.op, step: hash.step, onChange: () => this.saveHash()},
                  sweep: {name: hash.sweep}, diff: {base: hash.base, new: hash.new, auto: Boolean(hash.base && hash.new), onChange: () => this.saveHash()}};
    this.runs = [];
    this.token = 0;
    this.runSelect = el('select', {id: 'pd-run', 'aria-label': 'run', onchange: () => this.pickRun(this.runSelect.value)});
    this.hostSelect = el('select', {id: 'pd-host', 'aria-label': 'host', onchange: () => this.pickHost(this.hostSelect.value)});
    this.status = el('span', {class: 'pd-status-line', role: 'status', 'aria-live': 'polite'});
    this.recompute = el('button', {type: 'button', class: 'pd-button', text: 'Recompute',
                                   title: 'analyse the run again and save the report', onclick: () => this.showReport(true)});
    this.tabs = {
      report: el('button', {type: 'button', class: 'pd-tab', role: 'tab', text: 'Report', onclick: () => this.pickTab('report')}),
      diff: el('button', {type: 'button', class: 'pd-tab', role: 'tab', text: 'Diff', onclick: () => this.pickTab('diff')}),
      // Shown when the logdir holds a sweep (loadRuns asks /sweeps).
      sweep: el('button', {type: 'button', class: 'pd-tab', role: 'tab', text: 'Sweep', hidden: true,
                           onclick: () => this.pickTab('sweep')}),
    };
    this.sweepPane = el('main', {class: 'pd-pane', id: 'pd-sweep', role: 'tabpanel'});
    this.reportPane = el('main', {class: 'pd-pane', id: 'pd-report', role: 'tabpanel'});
    this.diffPane = el('main', {class: 'pd-pane', id: 'pd-diff', role: 'tabpanel'});
    this.runPicker = el('div', {class: 'pd-toolbar'},
      el('label', {}, 'run ', this.runSelect), el('label', {}, 'host ', this.hostSelect),
      el('button', {type: 'button', class: 'pd-button pd-icon', title: 'list the runs again', 'aria-label': 'reload runs',
                    text: '↻', onclick: () => this.loadRuns()}),
      this.recompute, this.status);
    replace(root, el('header', {class: 'pd-header'},
      el('div', {class: 'pd-brand'}, el('b', {text: 'perfdiff'}), el('span', {text: 'roofline attribution'})),
      el('nav', {class: 'pd-tabs', role: 'tablist'}, this.tabs.report, this.tabs.diff, this.tabs.sweep), this.runPicker),
      this.reportPane, this.diffPane, this.sweepPane);
  }

  async start() {
    await this.loadRuns();
    this.pickTab(this.state.tab);
    // A link or the user editing the fragment (#run=...&host=...&tab=diff) picks what to show.
    window.addEventListener('hashchange', () => {
      const hash = readHash();
      Object.assign(this.state, {run: hash.run, host: hash.host, tab: hash.tab});
      Object.assign(this.state.ops, {op: hash.op, step: hash.step});
      Object.assign(this.state.diff, {base: hash.base, new: hash.new, auto: Boolean(hash.base && hash.new)});
      this.state.sweep.name = hash.sweep;
      if (this.runs.some((r) => r.run === this.state.run)) this.runSelect.value = this.state.run;
      this.fillHosts();
      this.hostSelect.value = this.state.host;
      this.pickTab(this.state.tab);
    });
  }

  saveHash() {
    const params = new URLSearchParams();
    if (this.state.run) params.set('run', this.state.run);
    if (this.state.host) params.set('host', this.state.host);
    if (this.state.tab !== 'report') params.set('tab', this.state.tab);
    if (this.state.tab === 'report' && this.state.ops.op) params.set('op', this.state.ops.op);
    if (this.state.tab === 'report' && this.state.ops.step !== null && this.state.ops.step !== undefined) {
      params.set('step', this.state.ops.step);
    }
    if (this.state.tab === 'diff' && this.state.diff.base) params.set('base', this.state.diff.base);
    if (this.state.tab === 'diff' && this.state.diff.new) params.set('new', this.state.diff.new);
    if (this.state.tab === 'sweep' && this.state.sweep.name) params.set('sweep', this.state.sweep.name);
    history.replaceState(null, '', `${location.pathname}${location.search}#${params}`);
  }

  async loadRuns() {
    const {status, body} = await getJSON('runs');
    if (status !== 200) {
      replace(this.reportPane, message('error', body.error || `HTTP ${status}`));
      return;
    }
    this.runs = body.runs;
    getJSON('sweeps').then(({status, body: listed}) => {
      this.tabs.sweep.hidden = !(status === 200 && listed.sweeps.length);
    });
    this.logdir = body.logdir;
    const names = this.runs.map((r) => r.run);
    if (!names.includes(this.state.run)) this.state.run = names[names.length - 1] || null;
    replace(this.runSelect, this.runs.map((r) => el('option', {value: r.run, selected: r.run === this.state.run},
      `${r.run} · ${STATUS_LABEL[r.status] || r.status}`)));
    this.fillHosts();
  }

  currentRun() {
    return this.runs.find((r) => r.run === this.state.run) || null;
  }

  fillHosts() {
    const run = this.currentRun();
    const hosts = run ? run.hosts : [];
    if (!hosts.includes(this.state.host)) this.state.host = '';
    replace(this.hostSelect,
      el('option', {value: '', text: hosts.length === 1 ? hosts[0] : `all hosts (${hosts.length})`}),
      hosts.length > 1 ? hosts.map((h) => el('option', {value: h, text: h, selected: h === this.state.host})) : []);
    this.hostSelect.disabled = hosts.length <= 1;
  }

  pickTab(tab) {
    this.state.tab = TABS.includes(tab) ? tab : 'report';
    for (const [name, button] of Object.entries(this.tabs)) button.setAttribute('aria-selected', String(name === this.state.tab));
    this.reportPane.hidden = this.state.tab !== 'report';
    this.diffPane.hidden = this.state.tab !== 'diff';
    this.sweepPane.hidden = this.state.tab !== 'sweep';
    this.runPicker.hidden = this.state.tab !== 'report';
    this.saveHash();
    if (this.state.tab === 'diff') replace(this.diffPane, diffView(this.runs, this.state.diff));
    else if (this.state.tab === 'sweep') renderSweeps(this.sweepPane, this.state.sweep);
    else this.showReport(false);
  }

  pickRun(name) {
    this.state.run = name;
    Object.assign(this.state.ops, {op: null, step: null});
    this.fillHosts();
    this.showReport(false);
  }

  pickHost(host) {
    this.state.host = host;
    Object.assign(this.state.ops, {op: null, step: null});
    this.showReport(false);
  }

  async showReport(refresh) {
    this.saveHash();
    if (!this.state.run) {
      replace(this.reportPane, message('info',
        `No run with XPlane files under ${this.logdir || 'the logdir'}. ` +
        `Capture one: perfdiff capture --example train --logdir ${this.logdir || 'LOGDIR'}`));
      this.status.textContent = '';
      return;
    }
    const mine = ++this.token;
    const {run, host} = this.state;
    delete this.reportPane.dataset.rendered;
    this.status.textContent = 'loading…';
    this.recompute.disabled = true;
    const answer = await poll('report', {run, host, refresh: refresh ? 1 : undefined}, {
      isCurrent: () => mine === this.token,
      onWait: (body) => {
        this.status.textContent = `computing… ${Math.round(body.elapsed_s || 0)} s`;
        if (!this.reportPane.querySelector('.pd-computing')) {
          replace(this.reportPane, el('div', {class: 'pd-computing'}, el('div', {class: 'pd-spinner'}),
            message('info', `Analysing ${run}${host ? ` (host ${host})` : ''}: parsing the trace and pricing every op. ` +
                            'The report is saved beside the run, so this happens once.')));
        }
      },
    });
    if (!answer) return;
    this.recompute.disabled = false;
    if (answer.status !== 200) {
      this.status.textContent = '';
      replace(this.reportPane, message('error', answer.body.error || `HTTP ${answer.status}`));
      return;
    }
    const body = answer.body;
    this.status.textContent = body.saved ? 'saved report' : host ? `host ${host}, not saved` : 'not saved';
    await renderReport(this.reportPane, body, this.state.ops);
    if (mine === this.token) this.reportPane.dataset.rendered = host ? `${run} @ ${host}` : run;
    if (mine === this.token && this.currentRun()?.status !== 'saved') this.loadRuns();
  }
}

/** TensorBoard's dark mode: its top document's body has the class "dark-mode" (the plugin's iframe is
 * same-origin); without TensorBoard around, the system's prefers-color-scheme (style.css) decides. */
function followDarkMode() {
  let top = null;
  try {
    top = window.parent !== window ? window.parent.document.body : null;
  } catch {
    top = null;  // another origin: the media query alone
  }
  if (!top) return;
  const apply = () => {
    const dark = top.classList.contains('dark-mode');
    document.documentElement.classList.toggle('pd-dark', dark);
    document.documentElement.classList.toggle('pd-light', !dark);
  };
  apply();
  new MutationObserver(apply).observe(top, {attributes: true, attributeFilter: ['class']});
}

/** TensorBoard's entry point for dynamic plugins. */
export async function render() {
  document.head.appendChild(el('link', {rel: 'stylesheet', href: new URL('./style.css', import.meta.url).href}));
  document.title = 'perfdiff';
  document.body.classList.add('pd-body');
  followDarkMode();
  try {
    await loadVocabulary();  // the words, colours and number formats every view uses
  } catch (err) {
    replace(document.body, message('error', `perfdiff could not start: ${err.message}`));
    return;
  }
  const app = new App(document.body);
  window.perfdiffApp = app;
  await app.start();
}
