"""A file the Java reader is checked against (ReaderParityTest): for a few replies, the tokens, the clauses and the
trained network's reply-level probability per act, as PyTorch computes them in full precision. The server runs
the int8 export, so its probabilities may differ a little; tokens and clauses must be identical."""
import json

import acts
import clauses
import data
import fit

# Text that has tripped tokenisers: accents, curly quotes, emoji, control characters, no spaces, long words.
EDGES = [
    ("Where's my order?", "Café crème ordered… I’m sorry — it’s on its way 🚚 tonight!"),
    ("Hello?", "ok\u0007so\u200bthe refund\tis done\r\nspeak soon"),
    ("Why?", "Supercalifragilisticexpialidocioussupercalifragilisticexpialidocioussupercalifragilisticexpialidociousxyz!!!"),
    ("", "I'll refund it.I'll call you.OK?"),
    ("Fine.", "e\u0301te\u0301 — ÉTÉ naïve Zoë"),
    ("What now?", "sry abt that my fault sending a new one same day courier shud be with u by 8 tonite and i will text u the tracking when it leaves"),
]


def write(path, tok, model, items, cuts, n=54):
    picked = [(it.get("context", ""), it["reply"], it["mode"]) for it in items[::max(1, len(items) // n)][:n]]
    picked += [(c, r, "customer") for c, r in EDGES]
    rows = []
    for k, (context, reply, mode) in enumerate(picked):
        row = data.prepare(tok, {"id": str(k), "mode": mode, "context": context, "reply": reply, "labels": {}})
        rows.append(row)
    scores = fit.score(model, rows)
    with open(path, "w", encoding="utf-8") as f:
        for (context, reply, mode), row in zip(picked, rows):
            f.write(json.dumps({
                "mode": mode, "context": context, "reply": reply,
                "replyTokens": [t for t, _, _ in tok.encode(reply)],
                "clauses": [reply[a:b] for a, b in clauses.split(reply)],
                "probabilities": {a: round(p, 4) for a, p in scores[row["id"]]["reply"].items()},
                "cuts": {a: cuts[f"{mode}:{a}"] for a in acts.MODES[mode]}}, ensure_ascii=False) + "\n")
