/**
 * Vertex data for the manifold under the neurons, from its parametrisation: grid lines
 * (u and v iso-lines) and a triangle mesh for surfaces, a closed polyline for curves.
 * DOM- and three-free so it is tested in Node.
 */
import type { SceneSurface } from '../../core/manifolds/types';

export interface SurfaceGeometry {
  /** Line segments as vertex pairs, xyz each. */
  lines: Float32Array;
  /** Triangle mesh positions (xyz) and indices; empty for curves. */
  mesh: Float32Array;
  index: Uint32Array;
  /** Largest distance of any vertex from the origin (0 when there is nothing to draw). */
  radius: number;
}

type Vec3 = [number, number, number];

/** Builds line and mesh data; `gridU`, `gridV` iso-lines with `steps` segments each. */
export function surfaceGeometry(
  surface: SceneSurface,
  gridU = 36,
  gridV = 18,
  steps = 72,
): SurfaceGeometry {
  const segs: number[] = [];
  const push = (a: Vec3, b: Vec3) => segs.push(a[0], a[1], a[2], b[0], b[1], b[2]);
  let mesh = new Float32Array(0);
  let index = new Uint32Array(0);
  if (surface.kind === 'curve') {
    for (let i = 0; i < steps * 2; i++)
      push(surface.point(i / (steps * 2)), surface.point((i + 1) / (steps * 2)));
  } else if (surface.kind === 'surface') {
    for (let a = 0; a < gridU; a++) {
      for (let s = 0; s < steps; s++)
        push(surface.point(a / gridU, s / steps), surface.point(a / gridU, (s + 1) / steps));
    }
    for (let b = 0; b <= gridV; b++) {
      for (let s = 0; s < steps; s++)
        push(surface.point(s / steps, b / gridV), surface.point((s + 1) / steps, b / gridV));
    }
    ({ mesh, index } = triangulate(surface.point, steps, steps / 2));
  }
  const lines = Float32Array.from(segs);
  let r2 = 0;
  for (let i = 0; i < lines.length; i += 3)
    r2 = Math.max(r2, lines[i] ** 2 + lines[i + 1] ** 2 + lines[i + 2] ** 2);
  return { lines, mesh, index, radius: Math.sqrt(r2) };
}

function triangulate(point: (u: number, v: number) => Vec3, nu: number, nv: number) {
  const mesh = new Float32Array((nu + 1) * (nv + 1) * 3);
  for (let i = 0; i <= nu; i++) {
    for (let j = 0; j <= nv; j++) mesh.set(point(i / nu, j / nv), (i * (nv + 1) + j) * 3);
  }
  const index = new Uint32Array(nu * nv * 6);
  let k = 0;
  for (let i = 0; i < nu; i++) {
    for (let j = 0; j < nv; j++) {
      const a = i * (nv + 1) + j;
      const b = a + nv + 1;
      index.set([a, b, a + 1, b, b + 1, a + 1], k);
      k += 6;
    }
  }
  return { mesh, index };
}

/** Largest distance from the origin among n × 3 scene points (0 when empty). */
export function pointsRadius(scene: Float32Array): number {
  let r2 = 0;
  for (let i = 0; i + 2 < scene.length; i += 3) {
    const d = scene[i] ** 2 + scene[i + 1] ** 2 + scene[i + 2] ** 2;
    if (Number.isFinite(d)) r2 = Math.max(r2, d);
  }
  return Math.sqrt(r2);
}
