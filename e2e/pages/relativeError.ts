/**
 * Largest |a − b| over the largest |b|, for the kernel check pages. An all-zero reference gives
 * Infinity: a kernel that matches zeros proves nothing, so the check must fail on it.
 */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return scale > 0 ? diff / scale : Infinity;
}
