#!/usr/bin/env python3
"""Hand annotation helper for Tests/BriefingCoreTests/Fixtures/quotes-unseen (PolNeAR-style brat standoff).

  annotate.py show TEXT.txt       print the text with every quote segment numbered ⟦k⟧
  annotate.py build [-v] [SET]    write attributions/NAME_gold.ann for every gold/NAME.txt list of SET: quotes-unseen
                                  (the default; lists in gold/ here) or a sibling set such as quotes-unseen-2 (lists in
                                  ../SET/gold, fixture Tests/BriefingCoreTests/Fixtures/SET)

A gold list holds one line per segment number that `show` prints (lines starting with # are comments):
  k<TAB>source as written near the quote[<TAB>cue]   attributed quote; a leading < or > on the source
                                                      picks its nearest occurrence before or after the quote
  k<TAB>-                                             not attributed speech: scare quotes, terms, titles, headings
  @opening words<TAB>source[<TAB>cue]                 a quote the numbering cannot reach (inside a span opened by a
                                                      mismatched mark); its content runs to the next closing mark
  @opening words…closing words<TAB>source[<TAB>cue]   the same, its content running to the end of the closing words
                                                      (a quote holding a quote, which the numbering splits)
Every Content span is checked to read back as exactly one quote with the scorer's pairing (QuoteGold.segments);
a span the scorer reads as no quote or as two (a mark glued to the word before it, a curly quote reopened with a
straight mark) is reported as a warning."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "Tests", "BriefingCoreTests", "Fixtures")


def segments(text):
    """Quote segments as content ranges (code point offsets). A straight-quoted paragraph left open and reopened
    by the next paragraph ends at the reopening mark; a curly one is merged with its continuation."""
    out = []; o = None; kind = None; line_start = True
    for i, ch in enumerate(text):
        if o is not None and line_start and (ch == '"' and kind == 's' or ch == '\u201c' and kind == 'c'):
            if kind == 's': out.append((o + 1, i)); o = i
            line_start = False
            continue
        if ch == '\u201c' and o is None: o = i; kind = 'c'
        elif ch == '\u201d' and o is not None and kind == 'c': out.append((o + 1, i)); o = None
        elif ch == '"':
            if o is None: o = i; kind = 's'
            elif kind == 's': out.append((o + 1, i)); o = None
        if ch == '\n': line_start = True
        elif not ch.isspace(): line_start = False
    return sorted(out)


def separate_segments(region):
    """Text between paired “…” and between paired straight marks (a quote carried over paragraphs reads as one)."""
    out = []; o = None; st = None
    for i, ch in enumerate(region):
        if ch == '\u201c':
            if o is None: o = i
        elif ch == '\u201d':
            if o is not None: out.append(region[o + 1:i]); o = None
        elif ch == '"':
            if st is not None: out.append(region[st + 1:i]); st = None
            else: st = i
    return [s.strip(' \t') for s in out if s.strip(' \t')]


def scorer_segments(region):
    """QuoteGold.segments: curly and straight double marks pair with each other; a mark opens when no space follows
    it and a space, line break, opening bracket, dash, slash or another mark (or the start) comes before it."""
    marks = '\u201c\u201d"'
    def opens(i):
        if i + 1 >= len(region) or region[i + 1].isspace(): return False
        return i == 0 or region[i - 1].isspace() or region[i - 1] in marks or region[i - 1] in "([{\u2014\u2013-/"
    out = []; o = None; depth = 0
    for i, ch in enumerate(region):
        if ch not in marks: continue
        if opens(i):
            if o is None: o = i
            elif "\n" in region[o + 1:i]: out.append(region[o + 1:i]); o = i; depth = 0
            else: depth += 1
        elif o is not None:
            if depth > 0: depth -= 1
            else: out.append(region[o + 1:i]); o = None
    return [s.strip(' \t') for s in out if s.strip(' \t')]


def scorer_reads(text, s, e):
    """How many quotes the scorer reads in the Content span s..e: scorer_segments over the span with its marks,
    a mark's neighbours read from the whole text (a mark glued to the word before it opens nothing)."""
    marks = '\u201c\u201d"'
    lo, hi = max(0, s - 1), min(len(text), e + 1)
    def opens(i):
        if i + 1 >= len(text) or text[i + 1].isspace(): return False
        return i == 0 or text[i - 1].isspace() or text[i - 1] in marks or text[i - 1] in "([{\u2014\u2013-/"
    n = 0; o = None; depth = 0
    for i in range(lo, hi):
        if text[i] not in marks: continue
        if opens(i):
            if o is None: o = i
            elif "\n" in text[o + 1:i]: n += bool(text[o + 1:i].strip()); o = i; depth = 0
            else: depth += 1
        elif o is not None:
            if depth > 0: depth -= 1
            else: n += bool(text[o + 1:i].strip()); o = None
    return n


def nearest(text, needle, s, e):
    """(start, end) of the occurrence of `needle` outside the quote s..e nearest to it."""
    side = None
    if needle[0] in "<>": side, needle = needle[0], needle[1:]
    pat = (r'\b' if needle[0].isalnum() else '') + re.escape(needle) + (r'\b' if needle[-1].isalnum() else '')
    best = None
    for m in re.finditer(pat, text):
        if s - 1 <= m.start() < e + 1: continue
        if side == "<" and m.end() > s or side == ">" and m.start() < e: continue
        d = s - m.end() if m.end() <= s else m.start() - e
        if best is None or d < best[0]: best = (d, m.start(), m.end())
    assert best, f"{needle!r} not found"
    return best[1:]


def build(verbose, set_name):
    total = 0
    fixture = os.path.join(FIXTURES, set_name)
    gold = os.path.join(HERE, "gold") if set_name == "quotes-unseen" else os.path.join(HERE, "..", set_name, "gold")
    for name in sorted(os.listdir(gold)):
        stem = name[:-4]
        text = open(os.path.join(fixture, "text", stem + ".txt"), encoding="utf-8").read()
        segs = segments(text)
        ann = []; t = 0; ev = 0; done = set()
        for line in open(os.path.join(gold, name), encoding="utf-8"):
            if not line.strip() or line.startswith("#"): continue
            f = line.rstrip("\n").split("\t")
            if f[0].startswith("@"):
                start, _, end = f[0][1:].partition("\u2026")
                s = text.index(start)
                if end: e = text.index(end, s) + len(end)
                else: e = min(i for i in (text.find("\u201d", s), text.find('"', s)) if i >= 0)
            else:
                k = int(f[0]); assert k not in done, (name, k); done.add(k)
                if f[1] == "-": continue
                s, e = segs[k - 1]
            spans = [("Source", nearest(text, f[1], s, e))]
            if len(f) > 2: spans.append(("Cue", nearest(text, f[2], s, e)))
            spans.append(("Content", (s, e)))
            ids = {}
            for role, (a, b) in spans:
                t += 1; ids[role] = f"T{t}"
                ann.append(f"T{t}\t{role} {a} {b}\t{text[a:b]}".replace("\n", " "))
            a, b = dict(spans).get("Cue", dict(spans)["Source"])
            t += 1; ann.append(f"T{t}\tAttribution {a} {b}\t{text[a:b]}")
            ev += 1
            ann.append(f"E{ev}\tAttribution:T{t} " + " ".join(f"{r}:{i}" for r, i in ids.items()))
            region = text[max(0, s - 1):e + 1]
            found = separate_segments(region)
            if len(found) != 1: found = scorer_segments(region)[:1]
            assert len(found) == 1, (name, f[0], found)
            reads = scorer_reads(text, s, e)
            if reads != 1: print(f"warning: {stem} {f[0]}: the scorer reads {reads} quotes here")
            src = dict(spans)["Source"]
            if verbose: print(f"{stem} {f[0]}: [{text[src[0]:src[1]]}] {found[0][:70]!r}")
            total += 1
        missing = set(range(1, len(segs) + 1)) - done
        assert not missing, (name, sorted(missing))
        with open(os.path.join(fixture, "attributions", stem + "_gold.ann"), "w", encoding="utf-8") as out:
            out.write("\n".join(ann) + "\n")
    print("gold quotes", total)


if __name__ == "__main__":
    if sys.argv[1:2] == ["show"]:
        text = open(sys.argv[2], encoding="utf-8").read()
        out = []; last = 0
        for k, (s, e) in enumerate(segments(text), 1):
            out += [text[last:s], f"⟦{k}⟧"]; last = s
        print("".join(out + [text[last:]]))
    elif sys.argv[1:2] == ["build"]:
        build("-v" in sys.argv, next((a for a in sys.argv[2:] if a != "-v"), "quotes-unseen"))
    else:
        print(__doc__)
