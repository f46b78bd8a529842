/**
 * Paints the heatmap in the browser. A new snapshot (or order, or canvas size) starts an image
 * of at most the canvas's device pixels (heatmapPixels.ts reduces W_hh to it); the image is
 * filled a band of rows per frame within a time slice, and only a finished image replaces the
 * one on screen. It is kept on an offscreen canvas and scaled onto the visible canvas with the
 * selected neuron's row and column outlined.
 */
import type { Snapshot } from '../../../workers/protocol';
import {
  aliveRange,
  divergingLut,
  heatmapFiller,
  heatmapSide,
  inverseOrder,
  type HeatmapInput,
} from './heatmapPixels';
import { SELECTED_COLOR } from './palette';

const lut = divergingLut();

/** A snapshot's picture being filled. */
interface Fill {
  snapshot: Snapshot;
  order: Int32Array | undefined;
  input: HeatmapInput;
  image: ImageData;
  rows: (from: number, to: number) => void;
  next: number;
}

export class HeatmapPainter {
  private offscreen: HTMLCanvasElement | null = null;
  private fill: Fill | null = null;
  private inverse: Int32Array | null = null;
  /** The snapshot on screen, and its display order (position → unit; none: unit order). */
  snapshot: Snapshot | null = null;
  order: Int32Array | undefined = undefined;
  /** Symmetric colour range of the picture on screen. */
  range = 0;
  /** Bumped each time a finished picture replaces the one on screen. */
  version = 0;
  /** Weights per image pixel, each way, in the picture on screen. */
  private factor = 1;

  get n(): number {
    return this.snapshot?.n ?? 0;
  }

  /** A picture is being filled (a newer snapshot waits for it rather than restart it). */
  get busy(): boolean {
    return this.fill !== null;
  }

  /**
   * Starts the picture of `snapshot` at most `pixels` device pixels a side, in position order
   * or in unit order; the one on screen stays until it is finished (see `work`).
   */
  start(snapshot: Snapshot, byPosition: boolean, pixels: number): void {
    const { n, whh, whhMask, positionOrder } = snapshot;
    const order = byPosition && positionOrder.length === n ? positionOrder : undefined;
    const factor = Math.max(1, Math.ceil(n / Math.max(1, pixels)));
    const input: HeatmapInput = {
      whh,
      mask: whhMask,
      n,
      order,
      range: aliveRange(whh, whhMask),
      factor,
    };
    const side = heatmapSide(input);
    const image = new ImageData(side, side);
    const rows = heatmapFiller(image.data, input, lut);
    this.fill = { snapshot, order, input, image, rows, next: 0 };
  }

  /** Drops the picture on screen and any being filled (no snapshot any more). */
  clear(): void {
    this.fill = null;
    this.snapshot = null;
    this.version++;
  }

  /**
   * Fills rows of the started picture for about `ms` milliseconds; true when it got finished
   * and is now the one on screen (the canvas should be repainted).
   */
  work(ms: number): boolean {
    const fill = this.fill;
    if (!fill) return false;
    const until = performance.now() + ms;
    const side = fill.image.width;
    while (fill.next < side && performance.now() < until) {
      fill.rows(fill.next, fill.next + 1);
      fill.next++;
    }
    if (fill.next < side) return false;
    if (!this.offscreen) this.offscreen = document.createElement('canvas');
    this.offscreen.width = side;
    this.offscreen.height = side;
    this.offscreen.getContext('2d')?.putImageData(fill.image, 0, 0);
    this.fill = null;
    this.snapshot = fill.snapshot;
    this.order = fill.order;
    this.inverse = fill.order ? inverseOrder(fill.order) : null;
    this.range = fill.input.range;
    this.factor = fill.input.factor;
    this.version++;
    return true;
  }

  /** Display position of a neuron (its row and column index in the picture). */
  position(neuron: number): number {
    return this.inverse ? this.inverse[neuron] : neuron;
  }

  /** The neuron at a display position. */
  unitAt(position: number): number {
    return this.order ? this.order[position] : position;
  }

  /** Draws the matrix into a side × side CSS-pixel square and outlines `selected`. */
  paint(ctx: CanvasRenderingContext2D, side: number, selected: number | null): void {
    const n = this.n;
    if (!this.offscreen || !this.snapshot || n === 0) return;
    const dpr = ctx.getTransform().a;
    // The image never has more pixels than the canvas (each already reduces its cells), so it
    // is only ever magnified: crisp cells. Scaled so that n rows of W_hh fill the side; a last
    // pixel that covers fewer rows than the others runs past the edge.
    ctx.imageSmoothingEnabled = false;
    const drawn = (this.offscreen.width * this.factor * side) / n;
    ctx.drawImage(this.offscreen, 0, 0, drawn, drawn);
    if (selected === null || selected < 0 || selected >= n) return;
    const cell = side / n;
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
