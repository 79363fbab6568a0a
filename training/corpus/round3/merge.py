"""python3 merge.py WRITER BATCH: raw + labels -> /work/main/training/corpus/items/WRITER.jsonl"""
import json, sys
w, batch = sys.argv[1], sys.argv[2]
raw = {json.loads(l)["id"]: json.loads(l) for l in open(f"/tmp/corpus/raw/{w}.jsonl", encoding="utf-8")}
key = json.load(open(f"/tmp/corpus/{batch}.key.json"))
labelled = {}
for l in open(f"/tmp/corpus/label/{batch}.labelled.jsonl", encoding="utf-8"):
    d = json.loads(l); labelled[key[d["id"]]] = d
out = []
for rid, it in raw.items():  # the writer's order
    lab = labelled[rid]
    item = {k: it[k] for k in ("id", "writer", "mode", "register", "category", "scenario", "context", "reply")}
    item["labels"] = {k: int(v) for k, v in sorted(lab["labels"].items())}
    item["evidence"] = {k: v for k, v in sorted((lab.get("evidence") or {}).items())}
    if it["mode"] == "customer":
        item["offer"] = lab["offer"]; item["asks"] = lab["asks"]
    item["english"] = bool(lab["english"]); item["offtask"] = bool(lab["offtask"])
    item["note"] = lab.get("note", ""); item["labeller"] = lab["labeller"]
    out.append(item)
with open(f"/work/main/training/corpus/items/{w}.jsonl", "w", encoding="utf-8") as f:
    for item in out:
        f.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
print(w, len(out))
