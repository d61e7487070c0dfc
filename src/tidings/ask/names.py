"""What a thing is called now, or what it is being turned into: the new name a renaming gives it ("will be
renamed Ada Pryor Square"), the new use a conversion gives it ("will convert them into a marine research
station")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tidings.ask.common import _doc_item, _later_verdicts, _on_topic, _Slot
from tidings.ask.question import Question, _expand, _stems
from tidings.conflicts import Item, refutation_of
from tidings.model import Analyzed, Claim
from tidings.sentences import split

# "What is the new name of Tansley's Market Square?", "What has the stadium been renamed?", "What is the
# library now called?"
_NAME_Q = re.compile(
    r"^what\s+(?:is|was|will\s+be)\s+(?:the\s+)?new\s+name\s+(?:of|for)\b"
    r"|^what\s+(?:is|are)\s+.+?(?:'s|’s)\s+new\s+name\s*\??$"
    r"|^what\s+(?:has|have|had|will|is|was|are)\s+.+?\s+(?:been\s+|be\s+)?(?:renamed|rebranded)\b"
    r"|^what\s+(?:is|are|will)\s+.+?\s+(?:now\s+)?(?:be\s+)?(?:called|known\s+as)\s*\??$",
    re.I,
)

# The act of naming anew; what follows it in the clause holds the new name
_RENAMING = re.compile(
    r"\b(?:renam(?:e|ed|es|ing)|re-?brand(?:ed|s|ing)?|chang(?:e|ed|es|ing)\s+(?:its|their|the)\s+name|"
    r"(?:be|been|is|are|now)\s+(?:known|called)|new\s+name)\b",
    re.I,
)

# Where the new name's clause ends: the reason or honour that follows it ("in honour of", "after a cat")
_NAME_END = re.compile(r"\s+(?:after|in\s+honou?r|in\s+memory|because|following|to\s+mark|from)\b|[,;.:!?(]")

# A name as written: capitalised words with their small joining words, quoted or not
_NEW_NAME = re.compile(
    r"[\"“‘']?(?P<v>[A-Z][\w'’-]*(?:\s+(?:of|the|and|on|upon|de|la|le|&)?\s*[A-Z][\w'’-]*)*)[\"”’']?"
)


def _new_names(sent: str, asked: set[str]) -> list[tuple[str, int, int]]:
    """The new names a sentence gives, with offsets: the first name after a renaming that is not the
    thing renamed ("rename Market Square as Sir Whiskers Square" gives Sir Whiskers Square)."""
    found: list[tuple[str, int, int]] = []
    for m in _RENAMING.finditer(sent):
        stop = _NAME_END.search(sent, m.end())
        hi = stop.start() if stop is not None else len(sent)
        for n in _NEW_NAME.finditer(sent, m.end(), hi):
            words = {w.lower() for w in re.findall(r"[\w'’-]+", n.group("v"))}
            if words <= asked:
                continue  # the thing renamed, named before its new name
            found.append((n.group("v"), n.start("v"), n.end("v")))
            break
    return found


# "What is the Skelly Point lighthouse going to be turned into?", "What will the old depot become?"
_CONVERSION_Q = re.compile(
    r"^what\s+(?:is|are|will|was|were|has|have)\s+.+?\s+(?:going\s+to\s+be\s+|to\s+be\s+|be\s+|being\s+|been\s+)?"
    r"(?:turned|converted|transformed|made|redeveloped)\s+into\b"
    r"|^what\s+(?:will|is|are)\s+.+?\s+(?:going\s+to\s+)?(?:become|becoming)\b",
    re.I,
)

# What a conversion makes of a thing: the noun phrase after "into" or "become", to the clause's end
_INTO = re.compile(
    r"\b(?:(?:turn|convert|transform|redevelop|make)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?into|made\s+into|"
    r"becom(?:e|es|ing)|became)\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?P<v>(?:[\w'’-]+)(?:\s+(?!(?:with|for|by|from|in|on|at|which|that|who|when|while|has|have|had|is|are|"
    r"was|were|will|would|after|before|as|but|so|to|if|than|the|and\s+(?:will|would|is|was|has)\b))[\w'’-]+){0,6})",
    re.I,
)
# "is not becoming a hotel", "No, ... will not be turned into flats": the use denied
_NOT_INTO = re.compile(r"\b(?:not|never|no\s+plans?\s+to)\s+(?:\w+\s+){0,2}$", re.I)


def _conversions(sent: str, asked: set[str]) -> list[tuple[str, int, int]]:
    """The new uses a sentence gives the subject, with offsets ("a 400-room luxury hotel")."""
    out: list[tuple[str, int, int]] = []
    for m in _INTO.finditer(sent):
        v = m.group("v")
        if {w.lower() for w in re.findall(r"[\w'’-]+", v)} <= asked:
            continue
        out.append((v, m.start("v"), m.end("v")))
    return out


def _conversion_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """What the sources say the subject will be turned into; a use a sentence denies ("is not becoming a
    hotel") or calls false is refuted."""
    return _name_slot(q, docs, clusters, finder=_conversions)


def _name_slot(
    q: Question,
    docs: Sequence[Analyzed],
    clusters: dict[str, int],
    *,
    finder: Callable[[str, set[str]], list[tuple[str, int, int]]] | None = None,
) -> _Slot:
    """The names the sources say the question's subject is given; a name in a sentence a source calls
    false, or in a report a later verdict refutes, is refuted. ``finder``: what a sentence gives the
    subject instead of a name (its new use)."""
    find = finder or _new_names
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", q.text)} | {"the", "of"}
    subject = _expand(
        set(q.terms) - {"name", "new", "renam", "call", "turn", "turned", "convert", "go", "becom", "made"}
    )
    items: list[Item] = []
    refuted: list[Item] = []
    for a in _on_topic(q, docs):
        text = a.doc.text
        targets = [(t0, t1) for t0, t1, _, _ in _later_verdicts(a)]
        for s0, s1 in split(text):
            sent = text[s0:s1]
            if not subject & _stems(sent) and not subject & _stems(a.doc.title or ""):
                continue
            for value, v0, v1 in find(sent, asked):
                false = (
                    bool(refutation_of(sent))
                    or any(t0 <= s0 + v0 < t1 for t0, t1 in targets)
                    or (finder is not None and _near_not(sent, v0))
                )
                c = Claim(
                    doc_id=a.doc.id,
                    start=s0 + v0,
                    end=s0 + v1,
                    kind="event",
                    subject=q.focus,
                    attribute="name",
                    value=value,
                    sentence_start=s0,
                    sentence_end=s1,
                    rule=("name.converted" if finder is not None else "name.renamed")
                    + (".refuted" if false else ""),
                    polarity="refuted" if false else "asserted",
                )
                item = _doc_item(a, c, value.lower(), 1.0, clusters.get(a.doc.id, 0))
                (refuted if false else items).append(item)
    return _Slot(tuple(items), tuple(refuted), ())


def _near_not(sent: str, at: int) -> bool:
    """Is the denial within the few words before the use ("is not becoming a hotel")?"""
    return _NOT_INTO.search(sent[max(0, at - 40) : at]) is not None
