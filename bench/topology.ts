/**
 * Timing of vietorisRips on uniform samples of the flat torus [0,10)² (the torus metric of
 * docs/science.md §Manifolds): H1 for n = 128, 256, 512 and H2 for n = 100, 200. Best of three
 * runs, since a shared machine adds noise. Run with `npx tsx bench/topology.ts`.
 */
import { Rng } from '../src/core/random';
import { describeBarcode, vietorisRips } from '../src/core/topology';
import type { HomologyDimension } from '../src/core/topology';

function torusDistances(n: number, rng: Rng): Float64Array {
  const points = Float64Array.from({ length: 2 * n }, () => rng.range(0, 10));
  const wrap = (delta: number) => Math.min(Math.abs(delta), 10 - Math.abs(delta));
  const d = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      d[a * n + b] = Math.hypot(
        wrap(points[2 * a] - points[2 * b]),
        wrap(points[2 * a + 1] - points[2 * b + 1]),
      );
    }
  }
  return d;
}

const runs: [number, HomologyDimension][] = [
  [128, 1],
  [256, 1],
  [512, 1],
  [100, 2],
  [200, 2],
];
for (const [n, maxDimension] of runs) {
  const d = torusDistances(n, new Rng(n));
  let best = Infinity;
  let reading = '';
  let simplices = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = vietorisRips(d, n, { maxDimension });
    best = Math.min(best, performance.now() - start);
    reading = describeBarcode(result);
    simplices = result.simplexCount;
  }
  console.log(`n=${n} H${maxDimension}: ${best.toFixed(0)} ms, ${simplices} simplices. ${reading}`);
}
