/**
 * A working coboundary column over Z/2, held as a binary min-heap of simplex keys. Adding
 * columns just pushes their entries; equal keys cancel in pairs only when the pivot is asked
 * for, which is much cheaper than merging sorted arrays on every addition.
 */
export class PivotHeap {
  private keys = new Float64Array(1024);
  private size = 0;

  clear(): void {
    this.size = 0;
  }

  pushAll(source: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) this.push(source[i]);
  }

  /** The smallest key present an odd number of times (the column's pivot), or −1 for zero. */
  pivot(): number {
    while (this.size > 0) {
      const top = this.popMin();
      if (this.size > 0 && this.keys[0] === top) {
        this.popMin();
        continue;
      }
      this.push(top);
      return top;
    }
    return -1;
  }

  private push(key: number): void {
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const keys = this.keys;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      i = parent;
    }
    keys[i] = key;
  }

  private popMin(): number {
    const keys = this.keys;
    const min = keys[0];
    const last = keys[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= last) break;
      keys[i] = keys[child];
      i = child;
    }
    keys[i] = last;
    return min;
  }
}
