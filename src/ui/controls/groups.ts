/**
 * The run settings as the left column groups them (UI.md), with short labels. Fields whose
 * `when` is false for the current config are hidden (e.g. place cells for the adding task).
 */
import type { RunConfig } from '../../core/config/schema';

export interface FieldSpec {
  path: string;
  label: string;
  when?: (config: RunConfig) => boolean;
}

const nav = (c: RunConfig) => c.task.kind === 'navigation';
const text = (c: RunConfig) => c.task.kind === 'text';
const inhibitor = (kind: RunConfig['inhibitor']['kind']) => (c: RunConfig) =>
  c.inhibitor.kind === kind;

export const controlGroups: { title: string; fields: FieldSpec[] }[] = [
  {
    title: 'Task',
    fields: [
      { path: 'task.kind', label: 'task' },
      { path: 'task.seqLen', label: 'sequence length T' },
      { path: 'task.placeCells', label: 'place cells Np', when: nav },
      { path: 'task.placeCellWidthMeters', label: 'place-cell σ (m)', when: nav },
      { path: 'task.corpus', label: 'corpus', when: text },
      { path: 'task.tokenizer', label: 'tokenizer', when: text },
      { path: 'task.vocabularyCap', label: 'vocabulary cap', when: text },
      { path: 'task.layers', label: 'layers', when: text },
      { path: 'task.embeddingSize', label: 'token embedding', when: text },
    ],
  },
  {
    title: 'Geometry',
    fields: [
      { path: 'geometry.manifold', label: 'manifold' },
      {
        path: 'geometry.dimension',
        label: 'dimension',
        when: (c) => c.geometry.manifold === 'ntorus' || c.geometry.manifold === 'euclidean',
      },
      { path: 'geometry.embedding', label: 'embedding' },
      { path: 'inhibitor.kind', label: 'inhibitor' },
      { path: 'inhibitor.c', label: 'c' },
      { path: 'inhibitor.sigma1', label: 'σ₁', when: inhibitor('dog') },
      { path: 'inhibitor.sigma2', label: 'σ₂', when: inhibitor('dog') },
      { path: 'inhibitor.kappa', label: 'κ', when: inhibitor('dog') },
      { path: 'inhibitor.sigma', label: 'σ', when: inhibitor('ricker') },
      { path: 'inhibitor.power', label: 'power n', when: inhibitor('diffusion') },
      { path: 'inhibitor.mu', label: 'μ', when: inhibitor('sinusoid') },
    ],
  },
  {
    title: 'Regularization',
    fields: [
      { path: 'regularizer.condition', label: 'condition' },
      { path: 'regularizer.lambda', label: 'λ' },
      { path: 'regularizer.exponent', label: 'ℓ' },
    ],
  },
  {
    title: 'Pruning',
    fields: [
      { path: 'pruning.targetSparsity', label: 'target sparsity' },
      { path: 'pruning.scope', label: 'scope' },
    ],
  },
  {
    title: 'Model',
    fields: [
      { path: 'model.hidden', label: 'hidden units n' },
      { path: 'model.activation', label: 'activation' },
      { path: 'model.bias', label: 'bias' },
    ],
  },
  {
    title: 'Optimizer',
    fields: [
      { path: 'training.optimizer', label: 'optimizer' },
      { path: 'training.learningRate', label: 'learning rate' },
      {
        path: 'training.weightDecay',
        label: 'weight decay',
        when: (c) => c.training.optimizer === 'adamw',
      },
      { path: 'training.batch', label: 'batch' },
      { path: 'training.epochs', label: 'epochs E' },
      { path: 'training.stepsPerEpoch', label: 'steps / epoch S' },
      { path: 'training.clipNorm', label: 'grad clip' },
    ],
  },
  { title: 'Seed', fields: [{ path: 'seed', label: 'seed' }] },
];
