"""What a thing is called now: the new name a renaming gives it ("will be renamed Ada Pryor Square")."""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def _name_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The names the sources say the question's subject is given; a name in a sentence a source calls
    false, or in a report a later verdict refutes, is refuted."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", q.text)} | {"the", "of"}
    subject = _expand(set(q.terms) - {"name", "new", "renam", "call"})
    items: list[Item] = []
    refuted: list[Item] = []
    for a in _on_topic(q, docs):
        text = a.doc.text
        targets = [(t0, t1) for t0, t1, _, _ in _later_verdicts(a)]
        for s0, s1 in split(text):
            sent = text[s0:s1]
            if not subject & _stems(sent) and not subject & _stems(a.doc.title or ""):
                continue
            for value, v0, v1 in _new_names(sent, asked):
                false = bool(refutation_of(sent)) or any(t0 <= s0 + v0 < t1 for t0, t1 in targets)
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
                    rule="name.renamed.refuted" if false else "name.renamed",
                    polarity="refuted" if false else "asserted",
                )
                item = _doc_item(a, c, value.lower(), 1.0, clusters.get(a.doc.id, 0))
                (refuted if false else items).append(item)
    return _Slot(tuple(items), tuple(refuted), ())
