#!/usr/bin/python3
"""Cross-validation of the reader, one whole training run per fold (slow: run it in the background):

    /usr/bin/python3 training/folds.py --by writer      # leave one writer out
    /usr/bin/python3 training/folds.py --by register    # leave one register out

Each fold trains the reader exactly as training/train.py does (same settings, read from the shipped reader.json)
on every item except the fold's writer or register and their near-twins, picks its cuts on its own slice, and
writes what it found on the left-out items to training/results/folds-<by>.jsonl. EvaluatorBench scores that file
against the labels. A fold already in the file is skipped, so an interrupted run carries on where it stopped."""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "reader"))

import torch  # noqa: E402

import corpus  # noqa: E402
import data  # noqa: E402
import fit  # noqa: E402
from tokenizer import WordPiece  # noqa: E402

SHIPPED = os.path.join(os.path.dirname(HERE), "src/main/resources/dev/hotseat/evaluation/reader/reader.json")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--by", choices=["writer", "register"], required=True)
    ap.add_argument("--only", default=None, help="run just this fold (a writer or register name)")
    args = ap.parse_args()
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True)
    settings = json.load(open(SHIPPED))
    base, tokenizer = corpus.base_model(None, None)
    tok = WordPiece(tokenizer)
    items = corpus.items()
    out_path = os.path.join(HERE, "results", f"folds-{args.by}.jsonl")
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    done = set()
    if os.path.exists(out_path):
        done = {json.loads(line)["fold"] for line in open(out_path) if line.strip()}
    names = sorted({i[args.by] for i in items})
    for name in names:
        fold = f"{args.by}:{name}"
        if fold in done or (args.only and name != args.only):
            continue
        started = time.time()
        tune, held = corpus.split(items, held=lambda i, n=name: i[args.by] == n)
        fitting, cutting = corpus.cut_slice(tune)
        rows = [data.prepare(tok, it) for it in fitting]
        model = fit.train(rows, base, epochs=settings["epochs"], layers=settings["layers"],
                          frozen=settings.get("frozen", 0), keep=settings.get("keep", 0.3),
                          lr=settings.get("lr", 4e-5), balance=settings.get("balance", False))
        cut_rows = [data.prepare(tok, it) for it in cutting]
        cuts = fit.thresholds(fit.score(model, cut_rows), cut_rows, shrink=settings.get("shrink", 0.0))
        held_rows = [data.prepare(tok, it) for it in held]
        scores = fit.score(model, held_rows)
        with open(out_path, "a", encoding="utf-8") as f:
            for it in held:
                s = scores[it["id"]]["reply"]
                f.write(json.dumps({"fold": fold, "id": it["id"], "mode": it["mode"],
                                    "found": {a: int(p >= cuts[f'{it["mode"]}:{a}']) for a, p in s.items()}}) + "\n")
        print(f"{fold}: tuned on {len(fitting)}, scored {len(held)} in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
