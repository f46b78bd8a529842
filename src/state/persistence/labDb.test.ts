import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LabDb } from './labDb';
import type { RunToSave } from './types';

let db: LabDb;
beforeEach(async () => {
  db = await LabDb.open({ factory: new IDBFactory() });
});
afterEach(() => db.close());

const run = (id: string, overrides: Partial<RunToSave> = {}): RunToSave => ({
  id,
  status: 'done',
  task: 'navigation',
  manifold: 'torus',
  step: 3000,
  totalSteps: 3000,
  finalMetric: 12.5,
  metricLabel: 'error (cm)',
  runFileText: `{"run":"${id}","weights":[${'0.125,'.repeat(1000)}0]}`,
  ...overrides,
});

describe('saved runs', () => {
  it('save, list, load, rename and delete round trip', async () => {
    await db.saveRun(run('a', { name: 'first', savedAt: 1000 }));
    await db.saveRun(run('b', { savedAt: 2000 }));

    const list = await db.listRuns();
    expect(list.map((r) => r.id)).toEqual(['b', 'a']);
    expect(list[0].name).toContain('navigation · torus');
    expect(list[0]).not.toHaveProperty('runFileText');

    const loaded = await db.loadRun('a');
    expect(loaded?.runFileText).toBe(run('a').runFileText);
    expect(loaded).toMatchObject({ name: 'first', finalMetric: 12.5, step: 3000 });

    await db.renameRun('a', '  torus, λ = 0.1  ');
    expect((await db.loadRun('a'))?.name).toBe('torus, λ = 0.1');
    await expect(db.renameRun('a', '   ')).rejects.toThrow('name');

    await db.deleteRun('a');
    expect(await db.loadRun('a')).toBeNull();
    expect((await db.listRuns()).map((r) => r.id)).toEqual(['b']);
  });

  it('an autosave without a name keeps the name the user gave', async () => {
    await db.saveRun(run('a', { status: 'running', step: 100 }));
    await db.renameRun('a', 'my run');
    await db.saveRun(run('a', { status: 'paused', step: 200, runFileText: 'later' }));
    const loaded = await db.loadRun('a');
    expect(loaded).toMatchObject({ name: 'my run', status: 'paused', step: 200 });
    expect(loaded?.runFileText).toBe('later');
  });

  it('offers the newest run for resuming only when it was interrupted', async () => {
    expect(await db.latestUnfinishedRun()).toBeNull();
    await db.saveRun(run('old', { status: 'running', savedAt: 1000 }));
    await db.saveRun(run('new', { status: 'running', step: 700, savedAt: 2000 }));
    expect(await db.latestUnfinishedRun()).toMatchObject({ id: 'new', step: 700 });
    await db.saveRun(run('new', { status: 'done', savedAt: 3000 }));
    expect(await db.latestUnfinishedRun()).toBeNull();
    await db.saveRun(run('next', { status: 'running', savedAt: 4000 }));
    expect((await db.latestUnfinishedRun())?.id).toBe('next');
    await db.dismissRun('next');
    expect(await db.latestUnfinishedRun()).toBeNull();
    expect((await db.loadRun('next'))?.status).toBe('paused');
  });

  it('tells subscribers about every change', async () => {
    let changes = 0;
    const unsubscribe = db.subscribe(() => changes++);
    await db.saveRun(run('a'));
    await db.renameRun('a', 'x');
    await db.deleteRun('a');
    unsubscribe();
    await db.saveRun(run('b'));
    expect(changes).toBe(3);
  });

  it('keeps its data across reopening', async () => {
    const factory = new IDBFactory();
    const first = await LabDb.open({ factory });
    await first.saveRun(run('a'));
    first.close();
    const second = await LabDb.open({ factory });
    expect((await second.loadRun('a'))?.runFileText).toBe(run('a').runFileText);
    second.close();
  });
});

describe('saved comparisons', () => {
  it('save, list, load and delete round trip', async () => {
    const config = { seeds: [1, 2], targetSparsities: [0.9], conditions: [{ label: 'torus' }] };
    const saved = await db.saveComparison({
      name: 'Table 1',
      comparisonConfig: config,
      tableJson: '{"format":"moduli-lab-comparison"}',
      csv: 'row,sparsity\n',
      complete: false,
      savedAt: 5,
    });
    await db.saveComparison({
      ...saved,
      name: 'later',
      tableJson: '{}',
      csv: '',
      savedAt: 9,
      id: 'x',
    });

    const list = await db.listComparisons();
    expect(list.map((c) => c.name)).toEqual(['later', 'Table 1']);
    expect(list[1]).toEqual({
      id: saved.id,
      name: 'Table 1',
      savedAt: 5,
      comparisonConfig: config,
      complete: false,
    });

    const loaded = await db.loadComparison(saved.id);
    expect(loaded?.csv).toBe('row,sparsity\n');
    expect(loaded?.comparisonConfig).toEqual(config);

    await db.deleteComparison(saved.id);
    expect(await db.loadComparison(saved.id)).toBeNull();
    expect((await db.listComparisons()).map((c) => c.id)).toEqual(['x']);
  });
});
