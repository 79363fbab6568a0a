"""Writes a trained reader for the server: the encoder as ONNX (weights as int8, the way ONNX Runtime's dynamic
quantisation does it), the head as little-endian float32, and reader.json naming the acts and their cuts."""
import json
import struct

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto


class _Encoder(torch.nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder

    def forward(self, input_ids, token_type_ids, attention_mask):
        return self.encoder(input_ids, token_type_ids, attention_mask)


def export_encoder(encoder, path):
    encoder.eval()
    ids = torch.ones(1, 12, dtype=torch.long)
    torch.onnx.export(_Encoder(encoder), (ids, torch.zeros_like(ids), torch.ones_like(ids)), path,
                      input_names=["input_ids", "token_type_ids", "attention_mask"], output_names=["states"],
                      dynamic_axes={"input_ids": {0: "b", 1: "t"}, "token_type_ids": {0: "b", 1: "t"},
                                    "attention_mask": {0: "b", 1: "t"}, "states": {0: "b", 1: "t"}},
                      opset_version=13, do_constant_folding=True)


def quantise(src, dst):
    """MatMul by a constant weight becomes DynamicQuantizeLinear + MatMulInteger (uint8 activations, int8 weights
    with a scale per output column) + Cast + Mul; the word-embedding table becomes int8 rows with a scale each."""
    m = onnx.load(src)
    g = m.graph
    inits = {t.name: t for t in g.initializer}
    nodes, added, quantised_inputs = [], [], {}
    for n in g.node:
        w = n.input[1] if n.op_type == "MatMul" and len(n.input) == 2 and n.input[1] in inits else None
        if w is not None:
            W = numpy_helper.to_array(inits[w]).astype(np.float32)
            if W.ndim == 2:
                scale = np.maximum(np.abs(W).max(0), 1e-8) / 127.0
                Wq = np.clip(np.round(W / scale), -127, 127).astype(np.int8)
                added += [numpy_helper.from_array(Wq, w + "_q"), numpy_helper.from_array(np.zeros(W.shape[1], np.int8), w + "_zp"),
                          numpy_helper.from_array(scale.astype(np.float32), w + "_scale")]
                a = n.input[0]
                if a not in quantised_inputs:
                    quantised_inputs[a] = (a + "_q", a + "_s", a + "_z")
                    nodes.append(helper.make_node("DynamicQuantizeLinear", [a], list(quantised_inputs[a])))
                aq, s, z = quantised_inputs[a]
                out = n.output[0]
                nodes.append(helper.make_node("MatMulInteger", [aq, w + "_q", z, w + "_zp"], [out + "_i32"]))
                nodes.append(helper.make_node("Cast", [out + "_i32"], [out + "_f"], to=TensorProto.FLOAT))
                nodes.append(helper.make_node("Mul", [s, w + "_scale"], [out + "_sc"]))
                nodes.append(helper.make_node("Mul", [out + "_f", out + "_sc"], [out]))
                continue
        if n.op_type == "Gather" and n.input[0] in inits and numpy_helper.to_array(inits[n.input[0]]).shape[0] > 10000:
            table = n.input[0]
            T = numpy_helper.to_array(inits[table]).astype(np.float32)
            scale = np.maximum(np.abs(T).max(1), 1e-8) / 127.0
            Tq = np.clip(np.round(T / scale[:, None]), -127, 127).astype(np.int8)
            added += [numpy_helper.from_array(Tq, table + "_q"),
                      numpy_helper.from_array(scale.astype(np.float32).reshape(-1, 1), table + "_scale")]
            out = n.output[0]
            nodes.append(helper.make_node("Gather", [table + "_q", n.input[1]], [out + "_q"]))
            nodes.append(helper.make_node("Cast", [out + "_q"], [out + "_f"], to=TensorProto.FLOAT))
            nodes.append(helper.make_node("Gather", [table + "_scale", n.input[1]], [out + "_s"]))
            nodes.append(helper.make_node("Mul", [out + "_f", out + "_s"], [out]))
            continue
        nodes.append(n)
    used = {i for n in nodes for i in n.input}
    keep = [t for t in g.initializer if t.name in used] + [t for t in added if t.name in used]
    del g.node[:]
    g.node.extend(nodes)
    del g.initializer[:]
    g.initializer.extend(keep)
    onnx.checker.check_model(m)
    onnx.save(m, dst)


def write_head(head, path):
    W = head.weight.detach().numpy().astype("<f4")   # (outputs, 768)
    b = head.bias.detach().numpy().astype("<f4")
    with open(path, "wb") as f:
        f.write(struct.pack("<ii", W.shape[0], W.shape[1]))
        f.write(W.tobytes())
        f.write(b.tobytes())


def write_manifest(path, outputs, cuts, extra):
    data = {"outputs": outputs, "cuts": cuts}
    data.update(extra)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
