import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../src/core/backend/node';
import { runConfig } from '../../src/core/config/validate';
import { Trainer } from '../../src/core/training/trainer';
import { lossAndGrads } from '../../src/core/model/network';
import { rngAt } from '../../src/core/random';
export async function main(argv: string[]) {
  await initNodeBackend('wasm');
  const n = Number(argv[0] ?? 256);
  const config = runConfig({ task: { kind: 'navigation', seqLen: 50, placeCells: 512 }, model: { hidden: n }, training: { optimizer: 'adam', batch: 64 }, pruning: { targetSparsity: 0 } });
  const trainer = new Trainer(config);
  await trainer.trainStep();
  const batch = trainer.task.batch(rngAt(1, 'data', 0), 64);
  for (let rep = 0; rep < 2; rep++) {
    const t0 = performance.now();
    const prof = await tf.profile(() => { tf.tidy(() => { const r = lossAndGrads(trainer.task.network, trainer.params, batch); r.loss.dataSync(); }); });
    const wall = performance.now() - t0;
    const agg = new Map<string, { ms: number; count: number }>();
    for (const k of prof.kernels) {
      const key = `${k.name} ${JSON.stringify(k.inputShapes)}`;
      const e = agg.get(key) ?? { ms: 0, count: 0 };
      e.ms += k.kernelTimeMs as number; e.count++;
      agg.set(key, e);
    }
    const sum = [...agg.values()].reduce((a, b) => a + b.ms, 0);
    console.log('wall', wall.toFixed(0), 'sum', sum.toFixed(0), 'kernels', prof.kernels.length);
    if (rep === 1) for (const [k, v] of [...agg].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(v.ms.toFixed(1).padStart(8), String(v.count).padStart(5), k);
  }
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); tf.tidy(() => { const r = lossAndGrads(trainer.task.network, trainer.params, batch); r.loss.dataSync(); }); console.log('plain', (performance.now() - t0).toFixed(1)); }
  return 0;
}
