"""python3 anon.py WRITER BATCHNAME: raw/WRITER.jsonl -> label/BATCH.jsonl (anonymous ids, no writer/register/category) + key file"""
import json, sys, random
w, batch = sys.argv[1], sys.argv[2]
items = [json.loads(l) for l in open(f"/tmp/corpus/raw/{w}.jsonl", encoding="utf-8")]
rng = random.Random(batch); rng.shuffle(items)
key = {}
with open(f"/tmp/corpus/label/{batch}.jsonl", "w", encoding="utf-8") as f:
    for n, it in enumerate(items, 1):
        aid = f"{batch}-{n:04d}"; key[aid] = it["id"]
        f.write(json.dumps({"id": aid, "mode": it["mode"], "scenario": it["scenario"], "context": it["context"], "reply": it["reply"]}, ensure_ascii=False) + "\n")
json.dump(key, open(f"/tmp/corpus/{batch}.key.json", "w"))
print(len(items), "items ->", batch)
