"""The second-labeller overlap of this round:
python3 second.py make BATCH WRITER...   20 items of each writer -> label/BATCH.jsonl (anonymous ids) + key file
python3 second.py merge BATCH            its labels -> "second" of those items in /work/main/training/corpus/items/"""
import json, sys, random
cmd, batch = sys.argv[1], sys.argv[2]
if cmd == "make":
    picked = []
    for w in sys.argv[3:]:
        items = [json.loads(l) for l in open(f"/tmp/corpus/raw/{w}.jsonl", encoding="utf-8")]
        picked += random.Random(f"{batch}-{w}").sample(items, 20)
    random.Random(batch).shuffle(picked)
    key = {}
    with open(f"/tmp/corpus/label/{batch}.jsonl", "w", encoding="utf-8") as f:
        for n, it in enumerate(picked, 1):
            aid = f"{batch}-{n:04d}"; key[aid] = it["id"]
            f.write(json.dumps({"id": aid, "mode": it["mode"], "scenario": it["scenario"], "context": it["context"],
                                "reply": it["reply"]}, ensure_ascii=False) + "\n")
    json.dump(key, open(f"/tmp/corpus/{batch}.key.json", "w"))
    print(len(picked), "items ->", batch)
else:
    key = json.load(open(f"/tmp/corpus/{batch}.key.json"))
    second = {}
    for l in open(f"/tmp/corpus/label/{batch}.labelled.jsonl", encoding="utf-8"):
        d = json.loads(l)
        second[key[d["id"]]] = {"labeller": d["labeller"], "labels": {k: int(v) for k, v in sorted(d["labels"].items())}}
    for w in sorted({i.split("-")[0] for i in second}):
        path = f"/work/main/training/corpus/items/{w}.jsonl"
        items = [json.loads(l) for l in open(path, encoding="utf-8")]
        for it in items:
            if it["id"] in second:
                it["second"] = second[it["id"]]
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=True) + "\n")
    print(len(second), "second labels merged")
