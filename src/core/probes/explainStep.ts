/**
 * Words for the step-by-step mode: one training step (docs/science.md §Regularizer, §Pruning) told
 * as six stages, each with its formula and this step's numbers, so a lecturer can walk a class
 * through what the worker just did. Pure: the worker measures a StepBreakdown, this turns it into
 * text.
 */
import type { TaskKind } from '../config/schema';
import { count, num, pct } from './format';

/** What the worker measures during one step for the walkthrough (all plain numbers). */
export interface StepBreakdown {
  /** 0-based index of the step just taken, its epoch, and the schedule. */
  step: number;
  epoch: number;
  epochs: number;
  stepsPerEpoch: number;
  task: TaskKind;
  /** Stacked recurrent layers (text: 1–3; others 1). */
  layers: number;
  batch: number;
  seqLen: number;
  hidden: number;
  /** Output size: place cells Np (navigation), 1 (adding) or the vocabulary size (text). */
  outputs: number;
  activation: 'relu' | 'tanh';
  taskLoss: number;
  /** Task metric on this batch: error in cm (navigation), RMSE (adding), perplexity (text). */
  metric: number;
  condition: 'moduli' | 'shuffled' | 'l1' | 'none';
  lambda: number;
  exponent: 1 | 2;
  /** P = λ·mean(C ⊙ |W_hh|^ℓ) as added to the loss. */
  penalty: number;
  /** ‖∂L_task/∂W‖ (Frobenius) per parameter: encoder, wih, whh, decoder (biases if any). */
  taskGradNorms: Record<string, number>;
  /** ‖∂P/∂W_hh‖. */
  penaltyGradNorm: number;
  /** Global norm of all gradients (penalty included) before clipping. */
  globalGradNorm: number;
  /** Gradient-norm clip, 0 = off. */
  clipNorm: number;
  optimizer: 'adam' | 'adamw';
  learningRate: number;
  weightDecay: number;
  /** ‖ΔW‖ per parameter caused by this update (optional: the worker diffs before/after). */
  updateNorms?: Record<string, number>;
  scope: 'global' | 'perMatrix' | 'whh';
  /** Final target p, the scheduled fraction of this epoch and of the next one. */
  targetSparsity: number;
  sparsityNow: number;
  sparsityNext: number;
  /** Weights currently masked, and weights the pruning scope covers. */
  prunedWeights: number;
  prunableWeights: number;
  whhSparsity: number;
}

export type StepStage = 'forward' | 'task loss' | 'penalty' | 'gradient' | 'update' | 'pruning';

export interface ExplainedStage {
  stage: StepStage;
  title: string;
  text: string;
}

const matrixLabel: Record<string, string> = {
  encoder: 'Encoder',
  wih: 'W_ih',
  whh: 'W_hh',
  decoder: 'D',
  bias: 'b',
  decoderBias: 'b_d',
};

/**
 * Each task's forward pass and loss in words. Keyed by every task kind, so the typecheck asks a
 * new task for its own (rather than letting it fall through to another task's text).
 */
const taskWords: Record<
  TaskKind,
  { forward(b: StepBreakdown, s: string): string; loss(b: StepBreakdown): string }
> = {
  navigation: {
    forward: (b, s) =>
      `The batch holds ${b.batch} random walks of ${b.seqLen} steps (${num(b.seqLen * 0.02)} s each). Each starts from h₀ = Encoder·pc(x₀), the place-cell code of its first position, with no nonlinearity. Then for t = 1…${b.seqLen}: h_t = ${s}(W_hh h_{t−1} + W_ih v_t), where v_t is the velocity (metres per step), and logits_t = D h_t over the ${b.outputs} place cells. That is ${count(b.batch * b.seqLen)} states of ${b.hidden} units; pruned weights count as 0.`,
    loss: (b) =>
      `L_task = −(1/BT)·Σ_b Σ_t Σ_i y_{t,i}·log softmax(logits_t)_i = ${num(b.taskLoss)}: the cross-entropy between the predicted distribution over place cells and the true place code y_t of where the walk is. Decoding each step as the mean centre of the 3 strongest place cells, the position error on this batch is ${num(b.metric)} cm (untrained ≈ 100 cm).`,
  },
  adding: {
    forward: (b, s) =>
      `The batch holds ${b.batch} sequences of ${b.seqLen} pairs x_t = (value, marker). From h₀ = 0: h_t = ${s}(W_hh h_{t−1} + W_ih x_t + b), and the answer is read once at the end, ŷ = D h_T + b_d. Pruned weights count as 0.`,
    loss: (b) =>
      `L_task = (1/B)·Σ_b (ŷ_b − y_b)² = ${num(b.taskLoss)}, with y the sum of the two marked values. RMSE on this batch: ${num(b.metric)} (always answering 1 gives ≈ 0.408).`,
  },
  text: {
    forward(b, s) {
      const stack =
        b.layers > 1
          ? `, then through ${b.layers - 1} more layer${b.layers > 2 ? 's' : ''} the same way`
          : '';
      return `The batch holds ${b.batch} windows of ${b.seqLen} tokens. Each token is looked up in the learned token embedding (x_t), then from h₀ = 0: h_t = ${s}(W_hh h_{t−1} + W_ih x_t + b)${stack}; at every step logits_t = D h_t + b_d over the ${count(b.outputs)} tokens of the vocabulary. Pruned weights count as 0.`;
    },
    loss: (b) =>
      `L_task = −(1/BT)·Σ_b Σ_t log softmax(logits_t)[next token] = ${num(b.taskLoss)}: the cross-entropy of predicting each next token. Perplexity on this batch: exp(L_task) = ${num(b.metric)} (a uniform guess would give ${count(b.outputs)}).`,
  },
};

const forward = (b: StepBreakdown): string => taskWords[b.task].forward(b, b.activation);
const taskLoss = (b: StepBreakdown): string => taskWords[b.task].loss(b);

function penalty(b: StepBreakdown): string {
  const l = b.exponent === 1 ? '|W_hh[j,k]|' : '|W_hh[j,k]|²';
  const mean = b.lambda > 0 ? b.penalty / b.lambda : 0;
  const layers =
    b.layers > 1 ? ` (summed over the ${b.layers} layers' W_hh, each with its own term)` : '';
  const total = `L = L_task + P${layers} = ${num(b.taskLoss)} + ${num(b.penalty)} = ${num(b.taskLoss + b.penalty)}.`;
  switch (b.condition) {
    case 'none':
      return `No regularization (λ = 0): P = 0 and only the task shapes W_hh. ${total}`;
    case 'l1':
      return `P = λ·mean_{j,k}(${l}) = ${num(b.lambda)} × ${num(mean)} = ${num(b.penalty)}: every weight costs the same (C = 1), whichever units it joins. ${total}`;
    case 'shuffled':
      return `P = λ·mean_{j,k}(C_shuffled[j,k]·${l}) = ${num(b.lambda)} × ${num(mean)} = ${num(b.penalty)}. C holds the same values f(d) as the moduli condition but permuted at random, so which weights are cheap no longer depends on where the units sit. ${total}`;
    default:
      return `P = λ·mean_{j,k}(C[j,k]·${l}) = ${num(b.lambda)} × ${num(mean)} = ${num(b.penalty)}, with C[j,k] = f(d(p_j, p_k)): a weight is cheap between units at the inhibitor's preferred distance on the manifold and expensive otherwise. ${total}`;
  }
}

function gradient(b: StepBreakdown): string {
  const norms = Object.entries(b.taskGradNorms)
    .map(([k, v]) => `‖∂L_task/∂${matrixLabel[k] ?? k}‖ = ${num(v)}`)
    .join(', ');
  const pen =
    b.condition === 'none'
      ? 'There is no penalty gradient.'
      : `The penalty adds ∂P/∂W_hh = (λ/n²)·C ⊙ ${b.exponent === 1 ? 'sign(W_hh)' : '2W_hh'}, norm ${num(b.penaltyGradNorm)}, to W_hh alone.`;
  let clip = `Global norm ${num(b.globalGradNorm)}`;
  if (b.clipNorm > 0 && b.globalGradNorm > b.clipNorm)
    clip += `, above the clip ${num(b.clipNorm)}: every gradient is scaled by ${num(b.clipNorm / b.globalGradNorm)}.`;
  else clip += b.clipNorm > 0 ? `, under the clip ${num(b.clipNorm)}.` : ' (no clipping).';
  return `Backpropagation through time sends ∂L/∂h_t back through all ${b.seqLen} steps. Task gradients: ${norms}. ${pen} ${clip}`;
}

function update(b: StepBreakdown): string {
  const rule =
    b.optimizer === 'adamw' && b.weightDecay > 0
      ? `AdamW: W ← W − η·m̂/(√v̂ + ε) − η·wd·W, with η = ${num(b.learningRate)} and wd = ${num(b.weightDecay)}`
      : `Adam: W ← W − η·m̂/(√v̂ + ε), with η = ${num(b.learningRate)}`;
  const moved = b.updateNorms
    ? ` This step moved ${Object.entries(b.updateNorms)
        .map(([k, v]) => `${matrixLabel[k] ?? k} by ${num(v)}`)
        .join(', ')}.`
    : '';
  return `${rule}. m̂ and v̂ are running averages of the gradient and its square, so each weight moves by about η whatever the gradient's scale. Masked weights get no update and stay exactly 0.${moved}`;
}

function pruning(b: StepBreakdown): string {
  const scope = {
    global: 'all weight matrices together',
    perMatrix: 'each weight matrix',
    whh: 'W_hh',
  }[b.scope];
  const epoch = `Epoch ${b.epoch + 1} of ${b.epochs}`;
  const schedule = `At the start of epoch e the smallest-|w| fraction p·e/(E−1) of ${scope} is masked (p = ${pct(b.targetSparsity)}).`;
  const now = `${epoch} runs at ${pct(b.sparsityNow)}: ${count(b.prunedWeights)} of ${count(b.prunableWeights)} weights masked; W_hh is ${pct(b.whhSparsity)} zeros.`;
  const left = b.stepsPerEpoch - (b.step % b.stepsPerEpoch) - 1;
  const next =
    b.epoch >= b.epochs - 1
      ? 'This is the last epoch: the target is reached and nothing more is pruned.'
      : `In ${left} step${left === 1 ? '' : 's'}, epoch ${b.epoch + 2} raises it to ${pct(b.sparsityNext)}; pruned weights never regrow.`;
  return `${schedule} ${now} ${next}`;
}

/** The six stages of one step, in the order they happen. */
export function explainStep(b: StepBreakdown): ExplainedStage[] {
  return [
    { stage: 'forward', title: 'Forward pass', text: forward(b) },
    { stage: 'task loss', title: 'Task loss', text: taskLoss(b) },
    { stage: 'penalty', title: 'Moduli penalty', text: penalty(b) },
    { stage: 'gradient', title: 'Gradient', text: gradient(b) },
    { stage: 'update', title: 'Update', text: update(b) },
    { stage: 'pruning', title: 'Pruning', text: pruning(b) },
  ];
}
