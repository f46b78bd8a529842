/**
 * The inhibitor f(d) of the run config, one schema per kind (the paper, arXiv 2406.06290,
 * §2.2–2.3, eqs. 7–8).
 * Kept out of ./schema.ts so that src/core/inhibitors can import these types without an
 * import cycle (./schema.ts imports the inhibitors for the trained-embedding rule).
 */
import { z } from 'zod';
import { num } from './ranges';

export const dogSchema = z.strictObject({
  kind: z.literal('dog'),
  c: num(0, 1e6).default(100).describe('Scale c'),
  sigma1: num(1e-6, 1e3).default(0.25).describe('Inner width σ₁ (d²/σ₁)'),
  sigma2: num(1e-6, 1e3).default(5).describe('Outer width σ₂ (d²/σ₂), must exceed σ₁'),
  kappa: z
    .enum(['peak', 'realised', 'paper'])
    .default('peak')
    .describe(
      'peak: κ = the bracket’s analytic maximum over d ≥ 0 (f touches 0 on a ring); realised: its largest value over this embedding’s pairwise distances (authors’ code); paper: κ = 1 (eq. 8)',
    ),
});
export const rickerSchema = z.strictObject({
  kind: z.literal('ricker'),
  c: num(0, 1e6).default(100).describe('Scale c'),
  sigma: num(1e-6, 1e3).default(1).describe('Width σ; the maximum sits at d = √3·σ'),
});
export const diffusionSchema = z.strictObject({
  kind: z.literal('diffusion'),
  c: num(0, 1e6).default(1).describe('Scale c'),
  power: num(0.1, 8).default(2).describe('Exponent n in c·dⁿ'),
});
export const sinusoidSchema = z.strictObject({
  kind: z.literal('sinusoid'),
  c: num(0, 1e6).default(50).describe('Scale c in c + c·cos(μd)'),
  mu: num(1e-6, 100).default(2).describe('Frequency μ'),
});
export const inhibitorSchema = z
  .discriminatedUnion('kind', [dogSchema, rickerSchema, diffusionSchema, sinusoidSchema])
  .describe('The inhibitor f(d) that turns distances into penalty coefficients')
  .refine((f) => f.kind !== 'dog' || f.sigma2 > f.sigma1, {
    message: 'σ₂ must be larger than σ₁',
    path: ['sigma2'],
  });
export type InhibitorConfig = z.infer<typeof inhibitorSchema>;
export type InhibitorKind = InhibitorConfig['kind'];

/** Every inhibitor kind, in the schema's order: what the tests run over, so none is left out. */
export const inhibitorKinds: readonly InhibitorKind[] = inhibitorSchema.options.map(
  (o) => o.shape.kind.value,
);
