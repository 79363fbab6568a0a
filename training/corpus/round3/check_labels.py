"""Checks a labelled batch: python3 /tmp/corpus/check_labels.py /tmp/corpus/label/BATCH.labelled.jsonl"""
import json, sys, os
C = ["apology","blame","clarify","collaborate","condescend","deflect","empathy","firm","followup","ownership","parrot","restate","solution"]
I = ["asks_back","buzzwords","calm","clarify","empathy","escalate","firm","followup","listen","overpromise","ownership","passoff","rant","restate","solution","star"]
OFFER = {"fits","partial","wrong","beyond","vague","none"}
src = sys.argv[1].replace(".labelled.jsonl", ".jsonl")
want = {json.loads(l)["id"]: json.loads(l) for l in open(src, encoding="utf-8")}
got = set(); bad = 0
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    try: d = json.loads(line)
    except Exception as e: print(f"line {n}: not JSON ({e})"); bad += 1; continue
    i = d.get("id")
    if i not in want: print(f"line {n}: id {i!r} is not in {src}"); bad += 1; continue
    if i in got: print(f"line {n}: {i} labelled twice"); bad += 1
    got.add(i); item = want[i]
    keys = C if item["mode"] == "customer" else I
    labels = d.get("labels", {})
    if set(labels) != set(keys): print(f"{i}: labels must have exactly {keys}"); bad += 1; continue
    if any(v not in (0, 1) for v in labels.values()): print(f"{i}: labels are 0 or 1"); bad += 1
    ev = d.get("evidence", {}) or {}
    for k, v in labels.items():
        if v == 1 and not ev.get(k): print(f"{i}: {k}=1 needs evidence"); bad += 1
    for k, v in ev.items():
        if k in labels and labels[k] == 0: print(f"{i}: evidence for {k} but {k}=0"); bad += 1
        if not isinstance(v, str) or v not in item["reply"]: print(f"{i}: evidence for {k} is not copied exactly from the reply: {v!r}"); bad += 1
    if item["mode"] == "customer":
        if d.get("offer") not in OFFER: print(f"{i}: offer must be one of {sorted(OFFER)}"); bad += 1
        if not d.get("asks"): print(f"{i}: asks must be a hidden fact id or none"); bad += 1
    for k in ("english", "offtask"):
        if not isinstance(d.get(k), bool): print(f"{i}: {k} must be true or false"); bad += 1
    if not d.get("labeller"): print(f"{i}: labeller name missing"); bad += 1
missing = set(want) - got
if missing: print(f"{len(missing)} items not labelled yet, e.g. {sorted(missing)[:5]}")
print(f"{len(got)} of {len(want)} labelled, {bad} problems")
