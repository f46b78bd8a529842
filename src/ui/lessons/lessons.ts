/**
 * Guided presets for teaching: each lesson is a short text a lecturer can read aloud, a run
 * config small enough to show its point within a minute or two in a browser, and what to
 * watch. The paper's numbers quoted are at n = 4096 and 90% sparsity (docs/science.md §Reproducing
 * the paper); these runs are far smaller, so they show the direction of an effect, not its size.
 */
import type { RunConfigInput } from '../../core/config/schema';

export interface Lesson {
  id: string;
  title: string;
  /** 3–6 sentences, to be read aloud. */
  text: string;
  config: RunConfigInput;
  /** What to look at while it trains and after. */
  lookAt: string[];
}

type Geometry = Extract<RunConfigInput['geometry'], object>;
type Regularizer = Extract<RunConfigInput['regularizer'], object>;

/** Navigation at lesson size: 400 steps of n = 128, Np = 128, T = 10, batch 32. */
function navigation(
  manifold: Geometry['manifold'],
  options: { hidden?: number; condition?: Regularizer['condition']; sparsity?: number } = {},
): RunConfigInput {
  const hidden = options.hidden ?? 128;
  return {
    task: {
      kind: 'navigation',
      placeCells: hidden,
      placeCellWidthMeters: 0.25,
      boxMeters: 2.2,
      seqLen: 10,
    },
    model: { hidden, activation: 'relu', bias: false },
    geometry: { manifold, embedding: 'fixed' },
    inhibitor: { kind: 'dog' },
    regularizer: { condition: options.condition ?? 'moduli', lambda: 0.1, exponent: 1 },
    pruning: { targetSparsity: options.sparsity ?? 0.5, scope: 'whh' },
    training: { optimizer: 'adamw', learningRate: 1e-2, batch: 32, epochs: 5, stepsPerEpoch: 80 },
    seed: 1,
  };
}

export const lessons: Lesson[] = [
  {
    id: 'ring',
    title: 'Ring attractor on a circle',
    text: 'Here the 64 hidden units sit on a circle. The penalty makes a recurrent weight cheap only between units about 0.9 apart along it, the zero ring of the difference-of-Gaussians inhibitor, and expensive otherwise. Training therefore keeps short-range links around the ring: the wiring of a ring attractor, where a bump of activity can sit anywhere on the circle and stay there. The network still has to track a 2D position, yet in the paper the circle did almost as well as the torus (5.72 cm against 5.69 cm).',
    config: navigation('circle', { hidden: 64 }),
    lookAt: [
      'Select a unit in the 3D view (colour by |W_hh|): its strongest links sit next to it on the ring',
      'The probe: click in the arena, then watch a bump form on the circle and hold while no velocity comes in',
      'The correlation curve under the probe: near 1 means the pattern persists',
      'The error chart falling from about 100 cm (untrained)',
    ],
  },
  {
    id: 'grid-torus',
    title: 'Grid module on a torus',
    text: 'A grid cell fires on a hexagonal lattice of positions, so a grid module’s population activity repeats as the animal moves in either direction: its state space is a torus. Placing the units on a flat torus and penalising weights between units at the wrong distance builds a continuous attractor whose bump can slide in two independent directions, which is what integrating a 2D velocity needs. This is the paper’s main case: 5.69 cm error at 90% sparsity, against 71.75 cm without the penalty. Train, then drag a path across the arena and follow the bump.',
    config: navigation('torus'),
    lookAt: [
      'The probe along a drawn path: the bump slides over the torus as the velocities come in',
      'The arena: decoded position (orange) following the true one (green)',
      'Free run with no input: the bump, and the decoded position, stay put',
      'Perturb: the pattern is kicked and the correlation climbs back towards 1',
    ],
  },
  {
    id: 'sphere',
    title: 'Why the sphere fails',
    text: 'Same task and same penalty, but the units now live on a sphere. To integrate velocity, a bump must slide in two independent directions everywhere by the same rule. A sphere cannot offer that: every smooth field of directions on it vanishes somewhere (the hairy-ball theorem), and its curvature makes two shifts done in different orders disagree. The paper measured 23.55 cm on the sphere against 5.69 cm on the torus. Run this after the torus lesson with the same seed and compare.',
    config: navigation('sphere'),
    lookAt: [
      'The error chart: compare where it levels off with the torus lesson’s',
      'The probe along a straight drawn path: how far the decoded path strays from the true one',
      'Selected unit’s links: local on the sphere too, so the difference is the shape, not locality',
    ],
  },
  {
    id: 'klein',
    title: 'The Klein bottle’s twist',
    text: 'The Klein bottle is a torus with a twist: going once around one direction brings you back mirrored in the other, (x, y) ~ (x + 10, 10 − y). Locally it is just as flat as the torus, so the same short-range wiring can hold a bump and slide it; only the global gluing differs, and it cannot be drawn in 3D without passing through itself. In the paper it did as well as the torus (5.44 cm against 5.69 cm): for path integration, local flatness matters, not orientability.',
    config: navigation('klein'),
    lookAt: [
      'Select a unit near the seam: some of its links land across it, mirrored',
      'The error chart: close to the torus lesson’s',
      'The probe along a long path: the bump crossing the seam and coming back flipped',
    ],
  },
  {
    id: 'shuffled',
    title: 'What shuffling destroys',
    text: 'This run computes the torus’s coefficients C[j,k] = f(d(p_j, p_k)) and then shuffles all n² of them at random. Every value is still there, so the penalty has the same size, but which pair of units is cheap to connect no longer depends on where they sit. This control isolates the geometry: in the paper shuffled gave 10.92 cm against the torus’s 5.69 cm, and 42.25 cm against 12.49 cm as a lottery ticket. Compare the colouring by coefficient with the torus lesson’s.',
    config: navigation('torus', { condition: 'shuffled' }),
    lookAt: [
      'Colour by coefficient f(d) and select a unit: a random speckle instead of a ring around it',
      'Colour by |W_hh|: the selected unit’s strong links scattered over the manifold',
      'The probe: activity without a bump shape on the manifold',
    ],
  },
  {
    id: 'lottery',
    title: 'Lottery tickets',
    text: 'Magnitude pruning removes the smallest weights of W_hh a little more at every epoch, up to 90%. The lottery-ticket question is whether the surviving mask is itself the useful structure: keep it, start again from fresh random weights, and retrain. With the moduli penalty the mask follows the geometry, links between units at the preferred distance, so the retrained ticket recovers much of the performance. In the paper: 12.49 cm on the torus against 64.44 cm without the penalty and 53.59 cm with L1.',
    config: navigation('torus', { sparsity: 0.9 }),
    lookAt: [
      'The sparsity chart: W_hh sparsity climbing in steps to 90%, one per epoch',
      'The heatmap: pruned weights in dark grey; the survivors join nearby units',
      'After the last epoch, retrain as a lottery ticket (same mask, fresh weights) and compare the error',
    ],
  },
];

export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
