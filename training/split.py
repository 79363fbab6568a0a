#!/usr/bin/python3
"""Finds near-twins in the corpus and writes training/corpus/splits.json:

    /usr/bin/python3 training/split.py

Two replies by different writers whose MiniLM vectors (the untrained model, mean of the reply's tokens) have a
cosine of 0.92 or more are near-twins. Whenever some writers (or a register) are held out, their near-twins are
left out of tuning too, so a held-out score never rests on a reply the reader was tuned on in other words. The
held-out writers of the fixed split are kept as they are in splits.json (chosen once, before any result)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "reader"))

import torch  # noqa: E402

import corpus  # noqa: E402
from model import Encoder  # noqa: E402
from tokenizer import WordPiece  # noqa: E402

TWIN = 0.92


@torch.no_grad()
def vectors(items, base, tok):
    """Each reply's mean token state, unit length; replies of similar length are run together."""
    enc = Encoder().load_onnx(base).eval()
    seqs = [[tok.cls] + [t for t, _, _ in tok.encode(it["reply"])][:160] + [tok.sep] for it in items]
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = [None] * len(seqs)
    for k in range(0, len(order), 32):
        group = order[k:k + 32]
        width = max(len(seqs[i]) for i in group)
        ids = torch.zeros(len(group), width, dtype=torch.long)
        mask = torch.zeros(len(group), width, dtype=torch.long)
        for row, i in enumerate(group):
            ids[row, :len(seqs[i])] = torch.tensor(seqs[i])
            mask[row, :len(seqs[i])] = 1
        states = enc(ids, torch.zeros_like(ids), mask)
        means = (states * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True)
        for row, i in enumerate(group):
            out[i] = means[row] / means[row].norm()
    return torch.stack(out)


def main():
    torch.set_num_threads(2)
    base, tokenizer = corpus.base_model(None, None)
    items = corpus.items()
    v = vectors(items, base, WordPiece(tokenizer))
    sims = v @ v.T
    twins = []
    for i in range(len(items)):
        for j in (sims[i] >= TWIN).nonzero().flatten().tolist():
            if j > i and items[i]["writer"] != items[j]["writer"]:
                twins.append([items[i]["id"], items[j]["id"], round(float(sims[i, j]), 3)])
    path = os.path.join(corpus.CORPUS, "splits.json")
    current = json.load(open(path)) if os.path.exists(path) else {}
    current["heldoutWriters"] = current.get("heldoutWriters", ["ade", "priya"])
    current["twins"] = twins
    current["twinCosine"] = TWIN
    with open(path, "w", encoding="utf-8") as f:
        json.dump(current, f, indent=1)
        f.write("\n")
    print(f"{len(items)} items, {len(twins)} near-twin pairs across writers (cosine >= {TWIN})")


if __name__ == "__main__":
    main()
