/**
 * Per-task defaults that differ from the schema's (docs/science.md §Regularizer, §Tasks): λ, bias,
 * optimizer, target sparsity. The schema fills everything else (hidden n = 256 for text too).
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
  // The paper's NLP model (Table 12: tanh, bias, clip 0.25, batch 20), with Adam at 3e-3 in
  // place of its SGD at lr 20 (the lab's optimizers are Adam and AdamW).
  text: {
    model: { activation: 'tanh', bias: true },
    regularizer: { lambda: 0.1 },
    pruning: { targetSparsity: 0.9 },
    // 20 held-out batches (14,000 tokens at T = 35): 5 leave the perplexity noisy by ±5%.
    training: {
      optimizer: 'adam',
      learningRate: 3e-3,
      batch: 20,
      clipNorm: 0.25,
      weightDecay: 0,
      validationBatches: 20,
    },
  },
} as const;
