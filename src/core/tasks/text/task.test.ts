import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runConfig } from '../../config/validate';
import { Rng } from '../../random';
import { Trainer } from '../../training/trainer';
import { createTextTask } from './task';
import { sample } from './sample';

const sentence = 'the cat sat on the mat. ';
const repetitive = sentence.repeat(200);

const textConfig = (task: object = {}, extra: object = {}) =>
  runConfig({
    task: { kind: 'text', seqLen: 12, embeddingSize: 8, ...task },
    model: { hidden: 24 },
    training: { epochs: 3, stepsPerEpoch: 4, batch: 8, validationBatches: 2 },
    pruning: { targetSparsity: 0.5 },
    ...extra,
  });

async function train(trainer: Trainer, steps: number): Promise<void> {
  for (let i = 0; i < steps && !trainer.done; i++) await trainer.trainStep();
}

describe('the text task', () => {
  test('without a corpus or a vocabulary it says what it needs', () => {
    expect(() => createTextTask(textConfig())).toThrow(/needs its corpus beside the config/);
  });

  test('a uniform model (zero decoder) has perplexity = vocabulary size', async () => {
    const trainer = new Trainer(textConfig(), undefined, undefined, { text: repetitive });
    const size = trainer.task.network.output;
    expect(size).toBe(12); // <unk> and the 11 characters of the sentence
    expect(trainer.task.metricBaseline.value).toBe(size);
    trainer.params.decoder.assign(tf.zerosLike(trainer.params.decoder));
    trainer.params.decoderBias.assign(tf.zerosLike(trainer.params.decoderBias));
    const point = await trainer.validate();
    expect(point.metric).toBeCloseTo(size, 4);
    expect(point.taskLoss).toBeCloseTo(Math.log(size), 5);
    expect((await trainer.validate('test')).metric).toBeCloseTo(size, 4);
    expect(trainer.history.validation).toHaveLength(1); // the test split is measured, not recorded
    expect((await trainer.trainStep()).metric).toBeCloseTo(size, 4);
    trainer.dispose();
  });

  test('a tiny model learns a repetitive text: perplexity far below the vocabulary size', async () => {
    const config = textConfig(
      { seqLen: 16, embeddingSize: 16 },
      {
        model: { hidden: 32 },
        training: { epochs: 2, stepsPerEpoch: 100, batch: 16, learningRate: 1e-2 },
      },
    );
    const trainer = new Trainer(config, undefined, undefined, { text: repetitive });
    const untrained = await trainer.validate();
    expect(untrained.metric).toBeGreaterThan(8);
    await train(trainer, trainer.totalSteps);
    const trained = await trainer.validate();
    // The sentence is deterministic after its first letters: the floor is close to 1.
    expect(trained.metric).toBeLessThan(1.5);
    expect(trainer.masks.whhSparsity).toBeCloseTo(0.5, 2);
    // Greedy sampling continues the sentence; "the" → "cat" or "mat" needs a longer memory.
    expect(sample(trainer, 'the cat ', 20, 0, new Rng(1))).toMatch(/^sat on the /);
    const drawn = sample(trainer, '', 30, 1, new Rng(2));
    expect(drawn).toHaveLength(30);
    expect(sample(trainer, '', 30, 1, new Rng(2))).toBe(drawn); // seeded
    trainer.dispose();
  });

  test('pruning, lottery ticket and tensor count on a two-layer word-level run', async () => {
    const config = textConfig(
      { tokenizer: 'word', layers: 2 },
      {
        pruning: { targetSparsity: 0.5, scope: 'perMatrix' },
      },
    );
    const trainer = new Trainer(config, undefined, undefined, { text: repetitive });
    expect(trainer.masks.names).toEqual([
      'tokenEmbedding',
      'wih',
      'whh',
      'wih.1',
      'whh.1',
      'decoder',
    ]);
    await train(trainer, 2);
    const before = tf.memory().numTensors;
    await train(trainer, 10); // crosses both pruning epochs
    await trainer.validate();
    expect(tf.memory().numTensors).toBe(before);
    for (const name of trainer.masks.names) {
      const mask = trainer.masks.mask(name);
      expect(mask.filter((bit) => bit === 0).length / mask.length).toBeCloseTo(0.5, 1);
    }
    const ticket = trainer.lotteryTicket();
    expect(ticket.task.vocabulary).toEqual(trainer.task.vocabulary);
    expect(ticket.regularization.allPositions()).toEqual(trainer.regularization.allPositions());
    await train(ticket, 3);
    for (const name of trainer.masks.names) {
      const mask = trainer.masks.mask(name);
      expect(Array.from(ticket.masks.mask(name))).toEqual(Array.from(mask));
      const weights = ticket.weightValues()[name];
      expect(weights.every((w, i) => mask[i] === 1 || w === 0)).toBe(true);
    }
    [trainer, ticket].forEach((t) => t.dispose());
  });

  test('each layer has its own embedding and penalty; positions differ between layers', () => {
    const trainer = new Trainer(textConfig({ layers: 3 }), undefined, undefined, {
      text: repetitive,
    });
    const [p0, p1, p2] = [0, 1, 2].map((k) => trainer.regularization.positions(k));
    expect(p0).not.toEqual(p1);
    expect(p1).not.toEqual(p2);
    expect(trainer.regularization.coefficientRow(0, 2)).toHaveLength(24);
    trainer.dispose();
  });
});
