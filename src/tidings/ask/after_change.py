"""Questions that take a change as given: "Who is the new head coach?", "Who has been appointed chief
librarian?", "How many tigers were counted in the latest estimate?", "What will a ticket cost from January
2026?".

Such a question asks for the value after the change, so the older value its sources name ("replacing
Fiona Drummond", "up from 3,080 in the last count") is the story's history, not a source that disagrees:
the sources agree on what was asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.ask.question import Question
from tidings.calendar_names import MONTH_NAMES
from tidings.claims import norm_role
from tidings.model import Answer

# "Who has been appointed the next vice-chancellor ...?", "Who has Tessingham Rovers named as coach?",
# "Who was appointed chief scientist ...?"
_APPOINTED = re.compile(
    r"^\s*who\s+(?:has|have|was|were)\s+(?:[\w'’&.-]+\s+){0,5}?(?:been\s+)?"
    r"(?:named|appointed|chosen|picked|hired|selected|unveiled)\b",
    re.I,
)
# "Who now runs the trust?"
_NOW_WHO = re.compile(r"^\s*who\s+now\b", re.I)
# "the new course record", "a new national record"
_NEW_RECORD = re.compile(r"\bnew\s+(?:[\w'’-]+\s+){0,2}?record\b", re.I)
# "in the latest estimate", "according to its latest inspection", "under the latest count"
_LATEST = re.compile(r"\b(?:in|according\s+to|under|by)\s+(?:the|its|their)\s+latest\b", re.I)
# "from January 2026", "from 1 March 2024", "from March 1"
_FROM_DATE = re.compile(r"\bfrom\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(MONTH_NAMES) + r")\b", re.I)

# "Who chairs the board after its spring reorganization?", "following the reshuffle": the change is named
_AFTER_CHANGE = re.compile(
    r"\b(?:after|following)\s+(?:the|its|their|this\s+year's|last\s+\w+'s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reorgani[sz]ation|reshuffle|restructur(?:e|ing)|shake-?up|overhaul|election|elections|ballot|agm|"
    r"annual\s+general\s+meeting|merger|takeover|appointment|re-?vote|recount)\b",
    re.I,
)


# "new", "next" or "incoming" and the words after it, where the post asked for may be named
_NEW_POST = re.compile(r"\b(?:new|next|incoming)\s+(?P<w>(?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)


def change_taken_as_given(q: Question) -> str:
    """The words by which ``q`` takes a change as given, or ""."""
    text = q.text
    for pattern in (_APPOINTED, _NOW_WHO, _NEW_RECORD, _LATEST, _FROM_DATE, _AFTER_CHANGE):
        if m := pattern.search(text):
            return m.group(0).strip()
    if q.kind == "person" and q.focus:
        # "Who is the new head coach?", "the next vice-chancellor": new or next names the post asked for
        last = q.focus.split()[-1].lower()
        for m in _NEW_POST.finditer(text):
            words = m.group("w").split()
            for k, word in enumerate(words):
                # the focus is the post's normal name: "harbormaster" asked is the "harbourmaster" focus
                w = word.lower().rsplit("-", 1)[-1].strip("'’?")
                if w == last or norm_role(w) == last:
                    return f"{m.group(0).split()[0]} {' '.join(words[: k + 1])}"
    return ""


def agreed_after_change(q: Question, result: Answer) -> Answer:
    """An answer the rules typed outdated is no conflict when the question asks for the value after the
    change: every source agrees on it, and the older values stay listed as superseded history."""
    if result.conflict_type != "outdated" or not result.values:
        return result
    cue = change_taken_as_given(q)
    if not cue:
        return result
    return replace(
        result,
        conflict_type="no_conflict",
        explanation=(
            *result.explanation,
            f'the question takes the change as given ("{cue}"): the older values are history, not a '
            "disagreement; rule no_conflict.after-change",
        ),
    )
