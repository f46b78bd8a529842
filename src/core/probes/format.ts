/** Numbers in explanation text: three significant digits, scientific when tiny or huge. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e5) return String(Number(x.toPrecision(3)));
  const [m, e] = x.toExponential(2).split('e');
  return `${Number(m)}e${Number(e)}`;
}

/** A fraction as a percentage with one decimal: 0.4567 → "45.7%". */
export function pct(fraction: number): string {
  return `${(100 * fraction).toFixed(1)}%`;
}

/** An integer with thin thousands separators: 12345 → "12 345". */
export function count(x: number): string {
  return Math.round(x)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}
