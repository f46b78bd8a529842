/**
 * Adam and AdamW (decoupled weight decay, as PyTorch's torch.optim.AdamW) over named
 * tensors, with masks: a pruned weight's gradient is zeroed before the moments see it and
 * the weight is multiplied by its mask afterwards, so pruned weights never regrow (docs/science.md
 * §Pruning). Written by hand because the update must respect masks and the hand-written gradients.
 * As tfjs ops it is ~14 passes through memory per variable; a backend with a kernel registered
 * under MODULI_ADAM (WASM: ../wasm/kernels/adam.ts) makes the same update in one.
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * The fused update: inputs AdamInputs, attrs AdamScalars, outputs [variable, m, v] after the
 * step, bit-equal to adamUpdate's.
 */
export const MODULI_ADAM = 'ModuliAdam';

interface AdamInputs {
  variable: tf.Tensor;
  grad: tf.Tensor;
  m: tf.Tensor;
  v: tf.Tensor;
  /** Multiplies the gradient and the updated weight (absent: no mask); the variable's shape. */
  mask?: tf.Tensor;
}

/**
 * One variable's constants, as the JS numbers adamUpdate hands to tfjs: tfjs makes each a
 * float32 scalar, so a fused kernel that rounds them to float32 computes with the same values.
 */
export type AdamScalars = {
  beta1: number;
  oneMinusBeta1: number;
  beta2: number;
  oneMinusBeta2: number;
  correction1: number;
  correction2: number;
  epsilon: number;
  /** 1 − rate·weightDecay with decay (AdamW), else 1. */
  decay: number;
  rate: number;
};

/**
 * The update as tfjs ops, each intermediate rounded to float32 (a fused kernel must repeat these
 * operations in this order to match):
 *   g' = g·mask,  m' = m·β1 + g'·(1 − β1),  v' = v·β2 + g'²·(1 − β2),
 *   w' = (w·decay − (m'/c1) / (√(v'/c2) + ε) · rate) · mask.
 * Returns [w', m', v'].
 */
function adamUpdate({ variable, grad, m, v, mask }: AdamInputs, s: AdamScalars): tf.Tensor[] {
  const g = mask ? tf.mul(grad, mask) : grad;
  const m1 = tf.add(tf.mul(m, s.beta1), tf.mul(g, s.oneMinusBeta1));
  const v1 = tf.add(tf.mul(v, s.beta2), tf.mul(tf.square(g), s.oneMinusBeta2));
  const denominator = tf.add(tf.sqrt(tf.div(v1, s.correction2)), s.epsilon);
  const step = tf.div(tf.div(m1, s.correction1), denominator);
  // w·1 = w exactly, so plain Adam skips that pass.
  const decayed = s.decay === 1 ? variable : tf.mul(variable, s.decay);
  const updated = tf.sub(decayed, tf.mul(step, s.rate));
  return [mask ? tf.mul(updated, mask) : updated, m1, v1];
}

export interface AdamOptions {
  learningRate: number;
  /** Decoupled decay (AdamW); 0 gives plain Adam. */
  weightDecay: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** Adam's moments and step count as plain arrays, so a run file can continue exactly. */
export interface AdamState {
  steps: number;
  m: Record<string, Float32Array>;
  v: Record<string, Float32Array>;
}

export class Adam {
  private readonly m = new Map<string, tf.Variable>();
  private readonly v = new Map<string, tf.Variable>();
  private stepCount = 0;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;

  constructor(private readonly options: AdamOptions) {
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-8;
  }

  get steps(): number {
    return this.stepCount;
  }

  /**
   * One update of every variable that has a gradient. `learningRates` and `weightDecays`
   * override the rate and the decoupled decay per name (trained embeddings may have their own,
   * or no decay); `masks` multiply gradients and weights.
   */
  apply(
    variables: Record<string, tf.Variable>,
    grads: Record<string, tf.Tensor>,
    masks: Record<string, tf.Tensor> = {},
    learningRates: Record<string, number> = {},
    weightDecays: Record<string, number> = {},
  ): void {
    this.stepCount += 1;
    const fused = tf.getKernel(MODULI_ADAM, tf.getBackend()) !== undefined;
    tf.tidy(() => {
      for (const [name, grad] of Object.entries(grads)) {
        const variable = variables[name];
        const [m, v] = [this.moment(this.m, name, variable), this.moment(this.v, name, variable)];
        const mask = masks[name];
        const inputs = { variable, grad, m, v, ...(mask && { mask }) };
        const scalars = this.scalars(
          learningRates[name] ?? this.options.learningRate,
          weightDecays[name] ?? this.options.weightDecay,
        );
        const next = fused
          ? tf.engine().runKernel<tf.Tensor[]>(MODULI_ADAM, inputs, scalars)
          : adamUpdate(inputs, scalars);
        [variable, m, v].forEach((t, i) => t.assign(next[i]));
      }
    });
  }

  private scalars(rate: number, weightDecay: number): AdamScalars {
    const { beta1, beta2, epsilon, stepCount } = this;
    return {
      beta1,
      oneMinusBeta1: 1 - beta1,
      beta2,
      oneMinusBeta2: 1 - beta2,
      correction1: 1 - beta1 ** stepCount,
      correction2: 1 - beta2 ** stepCount,
      epsilon,
      decay: weightDecay > 0 ? 1 - rate * weightDecay : 1,
      rate,
    };
  }

  /** The moment tensors m and v of every variable updated so far. */
  moments(): tf.Variable[] {
    return [...this.m.values(), ...this.v.values()];
  }

  state(): AdamState {
    const read = (store: Map<string, tf.Variable>) =>
      Object.fromEntries([...store].map(([k, t]) => [k, (t.dataSync() as Float32Array).slice()]));
    return { steps: this.stepCount, m: read(this.m), v: read(this.v) };
  }

  /** Continues from a saved state; `shapes` gives each moment's shape (that of its variable). */
  load(state: AdamState, shapes: Record<string, number[]>): void {
    this.dispose();
    this.stepCount = state.steps;
    for (const [store, values] of [
      [this.m, state.m],
      [this.v, state.v],
    ] as const) {
      for (const [name, data] of Object.entries(values)) {
        store.set(
          name,
          tf.tidy(() => tf.variable(tf.tensor(data, shapes[name]), false)),
        );
      }
    }
  }

  private moment(store: Map<string, tf.Variable>, name: string, like: tf.Tensor): tf.Variable {
    let moment = store.get(name);
    if (!moment) {
      moment = tf.variable(tf.zerosLike(like), false);
      store.set(name, moment);
    }
    return moment;
  }

  dispose(): void {
    for (const t of [...this.m.values(), ...this.v.values()]) t.dispose();
    this.m.clear();
    this.v.clear();
  }
}

/**
 * Scales all gradients so their global L2 norm is at most maxNorm (torch's clip_grad_norm_).
 * Gradients named in `masks` are multiplied by their mask first: in PyTorch a pruned weight has
 * no gradient, so its entries must not count in the norm (at 95% sparsity they can make it
 * several times larger, and the clip would bite harder than the authors').
 */
export function clipByGlobalNorm(
  grads: Record<string, tf.Tensor>,
  maxNorm: number,
  masks: Record<string, tf.Tensor> = {},
): Record<string, tf.Tensor> {
  if (!(maxNorm > 0)) return grads;
  return tf.tidy(() => {
    const masked = Object.entries(grads).map(
      ([k, g]) => [k, masks[k] ? tf.mul(g, masks[k]) : g] as const,
    );
    const norm = tf.sqrt(tf.addN(masked.map(([, g]) => tf.sum(tf.square(g)))));
    const scale = tf.minimum(1, tf.div(maxNorm, tf.add(norm, 1e-6)));
    return Object.fromEntries(masked.map(([k, g]) => [k, tf.mul(g, scale)]));
  });
}
