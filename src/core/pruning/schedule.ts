/**
 * The pruning schedule of docs/science.md §Pruning: at the start of epoch e (0-based, of E), the
 * smallest-|w| fraction p·e/(E−1) is pruned, so epoch 0 is dense and the last epoch runs at p.
 */
export function scheduledSparsity(target: number, epoch: number, epochs: number): number {
  if (epochs <= 1) return target;
  return (target * Math.min(epoch, epochs - 1)) / (epochs - 1);
}
