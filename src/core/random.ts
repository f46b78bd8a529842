/**
 * Seeded randomness for everything the core draws (data, initial weights, embeddings,
 * shuffles). Every random function takes an Rng; nothing reads Math.random, so a seed fixes a run.
 */

/** A small, fast, well-mixed 32-bit generator (sfc32) seeded through splitmix32. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Standard normal (Box–Muller, caching the second value). */
  normal(): number {
    if (this.spareNormal !== null) {
      const v = this.spareNormal;
      this.spareNormal = null;
      return v;
    }
    let u = 0;
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Rayleigh with the given scale: scale·sqrt(−2 ln U). */
  rayleigh(scale: number): number {
    let u = 0;
    while (u === 0) u = this.uniform();
    return scale * Math.sqrt(-2 * Math.log(u));
  }

  /** Fisher–Yates shuffle in place. */
  shuffle<T extends { length: number; [i: number]: unknown }>(xs: T): T {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = xs[i];
      xs[i] = xs[j];
      xs[j] = tmp;
    }
    return xs;
  }
}

/**
 * Independent streams from one run seed, so that e.g. changing the batch size does not
 * change the initial weights. Each purpose gets its own fixed salt.
 */
export const streams = {
  init: 1,
  data: 2,
  embedding: 3,
  shuffle: 4,
  placeCells: 5,
  validation: 6,
  lottery: 7,
  csrEvaluation: 8,
} as const;

export function rngFor(seed: number, stream: keyof typeof streams): Rng {
  return new Rng(Math.imul(seed >>> 0, 0x2545f491) ^ (streams[stream] * 0x9e3779b9));
}

/**
 * The generator for item `index` of a stream (e.g. the batch of step 1234). Deriving it from
 * (seed, stream, index) rather than advancing one generator makes a run reproducible across
 * pause, resume, export and import.
 */
export function rngAt(seed: number, stream: keyof typeof streams, index: number): Rng {
  const mixed = Math.imul((seed >>> 0) ^ Math.imul(index + 1, 0x27d4eb2f), 0x2545f491);
  return new Rng(mixed ^ (streams[stream] * 0x9e3779b9));
}
