import { expect, test } from 'vitest';
import type { AttractorReport } from './report';
import { reportTable } from './reportTable';

test('a report reads as one column per network, walks beside staying put', () => {
  const walk = (errorCm: number) => [{ multiple: 2, steps: 20, errorCm, standStillCm: 18.5 }];
  const report: AttractorReport = {
    manifold: 'torus',
    hidden: 128,
    seqLen: 10,
    networks: [
      {
        network: 'trained',
        driftCm: 56.94,
        pairSimilarity: 0.191,
        locality: 0.03,
        recovery: 0.94,
        pathIntegration: walk(26.61),
        linkLocality: 0.43,
      },
      {
        network: 'reference',
        driftCm: 0,
        pairSimilarity: 1,
        locality: 0.6,
        recovery: 0.99,
        pathIntegration: walk(0),
        linkLocality: null,
      },
    ],
  };
  const table = reportTable(report);
  expect(table.columns).toEqual(['trained', 'hand-built']);
  expect(table.rows.map((r) => r.label)).toEqual([
    'free-run drift',
    'pattern kept',
    'locality',
    'link locality',
    'after a kick',
    'walk 2× T (20 steps)',
  ]);
  expect(table.rows[0].cells).toEqual(['56.9 cm', '0.0 cm']);
  expect(table.rows[3].cells).toEqual(['0.43', '—']);
  expect(table.rows[5]).toMatchObject({ cells: ['26.6 cm', '0.0 cm'], still: '18.5 cm' });
});
