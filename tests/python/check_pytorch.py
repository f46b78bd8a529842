"""Loads a run file into docs/pytorch_model.py's LabRNN and compares its forward pass with the
lab's outputs on the batch stored in the file (as check_run_file.py does in numpy), to 1e-4.

Usage: /usr/bin/python3 tests/python/check_pytorch.py RUN.npz   (needs python3-torch)
"""
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "docs"))
from pytorch_model import LabRNN  # noqa: E402

f = np.load(sys.argv[1])
model = LabRNN(f)
model.load_state_dict({name: torch.from_numpy(f[name]) for name in model.state_dict()})
lab = f["batch/outputs"]
inputs = f["batch/inputs"]
with torch.no_grad():
    if model.kind == "navigation":
        start = torch.from_numpy(f["batch/start"])
        batch = start.shape[0]
        x = torch.from_numpy(inputs).reshape(-1, batch, inputs.shape[1])
        out = model(x, start).reshape(-1, lab.shape[1]).numpy()
    elif model.kind == "adding":
        batch = lab.shape[0]
        x = torch.from_numpy(inputs).reshape(-1, batch, inputs.shape[1])
        out = model(x)[-1].numpy()
    else:
        seq_len = json.loads(f["run.json"])["config"]["task"]["seqLen"]
        batch = lab.shape[0] // seq_len
        x = torch.from_numpy(inputs.reshape(-1)).reshape(seq_len, batch)
        logits = model(x).reshape(-1, model.decoder.out_features)
        targets = torch.from_numpy(f["batch/targets"]).long()
        out = torch.log_softmax(logits, 1)[torch.arange(len(targets)), targets][:, None].numpy()
err = float(np.max(np.abs(out - lab)))
print(f"{'ok' if err <= 1e-4 else 'FAIL'} PyTorch LabRNN ({model.kind}): max |torch - lab| = {err:.2e}")
sys.exit(0 if err <= 1e-4 else 1)
