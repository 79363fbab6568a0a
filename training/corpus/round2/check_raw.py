"""Checks a writer's file: python3 /tmp/corpus/check_raw.py /tmp/corpus/raw/NAME.jsonl"""
import json, sys, collections, os
REG = {"textbook","plain","curt","textspeak","nonnative","rambling","formal","warm"}
CUST = {"account-manager-strict","call-centre-strict","retail-rapid-fire","service-rep-warm"}
SCEN = {f[:-3] for f in os.listdir("/work/main/prompts/scenarios")}
CATS_I = {"star-strong","concrete-walkthrough","followup-answer","escalate-answer","partial","firm-answer","checklist-recital",
          "vague-generic","buzzwords","passoff","rant","over-promise","asks-back","star-no-result","invented-figures"}
CATS_C = {"curt-competent","plain-fix","completed-action","apology-empathy-action","restate-check","parrot","vague-promise",
          "hollow","over-promise","wrong-fix","fix-then-insult","condescension","sarcasm","blame","deflect","firm-alternative","closing-after-resolved",
          "will-fix","can-offer","question-offer","choice-offer","clipped-fix","done-report","question-lookalike","report-lookalike","wrong-offer-question","vague-lookalike","taking-it-on","fix-in-long","over-promise-future","wrong-fix-future","followup-future"}
path = sys.argv[1]; name = os.path.basename(path).split(".")[0]
ids = set(); bad = 0; c = collections.Counter(); replies = set()
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        print(f"line {n}: not JSON ({e})"); bad += 1; continue
    need = ["id","writer","mode","register","category","scenario","context","reply"]
    miss = [k for k in need if not d.get(k)]
    if miss: print(f"line {n}: missing {miss}"); bad += 1; continue
    if d["writer"] != name: print(f"line {n}: writer should be {name}"); bad += 1
    if d["id"] in ids: print(f"line {n}: duplicate id {d['id']}"); bad += 1
    ids.add(d["id"])
    if d["reply"].strip().lower() in replies: print(f"line {n}: same reply as an earlier item"); bad += 1
    replies.add(d["reply"].strip().lower())
    if d["register"] not in REG: print(f"line {n}: register {d['register']!r} not one of {sorted(REG)}"); bad += 1
    if d["scenario"] not in SCEN: print(f"line {n}: scenario {d['scenario']!r} unknown"); bad += 1
    if d["mode"] == "interview":
        if d["scenario"] not in CUST: print(f"line {n}: interview items use an interview scenario {sorted(CUST)}"); bad += 1
        if d["category"] not in CATS_I: print(f"line {n}: interview category {d['category']!r} unknown"); bad += 1
    elif d["mode"] == "customer":
        if d["scenario"] in CUST: print(f"line {n}: customer items use a customer scenario"); bad += 1
        if d["category"] not in CATS_C: print(f"line {n}: customer category {d['category']!r} unknown"); bad += 1
    else:
        print(f"line {n}: mode must be customer or interview"); bad += 1
    c[(d["mode"], d["register"])] += 1
print(f"{len(ids)} items, {bad} problems"); print(dict(sorted(c.items())))
