/**
 * The arena's coordinates: metres in a square box centred at 0 (y up, as in the task) and CSS
 * pixels on a square canvas (y down). Pure, so clicks and drawings map back exactly.
 */
export interface ArenaTransform {
  /** Side of the canvas in CSS pixels. */
  side: number;
  toPx(x: number, y: number): [number, number];
  /** Canvas pixel → metres, clamped into the box (the network never trained outside it). */
  toMeters(px: number, py: number): [number, number];
}

export function arenaTransform(boxMeters: number, side: number, marginPx = 8): ArenaTransform {
  const half = boxMeters / 2;
  const scale = (side - 2 * marginPx) / boxMeters;
  const clamp = (v: number) => Math.max(-half, Math.min(half, v));
  return {
    side,
    toPx: (x, y) => [marginPx + (x + half) * scale, marginPx + (half - y) * scale],
    toMeters: (px, py) => [
      clamp((px - marginPx) / scale - half),
      clamp(half - (py - marginPx) / scale),
    ],
  };
}

/**
 * Position at frame f of a probe: frame 0 is the start, frame t ≥ 1 is row t − 1 of the
 * (T·2) positions. Null when there is nothing for that frame (no decode of h0).
 */
export function positionAt(
  positions: Float32Array | null,
  start: [number, number] | null,
  frame: number,
): [number, number] | null {
  if (frame === 0) return start;
  if (!positions || 2 * frame > positions.length) return null;
  return [positions[2 * frame - 2], positions[2 * frame - 1]];
}
