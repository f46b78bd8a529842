"""The Moduli Lab network as a PyTorch module, loaded from the lab's binary run file (.npz).

    import numpy as np, torch
    from pytorch_model import LabRNN

    f = np.load("run.npz"); model = LabRNN(f)
    model.load_state_dict({name: torch.from_numpy(f[name]) for name in model.state_dict()})

The run file names its tensors as this module names its parameters (encoder.weight,
rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, ..._l1, ..._l2,
decoder.weight, decoder.bias), in PyTorch's layouts (W[j, k]: from unit k to unit j), so
load_state_dict takes them as they are and refuses a file that does not fit. The pruned
weights are stored as zeros; f["masks/rnn.weight_hh_l0"] (uint8) says which ones they are.

The network (arXiv 2406.06290, section 2): an Elman RNN, h_t = act(W_ih x_t + b_ih + W_hh h_{t-1}
+ b_hh), read out by a linear decoder at every step.
  navigation: x_t = velocity (2 numbers); h_0 = encoder(place-cell code of the start), a linear
              map without bias; logits over the place cells at every step.
  adding:     x_t = (value, marker); h_0 = 0; the prediction is the decoder on the last state.
  text:       x_t = encoder(token id), an embedding table; 1-3 stacked layers (one nn.RNN);
              logits over the vocabulary (run.json's "vocabulary" lists the tokens by id).
Inputs are time-major, (T, B, features), as nn.RNN's default.
"""
import json

import torch
from torch import nn


class LabRNN(nn.Module):
    def __init__(self, f):
        """Builds the module of the run in f (np.load of a run file); shapes come from f."""
        super().__init__()
        config = json.loads(f["run.json"])["config"]
        self.kind = config["task"]["kind"]
        model = config["model"]
        layers = config["task"].get("layers", 1) if self.kind == "text" else 1
        hidden, inputs = f["rnn.weight_ih_l0"].shape
        outputs = f["decoder.weight"].shape[0]
        if self.kind == "text":
            self.encoder = nn.Embedding(*f["encoder.weight"].shape)
        elif self.kind == "navigation":
            self.encoder = nn.Linear(f["encoder.weight"].shape[1], hidden, bias=False)
        self.rnn = nn.RNN(
            inputs, hidden, num_layers=layers, nonlinearity=model["activation"], bias=model["bias"]
        )
        self.decoder = nn.Linear(hidden, outputs, bias=model["bias"])

    def forward(self, x, start=None):
        """x: (T, B, features), or (T, B) token ids for text; start: (B, place cells).

        Returns the decoder's output at every step, (T, B, outputs): logits for navigation and
        text; for the adding problem the prediction is the last step's, output[-1].
        """
        h0 = None
        if self.kind == "text":
            x = self.encoder(x.long())
        elif self.kind == "navigation":
            h0 = self.encoder(start).unsqueeze(0)
        states, _ = self.rnn(x, h0)
        return self.decoder(states)


def load(path):
    """The module of the run file at path, with its weights: the two lines above."""
    import numpy as np

    f = np.load(path)
    model = LabRNN(f)
    model.load_state_dict({name: torch.from_numpy(f[name]) for name in model.state_dict()})
    return model
