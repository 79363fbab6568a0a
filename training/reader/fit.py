"""Fine-tunes the reader on a list of prepared rows and scores rows with a trained reader."""
import math
import os
import random

import torch
import torch.nn.functional as F

import acts
from data import Batch
from model import Reader


def batches(rows, size, shuffle, rng):
    order = list(range(len(rows)))
    if shuffle:
        rng.shuffle(order)
    # Similar lengths together: less padding, faster on a CPU.
    chunks = [order[i:i + size * 20] for i in range(0, len(order), size * 20)]
    for chunk in chunks:
        chunk.sort(key=lambda i: len(rows[i]["ids"]))
        group = [chunk[i:i + size] for i in range(0, len(chunk), size)]
        if shuffle:
            rng.shuffle(group)
        for g in group:
            yield Batch([rows[i] for i in g])


def loss_of(model, b, frozen, keep, pos_weight=None):
    logits, vectors = model(b.ids, b.types, b.mask, b.spans, below=b.below, frozen=frozen)
    # A reply shows an act when one of its clauses does: the reply's score is its best clause's.
    masked = logits + (b.clause_mask.unsqueeze(-1) - 1.0) * 1e4
    reply_logit = masked.max(1).values
    reply = F.binary_cross_entropy_with_logits(reply_logit, b.reply_y, weight=b.reply_w, reduction="sum",
                                               pos_weight=pos_weight)
    clause = F.binary_cross_entropy_with_logits(logits, b.clause_y, weight=b.clause_w, reduction="sum",
                                                pos_weight=pos_weight)
    loss = (reply + 0.5 * clause) / max(1.0, float(b.reply_w.sum()))
    if keep and b.anchor is not None:
        # Keep each clause's mean state close in direction to the untrained model's, so that comparing clauses
        # with example phrasings (scenario offers, coaches' examples) still compares meanings.
        cos = F.cosine_similarity(vectors, b.anchor, dim=-1)
        loss = loss + keep * ((1 - cos) * b.clause_mask).sum() / b.clause_mask.sum().clamp(min=1.0)
    return loss


CACHE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "target", "reader-cache")


@torch.no_grad()
def cache(rows, base_onnx, frozen, layers, log=print):
    """Adds to each row the output of the frozen layers ("below", float16) and the untrained model's clause means
    ("anchor"): both are fixed, so they are computed once instead of every epoch, and kept on disk under
    target/reader-cache/ for the next run (keyed by the row's tokens, clauses and the frozen depth)."""
    import time
    started = time.time()
    os.makedirs(CACHE_DIR, exist_ok=True)
    path = os.path.join(CACHE_DIR, f"frozen{frozen}.pt")
    known = torch.load(path) if os.path.exists(path) else {}
    missing = [r for r in rows if _key(r) not in known]
    enc = Reader(len(acts.OUTPUTS)).encoder.load_onnx(base_onnx).eval() if missing else None
    for k in range(0, len(missing), 32):
        group = missing[k:k + 32]
        b = Batch(group)
        below = enc.bottom(b.ids, b.types, b.mask, frozen)
        full = enc.top(below, b.mask, frozen)
        counts = b.spans.sum(-1, keepdim=True).clamp(min=1.0)
        anchor = (b.spans @ full) / counts
        for i, r in enumerate(group):
            n = len(r["ids"])
            known[_key(r)] = (below[i, :n].to(torch.float16).clone() if frozen else None,
                              anchor[i, :len(r["spans"])].clone())
    if missing:
        torch.save(known, path)
    for r in rows:
        r["below"], r["anchor"] = known[_key(r)]
    log(f"cached {len(rows)} rows ({len(missing)} new) in {time.time() - started:.0f} s")


def _key(row):
    return hash((tuple(row["ids"]), tuple(row["types"]), tuple(tuple(s) for s in row["spans"])))


def train(rows, base_onnx, epochs=4, lr=4e-5, head_lr=2e-3, size=16, seed=7, layers=6, frozen=0, keep=0.3,
          balance=False, log=print):
    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = Reader(len(acts.OUTPUTS))
    model.encoder.load_onnx(base_onnx)
    if layers < len(model.encoder.layers):
        model.encoder.layers = model.encoder.layers[:layers]
    if frozen or keep:
        cache(rows, base_onnx, frozen, layers, log)
    trained_layers = {f"encoder.layers.{i}." for i in range(frozen, layers)}
    for n, p in model.named_parameters():
        if frozen and not n.startswith("head.") and not any(n.startswith(t) for t in trained_layers):
            p.requires_grad = False
    enc = [p for n, p in model.named_parameters() if not n.startswith("head.") and p.requires_grad]
    opt = torch.optim.AdamW([{"params": enc, "lr": lr}, {"params": model.head.parameters(), "lr": head_lr}],
                            weight_decay=0.01)
    steps = epochs * ((len(rows) + size - 1) // size)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, 1 - s / steps))
    pos_weight = balanced(rows) if balance else None
    step = 0
    for epoch in range(epochs):
        model.train()
        total, n = 0.0, 0
        for b in batches(rows, size, True, rng):
            loss = loss_of(model, b, frozen, keep, pos_weight)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += float(loss)
            n += 1
        log(f"epoch {epoch + 1}/{epochs}: loss {total / max(1, n):.4f}")
    model.eval()
    return model


def balanced(rows):
    """Per output, sqrt(negatives / positives), at least 1: rare acts (calm in an interview) are not drowned out."""
    pos = torch.zeros(len(acts.OUTPUTS))
    tot = torch.zeros(len(acts.OUTPUTS))
    for r in rows:
        for a, y in r["reply"].items():
            o = acts.INDEX[f'{r["mode"]}:{a}']
            pos[o] += y
            tot[o] += 1
    return ((tot - pos) / pos.clamp(min=1.0)).sqrt().clamp(min=1.0, max=8.0)


@torch.no_grad()
def score(model, rows, size=32):
    """{id: {"reply": {act: p}, "clauses": [{act: p}]}} for the acts of each row's mode."""
    out = {}
    model.eval()
    for b_rows in [rows[i:i + size] for i in range(0, len(rows), size)]:
        b = Batch(b_rows)
        logits, _ = model(b.ids, b.types, b.mask, b.spans)
        probs = logits.sigmoid()
        for i, r in enumerate(b_rows):
            names = acts.MODES[r["mode"]]
            idx = [acts.INDEX[f'{r["mode"]}:{a}'] for a in names]
            per = probs[i, :len(r["spans"])][:, idx]
            out[r["id"]] = {"reply": {a: float(per[:, j].max()) for j, a in enumerate(names)},
                            "clauses": [{a: float(per[c, j]) for j, a in enumerate(names)} for c in range(per.shape[0])]}
    return out


def thresholds(scores, rows, shrink=0.0):
    """Per (mode, act), the cut that gives the best F1 on these rows, drawn towards 0.5 (in log-odds) the fewer
    positives it rests on: with n positives the cut's log-odds are scaled by n / (n + shrink). A cut chosen on a
    dozen examples of a rare act (calm, in an interview) would otherwise follow their noise."""
    cuts = {}
    for mode, names in acts.MODES.items():
        mine = [r for r in rows if r["mode"] == mode]
        for a in names:
            pairs = sorted(((scores[r["id"]]["reply"][a], r["reply"][a]) for r in mine), reverse=True)
            pos = sum(y for _, y in pairs)
            best, cut, tp = -1.0, 0.5, 0
            for k, (p, y) in enumerate(pairs):
                tp += y
                f1 = 2 * tp / (k + 1 + pos) if pos else 0.0
                if f1 > best and (k + 1 == len(pairs) or pairs[k + 1][0] < p):
                    nxt = pairs[k + 1][0] if k + 1 < len(pairs) else 0.0
                    best, cut = f1, (p + nxt) / 2
            if pos:
                c = min(0.95, max(0.05, cut))
                logit = math.log(c / (1 - c)) * pos / (pos + shrink)
                cuts[f"{mode}:{a}"] = round(1 / (1 + math.exp(-logit)), 4)
            else:
                cuts[f"{mode}:{a}"] = 0.5
    return cuts
