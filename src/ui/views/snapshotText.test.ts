import { describe, expect, it } from 'vitest';
import { latticePositions } from '../../core/attractor';
import { weightStats } from '../../core/model/weightStats';
import { heatmapText, referenceSceneText, sceneLabel, sceneText } from './snapshotText';

// 2 × 2: row j = weights into unit j. Entry [1][0] (into 1 from 0) is pruned.
const whh = new Float32Array([0.5, -1.25, 3, 0.25]);
const whhMask = new Uint8Array([1, 1, 0, 1]);
const snapshot = {
  step: 12,
  n: 2,
  whh,
  whhMask,
  embedding: new Float32Array(4),
  embeddingDim: 2,
  scene: new Float32Array(6),
  positionOrder: Int32Array.of(0, 1),
  whhStats: weightStats(whh, whhMask, 2),
};

describe('the canvas views in words', () => {
  it('says the step, the pruning, the range and the selected unit', () => {
    expect(sceneText(snapshot, 'Torus T²', 1)).toBe(
      '2 hidden units on the Torus T² at step 12. W_hh: 1 of 4 weights pruned (25.0%); ' +
        'alive weights from −1.25 to 0.500; the strongest, −1.25, from unit 1 into unit 0. ' +
        'Unit 1 is selected.',
    );
    expect(heatmapText(snapshot)).toMatch(/^W_hh, 2 × 2, at step 12\. W_hh: 1 of 4/);
  });

  it('says when every weight is pruned, and when there is no run yet', () => {
    const dead = { ...snapshot, whhStats: weightStats(whh, new Uint8Array(4), 2) };
    expect(heatmapText(dead)).toContain('4 of 4 weights pruned (100.0%); none is alive.');
    expect(sceneText(null, 'Sphere S²', null)).toMatch(/once the run has started/);
  });

  it("names the hand-built reference's lattice, not the run's units, while it is drawn", () => {
    // The torus reference for a 256-unit run: a 16 × 16 grid, two coordinates per unit.
    const torus = latticePositions('torus', 256);
    expect(referenceSceneText(torus, 2, 'Torus', null)).toBe(
      'Hand-built reference: 256 units on the Torus in a square lattice, 16 × 16, coloured by ' +
        "the probe's activity; the run's own hidden units are not drawn.",
    );
    // 120 asked for: the nearest square, 11 × 11 = 121.
    expect(referenceSceneText(latticePositions('torus', 120), 2, 'Torus', 7)).toMatch(
      /^Hand-built reference: 121 units on the Torus in a square lattice, 11 × 11, .* Unit 7 is selected\.$/,
    );
    expect(referenceSceneText(latticePositions('circle', 100), 1, 'Circle', 300)).toBe(
      'Hand-built reference: 100 units evenly spaced around the Circle, coloured by the ' +
        "probe's activity; the run's own hidden units are not drawn.",
    );
    expect(sceneLabel('Torus', true)).toBe("Torus: the hand-built reference's units in 3D");
    expect(sceneLabel('Torus', false)).toBe('Torus: the hidden units in 3D');
  });
});
