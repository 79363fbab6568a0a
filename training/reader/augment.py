"""Chat-style copies of tuning replies: the same reply, labels and evidence, typed the way people type fast (lower
case, apostrophes and full stops dropped, the common shortenings). Writers wrote text-speak for only an eighth of
the corpus; these copies teach the reader that the act, not the spelling, is what counts. Deterministic: the same
item always gives the same copy."""
import random
import re

import clauses  # the trainer puts training/reader on the path

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


def alone_copies(items, count, seed=11):
    """Replies that are only a fix: the sentence holding a customer reply's solution evidence, sent on its own, with
    the labels whose evidence lies in that sentence. Writers mostly wrapped a fix in an apology or a question, so a
    bare "I'll send a new one today." was rare in the corpus and a reader learned to take it for a promise with no
    step. Items whose positive acts lack evidence are passed over (where those acts sit is unknown). Deterministic for
    the same items."""
    rng = random.Random(seed)
    pool = []
    for it in items:
        if it["mode"] != "customer" or not it.get("english", True) or it.get("offtask"):
            continue
        labels, evidence = it.get("labels", {}), it.get("evidence") or {}
        quote = evidence.get("solution")
        if not labels.get("solution") or not isinstance(quote, str) or it["reply"].find(quote) < 0:
            continue
        if any(v and not isinstance(evidence.get(k), str) for k, v in labels.items()):
            continue
        sentence = _sentence_holding(it["reply"], quote)
        if sentence is None or sentence.strip() == it["reply"].strip() or len(sentence.split()) < 4:
            continue
        pool.append((it, sentence))
    out = []
    for it, sentence in rng.sample(pool, min(count, len(pool))):
        evidence = {k: v for k, v in (it.get("evidence") or {}).items() if isinstance(v, str) and v in sentence}
        copy = dict(it)
        copy["id"] = it["id"] + "~alone"
        copy["reply"] = sentence
        copy["labels"] = {k: int(bool(v) and k in evidence) for k, v in it.get("labels", {}).items()}
        copy["evidence"] = evidence
        if it.get("offer") in ("vague", "beyond") and "offer" not in evidence:
            copy["offer"] = "none"
        out.append(copy)
    return out


def _sentence_holding(reply, quote):
    """The reply's sentence (or run of sentences) that holds the whole quote, or None."""
    at = reply.find(quote)
    breaks = list(clauses.SENTENCE_END.finditer(reply))
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(reply)]
    first = max(s for s in starts if s <= at)
    last = min(e for e in ends if e >= at + len(quote))
    text = reply[first:last].strip()
    return text or None
