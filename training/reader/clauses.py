"""Splits a reply into clauses with exact offsets: the same rules as evaluation/ClauseSplitter.java (the parity
test compares both on a shared file), so the reader is trained on the clauses it will read in service."""
import re

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[.!?])(?=[A-Z])", re.ASCII)
# Where a new act usually starts inside a sentence: ", but", ", so I'll", " - ", ": ", ", can you".
CLAUSE_BREAK = re.compile(
    r"(?i),\s+(?=(?:but|so|and|because|though|although|however|then|which|while|plus)\b)"
    r"|\s+(?=but\b)|\s+and\s+(?=(?:I'll|I will|we'll|we will|I'm going|I've|we've|I can|then|also)\b)"
    r"|\s+[-\u2013\u2014]+\s+|:\s+"
    r"|,\s+(?=(?:I|we|I'll|we'll|I've|I'm|let me|can you|could you|would you|what|when|how)\b)", re.ASCII)
# An unpunctuated run (text-speak, a ramble) is cut before a joining word once it is this long.
LONG = 14
JOIN = re.compile(r"(?i)\s+(?=(?:and|but|so|then|because|or)\s)", re.ASCII)
MAX_CLAUSES = 40


def split(reply):
    """[(start, end)] of each clause, in order; reply[start:end] is the clause, trimmed."""
    out = []
    start = 0
    for m in SENTENCE_END.finditer(reply):
        _sentence(reply, start, m.start(), out)
        start = m.end()
    _sentence(reply, start, len(reply), out)
    return out[:MAX_CLAUSES]


def _sentence(reply, frm, to, out):
    s, e = _trim(reply, frm, to)
    if s >= e:
        return
    sentence = reply[s:e]
    start = 0
    for m in CLAUSE_BREAK.finditer(sentence):
        if _words(sentence[start:m.start()]) >= 2:
            _clause(reply, s + start, s + m.start(), out)
            start = m.end()
    _clause(reply, s + start, e, out)


def _clause(reply, frm, to, out):
    s, e = _trim(reply, frm, to)
    if s >= e:
        return
    if _words(reply[s:e]) > LONG:
        start = s
        for m in JOIN.finditer(reply, s, e):
            if _words(reply[start:m.start()]) >= 4 and _words(reply[m.end():e]) >= 4:
                a, b = _trim(reply, start, m.start())
                if a < b:
                    out.append((a, b))
                start = m.end()
        s = start
        s, e = _trim(reply, s, e)
    if s < e:
        out.append((s, e))


# ASCII whitespace only, as Java's \\s and Character.isWhitespace agree on it.
WHITESPACE = " \t\n\r\f\v"


def _words(text):
    return len([w for w in re.split(r"[ \t\n\r\f\v]+", text) if w])


def _trim(s, frm, to):
    while frm < to and (s[frm] in WHITESPACE or s[frm] == ","):
        frm += 1
    while to > frm and (s[to - 1] in WHITESPACE or s[to - 1] == ","):
        to -= 1
    return frm, to
