"""A total told with its parts: "a total of 176 people were rescued - 64 by the Army around Dabra and 112 by
SDRF teams in Bhitarwar". When other sources report those parts on their own ("Army rescues 64 villagers"),
each source gives a part of the answer and the total sums them: the sources complement each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
