/**
 * The layers point one way (ui → state → worker client → worker → core) and src/core has no
 * import cycles, checked on the import graph of the sources as TypeScript parses them. Runs
 * with the unit tests (`npm run test:unit`), so CI fails on a new back-edge or cycle.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cycles, importGraph, type ImportEdge } from '../tests/importGraph';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const edges = importGraph(root, ['src', 'workers', 'cli']);
// Tests may reach across layers to check the wiring; the rules are about the product code.
const product = edges.filter((e) => !/\.test\.tsx?$/.test(e.from));
const under = (dir: string) => (path: string) => path.startsWith(`${dir}/`);
const crossing = (from: string, to: string[]): string[] =>
  product
    .filter((e) => under(from)(e.from) && to.some((d) => under(d)(e.to)))
    .map((e) => `${e.from} → ${e.to}`);

describe('layers', () => {
  test('the graph is read: the known edges are there', () => {
    const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    expect(has('src/core/config/validate.ts', 'src/core/config/schema.ts')).toBe(true);
    expect(has('src/state/trainerClient.ts', 'workers/protocol.ts')).toBe(true);
    expect(edges.length).toBeGreaterThan(500);
  });

  test('src/core imports only src/core (it runs in Node, the worker and the CLIs)', () => {
    expect(product.filter((e) => under('src/core')(e.from) && !under('src/core')(e.to))).toEqual(
      [],
    );
  });

  test('src/state does not import src/ui', () => {
    expect(crossing('src/state', ['src/ui'])).toEqual([]);
  });

  test('workers import neither src/state nor src/ui', () => {
    expect(crossing('workers', ['src/state', 'src/ui'])).toEqual([]);
  });

  test('src/core has no import cycles, counting type-only imports', () => {
    const core = edges.filter((e) => under('src/core')(e.from) && under('src/core')(e.to));
    expect(cycles(core)).toEqual([]);
  });
});

describe('cycles', () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to, typeOnly: false });

  test('finds each strongly connected component once, and self-imports', () => {
    const found = cycles([
      edge('a', 'b'),
      edge('b', 'c'),
      edge('c', 'a'),
      edge('c', 'd'),
      edge('d', 'e'),
      edge('e', 'e'),
      edge('f', 'a'),
    ]);
    expect(found).toEqual(expect.arrayContaining([['a', 'b', 'c'], ['e']]));
    expect(found).toHaveLength(2);
  });

  test('a chain or a diamond is no cycle', () => {
    expect(cycles([edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')])).toEqual([]);
  });
});
