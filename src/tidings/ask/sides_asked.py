"""Questions that ask for the sides of an argument: "Why is the camping ban so controversial?", "What are
the arguments for and against the levy?", "Who is to blame for the blackout?", "What do teachers and parents
think of the plan?", "Which groups support and which oppose the hotel?".

The asker already knows the matter is argued; what each source says is one side's case, so parts the rules
merged as complementary, or an agreed-looking answer drawn from several sources, are views that disagree.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.ask.question import Question
from tidings.model import Answer

_SIDES_ASKED = re.compile(
    r"\b(?:controversial|controversy|disputed|contested|divisive|"
    # "Which sites are being argued over?", "the rival plans for the depot"
    r"argued\s+(?:over|about)|(?:being|hotly)\s+debated|disagree(?:ment)?\s+(?:over|about|on)|"
    r"(?:rival|competing)\s+(?:[\w'’-]+\s+)?(?:sites|plans|proposals|bids|options|claims|views|accounts)|"
    r"arguments?\s+(?:for|against|over|about)|(?:for|pros)\s+and\s+(?:against|cons)|"
    # "Which groups support and which oppose the plan?", "Who backs the levy and who is against it?"
    r"(?:support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?)\s+(?:(?:it|the\s+[\w\s'’-]{1,40}?)\s+)?and\s+(?:(?:which|who)\s+"
    r"(?:\w+\s+)?)?(?:oppose[sd]?|is\s+against|are\s+against|against)|"
    r"supporters\s+and\s+(?:opponents|critics)|"
    r"who\s+(?:is|was|are|were)\s+(?:to\s+blame|responsible|at\s+fault)|"
    r"what\s+do\s+(?:[\w'’-]+\s+){1,6}?(?:think|say|feel)\s+(?:of|about))\b",
    re.I,
)


def sides_asked(q: Question) -> str:
    """The words by which ``q`` asks for the sides of an argument, or ""."""
    m = _SIDES_ASKED.search(q.text)
    return m.group(0) if m else ""


def argued_when_asked(q: Question, result: Answer) -> Answer:
    """A complementary or agreed answer cited from two or more sources is typed as conflicting opinions when
    the question asks for the sides. A refuted or dated change keeps its type: the sources said what is
    false or old, which the question's wording does not undo."""
    if result.conflict_type not in ("complementary", "no_conflict"):
        return result
    if len({c.doc_id for c in result.citations}) < 2:
        return result
    cue = sides_asked(q)
    if not cue:
        return result
    return replace(
        result,
        conflict_type="conflicting_opinions",
        explanation=(
            *result.explanation,
            f'the question asks for the sides ("{cue}"): each source\'s part is a view; '
            "rule conflicting_opinions.sides-asked",
        ),
    )
