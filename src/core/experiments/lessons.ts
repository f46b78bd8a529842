/**
 * Guided presets for teaching: each lesson is a short text a lecturer can read aloud, a run
 * config that trains in about a minute in a browser (1,200 steps of 128 units), and what to
 * look at. Every "look at" item is a claim about what the student will see, tied to a measure
 * of core/attractor and checked by lessonClaims.test.ts, which trains each lesson headless
 * from its own seed (docs/attractors.md has the measured values). Numbers quoted from the paper
 * are at n = 4096 and 90% sparsity; these runs are far smaller, and the texts say what they
 * really show at this size: wiring that follows the geometry and tracking over the training
 * length, not yet the bump that the hand-built reference shows.
 */
import type { RunConfigInput } from '../config/schema';
import { browserScaleNavigationTask } from './presets';

/** Something to point out, and the measure that shows it (see lessonClaims.test.ts). */
export interface LessonClaim {
  /** Stable id, the key of the claim's check in the test. */
  id: string;
  /** What to look at, in the lesson's words. */
  text: string;
  /** The number behind it, in words (shown on hover). */
  measure: string;
}

export interface Lesson {
  id: string;
  title: string;
  /** 3–6 sentences, to be read aloud. */
  text: string;
  config: RunConfigInput;
  /** What to look at while it trains and after, each a checked claim. */
  lookAt: LessonClaim[];
}

type Geometry = Extract<RunConfigInput['geometry'], object>;
type Regularizer = Extract<RunConfigInput['regularizer'], object>;

/**
 * Navigation at lesson size: 1,200 steps of n = 128, Np = 128 place cells 0.25 m wide, T = 10,
 * batch 32, learning rate 1e-2. Shorter walks and a faster rate than the paper's, so that a
 * minute of training already tracks position; longer walks (T = 20, 30) trained for the same
 * time tracked worse here.
 */
function navigation(
  manifold: Geometry['manifold'],
  options: { hidden?: number; condition?: Regularizer['condition']; sparsity?: number } = {},
): RunConfigInput {
  const hidden = options.hidden ?? 128;
  return {
    task: browserScaleNavigationTask,
    model: { hidden, activation: 'relu', bias: false },
    geometry: { manifold, embedding: 'fixed' },
    inhibitor: { kind: 'dog' },
    regularizer: { condition: options.condition ?? 'moduli', lambda: 0.1, exponent: 1 },
    pruning: { targetSparsity: options.sparsity ?? 0.5, scope: 'whh' },
    training: { optimizer: 'adamw', learningRate: 1e-2, batch: 32, epochs: 6, stepsPerEpoch: 200 },
    seed: 1,
  };
}

const REFERENCE_HOLDS: LessonClaim = {
  id: 'reference-holds',
  text: 'Probes → hand-built reference → Free run: a bump that stays where it was put, bright on the unfolded map; Perturb: it comes back',
  measure:
    'reference: drift under 1 cm, locality above 0.4, correlation with the unkicked run above 0.9',
};

export const lessons: Lesson[] = [
  {
    id: 'ring',
    title: 'Ring attractor on a circle',
    text: 'Here the 64 hidden units sit on a circle. The difference-of-Gaussians penalty makes a recurrent weight cheap only between units about 0.9 apart along it, so training keeps links between nearby units: the wiring of a ring attractor, in which a bump of activity can sit anywhere on the circle. The hand-built reference in the Probes tab is such a ring, wired by hand from the distances: its bump holds where it is put and slides with the x-velocity. The network you train here gets the local wiring in a minute, but not yet the bump. It still learns to track a 2D position from one circle, though less well than the torus lesson; the paper, at 4096 units, found the circle nearly as good as the torus (5.72 cm against 5.69 cm).',
    config: navigation('circle', { hidden: 64 }),
    lookAt: [
      {
        id: 'ring-links',
        text: 'Select a unit in the 3D view (colour by |W_hh|): its strongest links gather near it on the ring',
        measure:
          'link locality of the trained W_hh above 0.25, and 0.25 above the untrained network’s',
      },
      REFERENCE_HOLDS,
      {
        id: 'ring-reference-slides',
        text: 'Hand-built reference → draw a path → Along path: the bump slides round the ring and the decoded x follows the true x (a ring stores one coordinate)',
        measure:
          'reference: x error under a tenth of staying put, on walks 1× to 10× the training length',
      },
      {
        id: 'ring-trained-no-bump',
        text: 'Trained network → Free run: the activity is spread over the ring rather than a bump, and the decoded position drifts from where it started',
        measure:
          'trained locality under half the reference’s; drift above 15 cm (the verdict is not “holds its place”)',
      },
      {
        id: 'ring-error',
        text: 'The error chart: from about 100 cm untrained to under 40 cm, but above the torus lesson’s',
        measure:
          'untrained error above 80 cm on training-length walks; validation error under 40 cm and above the torus lesson’s (same seed)',
      },
    ],
  },
  {
    id: 'grid-torus',
    title: 'Grid module on a torus',
    text: 'A grid cell fires on a hexagonal lattice of positions, so a grid module’s population activity repeats as the animal moves in either direction: its state space is a torus. Placing the units on a flat torus and penalising weights between units at the wrong distance favours the wiring of a continuous attractor whose bump can slide in two independent directions, which is what integrating a 2D velocity needs. The hand-built reference in the Probes tab shows that ideal: a bump that holds, and slides along any drawn path. After a minute of training your network is not there yet: it tracks its position over walks as long as its training walks and its wiring follows the torus, but its activity is not a bump and it forgets its place without input. The paper’s network (4096 units, 30,000 steps) reached 5.69 cm at 90% sparsity, against 71.75 cm without the penalty.',
    config: navigation('torus'),
    lookAt: [
      REFERENCE_HOLDS,
      {
        id: 'torus-reference-slides',
        text: 'Hand-built reference → draw a path → Along path: the bright patch slides over the unfolded torus (leaving one edge, it comes back at the opposite one) and the decoded position (orange) covers the true one (green)',
        measure:
          'reference: error under a tenth of staying put, on walks 1× to 10× the training length',
      },
      {
        id: 'torus-path',
        text: 'Measure attractor: on walks of 1× and 2× the training length the trained network’s error is far below the untrained one’s',
        measure: 'trained error under half the untrained network’s at 1× and 2×',
      },
      {
        id: 'torus-long-paths',
        text: '…and on walks 10× as long it grows: it learnt the training length, not yet a general integrator',
        measure: 'trained error at 10× more than twice that at 1×',
      },
      {
        id: 'torus-links',
        text: 'Select a unit (colour by |W_hh|): its strong links gather in one place of the torus',
        measure: 'link locality above 0.25, and 0.25 above the untrained network’s',
      },
      {
        id: 'torus-no-bump',
        text: 'Trained network → Free run: the activity is spread out rather than a bump, and the decoded position drifts from where it started',
        measure:
          'trained locality under half the reference’s; drift above 15 cm (the verdict is not “holds its place”)',
      },
    ],
  },
  {
    id: 'sphere',
    title: 'Why the sphere fails',
    text: 'Same task and same penalty, but the units now live on a sphere. To integrate velocity, a bump must slide in two independent directions everywhere by the same rule. A sphere cannot offer that: every smooth field of directions on it vanishes somewhere (the hairy-ball theorem), and its curvature makes two shifts done in different orders disagree; for the same reason the lab has no hand-built reference on the sphere. The paper measured 23.55 cm on the sphere against 5.69 cm on the torus. Run this after the torus lesson: from the same seed the sphere ends behind here too, by less.',
    config: navigation('sphere'),
    lookAt: [
      {
        id: 'sphere-worse',
        text: 'The error chart: it levels off above the torus lesson’s',
        measure:
          'validation error at the end above the torus lesson’s (same seed), by less than the paper’s factor of 4.1',
      },
      {
        id: 'sphere-links',
        text: 'Select a unit: its links gather less than on the torus',
        measure: 'link locality below the torus lesson’s',
      },
    ],
  },
  {
    id: 'klein',
    title: 'The Klein bottle’s twist',
    text: 'The Klein bottle is a torus with a twist: going once around one direction brings you back mirrored in the other, (x, y) ~ (x + 10, 10 − y). Locally it is just as flat as the torus, so the same short-range wiring can hold a bump and slide it; only the global gluing differs, and it cannot be drawn in 3D without passing through itself (the unfolded map in the Probes tab shows it as a square glued with a flip). In the paper it did as well as the torus (5.44 cm against 5.69 cm): for path integration, local flatness matters, not orientability. Here too it ends close to the torus.',
    config: navigation('klein'),
    lookAt: [
      {
        id: 'klein-close',
        text: 'The error chart: close to the torus lesson’s',
        measure: 'validation error within a quarter of the torus lesson’s',
      },
      {
        id: 'klein-links',
        text: 'Select a unit: its links gather in one place of the bottle, as they do on the torus',
        measure: 'link locality within 0.15 of the torus lesson’s',
      },
    ],
  },
  {
    id: 'shuffled',
    title: 'What shuffling destroys',
    text: 'This run computes the torus’s coefficients C[j,k] = f(d(p_j, p_k)) and then shuffles all n² of them at random. Every value is still there, so the penalty has the same size, but which pair of units is cheap to connect no longer depends on where they sit. This control isolates the geometry: in the paper shuffled gave 10.92 cm against the torus’s 5.69 cm, and 42.25 cm against 12.49 cm as a lottery ticket. Compare a selected unit’s links with the torus lesson’s.',
    config: navigation('torus', { condition: 'shuffled' }),
    lookAt: [
      {
        id: 'shuffled-links',
        text: 'Select a unit (colour by |W_hh|): its strong links are scattered over the torus, where the torus lesson’s gather',
        measure: 'link locality within 0.1 of 0 (chance), and 0.25 below the torus lesson’s',
      },
    ],
  },
  {
    id: 'lottery',
    title: 'Lottery tickets',
    text: 'Magnitude pruning removes the smallest weights of W_hh a little more at every epoch, up to 90%. The lottery-ticket question is whether the surviving mask is itself the useful structure: keep it, start again from fresh random weights, and retrain. With the moduli penalty the mask follows the geometry, links between units close on the torus, and the retrained ticket learns the task again. In the paper: 12.49 cm on the torus against 64.44 cm without the penalty and 53.59 cm with L1.',
    config: navigation('torus', { sparsity: 0.9 }),
    lookAt: [
      {
        id: 'lottery-sparsity',
        text: 'The sparsity chart: W_hh sparsity climbing in steps to 90%, one per epoch',
        measure: 'W_hh sparsity at the end 90% (±1%)',
      },
      {
        id: 'lottery-links',
        text: 'The heatmap, pruned weights in dark grey: the survivors join units close on the torus',
        measure: 'link locality of the pruned W_hh above 0.25',
      },
      {
        id: 'lottery-ticket',
        text: 'After the last epoch, retrain as a lottery ticket (same mask, fresh weights): its error ends far below the untrained network’s',
        measure: 'ticket’s validation error under half the untrained network’s error',
      },
    ],
  },
];

export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
