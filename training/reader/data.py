"""Turns corpus items into the network's inputs: [CLS] end of the line answered [SEP] reply [SEP], each
clause's tokens marked, and each act's target per reply and, where the labeller quoted evidence, per clause."""
import json

import torch

import acts
import clauses

CONTEXT_TOKENS = 32   # the end of the line answered is what the reply responds to
REPLY_TOKENS = 160    # longer replies are read in windows of this many tokens (see windows())


def load(paths):
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            items.extend(json.loads(line) for line in f if line.strip())
    return items


def encode(tok, context, reply):
    """(ids, types, clause spans as token index lists, clause char spans) for one reply, first window only;
    the Java reader does the same for every window of a long reply."""
    ctx = [t for t, _, _ in tok.encode(context or "")][-CONTEXT_TOKENS:]
    rep = tok.encode(reply)[:REPLY_TOKENS]
    ids = [tok.cls] + ctx + [tok.sep]
    offset = len(ids)
    ids += [t for t, _, _ in rep] + [tok.sep]
    types = [0] * offset + [1] * (len(rep) + 1)
    spans, chars = [], []
    for a, b in clauses.split(reply):
        idx = [offset + i for i, (_, s, e) in enumerate(rep) if s >= a and e <= b]
        if idx:
            spans.append(idx)
            chars.append((a, b))
    if not spans:  # an empty or unreadable reply still gets one "clause": the separator
        spans.append([offset + len(rep)])
        chars.append((0, len(reply)))
    return ids, types, spans, chars


def clause_targets(item, chars):
    """Per clause and act: 1 where the clause overlaps the evidence quote, None where unknown."""
    reply = item["reply"]
    evidence = item.get("evidence", {}) or {}
    out = []
    goal = acts.targets(item)
    for a, b in chars:
        row = {}
        for act, y in goal.items():
            if y == 0:
                row[act] = 0
                continue
            quote = evidence.get(act) or (evidence.get("offer") if act in ("vague", "overpromise") else None)
            at = reply.find(quote) if quote else -1
            row[act] = 1 if at >= 0 and at < b and at + len(quote) > a else None
        out.append(row)
    return out


class Batch:
    def __init__(self, rows):
        n = len(rows)
        t = max(len(r["ids"]) for r in rows)
        c = max(len(r["spans"]) for r in rows)
        k = len(acts.OUTPUTS)
        self.ids = torch.zeros(n, t, dtype=torch.long)
        self.types = torch.zeros(n, t, dtype=torch.long)
        self.mask = torch.zeros(n, t, dtype=torch.long)
        self.spans = torch.zeros(n, c, t)
        self.clause_mask = torch.zeros(n, c)
        self.reply_y = torch.zeros(n, k)
        self.reply_w = torch.zeros(n, k)          # 1 for the outputs of the item's mode
        self.clause_y = torch.zeros(n, c, k)
        self.clause_w = torch.zeros(n, c, k)      # 1 where a clause's target is known
        cached = rows[0].get("below") is not None
        self.below = torch.zeros(n, t, 384) if cached else None
        self.anchor = torch.zeros(n, c, 384) if rows[0].get("anchor") is not None else None
        for i, r in enumerate(rows):
            L = len(r["ids"])
            self.ids[i, :L] = torch.tensor(r["ids"])
            self.types[i, :L] = torch.tensor(r["types"])
            self.mask[i, :L] = 1
            if self.below is not None:
                self.below[i, :L] = r["below"].float()
            if self.anchor is not None:
                self.anchor[i, :len(r["spans"])] = r["anchor"]
            for j, idx in enumerate(r["spans"]):
                self.spans[i, j, idx] = 1.0
                self.clause_mask[i, j] = 1
            for act, y in r["reply"].items():
                o = acts.INDEX[f'{r["mode"]}:{act}']
                self.reply_y[i, o] = y
                self.reply_w[i, o] = 1
            for j, row in enumerate(r["clauses"]):
                for act, y in row.items():
                    if y is not None:
                        o = acts.INDEX[f'{r["mode"]}:{act}']
                        self.clause_y[i, j, o] = y
                        self.clause_w[i, j, o] = 1


def prepare(tok, item):
    ids, types, spans, chars = encode(tok, item.get("context", ""), item["reply"])
    return {"id": item["id"], "mode": item["mode"], "ids": ids, "types": types, "spans": spans, "chars": chars,
            "reply": acts.targets(item), "clauses": clause_targets(item, chars)}
