/**
 * The lab's parameter names → the names PyTorch gives the same parameters, so a run file loads
 * into the equivalent module (docs/pytorch_model.py) with load_state_dict:
 *   encoder         → encoder.weight          nn.Linear(place cells, n, bias=False): h0
 *   tokenEmbedding  → encoder.weight          nn.Embedding(vocabulary, e) (text)
 *   wih, wih.k      → rnn.weight_ih_l0, _lk   one nn.RNN with a layer per text layer
 *   whh, whh.k      → rnn.weight_hh_l0, _lk
 *   bias, bias.k    → rnn.bias_ih_l0, _lk     (PyTorch's second bias, rnn.bias_hh_lk, is
 *                                              written as zeros: the lab has one bias a layer)
 *   decoder         → decoder.weight          nn.Linear(n, out)
 *   decoderBias     → decoder.bias
 * Trained positions (embedding, embedding.k) are no PyTorch parameter; their Adam moments are
 * named positions_l0, positions_lk. Both layouts are PyTorch's: W[j, k] from unit k to unit j.
 */

const rules: [RegExp, (k: string) => string][] = [
  [/^(?:encoder|tokenEmbedding)$/, () => 'encoder.weight'],
  [/^wih(?:\.(\d))?$/, (k) => `rnn.weight_ih_l${k}`],
  [/^whh(?:\.(\d))?$/, (k) => `rnn.weight_hh_l${k}`],
  [/^bias(?:\.(\d))?$/, (k) => `rnn.bias_ih_l${k}`],
  [/^decoder$/, () => 'decoder.weight'],
  [/^decoderBias$/, () => 'decoder.bias'],
  [/^embedding(?:\.(\d))?$/, (k) => `positions_l${k}`],
];

/** PyTorch's name for the lab's parameter (or trained positions) `name`. */
export function pytorchName(name: string): string {
  for (const [pattern, rename] of rules) {
    const match = pattern.exec(name);
    if (match) return rename(match[1] ?? '0');
  }
  throw new Error(`${name}: no PyTorch name for this parameter`);
}

/** PyTorch's zero second bias of layer `k`, which pairs with the lab's `bias.k`. */
export const zeroBiasName = (labBias: string): string =>
  pytorchName(labBias).replace('bias_ih', 'bias_hh');
