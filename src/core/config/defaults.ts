/**
 * Per-task defaults that differ from the schema's (SPEC §4, §8): λ, bias, optimizer,
 * target sparsity. The schema fills everything else.
 */
export const taskDefaults = {
  navigation: {
    model: { activation: 'relu', bias: false },
    regularizer: { lambda: 0.1 },
    pruning: { targetSparsity: 0.9 },
    training: { optimizer: 'adamw', learningRate: 3e-3, clipNorm: 0 },
  },
  adding: {
    model: { hidden: 128, activation: 'relu', bias: true },
    regularizer: { lambda: 1e-3 },
    pruning: { targetSparsity: 0.95 },
    training: { optimizer: 'adam', learningRate: 1e-3, batch: 32, clipNorm: 0.5, weightDecay: 0 },
  },
} as const;
