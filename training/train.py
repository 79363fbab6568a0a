#!/usr/bin/python3
"""Trains the reader and writes it where the server loads it. One command, deterministic (fixed seeds, two
threads, items in file order):

    /usr/bin/python3 training/train.py

Needs Debian's python3-torch, python3-onnx and python3-numpy (see training/README.md). Reads the corpus in
training/corpus/, holds out the writers named in training/corpus/splits.json, tunes on the rest, picks each
act's cut on a slice of the tuning writers, and writes src/main/resources/dev/hotseat/evaluation/reader/.
If anything fails the previous reader is left as it was."""
import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "reader"))

import torch  # noqa: E402

import acts  # noqa: E402
import augment  # noqa: E402
import corpus  # noqa: E402
import data  # noqa: E402
import export  # noqa: E402
import fit  # noqa: E402
import parity  # noqa: E402
from tokenizer import WordPiece  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "src/main/resources/dev/hotseat/evaluation/reader")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default=None, help="all-minilm-l6-v2.onnx (fp32); default: from the Maven cache")
    ap.add_argument("--tokenizer", default=None, help="all-minilm-l6-v2-tokenizer.json; default: beside --base")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--layers", type=int, default=4, help="encoder layers kept (MiniLM has 6)")
    ap.add_argument("--frozen", type=int, default=1, help="lower layers left as MiniLM has them (not trained)")
    ap.add_argument("--keep", type=float, default=0.3, help="weight of keeping clause vectors near MiniLM's")
    ap.add_argument("--lr", type=float, default=5e-5, help="learning rate of the trained encoder layers")
    ap.add_argument("--balance", action=argparse.BooleanOptionalAction, default=True,
                    help="weigh the rarer side of each act up (sqrt of the ratio)")
    ap.add_argument("--shrink", type=float, default=0.0,
                    help="draw each cut towards 0.5 the fewer positives it rests on (0: off, as shipped)")
    ap.add_argument("--chat", type=float, default=0.0, help="add a chat-typed copy of this share of tuning replies")
    ap.add_argument("--mixed", type=int, default=0, help="add this many replies joining a habit and a fix (augment.py)")
    ap.add_argument("--alone", type=int, default=0, help="add this many fixes sent on their own (augment.py)")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--all", action="store_true", help="train on every writer (no held-out writers)")
    ap.add_argument("--predictions", default=None, help="also write held-out predictions (JSONL) here")
    args = ap.parse_args()
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True)
    base, tokenizer = corpus.base_model(args.base, args.tokenizer)
    tok = WordPiece(tokenizer)
    items = corpus.items()
    tune, held = corpus.split(items, everything=args.all)
    fitting, cutting = corpus.cut_slice(tune)
    print(f"{len(items)} items: tuning {len(fitting)} + cuts {len(cutting)}, held out {len(held)}")
    if args.chat:
        extra = [c for it in fitting[::max(1, round(1 / args.chat))] if (c := augment.chat_copy(it)) is not None]
        print(f"+ {len(extra)} chat-typed copies")
        fitting = fitting + extra
    if args.mixed:
        extra = augment.mixed_copies(fitting, args.mixed)
        print(f"+ {len(extra)} mixed habit-and-fix replies")
        fitting = fitting + extra
    if args.alone:
        extra = augment.alone_copies(fitting, args.alone)
        print(f"+ {len(extra)} fixes sent on their own")
        fitting = fitting + extra
    rows = [data.prepare(tok, it) for it in fitting]
    started = time.time()
    model = fit.train(rows, base, epochs=args.epochs, layers=args.layers, frozen=args.frozen, keep=args.keep,
                      lr=args.lr, balance=args.balance)
    os.makedirs(os.path.join(ROOT, "target"), exist_ok=True)
    torch.save(model.state_dict(), os.path.join(ROOT, "target", "reader-last.pt"))  # to re-score without retraining
    cut_rows = [data.prepare(tok, it) for it in cutting]
    cuts = fit.thresholds(fit.score(model, cut_rows), cut_rows, shrink=args.shrink)
    print(f"trained in {time.time() - started:.0f} s; cuts: {cuts}")
    staging = tempfile.mkdtemp(prefix="reader-")
    try:
        plain = os.path.join(staging, "plain.onnx")
        export.export_encoder(model.encoder, plain)
        export.quantise(plain, os.path.join(staging, "encoder.onnx"))
        os.remove(plain)
        export.write_head(model.head, os.path.join(staging, "head.bin"))
        shutil.copy(tokenizer, os.path.join(staging, "tokenizer.json"))
        digest = {f: hashlib.sha256(open(os.path.join(staging, f), "rb").read()).hexdigest()
                  for f in ("encoder.onnx", "head.bin", "tokenizer.json")}
        export.write_manifest(os.path.join(staging, "reader.json"), acts.OUTPUTS, cuts, {
            "contextTokens": data.CONTEXT_TOKENS, "replyTokens": data.REPLY_TOKENS, "layers": args.layers, "frozen": args.frozen, "keep": args.keep, "lr": args.lr,
            "balance": args.balance, "chat": args.chat, "mixed": args.mixed, "alone": args.alone, "shrink": args.shrink,
            "epochs": args.epochs, "trainedOn": len(fitting), "corpus": corpus.fingerprint(items), "sha256": digest})
        parity.write(os.path.join(staging, "parity.jsonl"), tok, model, fitting, cuts)
        if args.predictions:
            held_rows = [data.prepare(tok, it) for it in held]
            corpus.write_predictions(args.predictions, held, fit.score(model, held_rows), cuts)
        os.makedirs(args.out, exist_ok=True)
        for f in os.listdir(staging):
            shutil.move(os.path.join(staging, f), os.path.join(args.out, f))
        print(f"wrote {args.out}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    random.seed(7)
    main()
