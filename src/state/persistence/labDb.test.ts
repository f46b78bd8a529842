import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseConfig } from '../../../tests/malformed/baseRun';
import { BlobSink } from '../../core/serialization/bytes';
import { readRunBlob, writeRunFile } from '../../core/serialization/runFiles';
import { exportRun, importRun } from '../../core/serialization/runIO';
import { snapshotRun } from '../../core/serialization/runSnapshot';
import { Trainer } from '../../core/training/trainer';
import { openDatabase, transact } from './idb';
import { LabDb } from './labDb';
import type { RunMeta, RunToSave, SavedRun } from './types';

let db: LabDb;
beforeEach(async () => {
  db = await LabDb.open({ factory: new IDBFactory() });
});
afterEach(() => db.close());

/** A tiny trained run, as the worker holds it: three steps, one past the first pruning. */
let trainer: Trainer;
beforeAll(async () => {
  trainer = new Trainer(baseConfig);
  for (let i = 0; i < 3; i++) await trainer.trainStep();
});
afterAll(() => trainer.dispose());

/** What the worker's exportRunFile('npz') gives for the run. */
async function npzOf(t: Trainer): Promise<Blob> {
  const sink = new BlobSink();
  await writeRunFile(snapshotRun(t), 'npz', sink);
  return sink.blob('application/zip');
}

/** A stored file's contents as text (a Blob's bytes, or a legacy entry's text). */
async function textOf(saved: SavedRun | null): Promise<string | undefined> {
  const file = saved?.runFile;
  return typeof file === 'string' ? file : file?.text();
}

const run = (id: string, overrides: Partial<RunToSave> = {}): RunToSave => ({
  id,
  status: 'done',
  task: 'navigation',
  manifold: 'torus',
  step: 3000,
  totalSteps: 3000,
  finalMetric: 12.5,
  metricLabel: 'error (cm)',
  runFile: new Blob([`PK\x03\x04 run ${id} `, new Uint8Array(1000)]),
  ...overrides,
});

describe('saved runs', () => {
  it('save, list, load, rename and delete round trip', async () => {
    await db.saveRun(run('a', { name: 'first', savedAt: 1000 }));
    await db.saveRun(run('b', { savedAt: 2000 }));

    const list = await db.listRuns();
    expect(list.map((r) => r.id)).toEqual(['b', 'a']);
    expect(list[0].name).toContain('navigation · torus');
    expect(list[0]).not.toHaveProperty('runFile');
    expect(list[0].fileBytes).toBe(run('b').runFile.size);

    const loaded = await db.loadRun('a');
    expect(loaded?.runFile).toBeInstanceOf(Blob);
    expect(await textOf(loaded)).toBe(await run('a').runFile.text());
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
    await db.saveRun(run('a', { status: 'paused', step: 200, runFile: new Blob(['later']) }));
    const loaded = await db.loadRun('a');
    expect(loaded).toMatchObject({ name: 'my run', status: 'paused', step: 200, fileBytes: 5 });
    expect(await textOf(loaded)).toBe('later');
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
    expect(await textOf(await second.loadRun('a'))).toBe(await run('a').runFile.text());
    second.close();
  });

  it("stores the worker's .npz as a Blob that imports back as the same run", async () => {
    const npz = await npzOf(trainer);
    const factory = new IDBFactory();
    const first = await LabDb.open({ factory });
    const meta = await first.saveRun(run('a', { step: trainer.step, runFile: npz }));
    first.close();
    expect(meta.fileBytes).toBe(npz.size);

    const second = await LabDb.open({ factory });
    const loaded = await second.loadRun('a');
    second.close();
    if (!(loaded?.runFile instanceof Blob)) throw new Error('the saved run file is not a Blob');
    expect(loaded.fileBytes).toBe(npz.size);
    const stored = new Uint8Array(await loaded.runFile.arrayBuffer());
    expect(stored).toEqual(new Uint8Array(await npz.arrayBuffer()));
    // What the worker's importRunFile does with it.
    const imported = await readRunBlob("saved run 'a'", loaded.runFile);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.state.step).toBe(3);
    expect(imported.value.state.weights.whh).toEqual(trainer.params.whh.dataSync());
  });

  it('opens a run an earlier version saved as JSON text, and replaces it on the next save', async () => {
    const text = JSON.stringify(exportRun(trainer));
    const legacy: RunMeta = {
      ...{ id: 'old', name: 'from before', savedAt: 1000, status: 'paused', step: 3 },
      ...{ task: 'navigation', manifold: 'torus', totalSteps: 4, finalMetric: 40 },
      metricLabel: 'error (cm)',
    };
    const factory = new IDBFactory();
    // The database as earlier versions wrote it: same stores, the file as { id, text }.
    const raw = await openDatabase(factory, 'moduli-lab', 1, (d) => {
      for (const name of ['runs', 'runFiles', 'comparisons'])
        d.createObjectStore(name, { keyPath: 'id' });
    });
    await transact(raw, ['runs', 'runFiles'], 'readwrite', async (tx) => {
      tx.objectStore('runs').put(legacy);
      tx.objectStore('runFiles').put({ id: 'old', text });
    });
    raw.close();

    const lab = await LabDb.open({ factory });
    expect(await lab.listRuns()).toEqual([legacy]);
    const loaded = await lab.loadRun('old');
    expect(loaded).toEqual({ ...legacy, runFile: text });
    // What the worker's importRun does with it.
    const imported = importRun(loaded?.runFile as string);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.state.step).toBe(3);

    const npz = await npzOf(trainer);
    await lab.saveRun(run('old', { runFile: npz }));
    const resaved = await lab.loadRun('old');
    expect(resaved?.runFile).toBeInstanceOf(Blob);
    expect(resaved).toMatchObject({ name: 'from before', fileBytes: npz.size });
    lab.close();
  });

  it('a save that fails leaves the previous save of that run as it was', async () => {
    await db.saveRun(run('a', { step: 100, runFile: new Blob(['step 100']) }));
    // Not storable (structured clone refuses a function), as a full disk refuses a Blob: the
    // description is written first in the transaction, so this also shows it is rolled back.
    const unstorable = { size: 7, text: () => 'nope' } as unknown as Blob;
    await expect(db.saveRun(run('a', { step: 200, runFile: unstorable }))).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    const loaded = await db.loadRun('a');
    expect(loaded).toMatchObject({ step: 100, fileBytes: 8 });
    expect(await textOf(loaded)).toBe('step 100');
    expect(await db.listRuns()).toEqual([expect.objectContaining({ id: 'a', step: 100 })]);
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
