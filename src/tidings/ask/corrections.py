"""What a refuting source says is true: the statement that answers an open question once a report is refuted.

A fact-check or a correction note usually does two things: it retells the false report ("posts claiming the
ship is carrying ammonium nitrate. This is false.") and it states what is so ("The vessel's manifest shows a
cargo of 3,100 tonnes of sawn timber"). An open question ("What cargo was the ship carrying?") is answered
by the second, never by the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.ask.common import _SATIRE_SELF, _cite, _clip, _kin_stems, _label
from tidings.ask.members import _ON_STREET, _ONE_NAME
from tidings.ask.parts import _heading
from tidings.ask.question import Question, _asked_stems, _expand, _stems, stem
from tidings.ask.rivals import _refuted_by
from tidings.conflicts import IN_FACT, refutation_of
from tidings.model import Analyzed, Citation
from tidings.sentences import asks, split

# A sentence that retells a report rather than stating a finding: "posts claiming ...", "An article ...
# stated that ...", "the satirical piece said ..."
_RETELLS = re.compile(
    # a post as a thing written online ("a post claiming", "social media posts"), not the mail ("delivered
    # post along the old railway")
    # ... nor a job ("took up the post in January", "the post of harbour master")
    r"\b(?<!\bup\s)(?<!\bheld\s)(?<!\bhold\s)(?<!\bholds\s)(?<!\bfill\s)(?<!\bfilled\s)(?<!\bleft\s)"
    r"(?<!\bleave\s)(?<!\bin\s)(?:(?:a|the|this|that|social\s+media|facebook|online|viral|these|those)\s+"
    r"posts?\b(?!\s+of\b)|"
    r"posts?(?=\s+(?:claim|say|said|suggest|shar|circulat|on\b|that\b))|"
    r"claim\w*|posted|rumou?r\w*|alleg\w+|viral|shared|satir\w*|spoof|hoax|headlin\w*|"
    r"article|stated|reportedly|supposedly|purport\w*|theor(?:y|ies)|speculat\w*)\b",
    re.I,
)

# A sentence that denies, or says what was wrong: it names the false value, not the true one
_DENIES = re.compile(
    r"\b(?:no|not|never|nobody|none|nothing|false|wrong|untrue|incorrect|error|mistaken\w*|denied|denies|"
    r"deny)\b|n['’]t\b",
    re.I,
)


_TRUTH_LABEL = re.compile(
    r"\W*(?:what['’]s\s+(?:really\s+)?happening|what\s+is\s+(?:really\s+)?happening|the\s+facts?|in\s+fact|"
    r"the\s+truth|in\s+reality|what\s+we\s+found)\s*[:,-]\s*",
    re.I,
)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;:]{2,60},")

# A page's label line, a name and what the page is: "Riebeek Olive Festival - Official notice"
_LABEL_LINE = re.compile(r"[^.!?:\n]{2,60}\s[-–—|]\s[^.!?:\n]{2,40}")
# A title that labels what follows: "Correction: Harvest show champion", "Clarification: ..."
_LABELLED = re.compile(
    r"\s*(?:correction|clarification|update|statement|notice|fact[- ]?check|editor['’]?s\s+note)\b"
    r"[^:\n]{0,20}:",
    re.I,
)
# A line of a comment thread under a post: "Reply: ...", "@user: ..."
_REPLY_LINE = re.compile(r"(?:reply|replies|comment)\b[^:\n]{0,30}:|@\w+", re.I)


# The heading of a post's comment thread: "Top comments:", "Comments (12)", "188 comments"
# ... or a post's action bar that counts them: "Like - Comment - Share | 230 comments"
_COMMENTS_HEAD = re.compile(
    r"^\s*(?:top\s+|\d+\s+)?comments?\b[^\n]{0,20}$|^[^\n]{0,40}?\b\d+\s+comments?\s*$", re.I | re.M
)


def _in_reply(text: str, at: int) -> bool:
    """Is ``at`` in a reader's reply under a post: a reply line, or any line after the thread's heading?"""
    line = text.rfind("\n", 0, at) + 1
    if _REPLY_LINE.match(text, line) is not None:
        return True
    return any(m.end() <= line for m in _COMMENTS_HEAD.finditer(text, 0, line))


@dataclass(frozen=True)
class Correction:
    """The sentence ``[start, end)`` of a refuting source that states what is so, and its clause that
    answers the question best."""

    source: Analyzed
    start: int
    end: int
    clause: str

    def quote(self) -> str:
        """The sentence, quoted with its source's label, for the answer's text."""
        return f'"{_clip(self.source.doc.text[self.start : self.end], 200)}" [{_label(self.source)}]'

    def cite(self) -> Citation:
        return _cite(self.source, self.start, self.end)

    def note(self) -> str:
        """The explanation line that says where the answer comes from."""
        return f"the refuting source [{_label(self.source)}] states instead: {self.clause}"


# What a thing is instead of what a report called it: "It's a recommendation for a few days a year, not a ban"
_NOT_A = re.compile(
    r"\b(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is)\s+(?:only\s+|just\s+|simply\s+|merely\s+)?"
    r"(?P<x>an?\s+[^,.;:\"“”]{3,60}?),?\s+not\s+an?\s+(?P<n>[a-z]+)\b",
    re.I,
)


# What a source says does not exist: "There is no ban", "there will be no closure"
_THERE_IS_NO = re.compile(
    r"\bthere\s+(?:is|was|are|were|will\s+be)\s+no\s+"
    # ("There is no evidence the vaccine contains ...", "no plans to close": what follows is the claim)
    r"(?!(?:evidence|proof|sign|indication|suggestion|truth|record|plans?|intention)\b)"
    r"(?P<np>(?:(?!(?:in|on|at|for|to|and|or|but|that|which|from|of|as)\b)[a-z-]+\s*){1,4})",
    re.I,
)


def correction_for(q: Question, pool: Sequence[Analyzed]) -> Correction | None:
    """The best-matching plain statement of a source that refutes a report, if one shares at least two of
    the question's words; a source that refutes nothing may be the false report itself. A sentence saying
    what a thing shared as one thing "was in fact" answers first."""
    want = _expand(set(q.terms))
    asked = _asked_stems(q)
    instead: Correction | None = None
    none: Correction | None = None
    for a in pool:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            m = IN_FACT.search(sent)
            if m is not None and len(want & _stems(sent)) >= 2:
                return Correction(a, s0, s1, m.group("x").strip())
            m = _NOT_A.search(sent) if instead is None else None
            if m is not None and any(_kin_stems(stem(m.group("n").lower()), w, 3) for w in asked):
                # "It's a recommendation for a few days a year, not a ban", asked "Is Tampere banning ...?";
                # it answers unless some sentence says what the thing "was in fact"
                instead = Correction(a, s0, s1, m.group("x").strip())
            # (an open question wants what is so: "There is no hazardous cargo aboard" does not say what was)
            m = _THERE_IS_NO.search(sent) if q.kind == "yesno" and instead is None and none is None else None
            if m is not None and any(
                _kin_stems(stem(n.lower()), w, 3) for n in m.group("np").split() for w in asked
            ):
                # "There is no ban.", asked "Is Ashland banning wood stoves?": the denial says it outright
                none = Correction(a, s0, s1, m.group(0).strip())
    if instead is not None:
        return instead
    if none is not None:
        return none
    best: tuple[int, Analyzed, int, int, str] | None = None
    where = q.text.lower().startswith("where ")
    for a in pool:
        if _SATIRE_SELF.search(a.doc.text):
            continue  # a satire site's disclaimer refutes its own story, which states nothing true
        spans = split(a.doc.text)
        if not any(
            c.kind == "refutation" and not _in_reply(a.doc.text, c.start) for c in a.claims
        ) and not any(refutation_of(a.doc.text[s0:s1]) and not _in_reply(a.doc.text, s0) for s0, s1 in spans):
            continue  # a reader's reply under a post ("says its not true") does not make the post a rebuttal
        after_verdict = False
        verdicts = {c.sentence_start for c in a.claims if c.kind == "refutation"}
        for s0, s1 in spans:
            sent = a.doc.text[s0:s1]
            verdict = bool(refutation_of(sent))
            # "This is not true. The bridge ... will undergo a refurbishment": the statement right after a
            # verdict is what the source holds instead, though it repeats only one of the question's words
            least, after_verdict = (1 if after_verdict else 2), s0 in verdicts or verdict
            if _RETELLS.search(sent) or verdict or _refuted_by(a, s0, s1):
                continue
            if sent.upper() == sent or asks(sent) or _LABEL_LINE.fullmatch(sent.strip()):
                continue  # "STATEMENT FROM KILKENNY ARTS FESTIVAL", "FACT CHECK: Has ...?": nothing stated
            # "What's happening: Construction of a new viewing platform": a label that says the truth follows
            told = _TRUTH_LABEL.match(sent)
            if told is None and _heading(a.doc.text, (s0, s1)) and _LABELLED.match(sent):
                continue  # "Clarification: Kelby youth training centre": a title names, states nothing
            if told is not None:
                least = 0
                sent = sent[told.end() :]
            # "The lorry was carrying frozen peas, ..., and there is no risk to the public": the clause
            # that answers must not deny, the rest of the sentence may
            clause = _best_clause(sent, want)
            score = len(want & _stems(sent))
            if where and _ON_STREET.search(clause) is not None:
                # "It will be built on the former depot on Irvine Street", asked where: the site is the
                # answer, though the sentence names the subject by a pronoun
                score += 10
            if (
                score >= least
                and len(clause.split()) >= 3
                and not _DENIES.search(clause)
                and (best is None or score > best[0])
            ):
                best = (score, a, s0, s1, clause)
    if best is None:
        return None
    _, a, s0, s1, clause = best
    return Correction(a, s0, s1, clause.strip(" \"“”'‘’"))


def refuted_report(q: Question, pool: Sequence[Analyzed]) -> tuple[Analyzed, int, int] | None:
    """A report on the question's subject that a source refutes: the sentence a later verdict refutes
    ("posts claiming the lorry was carrying chlorine. This is false."), or one that refutes it itself,
    sharing at least two of the question's words."""
    want = _expand(set(q.terms))
    for a in pool:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if len(want & _stems(sent)) >= 2 and (_refuted_by(a, s0, s1) or refutation_of(sent)):
                return a, s0, s1
    return None


def _best_clause(sentence: str, want: set[str]) -> str:
    """The comma clause that shares most with the question: "The Solveig Bay was carrying sawn timber",
    not "according to the coastguard, the port authority and the ship's owner"."""
    # "covers only Ashby Moor, Fellgate and Lower Dunn": the commas of a list of names join, not split
    # "The bridge, which opened in 1909, will undergo a refurbishment": the relative clause says more of the
    # subject, and the clause that answers runs on past it
    sentence = _RELATIVE_ASIDE.sub("", sentence)
    lists = [(m.start(), m.end()) for m in _NAME_LIST.finditer(sentence)]
    parts: list[str] = []
    at = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        if any(lo <= m.start() < hi for lo, hi in lists):
            continue
        parts.append(sentence[at : m.start()])
        at = m.end()
    parts.append(sentence[at:])
    parts = [p.strip(" .") for p in parts if p.strip(" .")]
    return max(parts, key=lambda p: len(want & _stems(p)), default=sentence.strip(" ."))


_CLAUSE_BREAK = re.compile(r",\s+(?:and\s+|but\s+)?|;\s+|\s+[-–—]\s+")
_NAME_LIST = re.compile(_ONE_NAME + r"(?:,\s+" + _ONE_NAME + r")+,?\s+(?:and|or)\s+[A-Z]")
