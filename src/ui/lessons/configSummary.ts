/**
 * One line that says what a lesson will run, so the lecturer knows before pressing Load.
 */
import { trainingSteps, type RunConfig } from '../../core/config/schema';

const conditionText = {
  moduli: 'moduli penalty',
  shuffled: 'shuffled penalty',
  l1: 'L1 penalty',
  none: 'no penalty',
} as const;

export function configSummary(c: RunConfig): string {
  const task =
    c.task.kind === 'navigation'
      ? `navigation, Np = ${c.task.placeCells}, T = ${c.task.seqLen}`
      : `${c.task.kind}, T = ${c.task.seqLen}`;
  const steps = trainingSteps(c.training);
  const stabiliser = c.training.stabiliserEpochs;
  const penalty =
    c.regularizer.condition === 'none'
      ? conditionText.none
      : `${conditionText[c.regularizer.condition]} λ = ${c.regularizer.lambda}`;
  const scope = c.pruning.scope === 'whh' ? 'W_hh' : c.pruning.scope;
  return [
    task,
    `${c.geometry.manifold}, n = ${c.model.hidden}`,
    penalty,
    `${Math.round(c.pruning.targetSparsity * 100)}% of ${scope} pruned`,
    `${steps} steps (${c.training.epochs}${stabiliser ? ` + ${stabiliser} stabiliser` : ''} × ${c.training.stepsPerEpoch})`,
  ].join(' · ');
}
