/**
 * Simplex key → column slot, as an open-addressing hash table on typed arrays. H2 on a few
 * hundred points records millions of pivots; a JS Map boxes every non-small-integer key and
 * spends most of the run hashing and collecting them.
 */
const EMPTY = -1;

export class KeyMap {
  private keys = new Float64Array(1 << 10).fill(EMPTY);
  private slots = new Int32Array(1 << 10);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The slot stored for a key (keys are non-negative integers below 2^53), or −1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      if (this.keys[i] === key) return this.slots[i];
      if (this.keys[i] === EMPTY) return -1;
    }
  }

  set(key: number, slot: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = hash(key) & mask;
    while (this.keys[i] !== EMPTY && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.keys[i] === EMPTY) this.count++;
    this.keys[i] = key;
    this.slots[i] = slot;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.slots = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i], slots[i]);
  }
}

/** Mixes both 32-bit halves of an integer-valued double. */
function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
}
