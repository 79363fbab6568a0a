"""The acts the reader scores, per mode, in the order of the network's outputs. The Java side reads the same
list from the model's manifest (reader.json), so a new act needs no Java change to be read."""

CUSTOMER = ["empathy", "apology", "restate", "clarify", "ownership", "solution", "collaborate", "firm",
            "followup", "deflect", "blame", "condescend", "parrot", "vague", "overpromise"]
INTERVIEW = ["calm", "listen", "empathy", "restate", "clarify", "solution", "ownership", "firm", "escalate",
             "followup", "star", "rant", "overpromise", "passoff", "buzzwords", "asks_back"]
MODES = {"customer": CUSTOMER, "interview": INTERVIEW}

# One output per (mode, act): "customer:empathy" ... "interview:asks_back".
OUTPUTS = [f"{mode}:{act}" for mode, acts in MODES.items() for act in acts]
INDEX = {name: i for i, name in enumerate(OUTPUTS)}


def targets(item):
    """{act: 0/1} for the item's mode, from its labels; offer=vague/beyond become the vague/overpromise acts."""
    labels = dict(item.get("labels", {}))
    if item["mode"] == "customer":
        offer = item.get("offer", "none")
        labels.setdefault("vague", 1 if offer == "vague" else 0)
        labels.setdefault("overpromise", 1 if offer == "beyond" else 0)
    return {act: int(labels.get(act, 0)) for act in MODES[item["mode"]]}
