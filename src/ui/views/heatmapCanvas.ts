/**
 * Paints the heatmap in the browser: fills an n × n ImageData once per snapshot (or new
 * order), keeps it on an offscreen canvas, and scales it onto the visible canvas with the
 * selected neuron's row and column outlined.
 */
import type { Snapshot } from '../../../workers/protocol';
import { aliveRange, divergingLut, fillHeatmapPixels, inverseOrder } from './heatmapPixels';
import { SELECTED_COLOR } from './palette';

const lut = divergingLut();

export class HeatmapPainter {
  private image: ImageData | null = null;
  private offscreen: HTMLCanvasElement | null = null;
  private inverse: Int32Array | null = null;
  /** Symmetric colour range of the last fill. */
  range = 0;
  n = 0;

  /** Recomputes pixels from a snapshot in the given display order. */
  fill(snapshot: Snapshot, order: Int32Array | undefined): void {
    const { n, whh, whhMask } = snapshot;
    const useOrder = order && order.length === n ? order : undefined;
    if (!this.image || this.n !== n) {
      this.image = new ImageData(n, n);
      this.offscreen = document.createElement('canvas');
      this.offscreen.width = n;
      this.offscreen.height = n;
    }
    this.n = n;
    this.range = aliveRange(whh, whhMask);
    fillHeatmapPixels(
      this.image.data,
      { whh, mask: whhMask, n, range: this.range, order: useOrder },
      lut,
    );
    this.offscreen?.getContext('2d')?.putImageData(this.image, 0, 0);
    this.inverse = useOrder ? inverseOrder(useOrder) : null;
  }

  /** Display position of a neuron (its row and column index in the picture). */
  position(neuron: number): number {
    return this.inverse ? this.inverse[neuron] : neuron;
  }

  /** Draws the matrix into a side × side CSS-pixel square and outlines `selected`. */
  paint(ctx: CanvasRenderingContext2D, side: number, selected: number | null): void {
    if (!this.offscreen || this.n === 0) return;
    const dpr = ctx.getTransform().a;
    // Crisp cells when magnified; when a pixel covers several weights, average them rather
    // than silently dropping most of them.
    ctx.imageSmoothingEnabled = side * dpr < this.n;
    ctx.drawImage(this.offscreen, 0, 0, side, side);
    if (selected === null || selected < 0 || selected >= this.n) return;
    const cell = side / this.n;
    const p = this.position(selected) * cell;
    const band = Math.max(cell, 2 / dpr);
    const mid = p + cell / 2 - band / 2;
    ctx.strokeStyle = SELECTED_COLOR;
    ctx.lineWidth = 1 / dpr;
    ctx.fillStyle = 'rgba(255, 176, 0, 0.18)';
    ctx.fillRect(0, mid, side, band);
    ctx.fillRect(mid, 0, band, side);
    ctx.strokeRect(0, mid, side, band);
    ctx.strokeRect(mid, 0, band, side);
  }
}
