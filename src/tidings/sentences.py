"""A fast rule-based sentence splitter that keeps character offsets.

News text is full of periods that do not end sentences ("U.S.", "Brig. Gen.", "Jan. 6", "William H. Seely")
and of sentences glued together by scraping ("in Iraq.Several helicopters"). The rules here are cheap (one
regex pass over candidate boundaries) so the splitter can run at ingest time on every document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["sentence_at", "split", "split_text"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations after which a period never ends a sentence (titles, ranks, name parts).
_TITLES = _words(
    """mr mrs ms dr prof rev sen rep gov gen lt col maj capt cpt sgt cmdr adm brig pvt cpl st mt ft fr sr
    jr hon pres supt insp det atty messrs mmes no nos vol art fig approx dept est inc corp ltd co bros
    vs v op pp ed eds al gov. rt cf"""
)
# Month abbreviations: they end a sentence only when no day number follows.
_MONTHS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
# Dotted acronyms ("U.S.", "U.N.", "p.m."): a boundary only when a typical sentence opener follows.
_OPENERS = _words(
    """the a an it he she they we i but and in on at this that these those there his her their its our
    however meanwhile still yet so as after before when while since if for many some most one two"""
)
_CLOSERS = "\"'”’)]"

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace or a glued
# capital letter (scraped "Iraq.Several"), or a newline on its own.
_CANDIDATE = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+(?=\s|[\"“‘(]?[A-Z])|\n")
# The number that opens an item of a numbered list, alone on its line before the period
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’-]*)$")
_SPACE = re.compile(r"\s+")
_GLUED_WORD = re.compile(r"[A-Za-z]*[a-z]{2}")
_LETTERS = re.compile(r"[A-Za-z]+")


def _word_before(text: str, pos: int) -> str:
    """The word ending at ``pos``; scanning back from ``pos`` keeps the splitter linear in the text."""
    i = pos
    stop = max(0, pos - 64)  # no abbreviation is longer; "U.S.U.S.U.S..." must not be scanned to its start
    while i > stop and (text[i - 1].isalpha() or text[i - 1] in ".'’-"):
        i -= 1
    m = _WORD_BEFORE.search(text, i, pos)
    return m.group(1) if m else ""


def _is_boundary(text: str, pos: int, end: int) -> bool:
    """Decide whether the punctuation run text[pos:end] ends a sentence."""
    if text[pos] == "\n":
        return _newline_boundary(text, pos)
    nxt = end
    n = len(text)
    glued = nxt < n and not text[nxt].isspace()
    while nxt < n and text[nxt] in " \t":
        nxt += 1
    if nxt >= n:
        return True
    following = text[nxt]
    if text[pos] in "!?":
        return not following.islower()
    if _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos):
        return False  # "1. Governance - steering group": a numbered item's number, not a sentence
    word = _word_before(text, pos)
    if glued:
        # Only a lowercase word of 2+ letters glued to a capitalised word ("Iraq.Several") is a boundary;
        # this keeps "U.S.", "p.m." and file names together.
        return bool(_GLUED_WORD.fullmatch(word)) and following.isupper()
    if following.islower():
        return False
    low = word.lower().rstrip(".")
    if "." in word.rstrip("."):  # dotted acronym such as U.S. or a.m.
        # match at nxt rather than on the slice text[nxt:], which would copy the rest of the text
        nw = _LETTERS.match(text, nxt)
        return nw is not None and nw.group(0).lower() in _OPENERS
    if low in _TITLES:
        return False
    if low in _MONTHS:
        return not following.isdigit()
    # an initial ("William H. Seely") does not end a sentence
    return not (len(word) == 1 and word.isupper())


def _newline_boundary(text: str, pos: int) -> bool:
    """A line break ends a sentence unless the text is hard-wrapped mid-sentence."""
    j = pos + 1
    n = len(text)
    while j < n and text[j] in " \t\r":
        j += 1
    if j >= n or text[j] == "\n":
        return True
    i = pos - 1
    while i >= 0 and text[i] in " \t\r":
        i -= 1
    if i < 0:
        return True
    prev = text[i]
    # Hard wrap: the previous line stops mid-clause and the next one continues in lowercase.
    return not (text[j].islower() and prev not in '.!?:"”')


def _spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _CANDIDATE.finditer(text):
        if not _is_boundary(text, m.start(), m.end()):
            continue
        if text[m.start()] == "\n":
            end = m.start()
        elif m.end() < len(text) and not text[m.end()].isspace():
            # Glued ("said.\"We respect"): a quote right before a capital opens the next sentence.
            end = m.start() + len(m.group(0).rstrip(_CLOSERS))
        else:
            end = m.end()
        yield start, end
        start = end
    yield start, len(text)


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, trimmed of surrounding whitespace, in order."""
    out: list[tuple[int, int]] = []
    for s, e in _spans(text):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_text(text: str) -> list[str]:
    """The sentences themselves (for tests and quick use)."""
    return [text[s:e] for s, e in split(text)]


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The span containing ``offset`` (or the nearest one before it)."""
    lo, hi = 0, len(spans) - 1
    best = spans[0] if spans else (0, 0)
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= offset:
            best = spans[mid]
            lo = mid + 1
        else:
            hi = mid - 1
    return best


def asks(sentence: str) -> bool:
    """Does the sentence ask, a closing quotation mark or bracket aside ("FACT CHECK: Did the city pay
    $1.2M?")?"""
    return sentence.rstrip(" \"”')").endswith("?")


def normalise_space(s: str) -> str:
    return _SPACE.sub(" ", s).strip()
