"""Each source's part of a merged or disputed answer.

A complementary answer merges what each source adds (two stores closing in one report, two more in another);
a disputed one gives each side with its grounds ("Bass from outdoor speakers until 1am ... means people
cannot sleep"). The rules that settle such a type cite a sentence or two: often a side's stance without its
grounds ("Our members strongly support the 11pm limit."), or one source of several. So once the type is
settled, every source that speaks to the question gives its passage, under its headline: the sentence it is
cited for (else its sentence sharing most words with the question) with the sentence after it, where news
writing puts a stance's grounds and the rest of a list. Agreed answers to open questions get their sources'
parts too.

The parts are kept apart from the answer's key values (``Answer.parts``); a prediction for the evaluation
gives both (``tidings.evaluate.predicted_values``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tidings.ask.common import _cite, _clip, _dedupe, _label
from tidings.ask.question import Question, _expand, _stems
from tidings.conflicts import names_a_report, refutation_of
from tidings.model import Analyzed, Answer, Claim
from tidings.sentences import split

# The types whose answer is made of every source's part, not one value.
PARTS_TYPES = frozenset({"complementary", "conflicting_opinions"})

# "No shark attack - beach closed by sewage spill": a headline that denies repeats the report it denies
_DENIAL_HEADLINE = re.compile(r"\s*no\b(?!\.?\s*\d)", re.I)

# A neighbour with fewer words is a heading, a byline or page furniture ("Share this article"), not part of
# what the sentence beside it says.
_MIN_WORDS = 4

Passage = tuple[Analyzed, int, int]

# A crumb trail ("News › Local", "Board > Community") or a link line ("Related: ...", "Listen: ...").
_CRUMB = re.compile(r"[›»|]|\s>\s|^\s*(?:related|read more|see also|share|tags?|photo|listen|watch)\b", re.I)
# A line of prose ends a sentence, perhaps inside a quotation.
_ENDS = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def with_parts(q: Question, pool: Sequence[Analyzed], result: Answer) -> Answer:
    """The answer with each source's passage as its parts when it is made of them (see ``_in_parts``): its
    cited sentences and, for a source not cited, its sentence closest to the question, each with the
    sentence after it. A passage that refutes a report is left out: a fact check is no side and no part."""
    if not _in_parts(q, result):
        return result
    by_id = {a.doc.id: a for a in pool}
    spans = {a.doc.id: split(a.doc.text) for a in pool}
    found: list[Passage] = []
    want = _expand(set(q.terms))
    for c in result.citations:
        a = by_id.get(c.doc_id)
        if a is None:
            continue
        p = _passage(a, c.start, spans[a.doc.id])
        if _furniture(a.doc.text[p[1] : p[2]]) and (start := _closest(a, want, spans[a.doc.id])) is not None:
            p = _passage(a, start, spans[a.doc.id])  # a cited crumb line ("Wellington Cable Car | News")
        found.append(p)
    cited = {c.doc_id for c in result.citations}
    # each source's sentences that refute a report, by their words
    refuting = [
        (a.doc.id, _stems(a.doc.text[c.sentence_start : c.sentence_end]))
        for a in pool
        for c in _report_refutations(a)
    ]
    for a in pool:
        if a.doc.id in cited:
            continue
        start = _closest(a, want, spans[a.doc.id])
        if start is not None and not _dismissed(p := _passage(a, start, spans[a.doc.id]), refuting, want):
            found.append(p)
    kept = [p for p in dict.fromkeys(found) if p[1] < p[2] and not _refutes(p, spans[p[0].doc.id])]
    said = {v.rstrip(" .") for v in result.values}  # a value ends without the sentence's full stop
    parts: list[str] = []
    headed: set[str] = set()
    for a, s0, s1 in kept:
        part = " ".join(a.doc.text[s0:s1].split())
        title = " ".join((a.doc.title or "").split())
        if title and a.doc.id not in headed and title not in part and not _DENIAL_HEADLINE.match(title):
            # a source's headline states its side or its piece in a few words ("Venues warn curfew will
            # kill live music"): it heads the source's first passage
            headed.add(a.doc.id)
            part = f"{title}: {part}"
        if part.rstrip(" .") not in said:
            parts.append(part)
    if not parts:
        return result
    added = [p for p in kept if p[0].doc.id not in cited]
    text = result.text
    if added:
        quoted = (f'"{_clip(a.doc.text[s0:s1])}" [{_label(a)}]' for a, s0, s1 in added)
        text += " Also: " + "; ".join(quoted) + "."
    return replace(
        result,
        text=text,
        parts=tuple(dict.fromkeys(parts)),
        citations=_dedupe((*result.citations, *(_cite(a, s0, s1) for a, s0, s1 in added))),
        explanation=(
            *result.explanation,
            f"each source's part: {len(kept)} passages, each a sentence with the sentence after it "
            f"({', '.join(dict.fromkeys(_label(a) for a, _, _ in kept))})",
        ),
    )


# Words a passage shares with another source's refutation, beyond the question's, that make it the report
# refuted
_DISMISSED_WORDS = 3


def _dismissed(p: Passage, refuting: Sequence[tuple[str, set[str]]], want: set[str]) -> bool:
    """Is the passage the report another source refutes? It shares at least three words beyond the
    question's with a sentence of that source's refutation (``refuting``: each source's id and the words of
    one such sentence): "SHARK ATTACK this morning, a surfer lost his leg" beside "dismissed a viral message
    claiming a surfer was attacked by a shark"."""
    a, s0, s1 = p
    own = _stems(a.doc.text[s0:s1]) - want
    return any(doc_id != a.doc.id and len(own & said) >= _DISMISSED_WORDS for doc_id, said in refuting)


def _report_refutations(a: Analyzed) -> list[Claim]:
    """The source's refutations the claim reader found in a sentence that names a report ("have dismissed a
    viral message claiming ...")."""
    return [
        c
        for c in a.claims
        if c.kind == "refutation"
        and c.sentence_start >= 0
        and names_a_report(a.doc.text[c.sentence_start : c.sentence_end])
    ]


def _in_parts(q: Question, result: Answer) -> bool:
    """Is the answer made of its sources' parts? A merged or disputed one is; so is an agreed answer to an
    open question ("Which ...", "Why ...", "What ..."), whose sources often each add a piece the agreement
    rules do not tell from a repeat. An agreed figure, name or date is one value, and an outdated or
    refuted answer must not carry the superseded or false report's words."""
    return result.conflict_type in PARTS_TYPES or (result.conflict_type == "no_conflict" and q.kind == "open")


def _closest(a: Analyzed, want: set[str], spans: Sequence[tuple[int, int]]) -> int | None:
    """The start of the source's sentence sharing most words with the question (the first of equals), or
    None when no sentence shares one."""
    best, best_hits = None, 0
    title = " ".join((a.doc.title or "").split())
    for i, (s0, s1) in enumerate(spans):
        if _furniture(a.doc.text[s0:s1]):
            continue
        hits = len(want & _stems(a.doc.text[s0:s1]))
        if hits > best_hits:
            best, best_hits = s0, hits
            if title and " ".join(a.doc.text[s0:s1].split()) == title:
                # the headline repeated as the first line heads the passage anyway: the lead follows it
                best = next((x for x, y in spans[i + 1 :] if not _furniture(a.doc.text[x:y])), s0)
    return best


def _passage(a: Analyzed, offset: int, spans: Sequence[tuple[int, int]] | None = None) -> Passage:
    """The sentence holding ``offset`` with the prose sentence after it: news writing puts a stance's
    grounds and the rest of a list right after the sentence that opens them."""
    text = a.doc.text
    if spans is None:
        spans = split(text)
    i = next((k for k, (s0, s1) in enumerate(spans) if s0 <= offset < s1), None)
    if i is None:
        return a, offset, offset
    lo = i
    while text[spans[lo][0] : spans[lo][1]].rstrip().endswith("?") and lo + 1 < len(spans):
        lo += 1  # a Q&A's questions ("Can I use my bus card?"): their answer is what the source says
    if lo > i:
        i = lo
        while i + 1 < len(spans) and not _prose(text, spans[i]):
            i += 1  # "Yes." opens the answer
    while i + 1 < len(spans) and _heading(text, spans[i]):
        i += 1  # "New bus route to serve industrial area": headlines open the lead, which opens the story
    hi = i + 1 if i + 1 < len(spans) and _prose(text, spans[i + 1]) else i
    return a, *_trimmed(text, spans[lo][0], spans[hi][1])


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A passage without the lines of page furniture at its edges: a line that does not end a sentence
    ("Wellington Post › Local", "Related: ...") is a crumb, heading or link the sentence splitter joined
    to the prose beside it."""
    lines = text[start:end].split("\n")
    while len(lines) > 1 and _furniture(lines[0]):
        start += len(lines.pop(0)) + 1
    while len(lines) > 1 and _furniture(lines[-1]):
        end -= len(lines.pop()) + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _furniture(line: str) -> bool:
    """A line that is no sentence and reads as a crumb or a link ("Wellington Post › Local", "Related: ...").
    A line of content without a full stop ("NORTHSHIRE SPORT ON THE RADIO", "Brockton Public Schools –
    CLOSED") may hold what the question asks, so it stays."""
    if _ENDS.search(line):
        return False
    return len(line.split()) < _MIN_WORDS or _CRUMB.search(line) is not None


def _heading(text: str, span: tuple[int, int]) -> bool:
    """A line of its own with no full stop: a headline or a section title."""
    line = text[span[0] : span[1]]
    return (
        "\n" in text[span[1] : span[1] + 2]
        and not _ENDS.search(line)
        and len(line.split()) <= _HEADLINE_WORDS
    )


# Words a headline has at most.
_HEADLINE_WORDS = 14


def _prose(text: str, span: tuple[int, int]) -> bool:
    return len(text[span[0] : span[1]].split()) >= _MIN_WORDS


def _refutes(p: Passage, spans: Sequence[tuple[int, int]]) -> bool:
    a, s0, s1 = p
    if any(s0 <= c.start < s1 for c in _report_refutations(a)):
        return True  # "have dismissed a viral message claiming ...": the claim reader's cue
    return any(refutation_of(a.doc.text[x:y]) for x, y in spans if s0 <= x < s1)
