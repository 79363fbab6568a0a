"""BERT's uncased WordPiece tokenizer, as all-MiniLM-L6-v2's tokenizer.json describes it.

The Java reader (evaluation/WordPiece.java) implements the same steps; ReaderParityTest checks both give the
same ids on a shared file, so training and serving never see different tokens."""
import json
import unicodedata


def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, tokenizer_json):
        spec = json.load(open(tokenizer_json, encoding="utf-8"))
        self.vocab = spec["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self.pad = self.vocab["[PAD]"]

    def words(self, text):
        """(word, start, end) pieces of the text after BERT's basic tokenisation, offsets into the text."""
        out = []
        cur, start = [], 0
        def flush(end):
            if cur:
                out.append(("".join(cur), start, end))
                cur.clear()
        for i, ch in enumerate(text):
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r"):
                continue  # removed, as BERT's text cleaning does: it joins what stood either side
            if ch in " \t\n\r" or unicodedata.category(ch) == "Zs":
                flush(i)
                continue
            if _is_punct(ch) or _is_cjk(cp):
                flush(i)
                out.append((ch, i, i + 1))
                continue
            if not cur:
                start = i
            cur.append(ch)
        flush(len(text))
        return out

    @staticmethod
    def _normalise(word):
        word = unicodedata.normalize("NFD", word.lower())
        return "".join(c for c in word if unicodedata.category(c) != "Mn")

    def pieces(self, word):
        w = self._normalise(word)
        if not w:
            return []
        if len(w) > 100:
            return [self.unk]
        ids, start = [], 0
        while start < len(w):
            end, found = len(w), None
            while start < end:
                sub = w[start:end] if start == 0 else "##" + w[start:end]
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text):
        """Token ids with the character span each came from: [(id, start, end)]."""
        out = []
        for word, s, e in self.words(text):
            for tid in self.pieces(word):
                out.append((tid, s, e))
        return out
