"""The reader's network: MiniLM-L6 (BERT, 6 layers, 384 wide) read from LangChain4j's fp32 ONNX file, with
one linear layer that scores every act for every clause.

A clause's vector is the mean of its tokens' last states beside the [CLS] state, so a clause is read in the
light of the whole reply and of the line it answers (both are in the input)."""
import math

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import numpy_helper

HIDDEN, HEADS, LAYERS, INNER = 384, 12, 6, 1536


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)
        self.attn_out = nn.Linear(HIDDEN, HIDDEN)
        self.attn_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inner = nn.Linear(HIDDEN, INNER)
        self.out = nn.Linear(INNER, HIDDEN)
        self.out_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, mask_bias):
        b, t, _ = x.shape
        def heads(v):
            return v.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)
        q, k, v = heads(self.query(x)), heads(self.key(x)), heads(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + mask_bias
        ctx = (self.drop(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.attn_norm(x + self.drop(self.attn_out(ctx)))
        h = self.out(torch.nn.functional.gelu(self.inner(x)))
        return self.out_norm(x + self.drop(h))


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.words = nn.Embedding(30522, HIDDEN)
        self.positions = nn.Embedding(512, HIDDEN)
        self.types = nn.Embedding(2, HIDDEN)
        self.norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def forward(self, ids, types, mask):
        return self.top(self.bottom(ids, types, mask, 0), mask, 0)

    def bottom(self, ids, types, mask, frozen):
        """The embeddings and the first `frozen` layers (run once per item when they are not trained)."""
        pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.drop(self.norm(self.words(ids) + self.positions(pos) + self.types(types)))
        mask_bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers[:frozen]:
            x = layer(x, mask_bias)
        return x

    def top(self, x, mask, frozen):
        mask_bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers[frozen:]:
            x = layer(x, mask_bias)
        return x

    def load_onnx(self, path):
        """Copies the weights of LangChain4j's all-minilm-l6-v2.onnx: named tensors by name, MatMul weights by
        the bias of the Add that follows them (the export names them onnx::MatMul_N)."""
        m = onnx.load(path)
        inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
        consumers = {}
        for n in m.graph.node:
            for i in n.input:
                consumers.setdefault(i, []).append(n)
        named = dict(inits)
        for n in m.graph.node:
            if n.op_type != "MatMul":
                continue
            w = [i for i in n.input if i in inits]
            for c in consumers.get(n.output[0], []) if w else []:
                b = [i for i in c.input if i in inits and i.endswith(".bias")] if c.op_type == "Add" else []
                if b:
                    named[b[0][:-len(".bias")] + ".weight"] = inits[w[0]].T  # ONNX keeps (in, out)
        def put(param, name):
            arr = named[name]
            assert tuple(param.shape) == arr.shape, (name, param.shape, arr.shape)
            param.data.copy_(torch.from_numpy(np.ascontiguousarray(arr)))
        put(self.words.weight, "embeddings.word_embeddings.weight")
        put(self.positions.weight, "embeddings.position_embeddings.weight")
        put(self.types.weight, "embeddings.token_type_embeddings.weight")
        put(self.norm.weight, "embeddings.LayerNorm.weight")
        put(self.norm.bias, "embeddings.LayerNorm.bias")
        for i, layer in enumerate(self.layers):
            p = f"encoder.layer.{i}."
            for mod, name in ((layer.query, "attention.self.query"), (layer.key, "attention.self.key"),
                              (layer.value, "attention.self.value"), (layer.attn_out, "attention.output.dense"),
                              (layer.inner, "intermediate.dense"), (layer.out, "output.dense")):
                put(mod.weight, p + name + ".weight")
                put(mod.bias, p + name + ".bias")
            put(layer.attn_norm.weight, p + "attention.output.LayerNorm.weight")
            put(layer.attn_norm.bias, p + "attention.output.LayerNorm.bias")
            put(layer.out_norm.weight, p + "output.LayerNorm.weight")
            put(layer.out_norm.bias, p + "output.LayerNorm.bias")
        return self


class Reader(nn.Module):
    """Encoder + one linear layer over [clause mean ; CLS] giving a logit per act per clause.

    forward(ids, types, mask, spans) with spans a (batch, clauses, tokens) 0/1 float tensor marking each
    clause's tokens returns (logits (batch, clauses, acts), clause vectors (batch, clauses, 384))."""

    def __init__(self, acts):
        super().__init__()
        self.encoder = Encoder()
        self.head = nn.Linear(2 * HIDDEN, acts)
        self.drop = nn.Dropout(0.1)

    def forward(self, ids, types, mask, spans, below=None, frozen=0):
        """`below`, when given, is the output of the first `frozen` layers for these ids (cached)."""
        states = self.encoder(ids, types, mask) if below is None else self.encoder.top(below, mask, frozen)
        counts = spans.sum(-1, keepdim=True).clamp(min=1.0)
        clause = (spans @ states) / counts
        cls = states[:, :1, :].expand(-1, clause.shape[1], -1)
        return self.head(self.drop(torch.cat([clause, cls], -1))), clause
