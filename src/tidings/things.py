"""Things a sentence lists in ordinary words: "covers apples, pears and cherries", "lost mobile data and text
messaging", "Clothes and other textiles are among the items". The members of a list question whose class
has no proper names ("which crops", "which services", "which instruments").

A member is a short noun phrase of lowercase words (the sentence's first word may be capitalised); a list is
two or more of them joined by commas, "and" or "or". Words that cannot be part of a noun phrase (function
words, auxiliaries, prepositions) end a member, so "mobile data and text messaging for up to seven hours"
lists two members, not one running on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Listing", "listings", "thing_at"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end a member: a noun phrase does not run on over them.
_END = _words(
    """a an the of in on at to for from by with into onto about as and or but nor is are was were be been
    being am has have had do does did will would can could should may might must shall not no this that these
    those there it its their his her our your my they them he she we you i who whom whose which what when
    where why how than then so if because while after before during since until unless also only just even
    very more most less least such both either neither each every all any some many much few several other
    others one two three four five six seven eight nine ten per up down out over under off again among
    between through across along around near via said says say according including include includes
    included like plus instead now still already yet last next first new cannot can't won't isn't aren't
    without within against despite towards toward upon behind beyond beneath below above inside outside
    whether although though"""
)
# Words a member may open with that are not part of its name: "other textiles", "the three crops".
_LEAD = _words("a an the some other its their his her our any all both either more most new further")
# Months, weekdays and units are never listed things.
_NOT_THING = _words(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months year years
    day days hour hours minute minutes percent cent people litre litres liter liters metre metres meter
    meters kilometre kilometres kilometer kilometers mile miles tonne tonnes ton tons kilogram kilograms
    kilo kilos gram grams pound pounds dollar dollars euro euros"""
)
# Verb forms that end a member running on ("an ultraviolet imager built at ...", "alliums went first").
_PARTICIPLE = _words(
    """built made done found given held kept left lost paid run seen sent set shown sold spent taken told won
    brought bought caught taught thought known grown drawn driven written chosen went came got gave saw
    began rose fell grew ran sat stood knew felt meant"""
)
# Verbs that take "to" ("and intends to plant"): with "to" after them they are no member.
_TO_VERBS = _words(
    """intends plans wants hopes aims expects needs seeks continues refuses agrees promises threatens
    declines fails tries wishes prepares proposes"""
)
_TO_NEXT = re.compile(r"\s+to\s+[a-z]")
# letters of any script: "cafés" is one word, not "caf" and "s"
# ... and a word that opens on a figure ("a 3G pitch", "a 4K screen")
_WORD = re.compile(r"\d+[^\W\d_]+\b|[^\W\d_](?:[^\W\d_]|-)*[^\W\d_]|[^\W\d_]")
_VERB_END = re.compile(r"[a-z]{3}ed$")
# How members are joined: "a, b and c", "a, b, or c", "a or b", "a and b".
LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A bracketed aside ("apples (dessert and cider)") is no member and does not join any.
_ASIDE = re.compile(r"\([^()]{0,80}\)")
_MOST_WORDS = 3
# What a list may open after with a capital: a colon or a dash ("valley: Apples", "Items - Nappies").
_OPENER = re.compile(r"[:\u2013\u2014-]\s*$")


@dataclass(frozen=True, slots=True)
class Listing:
    """A list of things in a sentence: where it starts and ends, and its members in order."""

    start: int
    end: int
    items: tuple[str, ...]


def _member_word(word: str, *, first: bool) -> bool:
    low = word.lower()
    if word[0].isupper() and not first:
        return False
    return not (low in _END or low in _NOT_THING or low in _PARTICIPLE or low.endswith("ly"))


def _head(text: str, base: int) -> tuple[str, int, int] | None:
    """The member a segment opens with (after "the", "other" and such): at most three words."""
    words: list[re.Match[str]] = []
    prev = 0
    for w in _WORD.finditer(text):
        if text[prev : w.start()].strip():
            break  # punctuation between words ends the member
        prev = w.end()
        if not words and w.group(0).lower() in _LEAD and not w.group(0)[0].isupper():
            continue
        if len(words) == _MOST_WORDS or not _member_word(w.group(0), first=False):
            break
        words.append(w)
    while words and _VERB_END.search(words[-1].group(0)):
        words.pop()  # "investment mattered": a member does not end on a verb
    if words and words[-1].group(0).lower() in _TO_VERBS and _TO_NEXT.match(text, words[-1].end()):
        return None  # "operates an 11ha vineyard and intends to plant ...": a verb, not a second member
    if not words:
        return None
    return " ".join(w.group(0).lower() for w in words), base + words[0].start(), base + words[-1].end()


def _tail(text: str, base: int, *, opens: bool) -> tuple[str, int, int] | None:
    """The member a segment ends with: the words before the join that can be part of a noun phrase.
    ``opens``: the segment starts the sentence, so its first word may be capitalised."""
    found = list(_WORD.finditer(text))
    words: list[re.Match[str]] = []
    for w in reversed(found):
        if text[w.end() : words[0].start() if words else len(text)].strip():
            break
        first = opens and w is found[0] and not text[: w.start()].strip()
        if len(words) == _MOST_WORDS or not _member_word(w.group(0), first=first):
            break
        if w.group(0) == "s" and text[w.start() - 1 : w.start()] in ("'", "’"):
            break  # "Stirling's football": the possessive's "s" opens no member
        words.insert(0, w)
    while words and words[0].group(0).lower() in _LEAD:
        words.pop(0)
    if not words:
        return None
    return " ".join(w.group(0).lower() for w in words), base + words[0].start(), base + words[-1].end()


def thing_at(sent: str, at: int) -> str | None:
    """The member that opens at ``at`` ("carries [an ultraviolet imager] built at ..."), if any."""
    got = _head(sent[at:], at)
    return got[0] if got is not None else None


def listings(sent: str) -> list[Listing]:
    """Every list of two or more lowercase noun phrases in a sentence joined by commas and an "and" or
    "or": "apples, pears and cherries", "nappies or batteries", "mobile data and text messaging"."""
    flat = _ASIDE.sub(lambda m: " " * len(m.group(0)), sent)
    joins = list(LIST_JOIN.finditer(flat))
    bounds = [0, *(x for j in joins for x in (j.start(), j.end())), len(flat)]
    segments = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    out: list[Listing] = []
    i = 0
    while i < len(segments) - 1:
        s0, s1 = segments[i]
        # after a colon or a dash a list opens with a capital: "valley: apples", "Items - Nappies"
        opens = s0 == 0 or bool(_OPENER.search(flat, 0, s0))
        cut = max(flat.rfind(":", s0, s1), flat.rfind(" - ", s0, s1), flat.rfind("\u2014", s0, s1))
        if cut >= 0:
            s0, opens = cut + 1, True
        first = _tail(flat[s0:s1], s0, opens=opens)
        if first is None:
            i += 1
            continue
        items = [first]
        anded = False
        k = i + 1
        while k < len(segments):
            t0, t1 = segments[k]
            got = _head(flat[t0:t1], t0)
            if got is None:
                break
            anded = anded or bool(re.search(r"\b(?:and|or)\b", flat[segments[k - 1][1] : t0]))
            items.append(got)
            if got[2] < t0 + len(flat[t0:t1].rstrip()):
                break  # the member ends before its segment does: the list ends with it
            k += 1
        names = [x[0] for x in items]
        if len(items) >= 2 and anded and len(set(names)) == len(names):
            # the first member is no longer than the others: "mobile data and text messaging", but
            # "apples" of "the scheme covers apples, pears and cherries"
            longest = max(len(n.split()) for n in names[1:])
            head_words = names[0].split()[-longest:]
            names[0] = " ".join(head_words)
            start = items[0][2] - len(names[0])
            out.append(Listing(start, items[-1][2], tuple(names)))
            i = k
        else:
            i += 1
    return out
