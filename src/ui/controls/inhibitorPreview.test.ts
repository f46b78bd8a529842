/**
 * The inhibitor preview shows the f(d) and κ that the run's penalty uses, for each κ convention
 * (rendered statically: the κ line and the plot's zero-penalty ring with its f).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { runConfig } from '../../core/config/validate';
import { dogPeak, type DogConfig } from '../../core/inhibitors';
import { runInhibitor } from '../../core/training/runInhibitor';
import { InhibitorPreview } from './InhibitorPreview';

const config = (kappa: 'peak' | 'realised' | 'paper', hidden = 24) =>
  runConfig({
    model: { hidden },
    geometry: { manifold: 'torus' },
    inhibitor: { kind: 'dog', kappa },
    seed: 4,
  });

function shown(kappa: 'peak' | 'realised' | 'paper', hidden = 24) {
  const markup = renderToStaticMarkup(
    createElement(InhibitorPreview, { config: config(kappa, hidden) }),
  );
  const line = /data-testid="inhibitor-kappa"[^>]*>([^<]*)</.exec(markup)?.[1] ?? '';
  const ring = /cost the least \(f = ([^)]+)\)/.exec(markup)?.[1];
  // d3's format writes a minus sign (U+2212), which Number does not read.
  return { line, ringF: Number(ring?.replace('\u2212', '-')) };
}

describe('the inhibitor preview', () => {
  test('realised: the κ over this seed’s embedding, below the peak, so f dips below 0 at the ring', () => {
    const run = runInhibitor(config('realised'));
    const peak = dogPeak(config('realised').inhibitor as DogConfig);
    const { line, ringF } = shown('realised');
    expect(line).toContain(`κ = ${(run.kappa as number).toPrecision(4)} (realised`);
    expect(line).not.toContain(peak.bracket.toPrecision(4));
    // f at the ring is c·(κ − g(peak)) < 0; the analytic-peak curve has 0 there.
    expect(ringF).toBeCloseTo(run.value(peak.distance), 2);
    expect(ringF).toBeLessThan(-0.01);
  });

  test('peak and paper: κ as configured, the ring at f = 0 and 100·(1 − 0.811425)', () => {
    expect(shown('peak').line).toContain('κ = 0.8114 (peak');
    expect(shown('peak').ringF).toBeCloseTo(0, 3);
    expect(shown('paper').line).toContain('κ = 1.000 (paper');
    expect(shown('paper').ringF).toBeCloseTo(18.9, 1);
  });

  test('realised over more than 100,000 pairs: the first render says it is going through them and draws the peak curve', () => {
    // n = 448: 100,128 pairs, one over what a render goes through at once.
    const { line, ringF } = shown('realised', 448);
    expect(line).toContain('going through this seed’s 100,128 pairwise distances');
    expect(ringF).toBeCloseTo(0, 3);
    // n = 447 (99,681 pairs) is still done during the render.
    expect(shown('realised', 447).line).toMatch(/^κ = 0\.81\d\d \(realised/);
  });
});
