"""A total told with its parts: "a total of 176 people were rescued - 64 by the Army around Dabra and 112 by
SDRF teams in Bhitarwar". When other sources report those parts on their own ("Army rescues 64 villagers"),
each source gives a part of the answer and the total sums them: the sources complement each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from tidings.ask.common import _label
from tidings.claims import parse_number
from tidings.conflicts import Group
from tidings.model import Analyzed

# A count written in digits: "64", "1,120"; not a year, a time or part of a code
_COUNT = re.compile(r"(?<![\w.,:/-])\d{1,3}(?:,\d{3})*(?![\w.,:/-]|,\d)")


def parts_told_elsewhere(total: Group, pool: Sequence[Analyzed]) -> list[tuple[str, str]]:
    """The parts the total's own sentence adds up to, each with the other source that reports it on its
    own: (part, that source's label). Empty unless at least two parts sum exactly to the total and one of
    them is told by another source."""
    it = total.newest
    value = parse_number(it.claim.value)
    if value is None or value != int(value) or value < 2:
        return []
    text = it.source.doc.text
    lo = it.claim.end
    hi = it.claim.sentence_end if it.claim.sentence_end > lo else len(text)
    parts = [m.group(0) for m in _COUNT.finditer(text, lo, hi)]
    nums = [n for p in parts if (n := parse_number(p)) is not None]
    if len(nums) < 2 or sum(nums) != value:
        return []
    told: list[tuple[str, str]] = []
    for p in parts:
        own = re.compile(r"(?<![\w.,])" + re.escape(p) + r"(?![\w.,]|,\d)")
        for a in pool:
            if a.doc.id != it.source.doc.id and own.search(a.doc.text):
                told.append((p, _label(a)))
                break
    return told


# A figure its sentence tells as the sum of things: "Together, the two sites would add around 78 homes"
_SUM_CUE = re.compile(
    r"\b(?:together|combined|between\s+them|altogether|in\s+all|in\s+total|all\s+told|taken\s+together)\b",
    re.I,
)


def total_of_told_parts(groups: Sequence[Group]) -> tuple[Group, tuple[Group, ...]] | None:
    """A group whose sentence tells it as a sum ("together ... around 78 homes") and two or more groups from
    other sources that add up to it exactly (48 homes on one site, 30 townhouses on another): the total and
    its parts, or None."""
    numbered = [(g, n) for g in groups if (n := parse_number(g.value)) is not None and n == int(n) and n > 0]
    for total, value in sorted(numbered, key=lambda p: -p[1]):
        it = total.newest
        text = it.source.doc.text
        if not _SUM_CUE.search(text, it.claim.sentence_start, max(it.claim.sentence_end, it.claim.end)):
            continue
        # the parts come from other sources: the total's own sentence may also give a share of it
        others = [(g, n) for g, n in numbered if n < value and g.newest.source.doc.id != it.source.doc.id]
        for size in range(2, min(len(others), 4) + 1):
            for combo in combinations(others, size):
                docs = {g.newest.source.doc.id for g, _ in combo}
                if len(docs) == size and sum(n for _, n in combo) == value:
                    return total, tuple(g for g, _ in combo)
    return None
