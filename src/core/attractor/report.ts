/**
 * A network's attractor measures in one table, for the probe panel's "Measure" button, the
 * `npm run attractor` CLI and the lessons' tests: free runs from several places (drift, pair
 * similarity, locality), kicks (recovery), and path integration over walks of 1×, 2×, 5× and
 * 10× the training length, for the trained network, the same network untrained (its seed's
 * initial weights) and, on the circle and the torus, the hand-built reference.
 */
import { freshDistances, type DistanceMatrixOf } from '../manifolds/distanceCache';
import { initialValues } from '../model/network';
import { probeWeightsFrom, runProbe, type ProbeModel } from '../probes/runProbe';
import type { ProbeRequest, ProbeResult } from '../probes/types';
import { Rng, rngFor } from '../random';
import type { Trainer } from '../training/trainer';
import { linkLocality } from './measures';
import { pathIntegrationProfile, type PathIntegrationPoint } from './pathIntegration';
import {
  hasReference,
  REFERENCE_MAX_UNITS,
  REFERENCE_MIN_UNITS,
  ReferenceAttractor,
} from './reference';
import { runReferenceProbe } from './referenceProbe';

export type NetworkLabel = 'trained' | 'untrained' | 'reference';

export interface NetworkMeasures {
  network: NetworkLabel;
  /** Free runs from `starts` places, `steps` steps each: mean drift (cm), or null without an arena. */
  driftCm: number | null;
  /** …their mean pair similarity at the end. */
  pairSimilarity: number;
  /** …their mean locality (null: no geometry to measure it in). */
  locality: number | null;
  /** Kicked runs (half the activity's RMS as noise, at step 20): mean correlation with the unkicked run at the end. */
  recovery: number;
  /** Navigation only; empty otherwise. */
  pathIntegration: PathIntegrationPoint[];
  /** Locality of each unit's incoming |W_hh| (see linkLocality); null for the reference. */
  linkLocality: number | null;
}

export interface AttractorReport {
  manifold: string;
  hidden: number;
  seqLen: number | null;
  networks: NetworkMeasures[];
}

export interface ReportOptions {
  /** Places (or random states) to start free runs and kicks from. */
  starts?: number;
  steps?: number;
  /** Walks per path length. */
  walks?: number;
  /** Leave the reference out (it is slow at large n, and absent off the circle and torus). */
  reference?: boolean;
}

type Probe = (request: ProbeRequest) => ProbeResult;

/** The starts: places spread over the middle of the arena (navigation) or seeded random states. */
function startsFor(count: number, boxMeters: number | null): ProbeRequest['start'][] {
  const rng = new Rng(11);
  return Array.from({ length: count }, (_, i) => {
    if (boxMeters === null) return { kind: 'random' as const, seed: 100 + i };
    const half = 0.35 * boxMeters;
    return {
      kind: 'position' as const,
      position: [rng.range(-half, half), rng.range(-half, half)],
    };
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const meanOrNull = (xs: (number | null)[]) =>
  xs.some((x) => x === null) ? null : mean(xs as number[]);

function measure(
  network: NetworkLabel,
  probe: Probe,
  starts: ProbeRequest['start'][],
  steps: number,
  path: { seqLen: number; boxMeters: number; walks: number; axes: 1 | 2 } | null,
): NetworkMeasures {
  const free = starts.map((start) => probe({ start, steps, velocities: null, perturb: null }));
  const kicks = starts.map((start, i) =>
    probe({ start, steps, velocities: null, perturb: { atStep: 20, noise: 0.5, seed: 50 + i } }),
  );
  const pathIntegration = path
    ? pathIntegrationProfile((start, velocities) => {
        const r = probe({
          start: { kind: 'position', position: start },
          steps: velocities.length / 2,
          velocities,
          perturb: null,
        });
        return r.decoded as Float32Array;
      }, path)
    : [];
  return {
    network,
    driftCm: meanOrNull(free.map((r) => r.measures.driftCm)),
    pairSimilarity: mean(free.map((r) => r.measures.pairSimilarity ?? 0)),
    locality: meanOrNull(free.map((r) => r.measures.locality)),
    recovery: mean(kicks.map((r) => r.measures.recoveryFinal ?? 0)),
    pathIntegration,
    linkLocality: null,
  };
}

/**
 * The units' geodesic distances on their manifold (layer 0), for locality; `distancesOf` may
 * be a distanceMatrixCache, which the worker keeps across probes.
 */
export function unitDistances(
  trainer: Trainer,
  distancesOf: DistanceMatrixOf = freshDistances,
): Float32Array {
  const { manifold } = trainer.regularization;
  return distancesOf(manifold, trainer.regularization.positions());
}

export interface ProbeModelOptions {
  /** The weights to probe (default: the trainer's current ones). */
  weights?: Record<string, Float32Array>;
  /** How the unit distances are computed (default: afresh). */
  distancesOf?: DistanceMatrixOf;
}

/** The trainer's network as a probe model. */
export function probeModelOf(trainer: Trainer, options: ProbeModelOptions = {}): ProbeModel {
  const { model } = trainer.config;
  return {
    weights: probeWeightsFrom(options.weights ?? trainer.weightValues()),
    n: model.hidden,
    activation: model.activation,
    placeCells: trainer.task.placeCells ?? null,
    masks: { whh: trainer.masks.mask('whh') },
    distances: unitDistances(trainer, options.distancesOf),
  };
}

/** The reference for this run's space and arena, or null where there is none. */
export function referenceFor(trainer: Trainer): ReferenceAttractor | null {
  const { geometry, model, task } = trainer.config;
  if (!hasReference(geometry.manifold) || task.kind !== 'navigation') return null;
  return new ReferenceAttractor({
    manifold: geometry.manifold,
    // At least 100: a bump of width a tenth of the space needs a few units across it.
    units: Math.min(Math.max(model.hidden, REFERENCE_MIN_UNITS), REFERENCE_MAX_UNITS),
    boxMeters: task.boxMeters,
  });
}

export function attractorReport(trainer: Trainer, options: ReportOptions = {}): AttractorReport {
  const { starts = 8, steps = 100, walks = 12 } = options;
  const { task, geometry, model, seed } = trainer.config;
  const navigation = task.kind === 'navigation' ? task : null;
  const places = startsFor(starts, navigation?.boxMeters ?? null);
  const path = (axes: 1 | 2) =>
    navigation ? { seqLen: navigation.seqLen, boxMeters: navigation.boxMeters, walks, axes } : null;
  const trained = probeModelOf(trainer);
  const untrained: ProbeModel = {
    ...trained,
    weights: probeWeightsFrom(initialValues(trainer.task.network, rngFor(seed, 'init'))),
    masks: null,
  };
  const links = (m: ProbeModel) =>
    linkLocality(m.weights.whh, model.hidden, m.distances as Float32Array, new Rng(5));
  const networks: NetworkMeasures[] = [
    {
      ...measure('trained', (r) => runProbe(r, trained), places, steps, path(2)),
      linkLocality: links(trained),
    },
    {
      ...measure('untrained', (r) => runProbe(r, untrained, null), places, steps, path(2)),
      linkLocality: links(untrained),
    },
  ];
  const reference = options.reference === false ? null : referenceFor(trainer);
  if (reference)
    networks.push(
      measure(
        'reference',
        (r) => runReferenceProbe(r, reference),
        places,
        steps,
        path(reference.dims),
      ),
    );
  return {
    manifold: geometry.manifold,
    hidden: model.hidden,
    seqLen: navigation?.seqLen ?? null,
    networks,
  };
}
