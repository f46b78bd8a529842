/**
 * `node cli/launch.mjs cli/runFileSizes.ts [n …]`: the size of a navigation run file (the
 * schema's default task, Adam's moments included) in JSON and in the binary .npz, at each n
 * (default 256 1024 4096), counted as the writers stream it (nothing is kept or written to
 * disk). The weights are random (tests/syntheticRun.ts): a trained run's floats print as long.
 */
import { runConfig } from '../src/core/config/validate';
import { writeRunFile, type RunFormat } from '../src/core/serialization/runFiles';
import { floatBytes } from '../src/core/serialization/runSnapshot';
import { syntheticSnapshot } from '../tests/syntheticRun';

const MB = 1024 * 1024;

export async function main(argv: string[]): Promise<number> {
  const sizes = argv.length > 0 ? argv.map(Number) : [256, 1024, 4096];
  console.log('| n | float32 tensors | JSON | .npz | .npz / float32 |');
  console.log('|---|---|---|---|---|');
  for (const n of sizes) {
    const snapshot = syntheticSnapshot(runConfig({ model: { hidden: n } }));
    const bytes: Record<RunFormat, number> = { json: 0, npz: 0 };
    for (const format of ['json', 'npz'] as const) {
      await writeRunFile(snapshot, format, {
        write: (chunk) => void (bytes[format] += chunk.length),
      });
    }
    const floats = floatBytes(snapshot);
    const mb = (x: number) => `${(x / MB).toFixed(1)} MB`;
    console.log(
      `| ${n} | ${mb(floats)} | ${mb(bytes.json)} | ${mb(bytes.npz)} | ${(bytes.npz / floats).toFixed(3)} |`,
    );
  }
  return 0;
}
