/**
 * The probe's activity as a smoothed field on the unfolded manifold (./../views/activityMap),
 * beside the 3D view: a bump is a bright patch that holds or slides, visible from the back of
 * a room, and the torus's wrap is plain (a patch leaving on the right comes back on the left).
 * Redraws in its own animation frame when the frame on show changes.
 */
import { useMemo, useRef } from 'react';
import type { ManifoldId } from '../../core/config/schema';
import { getManifold } from '../../core/manifolds';
import type { SnapshotStore } from '../data/snapshotStore';
import { flatMapField, flatMapGrid, type FlatMapGrid } from '../views/activityMap';
import { useAnimationFrame } from '../views/canvasHooks';
import { sequentialLut } from '../views/neuronColors';
import type { ActivitySource } from './activityStore';

export interface ActivityMapProps {
  manifoldId: ManifoldId;
  dimension: number;
  /** The run's units (their positions come from its snapshots). */
  source: SnapshotStore;
  activity: ActivitySource;
}

const lut = sequentialLut();

function paint(canvas: HTMLCanvasElement, grid: FlatMapGrid, field: Float32Array, top: number) {
  if (canvas.width !== grid.width || canvas.height !== grid.height) {
    canvas.width = grid.width;
    canvas.height = grid.height;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(grid.width, grid.height);
  for (let p = 0; p < field.length; p++) {
    const level = Math.max(0, Math.min(255, Math.round((field[p] / (top || 1)) * 255)));
    image.data[4 * p] = Math.round(lut[3 * level] * 255);
    image.data[4 * p + 1] = Math.round(lut[3 * level + 1] * 255);
    image.data[4 * p + 2] = Math.round(lut[3 * level + 2] * 255);
    image.data[4 * p + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}

export function ActivityMap({ manifoldId, dimension, source, activity }: ActivityMapProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const captionRef = useRef<HTMLSpanElement>(null);
  const manifold = useMemo(() => getManifold(manifoldId, dimension), [manifoldId, dimension]);
  const cache = useRef<{ positions: Float32Array; grid: FlatMapGrid } | null>(null);
  const shown = useRef(-1);

  useAnimationFrame(() => {
    const canvas = canvasRef.current;
    if (!canvas || shown.current === activity.version) return;
    const values = activity.current;
    const positions = activity.units ?? source.current?.embedding ?? null;
    if (!values || !positions || positions.length !== values.length * manifold.dim) return;
    shown.current = activity.version;
    if (cache.current?.positions !== positions)
      cache.current = { positions, grid: flatMapGrid(manifold, positions) };
    const field = flatMapField(cache.current.grid, values);
    let top = activity.scale;
    if (!(top > 0)) for (const v of field) top = Math.max(top, v);
    paint(canvas, cache.current.grid, field, top);
    // The field's peak in words, so the picture has a text alternative that follows it.
    let peak = 0;
    for (let p = 1; p < field.length; p++) if (field[p] > field[peak]) peak = p;
    if (captionRef.current)
      captionRef.current.textContent = `Frame ${activity.frame}: strongest activity ${field[peak].toPrecision(3)} at column ${(peak % cache.current.grid.width) + 1} of ${cache.current.grid.width}, row ${Math.floor(peak / cache.current.grid.width) + 1} of ${cache.current.grid.height}.`;
  });

  const unfolding = manifold.unfolding;
  if (!unfolding) return null;
  return (
    <figure className={`pr-map pr-map-${unfolding.shape}`} data-testid="activity-map">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={`Activity on the unfolded ${manifold.label.toLowerCase()}`}
        title="Activity smoothed over the units near each point of the unfolded space (bright = active). A bump is a bright patch."
      />
      <figcaption>
        {unfolding.caption} <span ref={captionRef} className="pr-map-peak" />
      </figcaption>
    </figure>
  );
}
