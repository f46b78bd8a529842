/**
 * The moduli regularizer (docs/science.md §Regularizer): coefficient matrices for each condition
 * and the penalty with its gradients, for fixed and trained embeddings.
 */
export {
  coefficients,
  coefficientsTensor,
  effectiveLambda,
  moduliCoefficients,
  shuffledCoefficients,
  type Embedding,
  type RegularizerCondition,
  type RegularizerConfig,
} from './coefficients';
export {
  l1PenaltyAndGrad,
  penaltyAndGradFixed,
  penaltyAndGradTrained,
  penaltyValue,
  type Exponent,
} from './penalty';
