#!/usr/bin/python3
"""The method table of docs/evaluator.md: which reader to ship, measured side by side on the held-out writers of the
fixed split (the same replies, the same labels, macro-F1 over the rubric's criteria):

    /usr/bin/python3 training/compare.py

- rules: the pattern-based evaluator as it was (bench/baseline/rules.sh writes its findings), whole and with each
  rule group removed in turn (the ablation);
- heads: one logistic regression per act over the untrained MiniLM's clause vectors (frozen embeddings);
- nearest: the acts of the 15 nearest labelled clauses of the tuning writers (nearest examples);
- reader: the fine-tuned encoder (training/train.py --predictions writes its findings);
- combinations: the reader with each rule group added (an act counts if either finds it).
A clause's label comes from the labeller's evidence; a reply shows an act when one of its clauses does."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "reader"))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import acts  # noqa: E402
import corpus  # noqa: E402
import data  # noqa: E402
import fit  # noqa: E402
from data import Batch  # noqa: E402
from model import Encoder  # noqa: E402
from tokenizer import WordPiece  # noqa: E402

RESULTS = os.path.join(HERE, "results")
CRITERIA = {"customer": {"empathy": ["empathy"], "apology": ["apology"], "restate": ["restate"], "clarify": ["clarify"],
                         "ownership": ["ownership"], "solution": ["solution"], "collaborate": ["collaborate"],
                         "firm": ["firm"], "followup": ["followup"], "deflect": ["deflect"],
                         "blame": ["blame", "condescend"]},
            "interview": {a: [a] for a in ["calm", "listen", "empathy", "restate", "clarify", "solution", "ownership",
                                           "firm", "escalate", "followup", "star", "rant"]}}


def macro(found, items, mode):
    """Macro-F1 over the rubric's criteria; `found` maps id -> {act or criterion: 0/1}."""
    f1s = []
    for crit, reads in CRITERIA[mode].items():
        tp = fp = fn = 0
        for it in items:
            if it["mode"] != mode or it["id"] not in found:
                continue
            gold = any(acts.targets(it).get(a, 0) for a in reads)
            f = found[it["id"]]
            pred = bool(f.get(crit, 0)) or any(f.get(a, 0) for a in reads)
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return sum(f1s) / len(f1s)


@torch.no_grad()
def clause_vectors(rows, base):
    enc = Encoder().load_onnx(base).eval()
    out = {}
    for k in range(0, len(rows), 32):
        group = rows[k:k + 32]
        b = Batch(group)
        states = enc(b.ids, b.types, b.mask)
        means = (b.spans @ states) / b.spans.sum(-1, keepdim=True).clamp(min=1.0)
        means = torch.nn.functional.normalize(means, dim=-1)
        for i, r in enumerate(group):
            out[r["id"]] = means[i, :len(r["spans"])].numpy()
    return out


def clause_table(rows, vecs):
    """(X, {output: [(row of X, y)]}) over clauses whose targets are known for each output (mode-specific)."""
    xs, ys = [], collections.defaultdict(list)
    for r in rows:
        v = vecs[r["id"]]
        for j in range(len(r["spans"])):
            xs.append((r["mode"], v[j]))
            for a in r["reply"]:
                t = r["clauses"][j][a]
                if t is not None:
                    ys[f'{r["mode"]}:{a}'].append((len(xs) - 1, t))
    return xs, ys


def reply_found(rows, clause_scores, cuts):
    out = {}
    for r in rows:
        s = clause_scores[r["id"]]
        out[r["id"]] = {a: int(max(c[a] for c in s) >= cuts[f'{r["mode"]}:{a}']) for a in acts.MODES[r["mode"]]}
    return out


def cuts_for(rows, clause_scores):
    scores = {r["id"]: {"reply": {a: max(c[a] for c in clause_scores[r["id"]]) for a in acts.MODES[r["mode"]]}}
              for r in rows}
    return fit.thresholds(scores, rows)


def main():
    torch.set_num_threads(2)
    base, tokenizer = corpus.base_model(None, None)
    tok = WordPiece(tokenizer)
    items = corpus.items()
    tune, held = corpus.split(items)
    fitting, cutting = corpus.cut_slice(tune)
    rows = {n: [data.prepare(tok, it) for it in part] for n, part in
            (("fit", fitting), ("cut", cutting), ("held", held))}
    # The frozen vectors take most of the run (tens of minutes on two cores): kept under target/ for the next run.
    cache = os.path.join(os.path.dirname(HERE), "target", "compare-vectors.npz")
    everything = rows["fit"] + rows["cut"] + rows["held"]
    if os.path.exists(cache):
        with np.load(cache) as z:
            vecs = {k: z[k] for k in z.files}
    else:
        vecs = clause_vectors(everything, base)
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        np.savez(cache, **vecs)
    table = {}
    # Heads over frozen embeddings: clause-level logistic regression per act, a reply's score its best clause.
    heads = {}
    X, Y = clause_table(rows["fit"], vecs)
    for out_name, pairs in Y.items():
        y = np.array([t for _, t in pairs])
        if y.sum() < 3:
            continue
        heads[out_name] = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(
            np.stack([X[i][1] for i, _ in pairs]), y)

    def head_scores(part):
        out = {}
        for r in rows[part]:
            v = vecs[r["id"]]
            per = []
            for j in range(len(r["spans"])):
                per.append({a: float(heads[f'{r["mode"]}:{a}'].predict_proba(v[j:j + 1])[0, 1])
                            if f'{r["mode"]}:{a}' in heads else 0.0 for a in acts.MODES[r["mode"]]})
            out[r["id"]] = per
        return out
    hc, hh = head_scores("cut"), head_scores("held")
    table["heads over frozen MiniLM"] = reply_found(rows["held"], hh, cuts_for(rows["cut"], hc))
    # Nearest examples: the share of the 15 nearest tuning clauses (of the same mode) that show the act.
    bank = collections.defaultdict(list)
    for r in rows["fit"]:
        for j in range(len(r["spans"])):
            bank[r["mode"]].append((vecs[r["id"]][j], r["clauses"][j], r["reply"]))
    mats = {m: np.stack([b[0] for b in bank[m]]) for m in bank}

    def knn_scores(part):
        out = {}
        for r in rows[part]:
            per = []
            for j in range(len(r["spans"])):
                sims = mats[r["mode"]] @ vecs[r["id"]][j]
                near = np.argsort(-sims)[:15]
                per.append({a: float(np.mean([1.0 if (bank[r["mode"]][k][1][a] == 1 or (bank[r["mode"]][k][1][a] is None
                            and bank[r["mode"]][k][2][a] == 1)) else 0.0 for k in near])) for a in acts.MODES[r["mode"]]})
            out[r["id"]] = per
        return out
    kc, kh = knn_scores("cut"), knn_scores("held")
    table["nearest examples (15)"] = reply_found(rows["held"], kh, cuts_for(rows["cut"], kc))
    # The fine-tuned reader and the rules, from their files.
    reader_file = os.path.join(RESULTS, "reader-heldout.jsonl")
    if os.path.exists(reader_file):
        table["reader (fine-tuned encoder)"] = {j["id"]: j["found"] for j in map(json.loads, open(reader_file))}
    rules_file = os.path.join(RESULTS, "rules-heldout.jsonl")
    rules = collections.defaultdict(dict)
    if os.path.exists(rules_file):
        for j in map(json.loads, open(rules_file)):
            rules[j["variant"]][j["id"]] = j["found"]
        for variant, found in rules.items():
            table["rules" if variant == "rules" else "rules, " + variant] = found
    if "reader (fine-tuned encoder)" in table and "rules" in rules:
        r = table["reader (fine-tuned encoder)"]
        table["reader OR rules"] = {i: {k: int(r[i].get(k, 0) or rules["rules"][i].get(k, 0))
                                        for k in set(r[i]) | set(rules["rules"][i])} for i in r if i in rules["rules"]}
    print(f"Held-out writers {corpus.splits()['heldoutWriters']}: {len(held)} replies. Macro-F1 over the rubric's criteria.")
    print(f"{'method':40s} {'customer':>9s} {'interview':>9s}")
    for name, found in table.items():
        print(f"{name:40s} {macro(found, held, 'customer'):9.3f} {macro(found, held, 'interview'):9.3f}")


if __name__ == "__main__":
    main()
