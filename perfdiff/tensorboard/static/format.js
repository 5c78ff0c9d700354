// Numbers for people. The data are SI (seconds, bytes, FLOPs, fractions); units appear only here.
// The rules are perfdiff/perfdiff/units.py's, line for line; the spellings (dash, signs, units, prefixes)
// come from the plugin's /vocabulary (perfdiff/units.py FORMATS) through configure().
// tests/data/format_cases.json holds this module and units.py to the same text.

let F = null;

/** Take the number formats of the served vocabulary (its `formats`); called once at start. */
export function configure(formats) {
  F = formats;
}

function formats() {
  if (!F) throw new Error('format.js: configure() was not called with the /vocabulary formats');
  return F;
}

/** A finite number, or null (None/NaN arrive as null or as the strings "NaN"/"Infinity"). */
export function num(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function dash() {
  return formats().dash;
}

// toFixed rounds ties away from zero on the exact binary value — the rule units.py follows.
function fixed(magnitude, decimals) {
  return magnitude.toFixed(decimals);
}

function significant(text) {
  return text.replace('.', '').replace(/^0+/, '').length || 1;
}

function sig(magnitude, digits) {
  let exponent = 0;
  if (magnitude >= 1) {
    while (magnitude >= 10 ** (exponent + 1)) exponent += 1;
  } else {
    while (magnitude * 10 ** -exponent < 1 && exponent > -300) exponent -= 1;
  }
  const decimals = Math.max(digits - 1 - exponent, 0);
  let text = fixed(magnitude, decimals);
  if (decimals > 0 && significant(text) > digits) text = fixed(magnitude, decimals - 1);
  return text;
}

function scaled(magnitude, units, digits) {
  let index = units.findIndex(([scale]) => magnitude / scale >= 1);
  if (index < 0) index = units.length - 1;
  let text = sig(magnitude / units[index][0], digits);
  if (index > 0 && text.split('.')[0].length > digits) {
    index -= 1;
    text = sig(magnitude / units[index][0], digits);
  }
  return [text, units[index][1]];
}

function sign(value, signed) {
  if (value < 0) return formats().minus;
  return signed && value > 0 ? formats().plus : '';
}

const prefixes = () => [...formats().prefixes, [1, '']];

/** Seconds in s / ms / µs / ns / ps; signed adds + to positive values. */
export function seconds(value, signed = false, digits = formats().digits) {
  const v = num(value);
  if (v === null) return dash();
  if (v === 0) return '0';
  const [text, unit] = scaled(Math.abs(v), formats().time_units, digits);
  return `${sign(v, signed)}${text} ${unit}`;
}

/** A quantity with a decimal prefix (1 GB = 1e9 B): si(3.2e12, 'FLOP/s') -> "3.20 TFLOP/s". */
export function si(value, unit = '', digits = formats().digits) {
  const v = num(value);
  if (v === null) return dash();
  if (v === 0) return `0 ${unit}`.trimEnd();
  const [text, prefix] = scaled(Math.abs(v), prefixes(), digits);
  return `${sign(v, false)}${text} ${prefix}${unit}`.trimEnd();
}

/** A fraction as a percentage: 0.123 -> "12 %", 0.0042 -> "0.4 %"; signed adds + to positive values. */
export function percent(value, signed = false) {
  const v = num(value);
  if (v === null) return dash();
  const p = v * 100;
  if (p === 0) return `0${formats().percent}`;
  let text = fixed(Math.abs(p), 1);
  if (text.split('.')[0].length >= 2) text = fixed(Math.abs(p), 0);
  else if (text === '0.0') text = '<0.1';
  return `${sign(p, signed)}${text}${formats().percent}`;
}

/** A multiplier: "4.00×". */
export function ratio(value) {
  const v = num(value);
  if (v === null) return dash();
  return `${sign(v, false)}${sig(Math.abs(v), formats().digits)}${formats().times}`;
}

/** A count or plain figure: whole numbers below a million as they are (12,345), else 3 significant
 * digits with a decimal prefix from a thousand up (1.23 k). */
export function number(value, digits = formats().digits) {
  const v = num(value);
  if (v === null) return dash();
  if (v === 0) return '0';
  const magnitude = Math.abs(v);
  let text;
  if (Number.isInteger(v) && magnitude < 1e6) {
    text = String(magnitude).replace(/\B(?=(\d{3})+(?!\d))/g, formats().group);
  } else if (magnitude >= 1000) {
    text = scaled(magnitude, prefixes(), digits).join(' ');
  } else {
    text = sig(magnitude, digits);
  }
  return `${sign(v, false)}${text}`;
}

/** The last path component of "file:line" ("llama.py:146"). */
export function shortSource(source) {
  return source ? String(source).split('/').pop() : '';
}

const KINDS = {
  seconds: (v) => seconds(v),
  delta_seconds: (v) => seconds(v, true),
  percent: (v) => percent(v),
  delta_percent: (v) => percent(v, true),
  si: (v, unit) => si(v, unit),
  number: (v) => number(v),
  ratio: (v) => ratio(v),
  source: (v) => shortSource(v),
  text: (v) => (v === null || v === undefined ? '' : String(v)),
};

/** value as a display kind writes it (see report/columns.py); unit for kind "si". */
export function show(value, kind, unit = '') {
  const write = KINDS[kind];
  if (!write) throw new Error(`format.js: unknown display kind ${kind}`);
  return write(value, unit);
}

/** An axis tick: the shortest exact form, SI-prefixed when large ("0.001", "10", "100 G", "2 T"). */
export function tick(value, unit = '') {
  if (value >= 1000) {
    for (const [scale, prefix] of formats().prefixes) {
      if (value >= scale) return `${+(value / scale).toPrecision(3)} ${prefix}${unit}`.trim();
    }
  }
  return `${+value.toPrecision(3)}${unit ? ` ${unit}` : ''}`;
}
