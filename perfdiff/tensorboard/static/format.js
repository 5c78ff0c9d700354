// Numbers for people. The data are SI (seconds, bytes, FLOPs, fractions); units appear only here.

/** A finite number, or null (None/NaN arrive as null or as the strings "NaN"/"Infinity"). */
export function num(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const DASH = '—';

function sig(value, digits = 3) {
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(Math.max(digits - 2, 0));
  return value.toFixed(Math.max(digits - 1, 0));
}

/** Seconds in s / ms / µs / ns, three significant digits. */
export function seconds(value) {
  const v = num(value);
  if (v === null) return DASH;
  const abs = Math.abs(v);
  if (abs === 0) return '0';
  if (abs >= 1) return `${sig(v)} s`;
  if (abs >= 1e-3) return `${sig(v * 1e3)} ms`;
  if (abs >= 1e-6) return `${sig(v * 1e6)} µs`;
  return `${sig(v * 1e9)} ns`;
}

/** A signed time change: "+1.23 ms", "−45.6 µs". */
export function deltaSeconds(value) {
  const v = num(value);
  if (v === null) return DASH;
  if (v === 0) return '0';
  return (v > 0 ? '+' : '−') + seconds(Math.abs(v));
}

const PREFIXES = [[1e15, 'P'], [1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];

/** A quantity with an SI prefix (1 GB = 1e9 B): si(3.2e12, 'FLOP/s') -> "3.20 TFLOP/s". */
export function si(value, unit = '') {
  const v = num(value);
  if (v === null) return DASH;
  if (v === 0) return `0 ${unit}`.trim();
  const abs = Math.abs(v);
  for (const [scale, prefix] of PREFIXES) {
    if (abs >= scale) return `${sig(v / scale)} ${prefix}${unit}`;
  }
  return `${sig(v)} ${unit}`.trim();
}

/** A fraction as a percentage: 0.1798 -> "18.0%". */
export function percent(value) {
  const v = num(value);
  if (v === null) return DASH;
  const p = v * 100;
  if (p !== 0 && Math.abs(p) < 0.1) return p > 0 ? '<0.1%' : '>−0.1%';
  if (Math.abs(p) >= 10000) return `${p > 0 ? '>' : '<−'}9999%`;
  return `${p.toFixed(Math.abs(p) >= 100 ? 0 : 1)}%`;
}

/** A signed fraction as a percentage change: "+50.6%". */
export function deltaPercent(value) {
  const v = num(value);
  if (v === null) return DASH;
  return (v > 0 ? '+' : v < 0 ? '−' : '') + percent(Math.abs(v));
}

/** A plain number with up to three significant digits; integers as they are. */
export function plain(value) {
  const v = num(value);
  if (v === null) return DASH;
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return sig(v);
}

/** Intensity in FLOPs per byte: "0.25", "56.9", "1.2e-4", "12.3 k". */
export function intensity(value) {
  const v = num(value);
  if (v === null) return DASH;
  if (v === 0) return '0';
  if (Math.abs(v) < 0.01) return v.toExponential(1);
  return v >= 1000 ? si(v) : sig(v);
}

/** An axis tick: the shortest exact form, SI-prefixed when large ("0.001", "10", "100 G", "2 T"). */
export function tick(value, unit = '') {
  if (value >= 1000) {
    for (const [scale, prefix] of PREFIXES) {
      if (value >= scale) return `${+(value / scale).toPrecision(3)} ${prefix}${unit}`.trim();
    }
  }
  return `${+value.toPrecision(3)}${unit ? ` ${unit}` : ''}`;
}
