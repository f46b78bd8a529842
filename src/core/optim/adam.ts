/**
 * Adam and AdamW (decoupled weight decay, as PyTorch's torch.optim.AdamW) over named
 * tensors, with masks: a pruned weight's gradient is zeroed before the moments see it and
 * the weight is multiplied by its mask afterwards, so pruned weights never regrow (SPEC §6).
 * Written by hand because the update must respect masks and the hand-written gradients.
 */
import * as tf from '@tensorflow/tfjs-core';

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
   * One update of every variable that has a gradient. `learningRates` overrides the rate per
   * name (trained embeddings may have their own); `masks` multiply gradients and weights.
   */
  apply(
    variables: Record<string, tf.Variable>,
    grads: Record<string, tf.Tensor>,
    masks: Record<string, tf.Tensor> = {},
    learningRates: Record<string, number> = {},
  ): void {
    this.stepCount += 1;
    const { beta1, beta2, epsilon } = this;
    const correction1 = 1 - beta1 ** this.stepCount;
    const correction2 = 1 - beta2 ** this.stepCount;
    tf.tidy(() => {
      for (const [name, grad] of Object.entries(grads)) {
        const variable = variables[name];
        const mask = masks[name];
        const rate = learningRates[name] ?? this.options.learningRate;
        const g = mask ? tf.mul(grad, mask) : grad;
        const m = this.moment(this.m, name, variable);
        const v = this.moment(this.v, name, variable);
        m.assign(tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)));
        v.assign(tf.add(tf.mul(v, beta2), tf.mul(tf.square(g), 1 - beta2)));
        const step = tf.div(
          tf.div(m, correction1),
          tf.add(tf.sqrt(tf.div(v, correction2)), epsilon),
        );
        const decayed =
          this.options.weightDecay > 0
            ? tf.mul(variable, 1 - rate * this.options.weightDecay)
            : variable;
        const updated = tf.sub(decayed, tf.mul(step, rate));
        variable.assign(mask ? tf.mul(updated, mask) : updated);
      }
    });
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

/** Scales all gradients so their global L2 norm is at most maxNorm (torch's clip_grad_norm_). */
export function clipByGlobalNorm(
  grads: Record<string, tf.Tensor>,
  maxNorm: number,
): Record<string, tf.Tensor> {
  if (!(maxNorm > 0)) return grads;
  return tf.tidy(() => {
    const squares = Object.values(grads).map((g) => tf.sum(tf.square(g)));
    const norm = tf.sqrt(tf.addN(squares));
    const scale = tf.minimum(1, tf.div(maxNorm, tf.add(norm, 1e-6)));
    return Object.fromEntries(Object.entries(grads).map(([k, g]) => [k, tf.mul(g, scale)]));
  });
}
