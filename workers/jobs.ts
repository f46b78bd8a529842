/**
 * The worker's long jobs besides training: persistent homology of the embedding and
 * comparisons over conditions × seeds × sparsities. Both report progress for a bar with
 * time left; neither runs on the UI thread.
 */
import type { Reply, JobProgress, TopologyReply } from './protocol';
import {
  parseComparisonConfig,
  planComparison,
  runComparison,
  type ComparisonResult,
} from '../src/core/experiments';
import { getManifold } from '../src/core/manifolds';
import { distanceMatrixCache } from '../src/core/manifolds/distanceCache';
import {
  probeEngineCache,
  runProbe,
  type ProbeRequest,
  type ProbeResult,
} from '../src/core/probes';
import {
  probeModelOf,
  referenceFor,
  runReferenceProbe,
  type ReferenceAttractor,
} from '../src/core/attractor';
import { vietorisRips } from '../src/core/topology';
import type { TaskContext } from '../src/core/tasks/types';
import type { Trainer } from '../src/core/training/trainer';

export function computeTopology(
  trainer: Trainer,
  maxDimension: 0 | 1 | 2,
  onProgress: (p: JobProgress) => void,
): TopologyReply {
  const { geometry, model } = trainer.config;
  const manifold = getManifold(geometry.manifold, geometry.dimension);
  const distances = manifold.distanceMatrix(trainer.regularization.positions());
  const started = performance.now();
  const result = vietorisRips(distances, model.hidden, { maxDimension }, (fraction) =>
    onProgress({
      job: 'topology',
      fraction,
      etaSeconds: fraction > 0 ? ((performance.now() - started) / 1000) * (1 / fraction - 1) : null,
      label: `H0–H${maxDimension} of ${model.hidden} points`,
    }),
  );
  return { step: trainer.step, result };
}

/** The sparse engine of the last probed weights: the Probes tab probes them again and again. */
const engineFor = probeEngineCache();

/** The unit distances of the last probed positions (n² metric calls each: see distanceCache). */
const distancesOf = distanceMatrixCache();

/** The reference attractor of the last probed space and size: building it costs n² exps. */
let reference: { key: string; attractor: ReferenceAttractor | null } | null = null;

function referenceOf(trainer: Trainer): ReferenceAttractor {
  const { geometry, model, task } = trainer.config;
  const key = JSON.stringify([geometry.manifold, model.hidden, task]);
  if (reference?.key !== key) reference = { key, attractor: referenceFor(trainer) };
  if (!reference.attractor)
    throw new Error(
      'probe: a hand-built reference exists for navigation on the circle and the torus',
    );
  return reference.attractor;
}

export function probe(trainer: Trainer, request: ProbeRequest): ProbeResult {
  if (request.network === 'reference') return runReferenceProbe(request, referenceOf(trainer));
  const probed = probeModelOf(trainer, { distancesOf });
  return runProbe(request, probed, engineFor(probed));
}

export async function comparison(
  input: unknown,
  context: TaskContext,
  signal: AbortSignal,
  onProgress: (p: JobProgress) => void,
): Promise<Reply<ComparisonResult>> {
  const parsed = parseComparisonConfig(input);
  if (!parsed.ok) return parsed;
  const result = await runComparison(planComparison(parsed.value), {
    signal,
    context,
    onProgress: (fraction, etaSeconds, label) =>
      onProgress({ job: 'comparison', fraction, etaSeconds, label }),
  });
  return { ok: true, value: result };
}
