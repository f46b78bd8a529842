"""Opens a Moduli Lab run file with numpy alone and recomputes the network's forward pass.

Usage: /usr/bin/python3 tests/python/check_run_file.py RUN.npz [CSR.npz ...]

RUN.npz must hold a batch the test stored beside the run (batch/inputs, batch/start for an
encoder, batch/targets for text, batch/outputs: what the lab's network gave on that batch).
The forward pass here is written from the equations (arXiv 2406.06290, section 2; an Elman
network h_t = act(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh), PyTorch's names and layouts) and must
match the lab's outputs to 1e-4. Each CSR.npz (scipy.sparse.save_npz layout, one per layer)
must load with scipy.sparse.load_npz and equal that layer's W_hh with its mask applied, and
the recurrence run through the sparse matrix must give the same outputs.
Prints one line per check; exits 1 with the reason on the first mismatch.
"""
import json
import sys

import numpy as np
import scipy.sparse


def fail(message):
    print(f"FAIL {message}")
    sys.exit(1)


def forward(f, cfg, whh_of=None):
    """The network's head output on the stored batch; whh_of(k, h) may replace h @ W_hh_k.T."""
    task = cfg["task"]
    act = np.tanh if cfg["model"]["activation"] == "tanh" else (lambda x: np.maximum(x, 0))
    layers = task.get("layers", 1) if task["kind"] == "text" else 1
    outputs = f["batch/outputs"]
    inputs = f["batch/inputs"]
    if task["kind"] == "text":
        ids = inputs.reshape(-1).astype(np.int64)
        x = f["encoder.weight"][ids]  # nn.Embedding
    else:
        x = inputs
    hidden = cfg["model"]["hidden"]
    if task["kind"] == "text":
        batch = outputs.shape[0] // task["seqLen"]
    else:
        batch = f["batch/start"].shape[0] if "batch/start" in f.files else outputs.shape[0]
    steps = x.shape[0] // batch
    for k in range(layers):
        w_ih = f[f"rnn.weight_ih_l{k}"]
        w_hh = f[f"rnn.weight_hh_l{k}"]
        bias = 0
        if f"rnn.bias_ih_l{k}" in f.files:
            bias = f[f"rnn.bias_ih_l{k}"] + f[f"rnn.bias_hh_l{k}"]
        if k == 0 and "batch/start" in f.files:
            h = f["batch/start"] @ f["encoder.weight"].T  # h0 = Encoder(place-cell code)
        else:
            h = np.zeros((batch, hidden), dtype=np.float32)
        drive = x @ w_ih.T + bias
        states = []
        for t in range(steps):
            recurrent = whh_of(k, h) if whh_of else h @ w_hh.T
            h = act(drive[t * batch : (t + 1) * batch] + recurrent)
            states.append(h)
        x = np.concatenate(states)
    logits = x @ f["decoder.weight"].T
    if "decoder.bias" in f.files:
        logits = logits + f["decoder.bias"]
    if task["kind"] == "adding":
        return logits[-batch:]
    if task["kind"] == "text":
        targets = f["batch/targets"].astype(np.int64)
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return log_p[np.arange(len(targets)), targets][:, None]
    return logits


def compare(name, mine, lab):
    if mine.shape != lab.shape:
        fail(f"{name}: shape {mine.shape}, the lab's {lab.shape}")
    err = float(np.max(np.abs(mine.astype(np.float64) - lab)))
    if not err <= 1e-4:
        fail(f"{name}: max |numpy - lab| = {err:.3g} > 1e-4")
    print(f"ok {name}: {mine.size} outputs, max |numpy - lab| = {err:.2e}")


def main(path, csr_paths):
    f = np.load(path)
    cfg = json.loads(f["run.json"])["config"]
    kind = cfg["task"]["kind"]
    for name in f.files:
        if name != "run.json" and not name.startswith("masks/"):
            if f[name].dtype != np.float32:
                fail(f"{name}: dtype {f[name].dtype}, expected float32")
    for name in [n for n in f.files if n.startswith("masks/")]:
        mask = f[name]
        weight = f[name[len("masks/") :]]
        if mask.dtype != np.uint8 or mask.shape != weight.shape:
            fail(f"{name}: {mask.dtype} {mask.shape}, expected uint8 {weight.shape}")
        if np.any(weight[mask == 0] != 0):
            fail(f"{name}: a pruned weight is not zero")
    print(f"ok {path}: {len(f.files)} arrays via np.load, masks uint8 and pruned weights zero")
    compare(f"{kind} forward pass", forward(f, cfg), f["batch/outputs"])
    if csr_paths:
        matrices = [scipy.sparse.load_npz(p) for p in csr_paths]
        for k, m in enumerate(matrices):
            dense = f[f"rnn.weight_hh_l{k}"] * f[f"masks/rnn.weight_hh_l{k}"]
            if not isinstance(m, scipy.sparse.csr_matrix) or not np.array_equal(m.toarray(), dense):
                fail(f"{csr_paths[k]}: load_npz does not give W_hh of layer {k} with its mask")
            print(f"ok {csr_paths[k]}: scipy.sparse.load_npz, {m.nnz} of {dense.size} entries kept")
        sparse = forward(f, cfg, lambda k, h: (matrices[k] @ h.T).T)
        compare(f"{kind} forward pass through the CSR", sparse, f["batch/outputs"])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        fail("usage: check_run_file.py RUN.npz [CSR.npz ...]")
    main(sys.argv[1], sys.argv[2:])
