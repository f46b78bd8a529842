import { describe, expect, it } from 'vitest';
import { describeBarcode, dominantBars, longBars } from '.';
import type { HomologyDimension } from '.';
import { resultOf as result } from './testing';

const noise: [number, number, number][] = [
  [0, 0, Infinity],
  [0, 0, 0.8],
  [0, 0, 0.7],
  [1, 1, 1.5],
  [1, 1.2, 1.4],
  [2, 2, 2.3],
];

describe('dominantBars', () => {
  it('returns the longest bars of one dimension, essential ones first', () => {
    const pairs = result([
      [1, 1, 2],
      [1, 0.5, Infinity],
      [1, 1, 5],
      [2, 0, 9],
      [1, 3, 3.5],
    ]).pairs;
    expect(dominantBars(pairs, 1, 3).map((p) => [p.birth, p.death])).toEqual([
      [0.5, Infinity],
      [1, 5],
      [1, 2],
    ]);
    expect(dominantBars(pairs, 0, 3)).toEqual([]);
  });
});

describe('longBars', () => {
  it('needs a bar to pass the floor (20% of the threshold) and stand 1.5× above the next', () => {
    expect(longBars(result([...noise, [1, 1, 5], [1, 1, 4.5]]), 1)).toHaveLength(2);
    expect(longBars(result([...noise, [1, 1, 5], [1, 1, 4.5], [1, 1, 4]]), 1)).toHaveLength(3);
    // Above the floor but no gap: uniform bars are noise at a coarser scale.
    expect(
      longBars(
        result([
          [1, 1, 3.5],
          [1, 1, 3.4],
          [1, 1, 3.3],
        ]),
        1,
      ),
    ).toHaveLength(0);
    // A lone bar must stand 1.5× above the floor itself.
    expect(longBars(result([[2, 1, 4.1]]), 2)).toHaveLength(1);
    expect(longBars(result([[2, 1, 3.5]]), 2)).toHaveLength(0);
    expect(longBars(result(noise), 1)).toHaveLength(0);
  });

  it('cuts bars alive at the threshold there', () => {
    const cut = result(
      [
        [1, 1, Infinity],
        [1, 1, 2],
      ],
      1,
      4,
    );
    expect(longBars(cut, 1).map((p) => p.death)).toEqual([Infinity]);
    expect(longBars(result([[1, 3.5, Infinity]], 1, 4), 1)).toHaveLength(0);
  });

  it('counts clusters as long H0 bars', () => {
    expect(longBars(result(noise), 0)).toHaveLength(1);
    expect(longBars(result([...noise, [0, 0, 6]]), 0)).toHaveLength(2);
  });
});

describe('describeBarcode', () => {
  const cases: [string, [number, number, number][], HomologyDimension, string][] = [
    ['circle', [[1, 0.5, 8]], 2, 'no long H2 bar: the points trace a circle.'],
    [
      'torus',
      [
        [1, 1, 5],
        [1, 1, 5],
        [2, 1.4, 5],
      ],
      2,
      'consistent with a torus (or a Klein bottle',
    ],
    ['sphere', [[2, 0.5, 8]], 2, 'no long H1 bar and 1 long H2 bar: consistent with a sphere.'],
    [
      'projective plane',
      [
        [1, 1, 6],
        [2, 1, 6],
      ],
      2,
      'consistent with a projective plane.',
    ],
    [
      '3-torus',
      [
        [1, 1, 6],
        [1, 1, 6],
        [1, 1, 6],
        [2, 1, 6],
        [2, 1, 6],
        [2, 1, 6],
      ],
      2,
      'a 3-torus.',
    ],
    [
      'other',
      [
        [1, 1, 6],
        [1, 1, 6],
        [2, 1, 6],
        [2, 1, 6],
      ],
      2,
      '2 independent loops and 2 enclosed voids.',
    ],
    ['blob', [], 2, 'no loops or voids, like a blob, disc or ball.'],
    [
      'loops without H2',
      [
        [1, 1, 6],
        [1, 1, 6],
      ],
      1,
      '2 long H1 bars: 2 independent loops (a k-torus',
    ],
    [
      'clusters',
      [
        [0, 0, 6],
        [0, 0, 7],
      ],
      1,
      'The points fall into 3 separate clusters.',
    ],
    ['H0 only', [[0, 0, 6]], 0, '2 clusters (loops not computed).'],
  ];
  for (const [label, bars, maxDimension, expected] of cases) {
    it(`reads a ${label}`, () => {
      expect(describeBarcode(result([...noise, ...bars], maxDimension))).toContain(expected);
    });
  }
  it('says so when there are no points', () => {
    expect(describeBarcode({ ...result([]), n: 0 })).toBe('No points.');
  });
});
