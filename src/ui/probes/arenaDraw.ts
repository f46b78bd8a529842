/**
 * Drawing the arena on a 2D canvas: the box, the place-cell centres (faint), the path being
 * drawn, and a probe's true and decoded paths up to the frame on show.
 */
import type { ProbeResult } from '../../core/probes/types';
import { positionAt, type ArenaTransform } from './arenaGeometry';

/** Colours of the arena's marks; the legend uses the same ones. */
export const ARENA_COLORS = {
  truePath: '#59a14f',
  decoded: '#f28e2b',
  drawn: '#9aa3af',
  start: '#ffb000',
} as const;

export interface ArenaScene {
  transform: ArenaTransform;
  boxMeters: number;
  centres: Float32Array | null;
  start: [number, number] | null;
  drawnPath: Float32Array | null;
  result: ProbeResult | null;
  frame: number;
  colors: { fg: string; muted: string; border: string };
}

function polyline(
  ctx: CanvasRenderingContext2D,
  t: ArenaTransform,
  first: [number, number] | null,
  points: ArrayLike<number>,
  count: number,
): void {
  ctx.beginPath();
  if (first) ctx.moveTo(...t.toPx(first[0], first[1]));
  for (let i = 0; i < count; i++) {
    const [px, py] = t.toPx(points[2 * i], points[2 * i + 1]);
    if (i === 0 && !first) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
}

function dot(ctx: CanvasRenderingContext2D, t: ArenaTransform, p: [number, number], r: number) {
  ctx.beginPath();
  ctx.arc(...t.toPx(p[0], p[1]), r, 0, 2 * Math.PI);
}

export function drawArena(ctx: CanvasRenderingContext2D, s: ArenaScene): void {
  const { transform: t, colors, result } = s;
  const half = s.boxMeters / 2;
  const [x0, y0] = t.toPx(-half, half);
  const [x1, y1] = t.toPx(half, -half);
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(x0, y0, x1 - x0, y1 - y0);

  if (s.centres) {
    ctx.fillStyle = colors.muted;
    ctx.globalAlpha = 0.3;
    for (let i = 0; i < s.centres.length / 2; i++) {
      const [px, py] = t.toPx(s.centres[2 * i], s.centres[2 * i + 1]);
      ctx.fillRect(px - 1, py - 1, 2, 2);
    }
    ctx.globalAlpha = 1;
  }

  if (s.drawnPath && s.drawnPath.length >= 4) {
    ctx.strokeStyle = ARENA_COLORS.drawn;
    ctx.setLineDash([4, 4]);
    polyline(ctx, t, null, s.drawnPath, s.drawnPath.length / 2);
    ctx.setLineDash([]);
  }

  if (result?.truePositions && result.start) {
    const frame = Math.min(s.frame, result.steps);
    ctx.lineWidth = 2;
    ctx.strokeStyle = ARENA_COLORS.truePath;
    polyline(ctx, t, result.start, result.truePositions, frame);
    if (result.decoded && frame > 0) {
      ctx.strokeStyle = ARENA_COLORS.decoded;
      ctx.lineWidth = 1.5;
      polyline(ctx, t, null, result.decoded, frame);
    }
    const truth = positionAt(result.truePositions, result.start, frame);
    const decoded = positionAt(result.decoded, null, frame);
    if (truth && decoded) {
      ctx.strokeStyle = colors.muted;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(...t.toPx(truth[0], truth[1]));
      ctx.lineTo(...t.toPx(decoded[0], decoded[1]));
      ctx.stroke();
    }
    if (truth) {
      ctx.strokeStyle = ARENA_COLORS.truePath;
      ctx.lineWidth = 2;
      dot(ctx, t, truth, 6);
      ctx.stroke();
    }
    if (decoded) {
      ctx.fillStyle = ARENA_COLORS.decoded;
      dot(ctx, t, decoded, 4.5);
      ctx.fill();
    }
  }

  if (s.start) {
    const [px, py] = t.toPx(s.start[0], s.start[1]);
    ctx.strokeStyle = ARENA_COLORS.start;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(px - 6, py);
    ctx.lineTo(px + 6, py);
    ctx.moveTo(px, py - 6);
    ctx.lineTo(px, py + 6);
    ctx.stroke();
  }
  ctx.lineWidth = 1;
}
