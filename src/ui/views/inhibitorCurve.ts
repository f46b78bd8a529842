/**
 * Samples an inhibitor f(d) for its plot and finds where it is smallest (for the
 * difference of Gaussians, the zero-penalty ring). DOM-free so it is tested in Node.
 */

/** The plotted distance range: up to the manifold's largest distance, or 10 when unbounded. */
export function plotMaxDistance(maxDistance: number): number {
  return Number.isFinite(maxDistance) && maxDistance > 0 ? maxDistance : 10;
}

export interface Curve {
  d: Float64Array;
  f: Float64Array;
  /** Range of the finite f values (0 included). */
  fMin: number;
  fMax: number;
}

export function sampleCurve(f: (d: number) => number, dMax: number, samples = 240): Curve {
  const d = new Float64Array(samples + 1);
  const v = new Float64Array(samples + 1);
  let fMin = 0;
  let fMax = 0;
  for (let i = 0; i <= samples; i++) {
    d[i] = (i / samples) * dMax;
    v[i] = f(d[i]);
    if (Number.isFinite(v[i])) {
      fMin = Math.min(fMin, v[i]);
      fMax = Math.max(fMax, v[i]);
    }
  }
  return { d, f: v, fMin, fMax };
}

/** Distance in [0, dMax] where f is smallest: the sampled minimum refined by golden section. */
export function argminDistance(f: (d: number) => number, dMax: number, samples = 400): number {
  let best = 0;
  let bestValue = Infinity;
  for (let i = 0; i <= samples; i++) {
    const x = (i / samples) * dMax;
    const y = f(x);
    if (y < bestValue) {
      bestValue = y;
      best = x;
    }
  }
  const h = dMax / samples;
  let a = Math.max(0, best - h);
  let b = Math.min(dMax, best + h);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 60 && b - a > 1e-9; k++) {
    const c = b - g * (b - a);
    const e = a + g * (b - a);
    if (f(c) < f(e)) b = e;
    else a = c;
  }
  return (a + b) / 2;
}
