"""Chat-style copies of tuning replies: the same reply, labels and evidence, typed the way people type fast (lower
case, apostrophes and full stops dropped, the common shortenings). Writers wrote text-speak for only an eighth of
the corpus; these copies teach the reader that the act, not the spelling, is what counts. Deterministic: the same
item always gives the same copy."""
import random
import re

SHORT = {"you": "u", "your": "ur", "you're": "ur", "are": "r", "please": "pls", "thanks": "thx",
         "tonight": "tonite", "because": "cos", "tomorrow": "tmrw", "about": "abt", "sorry": "sry",
         "really": "rly", "today": "2day", "to": "2", "for": "4", "before": "b4", "with": "w", "okay": "ok",
         "minutes": "mins", "message": "msg", "probably": "prob", "something": "smth", "though": "tho"}
WORD = re.compile(r"[A-Za-z']+")


def chat_copy(item, rate=0.7):
    """The item typed fast, or None when nothing changed. Evidence quotes are transformed the same way."""
    rng = random.Random("chat:" + item["id"])
    keep_case = rng.random() < 0.2
    drop_stops = rng.random() < 0.6
    choices = {w: rng.random() < rate for w in SHORT}

    def typed(text):
        def word(m):
            w = m.group(0)
            low = w.lower()
            if choices.get(low):
                return SHORT[low]
            return w if keep_case else low
        t = WORD.sub(word, text)
        t = t.replace("'", "")
        if drop_stops:
            t = re.sub(r"\.(\s|$)", r"\1", t)
        return t

    reply = typed(item["reply"])
    if reply == item["reply"]:
        return None
    copy = dict(item)
    copy["id"] = item["id"] + "~chat"
    copy["reply"] = reply
    copy["evidence"] = {k: typed(v) for k, v in (item.get("evidence") or {}).items() if isinstance(v, str)}
    copy["register"] = "textspeak"
    return copy


HABITS = ("blame", "condescend", "deflect")


def mixed_copies(items, count, seed=5):
    """Replies that do two things at once: a customer reply with a habit (blame, condescension, deflection) joined to
    another writer-labelled reply of the same scenario that fixes it with no habit, in either order, labels and
    evidence of both kept. Most labelled replies do one thing; a learner's often does a jab and a fix together, and a
    reader that saw only the first kind lets the strong fix drown the jab. Deterministic for the same items."""
    rng = random.Random(seed)
    by_scenario = {}
    for it in items:
        if it["mode"] != "customer" or not it.get("english", True) or it.get("offtask"):
            continue
        labels = it.get("labels", {})
        kind = "habit" if any(labels.get(h) for h in HABITS) else ("fix" if labels.get("solution") else None)
        if kind:
            by_scenario.setdefault(it["scenario"], {"habit": [], "fix": []})[kind].append(it)
    pools = [(s, p) for s, p in sorted(by_scenario.items()) if p["habit"] and p["fix"]]
    out = []
    for n in range(count if pools else 0):
        _, pool = pools[n % len(pools)]
        habit, fix = rng.choice(pool["habit"]), rng.choice(pool["fix"])
        first, second = (habit, fix) if rng.random() < 0.5 else (fix, habit)
        copy = dict(fix)
        copy["id"] = f"{first['id']}~mix~{second['id']}"
        copy["context"] = habit["context"] if first is habit else fix["context"]
        copy["reply"] = first["reply"].rstrip() + " " + second["reply"].lstrip()
        copy["labels"] = {k: int(first["labels"].get(k, 0) or second["labels"].get(k, 0))
                          for k in sorted(set(first["labels"]) | set(second["labels"]))}
        evidence = dict(second.get("evidence") or {})
        evidence.update(first.get("evidence") or {})
        copy["evidence"] = evidence
        out.append(copy)
    return out
