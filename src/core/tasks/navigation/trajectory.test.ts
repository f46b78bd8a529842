import { describe, expect, test } from 'vitest';
import { Rng } from '../../random';
import { randomWalk, wallTurn } from './trajectory';

const HALF = 1.1;
const dt = 0.02;
/** Mean of the speed's Rayleigh(b = 0.13·2π m/s): b·√(π/2) ≈ 1.024 m/s (docs/science.md §Navigation). */
const MEAN_SPEED = 0.13 * 2 * Math.PI * Math.sqrt(Math.PI / 2);
const wrap = (a: number) => a - 2 * Math.PI * Math.round(a / (2 * Math.PI));

/** Distance from (x, y) to the nearest wall, and that wall's outward normal. */
function nearestWall(x: number, y: number): { distance: number; normal: [number, number] } {
  const walls: [number, [number, number]][] = [
    [HALF - x, [1, 0]],
    [HALF - y, [0, 1]],
    [HALF + x, [-1, 0]],
    [HALF + y, [0, -1]],
  ];
  walls.sort((a, b) => a[0] - b[0]);
  return { distance: walls[0][0], normal: walls[0][1] };
}

/** Per step of a large seeded walk: the position it started from and its velocity. */
function steps(seqLen: number, batch: number, seed: number) {
  const walk = randomWalk(new Rng(seed), { seqLen, batch });
  const from = (t: number, b: number): [number, number] =>
    t === 0
      ? [walk.startPositions[2 * b], walk.startPositions[2 * b + 1]]
      : [walk.positions[((t - 1) * batch + b) * 2], walk.positions[((t - 1) * batch + b) * 2 + 1]];
  const velocity = (t: number, b: number): [number, number] => [
    walk.velocities[(t * batch + b) * 2],
    walk.velocities[(t * batch + b) * 2 + 1],
  ];
  return { walk, from, velocity };
}

describe('randomWalk', () => {
  test('positions integrate the velocities from the start: pos[t] = pos[t−1] + v[t]', () => {
    const { walk, from, velocity } = steps(30, 7, 3);
    expect(walk.positions).toHaveLength(30 * 7 * 2);
    expect(walk.startPositions).toHaveLength(7 * 2);
    for (let t = 0; t < 30; t++) {
      for (let b = 0; b < 7; b++) {
        const [x, y] = from(t, b);
        const [vx, vy] = velocity(t, b);
        const i = (t * 7 + b) * 2;
        expect(walk.positions[i]).toBeCloseTo(x + vx, 6);
        expect(walk.positions[i + 1]).toBeCloseTo(y + vy, 6);
      }
    }
  });

  test('a seed fixes the walk; another seed gives another', () => {
    const a = randomWalk(new Rng(11), { seqLen: 20, batch: 4 });
    expect(randomWalk(new Rng(11), { seqLen: 20, batch: 4 })).toEqual(a);
    expect(randomWalk(new Rng(12), { seqLen: 20, batch: 4 }).positions).not.toEqual(a.positions);
  });

  describe('statistics of 100,000 steps', () => {
    const T = 500;
    const B = 200;
    const { walk, from, velocity } = steps(T, B, 5);

    test('away from walls, the speed is Rayleigh(0.13·2π): mean b·√(π/2) ≈ 1.024 m/s', () => {
      let sum = 0;
      let n = 0;
      for (let t = 0; t < T; t++) {
        for (let b = 0; b < B; b++) {
          if (nearestWall(...from(t, b)).distance < 0.03) continue;
          sum += Math.hypot(...velocity(t, b)) / dt;
          n++;
        }
      }
      expect(n).toBeGreaterThan(0.8 * T * B);
      expect(Math.abs(sum / n / MEAN_SPEED - 1)).toBeLessThan(0.02);
    });

    test('within 3 cm of a wall and heading into it, the rat slows to a quarter', () => {
      let sum = 0;
      let n = 0;
      for (let t = 0; t < T; t++) {
        for (let b = 0; b < B; b++) {
          const { distance, normal } = nearestWall(...from(t, b));
          const [vx, vy] = velocity(t, b);
          if (distance >= 0.03 || vx * normal[0] + vy * normal[1] <= 0) continue;
          sum += Math.hypot(vx, vy) / dt;
          n++;
        }
      }
      expect(n).toBeGreaterThan(500);
      expect(Math.abs(sum / n / (0.25 * MEAN_SPEED) - 1)).toBeLessThan(0.05);
    });

    test('away from walls, the heading turns by dt·N(0, 11.52 rad/s): std ≈ 0.23 rad per step', () => {
      const turns: number[] = [];
      for (let t = 0; t + 1 < T; t++) {
        for (let b = 0; b < B; b++) {
          if (nearestWall(...from(t, b)).distance < 0.03) continue;
          const [vx, vy] = velocity(t, b);
          const [wx, wy] = velocity(t + 1, b);
          turns.push(wrap(Math.atan2(wy, wx) - Math.atan2(vy, vx)));
        }
      }
      const mean = turns.reduce((s, a) => s + a, 0) / turns.length;
      const std = Math.sqrt(turns.reduce((s, a) => s + (a - mean) ** 2, 0) / turns.length);
      expect(Math.abs(mean)).toBeLessThan(0.005);
      expect(Math.abs(std / (11.52 * dt) - 1)).toBeLessThan(0.03);
    });

    test('the rat stays in the box but for a rare overshoot (no clipping, as the authors)', () => {
      // The authors' own generator, run on 500,000 steps: 0.45% of coordinates beyond a
      // wall, at most 0.2 m (wall-following steps can drift out by a quarter speed).
      let outside = 0;
      let maxAbs = 0;
      for (const p of walk.positions) {
        if (Math.abs(p) > HALF) outside++;
        maxAbs = Math.max(maxAbs, Math.abs(p));
      }
      expect(outside / walk.positions.length).toBeGreaterThan(0.002);
      expect(outside / walk.positions.length).toBeLessThan(0.01);
      expect(maxAbs).toBeLessThan(HALF + 0.2);
      for (const p of walk.startPositions) expect(Math.abs(p)).toBeLessThan(HALF + 0.1);
    });
  });
});

describe('wallTurn (Sorscher avoid_wall)', () => {
  test('turns a rat heading into a near wall to run parallel to it', () => {
    expect(wallTurn(1.09, 0, 0.3, HALF)).toBeCloseTo(Math.PI / 2 - 0.3, 12);
    expect(wallTurn(1.09, 0, -0.3, HALF)).toBeCloseTo(-(Math.PI / 2 - 0.3), 12);
    // Bottom wall (normal 3π/2): heading −π/2 + 0.2 turns by π/2 − 0.2 to heading 0.
    expect(wallTurn(0.2, -1.08, -Math.PI / 2 + 0.2, HALF)).toBeCloseTo(Math.PI / 2 - 0.2, 12);
    // Headings are taken mod 2π.
    expect(wallTurn(-1.09, 0.5, Math.PI + 0.1 + 4 * Math.PI, HALF)).toBeCloseTo(
      Math.PI / 2 - 0.1,
      12,
    );
  });

  test('leaves the rat alone when the wall is far or behind it', () => {
    expect(wallTurn(1.05, 0, 0.3, HALF)).toBeNull();
    expect(wallTurn(1.09, 0, Math.PI, HALF)).toBeNull();
    expect(wallTurn(1.09, 0, Math.PI / 2, HALF)).toBeNull();
  });

  test('only the nearest wall counts', () => {
    // Nearest is the top wall (1 cm); heading into the right wall (2 cm) is no reason to turn.
    expect(wallTurn(1.08, 1.09, 0, HALF)).toBeNull();
    expect(wallTurn(1.08, 1.09, Math.PI / 2 - 0.4, HALF)).toBeCloseTo(-(Math.PI / 2 - 0.4), 12);
  });
});
