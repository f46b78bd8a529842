"""The navigation training step in PyTorch, as the yardstick for the tfjs step (npm run bench).

The same model and sizes as the lab's Trainer (docs/science.md §Navigation): h0 = Encoder(place-cell code of the
start), nn.RNN with ReLU and no bias, Decoder to Np logits, cross-entropy against soft targets
averaged over batch and steps, the moduli-style penalty lambda*mean(C*|W_hh|) (C fixed), Adam.
Data are random tensors drawn once: this times the step, not data generation. Run it with
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=2 (docs/architecture.md §Performance: the best setting on this 2-core
machine). Prints one JSON object on stdout.
"""

import argparse
import json
import os
import statistics
import time

import torch
from torch import nn


class Navigator(nn.Module):
    def __init__(self, hidden, place_cells):
        super().__init__()
        self.encoder = nn.Linear(place_cells, hidden, bias=False)
        self.rnn = nn.RNN(2, hidden, nonlinearity="relu", bias=False)
        self.decoder = nn.Linear(hidden, place_cells, bias=False)

    def forward(self, velocities, start_code):
        h0 = self.encoder(start_code).unsqueeze(0)
        states, _ = self.rnn(velocities, h0)
        return self.decoder(states)


def quartiles(samples):
    if len(samples) < 2:
        return {"medianMs": samples[0], "q1Ms": samples[0], "q3Ms": samples[0],
                "minMs": samples[0], "maxMs": samples[0], "count": len(samples)}
    q1, median, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    return {
        "medianMs": median,
        "q1Ms": q1,
        "q3Ms": q3,
        "minMs": min(samples),
        "maxMs": max(samples),
        "count": len(samples),
    }


def time_step(hidden, args):
    torch.manual_seed(hidden)
    T, B, Np = args.seq_len, args.batch, args.place_cells
    model = Navigator(hidden, Np)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    velocities = torch.randn(T, B, 2) * 0.02
    start_code = torch.softmax(torch.randn(B, Np), dim=-1)
    targets = torch.softmax(torch.randn(T, B, Np), dim=-1)
    coefficients = torch.rand(hidden, hidden)

    def step():
        optimizer.zero_grad()
        logits = model(velocities, start_code)
        loss = -(targets * torch.log_softmax(logits, dim=-1)).sum(-1).mean()
        if args.penalty > 0:
            loss = loss + args.penalty * (coefficients * model.rnn.weight_hh_l0.abs()).mean()
        loss.backward()
        optimizer.step()

    deadline = time.perf_counter() + args.cap_seconds
    for _ in range(args.warmup):
        if time.perf_counter() > deadline:
            break
        step()
    samples = []
    while len(samples) < args.reps and time.perf_counter() < deadline:
        t0 = time.perf_counter()
        step()
        samples.append((time.perf_counter() - t0) * 1000)
    if not samples:
        return {"hidden": hidden, "samplesMs": []}
    return {"hidden": hidden, **quartiles(samples), "samplesMs": samples}


def loaded_blas():
    """The BLAS library the dynamic linker actually gave torch (netlib's reference BLAS is ~30x
    slower than OpenBLAS; Debian's torch uses whichever libblas.so.3 is found first)."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower()}
    return sorted(p for p in paths if p.startswith("/"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="256,1024")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--seq-len", type=int, default=50)
    parser.add_argument("--place-cells", type=int, default=512)
    parser.add_argument("--penalty", type=float, default=0.1)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--cap-seconds", type=float, default=20)
    args = parser.parse_args()
    cells = [time_step(int(n), args) for n in args.sizes.split(",")]
    print(
        json.dumps(
            {
                "torch": torch.__version__,
                "threads": torch.get_num_threads(),
                "blas": loaded_blas(),
                "env": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")},
                "cells": cells,
            }
        )
    )


if __name__ == "__main__":
    main()
