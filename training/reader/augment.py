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
