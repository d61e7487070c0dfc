"""What impact: the judgments sources give of an effect ("its impact on mangroves would be minimal", "the
damage would be irreversible"). A question of how large or lasting an effect will be is one of
assessment: sources judging it differently are sides of a dispute, sources judging it alike agree."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.common import OPPOSITE_WAYS, _on_topic, _sides_answer, close_reports
from tidings.ask.question import Question, _expand, _stems
from tidings.model import Analyzed, Answer
from tidings.sentences import split

# "What impact will the road have on the mangroves?", "What effect has the ban had on sales?" ("What damage
# did the storm cause?" asks what was damaged, not how badly)
IMPACT_Q = re.compile(
    r"^what\s+(?:kind\s+of\s+)?(?:impact|effect|effects)\s+(?:will|would|could|has|have|had|did|does|"
    r"do|is|are)\b",
    re.I,
)

# Words that judge an effect's size, lasting or direction
_JUDGMENTS = (
    r"minimal|negligible|limited|small|minor|modest|slight|significant|severe|serious|major|huge|massive|"
    r"devastating|irreversible|catastrophic|permanent|lasting|temporary|positive|negative|beneficial|harmful|"
    r"substantial|considerable|manageable|irreparable|disastrous|dramatic|marginal"
)
_EFFECT = r"(?:impact|impacts|effect|effects|damage|harm)"
# "its impact on mangroves would be minimal", "the damage to the ecosystem would be irreversible"
_EFFECT_IS = re.compile(
    r"\b" + _EFFECT + r"(?:\s+(?:on|to)\s+[^.;,:]{1,50}?)?\s+(?:would|will|could|is|was|are|were|has\s+been|"
    r"is\s+likely\s+to|would\s+likely)\s+(?:be\s+)?(?:only\s+|very\s+|extremely\s+)?[\"“'‘]?"
    r"(?P<j>" + _JUDGMENTS + r")\b",
    re.I,
)
# "would cause irreversible damage", "a minimal impact on the creek"
_JUDGED_EFFECT = re.compile(r"\b(?P<j>" + _JUDGMENTS + r")\s+" + _EFFECT + r"\b", re.I)


# A change told with its size: "bookings fell 18%", "visitor numbers rose 6%", "were down by a fifth"
_CHANGE_BY = re.compile(
    r"\b(?P<way>fell|fallen|dropped|declined|decreased|slumped|plunged|down|rose|risen|climbed|increased|grew|"
    r"jumped|up)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"(?P<fig>\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))",
    re.I,
)


_RISES = frozenset("rose risen climbed increased grew jumped up".split())


def changes_in(sentence: str) -> list[tuple[str, bool]]:
    """The sizes of the changes a sentence tells, each once, and whether each is a rise ("fell 18%" gives
    ("18%", False))."""
    out: list[tuple[str, bool]] = []
    for m in _CHANGE_BY.finditer(sentence):
        fig = re.sub(r"\s?(?:per\s?cent|percent)$", "%", m.group("fig"))
        if all(f != fig for f, _ in out):
            out.append((fig, m.group("way").lower() in _RISES))
    return out


def judgments_in(sentence: str) -> list[str]:
    """The judgments of an effect a sentence states, lowercased, each once."""
    out: list[str] = []
    for rx in (_EFFECT_IS, _JUDGED_EFFECT):
        for m in rx.finditer(sentence):
            j = m.group("j").lower()
            if j not in out:
                out.append(j)
    return out


def impact_answer(
    q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    """Each judgment of the effect asked about with the sources that give it, else each change they measure
    ("bookings fell 18%"): different ones from more than one story are sides of a dispute. None when no
    source judges or measures the effect."""
    docs = _on_topic(q, pool) or list(pool)
    want = _expand(set(q.terms))
    found: dict[str, list[tuple[Analyzed, int, int]]] = {}
    for a, s0, s1 in _sentences_on(docs, want):
        for j in judgments_in(a.doc.text[s0:s1]):
            found.setdefault(j, []).append((a, s0, s1))
    what, rule, lead = "judgments of the effect", "judgments", "Sources judge it differently. "
    if not found:
        # "bookings fell 18%" against "visitor numbers rose 6%": an effect measured, each source by its own
        # figure. The municipality's statement may never name the town: a report that shares most of the
        # question's other words counts
        what, rule, lead = "the effect measured", "measured-effects", "Sources measure it differently. "
        ways: dict[bool, set[int]] = {}  # the stories that measure a rise, and a fall
        for a, s0, s1 in _sentences_on([*docs, *close_reports(q, pool, docs, 2)], want):
            for fig, rise in changes_in(a.doc.text[s0:s1]):
                found.setdefault(fig, []).append((a, s0, s1))
                ways.setdefault(rise, set()).add(clusters.get(a.doc.id, 0))
        if len(ways) == 2 and ways[True] != ways[False]:
            lines.append(OPPOSITE_WAYS)
    if not found:
        return None
    return _sides_answer(
        q, found, {k: k for k in found}, clusters, lines, what=what, rule=rule, disputed_lead=lead
    )


def _sentences_on(docs: Sequence[Analyzed], want: set[str]) -> list[tuple[Analyzed, int, int]]:
    """The sentences of the documents that share a word of ``want``."""
    return [(a, s0, s1) for a in docs for s0, s1 in split(a.doc.text) if want & _stems(a.doc.text[s0:s1])]
