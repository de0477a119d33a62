"""Text-density classification with context smoothing (the idea of jusText, on plain lines).

Each candidate line is classed by length and stopword density, then short and borderline
lines take the class of their neighbours: a short line between two paragraphs is part of
the text, a short line among menu items is furniture.
"""

from __future__ import annotations

import re

from parley.clean.language import best_stop_ratio
from parley.clean.lines import Info

# jusText's defaults, which its authors tuned on news pages: below LENGTH_LOW characters a
# block is too short to judge on its own; above LENGTH_HIGH with enough stopwords it is text.
LENGTH_LOW = 70
LENGTH_HIGH = 200
# Share of stopwords (function words) in running prose is ~0.35-0.5 in the listed languages;
# menus, names and headline lists have far fewer. jusText's defaults are 0.30 and 0.32; with
# our other near-good rules a single cut at 0.30 scores higher on both halves of the peer
# benchmark (even 0.908 -> 0.909, odd 0.896 -> 0.897).
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.30
# For a page whose language has no stopword list (zh, ru, ...) only length is left: a line
# this long with sentence punctuation is prose.
NO_LANG_GOOD_CHARS = 120
# Chinese and Japanese write without spaces and pack a word into one to three characters, so
# a line of them is as long, for the length thresholds, as this many times its characters
# (a 40-character Chinese sentence holds about as much as a 120-character English one).
CJK_CHAR_WEIGHT = 3
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A line with this many words ending like a sentence is prose even with few stopwords
# (lists of figures, names and dates in an article paragraph lower the density).
LONG_SENTENCE_WORDS = 25
# A complete sentence of 10+ words is at least borderline prose even with few stopwords
# (news leads full of names and titles: "The US State Department said ... Andrew Shapiro.");
# its neighbours then decide. Below 0.15 it is a list of names or figures.
SENTENCE_MIN_WORDS = 10
SENTENCE_MIN_STOP = 0.15
# A short line that is a whole sentence of a few words ("Her last day is April 1.") is
# near-good, not short: next to a paragraph it is the article's last line, not a button.
SHORT_SENTENCE_MIN_WORDS = 6
SHORT_SENTENCE_MIN_STOP = 0.2


def initial_class(info: Info, has_stopwords: bool, stop: frozenset[str] = frozenset()) -> str:
    n = info.n_chars
    if info.reason is not None:
        return "bad"
    if not has_stopwords:
        if _CJK_RE.search(info.text):
            n *= CJK_CHAR_WEIGHT
        if n >= NO_LANG_GOOD_CHARS and info.sentence_end:
            return "good"
        return "short" if n < LENGTH_LOW else "neargood"
    sr = info.stop_ratio
    if n < LENGTH_LOW:
        if (info.sentence_end and info.n_words >= SHORT_SENTENCE_MIN_WORDS
                and sr >= SHORT_SENTENCE_MIN_STOP and info.text[0].isupper()):
            return "neargood"
        return "short"
    if sr >= STOPWORDS_HIGH:
        return "good" if n > LENGTH_HIGH or info.sentence_end else "neargood"
    if info.n_words >= LONG_SENTENCE_WORDS and info.sentence_end:
        return "good" if sr >= STOPWORDS_LOW / 2 else "neargood"
    if sr >= STOPWORDS_LOW:
        return "neargood"
    if info.sentence_end and info.n_words >= SENTENCE_MIN_WORDS and sr >= SENTENCE_MIN_STOP:
        return "neargood"
    if n > LENGTH_HIGH and info.n_words >= LONG_SENTENCE_WORDS and sr >= SENTENCE_MIN_STOP:
        return "neargood"  # a long paragraph cut off by the scrape: no final punctuation
    if info.sentence_end and info.n_words >= SENTENCE_MIN_WORDS and _names_sentence(info, stop):
        return "neargood"
    return "bad"


# A sentence made mostly of names and titles ("Foreign Minister A B and Defence Minister C D
# met Foreign Minister E F.") has almost no stopwords, yet its few lower-case words are the
# function words and verbs that join the names: at least NAMES_MIN_SHARE of its words are
# capitalised, at least NAMES_MIN_LOWER are not, and this share of those is stopwords.
NAMES_MIN_SHARE = 0.5
NAMES_MIN_LOWER = 2
NAMES_LOWER_STOP = 0.3
_TOKEN_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def _names_sentence(info: Info, stop: frozenset[str]) -> bool:
    tokens = _TOKEN_RE.findall(info.text)
    lower = [t for t in tokens if t[0].islower()]
    if len(lower) < NAMES_MIN_LOWER or len(tokens) - len(lower) < NAMES_MIN_SHARE * len(tokens):
        return False
    return sum(1 for t in lower if t in stop) >= NAMES_LOWER_STOP * len(lower)


def _nearest(classes: list[str], accept: frozenset[str], reverse: bool) -> list[str]:
    """For each position, the class of the nearest line before it (or after it, when
    ``reverse``) whose class is in ``accept``; the page edges count as "bad". Linear time."""
    n = len(classes)
    out = ["bad"] * n
    last = "bad"
    order = range(n - 1, -1, -1) if reverse else range(n)
    for i in order:
        out[i] = last
        if classes[i] in accept:
            last = classes[i]
    return out


_DECIDED = frozenset({"good", "bad"})
_DECIDED_OR_NEAR = frozenset({"good", "bad", "neargood"})


def smooth(classes: list[str]) -> list[str]:
    """jusText's context rules: resolve short and near-good lines from their neighbours."""
    out = list(classes)
    prev = _nearest(classes, _DECIDED, False)
    nxt = _nearest(classes, _DECIDED, True)
    prev_n = _nearest(classes, _DECIDED_OR_NEAR, False)
    nxt_n = _nearest(classes, _DECIDED_OR_NEAR, True)
    for i, c in enumerate(classes):
        if c != "short":
            continue
        p, q = prev[i], nxt[i]
        if p == q == "good":
            out[i] = "good"
        elif p == q == "bad":
            out[i] = "bad"
        elif (p == "bad" and prev_n[i] == "neargood") or (q == "bad" and nxt_n[i] == "neargood"):
            out[i] = "good"
        else:
            out[i] = "bad"
    prev = _nearest(out, _DECIDED, False)
    nxt = _nearest(out, _DECIDED, True)
    for i, c in enumerate(classes):
        if c == "neargood":
            out[i] = "bad" if prev[i] == nxt[i] == "bad" else "good"
    return out


# Hard-wrapped text (a mailing-list archive, a preformatted blog post) breaks every sentence
# over lines of 60-70 characters, each too short to be judged prose on its own. A line of at
# least REFLOW_MIN_CHARS without final punctuation, followed directly by a line that starts
# in lower case, continues into it: such a run is classed as one paragraph. A menu item is
# rarely followed by a lower-case line; 20 scored a little above 30 and 40 on the even half
# of the peer benchmark (the odd half: the same).
REFLOW_MIN_CHARS = 20


def reflow(cand: list[Info], classes: list[str], stop: frozenset[str]) -> None:
    """Give each run of hard-wrapped lines among ``cand`` the class of the whole run
    (``classes`` holds their initial classes, in the same order, and is updated)."""
    n = len(cand)
    k = 0
    while k < n - 1:
        j = k
        while (j < n - 1 and cand[j].reason is None and cand[j + 1].reason is None
               and cand[j + 1].index == cand[j].index + 1 and not cand[j].sentence_end
               and cand[j].n_chars >= REFLOW_MIN_CHARS and cand[j + 1].text[:1].islower()):
            j += 1
        if j > k:
            run = cand[k:j + 1]
            merged = Info(run[0].index, " ".join(i.text for i in run),
                           [w for i in run for w in i.words])
            merged.stop_ratio = best_stop_ratio(merged.words, stop)
            c = initial_class(merged, bool(stop), stop)
            for m in range(k, j + 1):
                classes[m] = c
            k = j + 1
        else:
            k += 1
