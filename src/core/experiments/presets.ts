/**
 * Ready-made experiments: plain configs with a title and a description that says how each
 * differs from the paper's scale and why. Every one validates against the run or comparison
 * schema (tested), so the lab, the CLI (`--preset ID`) and a config link load them alike.
 */
import type { RunConfigInput } from '../config/schema';
import type { ComparisonConfigInput, RunOverride } from './comparison';

interface PresetInfo {
  /** Short, stable name for the CLI and links. */
  id: string;
  title: string;
  description: string;
}
export type Preset = PresetInfo &
  ({ kind: 'run'; config: RunConfigInput } | { kind: 'comparison'; config: ComparisonConfigInput });
export type RunPreset = Extract<Preset, { kind: 'run' }>;

/**
 * The browser-scale navigation of docs/science.md §Reproducing the paper, in which the authors' own
 * code already orders torus < shuffled < no reg < L1 at 90%. W_hh-only pruning: the penalty acts on
 * W_hh alone, and at this size global pruning removes all of W_hh (docs/science.md §Pruning).
 */
const browserNavigation = {
  task: { kind: 'navigation', placeCells: 512, placeCellWidthMeters: 0.12, seqLen: 20 },
  model: { hidden: 256 },
  inhibitor: { kind: 'dog' },
  regularizer: { lambda: 0.1 },
  pruning: { scope: 'whh' },
  training: { optimizer: 'adamw', learningRate: 3e-3, batch: 64, epochs: 10, stepsPerEpoch: 300 },
} satisfies RunConfigInput;

/** The paper's adding problem (n = 128, T = 50, batch 32, clip 0.5, λ = 1e-3) in 3,000 steps. */
const browserAdding = {
  task: { kind: 'adding', seqLen: 50 },
  model: { hidden: 128 },
  pruning: { scope: 'whh' },
  training: { optimizer: 'adam', learningRate: 1e-3, batch: 32, epochs: 10, stepsPerEpoch: 300 },
} satisfies RunConfigInput;

/**
 * Table 9's runs as the authors' adding-problem code trains them: trained positions' gradient
 * scaled by 0.99^epoch, and stabiliser epochs at the final sparsity with the positions frozen
 * (theirs: 3 after 50 epochs; here 1 after 10). Every condition gets them, so all train as long.
 */
const trainedAdding = {
  ...browserAdding,
  geometry: { embeddingGradientDecay: 0.99 },
  training: { ...browserAdding.training, stabiliserEpochs: 1 },
} satisfies RunConfigInput;

/**
 * A navigation run that learns visibly in a minute (learning.test.ts's run, at 90% instead
 * of 50%: measured 100 cm → 14–18 cm on seeds 1–3): few, wide place cells, short
 * trajectories, a large learning rate.
 */
const quickNavigation = {
  task: { kind: 'navigation', placeCells: 64, placeCellWidthMeters: 0.3, seqLen: 5 },
  model: { hidden: 64 },
  regularizer: { condition: 'moduli', lambda: 0.1 },
  pruning: { targetSparsity: 0.9, scope: 'whh' },
  training: { learningRate: 3e-2, batch: 32, epochs: 4, stepsPerEpoch: 100 },
} satisfies RunConfigInput;

/** The navigation task at browser scale, shared by the quick start and the lessons. */
export const browserScaleNavigationTask = {
  kind: 'navigation',
  placeCells: 128,
  placeCellWidthMeters: 0.25,
  boxMeters: 2.2,
  seqLen: 10,
} as const satisfies RunConfigInput['task'];

/**
 * The run a newcomer gets (the lab's default when its address carries no run): it has to learn
 * visibly within its first half minute in a tab on a 2-core machine. 128 units and 128 place
 * cells 0.25 m wide (a code 128 units can learn in a few hundred steps), T = 10 (long enough to
 * need path integration), lr 1e-2, batch 32, W_hh pruned to 50% over 5 × 80 steps. Measured in
 * Node on seeds 1–3: validation error 73–86 cm after 80 steps, 34–41 cm after 160, 18.5–20.7 cm
 * after 400 (100 cm is chance). The Table-1 run below stays one click away.
 */
const quickStartNavigation = {
  task: browserScaleNavigationTask,
  model: { hidden: 128, activation: 'relu', bias: false },
  geometry: { manifold: 'torus' },
  inhibitor: { kind: 'dog' },
  regularizer: { condition: 'moduli', lambda: 0.1 },
  pruning: { targetSparsity: 0.5, scope: 'whh' },
  training: { optimizer: 'adamw', learningRate: 1e-2, batch: 32, epochs: 5, stepsPerEpoch: 80 },
} satisfies RunConfigInput;

/** Between the two: big enough for the sphere's deficit to show, a few minutes per pair. */
const teachingNavigation = {
  task: { kind: 'navigation', placeCells: 256, placeCellWidthMeters: 0.2, seqLen: 10 },
  model: { hidden: 128 },
  regularizer: { lambda: 0.1 },
  pruning: { scope: 'whh' },
  training: { learningRate: 1e-2, batch: 32, epochs: 5, stepsPerEpoch: 200 },
} satisfies RunConfigInput;

const moduli = (geometry: RunOverride['geometry']): RunOverride => ({
  geometry,
  regularizer: { condition: 'moduli' },
});
/** The paper's four conditions (Tables 1, 4, 8). */
const controls = [
  { label: 'torus', override: moduli({ manifold: 'torus' }) },
  { label: 'no reg', override: { regularizer: { condition: 'none' } } },
  { label: 'L1', override: { regularizer: { condition: 'l1' } } },
  {
    label: 'shuffled',
    override: { geometry: { manifold: 'torus' }, regularizer: { condition: 'shuffled' } },
  },
] satisfies ComparisonConfigInput['conditions'];

const browserScaleNote =
  'Its absolute errors are far above the paper’s (3,000 steps at n = 256 instead of 30,000 at ' +
  'n = 4,096, 2 seeds instead of 5): what carries over is the ordering.';

export const presets: readonly Preset[] = [
  {
    id: 'table1',
    title: 'Paper Table 1 at browser scale',
    description:
      'Navigation at 90% sparsity: torus, no reg, L1 and shuffled, each with its lottery ticket. ' +
      'n = 256 units, 512 place cells, batch 64, T = 20, AdamW lr 3e-3, λ = 0.1, DoG, ' +
      '10 epochs × 300 steps, pruning W_hh only, seeds 1 and 2: the size at which the authors’ ' +
      `own code already shows torus < shuffled < no reg < L1. ${browserScaleNote}`,
    kind: 'comparison',
    config: {
      base: browserNavigation,
      conditions: controls,
      seeds: [1, 2],
      targetSparsities: [0.9],
    },
  },
  {
    id: 'table1-paper',
    title: 'Paper Table 1 at the paper’s scale (cluster)',
    description:
      'Table 1 as the paper trains it: navigation at 90% W_hh sparsity, n = 4,096 units, 512 ' +
      'place cells, batch 200, T = 50, AdamW lr 1e-4, λ = 0.1, DoG, 30 epochs × 1,000 steps, ' +
      'seeds 1–5, torus / no reg / L1 / shuffled, each with its lottery ticket: 20 runs. For a ' +
      'cluster (deploy/slurm/submit.sh, one run an array task). CPU time, estimated from ' +
      'npm run bench’s Node WASM step at n = 1,024 (350 ms at batch 64, T = 50, 2 threads) ' +
      'scaled by n² and the batch: about 17 s a step, so about 145 hours on 2 cores for the ' +
      '30,000 steps of one run and as many again for its lottery ticket (≈ 580 CPU-hours a ' +
      'run with its ticket); a GPU (--backend webgpu) is the practical way.',
    kind: 'comparison',
    config: {
      base: {
        ...browserNavigation,
        task: { ...browserNavigation.task, seqLen: 50 },
        model: { hidden: 4096 },
        training: {
          optimizer: 'adamw',
          learningRate: 1e-4,
          batch: 200,
          epochs: 30,
          stepsPerEpoch: 1000,
        },
      },
      conditions: controls,
      seeds: [1, 2, 3, 4, 5],
      targetSparsities: [0.9],
    },
  },
  {
    id: 'table3',
    title: 'Table 3: which manifold?',
    description:
      'The same navigation runs with the units on a torus, circle, sphere, Klein bottle or ' +
      '6-torus. The paper finds torus ≈ Klein ≈ circle far better than sphere and 6-torus: a ' +
      'flat 2D arena is best matched by a flat space. Browser scale as in Table 1 (n = 256, ' +
      `3,000 steps, 2 seeds), without lottery tickets to halve the time. ${browserScaleNote}`,
    kind: 'comparison',
    config: {
      base: browserNavigation,
      conditions: [
        { label: 'torus', override: moduli({ manifold: 'torus' }) },
        { label: 'circle', override: moduli({ manifold: 'circle' }) },
        { label: 'sphere', override: moduli({ manifold: 'sphere' }) },
        { label: 'Klein', override: moduli({ manifold: 'klein' }) },
        { label: '6-torus', override: moduli({ manifold: 'ntorus', dimension: 6 }) },
      ],
      seeds: [1, 2],
      targetSparsities: [0.9],
      lottery: false,
    },
  },
  {
    id: 'table8',
    title: 'Table 8: adding problem at 95%',
    description:
      'The adding problem (T = 50, n = 128, batch 32, gradient clip 0.5, λ = 1e-3) at 95% W_hh ' +
      'sparsity: torus, no reg, L1, shuffled. The paper trains 500,000 batches at lr 1e-4; here ' +
      '10 epochs × 300 steps at lr 1e-3, ten times larger so that 3,000 steps learn the task ' +
      '(RMSE well below the 0.408 of always answering 1). Single runs at this length are noisy: ' +
      'read the ordering, with its std.',
    kind: 'comparison',
    config: { base: browserAdding, conditions: controls, seeds: [1, 2], targetSparsities: [0.95] },
  },
  {
    id: 'table8-paper',
    title: 'Table 8 at the paper’s scale (cluster)',
    description:
      'The adding problem as the paper trains it: T = 50, n = 128, batch 32, gradient clip ' +
      '0.5, λ = 1e-3, Adam lr 1e-4, 500,000 batches (50 epochs × 10,000 steps), 95% W_hh ' +
      'sparsity, seeds 1–5, torus / no reg / L1 / shuffled with lottery tickets: 20 runs. For ' +
      'a cluster (deploy/slurm/submit.sh). CPU time, measured with npm run experiment on this ' +
      'problem (about 45 steps/s on 2 shared cores): about 3 hours for one run’s 500,000 ' +
      'steps, 6 with its lottery ticket (≈ 12 CPU-hours a run).',
    kind: 'comparison',
    config: {
      base: {
        ...browserAdding,
        training: {
          ...browserAdding.training,
          learningRate: 1e-4,
          epochs: 50,
          stepsPerEpoch: 10000,
        },
      },
      conditions: controls,
      seeds: [1, 2, 3, 4, 5],
      targetSparsities: [0.95],
    },
  },
  {
    id: 'trained-r3',
    title: 'Trained embeddings in R³',
    description:
      'Table 9: the units’ positions are learned with the weights, in Euclidean R³ or ' +
      'on the torus, against the fixed torus; adding problem at 95% as in the Table 8 preset ' +
      '(3,000 steps at lr 1e-3 instead of 500,000 at 1e-4). The paper finds both trained ' +
      'embeddings better than the fixed one (0.044 R³, 0.055 torus). As in the authors’ code, ' +
      'the trained positions’ gradient is scaled by 0.99^epoch, and a stabiliser epoch at 95% ' +
      'with the positions frozen follows the 10 (theirs: 3 after 50), for every condition. ' +
      'Lottery tickets freeze the learned positions.',
    kind: 'comparison',
    config: {
      base: trainedAdding,
      conditions: [
        { label: 'fixed torus', override: moduli({ manifold: 'torus', embedding: 'fixed' }) },
        { label: 'trained torus', override: moduli({ manifold: 'torus', embedding: 'trained' }) },
        {
          label: 'trained R³',
          override: moduli({ manifold: 'euclidean', dimension: 3, embedding: 'trained' }),
        },
      ],
      seeds: [1, 2],
      targetSparsities: [0.95],
    },
  },
  {
    id: 'quick-start',
    title: 'Quick start: torus navigation in a minute',
    description:
      'The run the lab opens with: navigation with n = 128 units on a torus, 128 place cells ' +
      '0.25 m wide, T = 10, AdamW lr 1e-2, batch 32, 5 × 80 steps, W_hh pruned to 50%. The ' +
      'error falls from about 100 cm (chance) below 50 cm within the first 200 steps and ends ' +
      'near 20 cm (seeds 1–3, measured in Node). The paper’s n = 4,096 and 30,000 steps would ' +
      'take hours here; the Table-1 run is the next preset.',
    kind: 'run',
    config: quickStartNavigation,
  },
  {
    id: 'table1-run',
    title: 'Paper Table 1: the torus run',
    description:
      'One run of the Table 1 comparison, its moduli-on-a-torus condition: n = 256 units, 512 ' +
      'place cells 0.12 m wide, T = 20, batch 64, AdamW lr 3e-3, λ = 0.1, DoG, 10 × 300 steps, ' +
      'W_hh pruned to 90%. It is the schema’s default and what the CLI runs without flags. ' +
      'Expect several minutes in a tab, with the error near chance (100 cm) for its first few ' +
      'hundred steps. The whole table (four conditions, two seeds, lottery tickets) is in the ' +
      'Compare tab.',
    kind: 'run',
    config: { ...browserNavigation, geometry: { manifold: 'torus' } },
  },
  {
    id: 'ring',
    title: 'Ring attractor on a circle',
    description:
      'A small navigation run (n = 64, 64 place cells 0.3 m wide, T = 5, lr 3e-2, 4 × 100 ' +
      'steps, W_hh pruned to 90%) with its units on a circle. The DoG penalty keeps weights between ' +
      'units close on the ring and prunes the rest, so W_hh sorted by angle becomes a band: ' +
      'the connectivity of a ring attractor. In the paper (Table 3) the circle does as well as ' +
      'the torus on navigation; at this small scale it reaches 15–17 cm (seeds 1–3).',
    kind: 'run',
    config: { ...quickNavigation, geometry: { manifold: 'circle' } },
  },
  {
    id: 'sphere',
    title: 'Why the sphere fails',
    description:
      'Torus against sphere on navigation at 90%. Path integration in a flat arena needs ' +
      'connectivity that moves an activity bump by dx then dy the same as by dy then dx: the ' +
      'torus has such commuting translations, the sphere’s rotations do not commute. The paper: ' +
      'sphere 23.55 cm, torus 5.69 (Table 3). Here at a teaching scale that takes a few minutes ' +
      '(n = 128, 256 place cells 0.2 m wide, T = 10, lr 1e-2, 5 × 200 steps, 2 seeds, no ' +
      'lottery tickets), measured in Node: torus 11.9 and 11.9 cm, sphere 16.7 and 21.1 cm.',
    kind: 'comparison',
    config: {
      base: teachingNavigation,
      conditions: [
        { label: 'torus', override: moduli({ manifold: 'torus' }) },
        { label: 'sphere', override: moduli({ manifold: 'sphere' }) },
      ],
      seeds: [1, 2],
      targetSparsities: [0.9],
      lottery: false,
    },
  },
];

export function getPreset(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}
