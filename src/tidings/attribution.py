"""Who really said or wrote a quotation, when sources correct a misattribution.

"Who said 'Farmers are the past, data is the future'?" is asked because the line travels under a famous
name. Fact checks and statements answer it in set phrases: the wrong name after "attributed to", before "did
not coin", or in the claim line; the right one after "written by", "spoken by", "a play by the playwright",
"its author". Each person named in such a phrase gets a side; the answer is the best-supported right name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.model import Analyzed
from tidings.sentences import split

# A question about the author of a quotation: "Who said ...", "Who originally wrote the line ...".
QUOTE_AUTHOR_Q = re.compile(
    r"^\s*who\s+(?:\w+ly\s+)?(?:said|wrote|coined|penned|authored|first\s+said|is\s+the\s+author\s+of)\b",
    re.I,
)

# A person's name: two to four capitalised words, hyphenated parts and particles allowed.
_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_NAME = _WORD + r"(?:\s+(?:de|van|von|da|di|del|le|la)?\s*" + _WORD + r"){1,3}"
# Lowercase words that may stand between a cue and the name: "the Welsh playwright", "tech entrepreneur".
_ROLE_WORDS = r"(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?"

_RIGHT = re.compile(
    r"\b(?:(?:in\s+fact|actually|really|originally|first)\s+)?(?:spoken|said|written|coined|penned|uttered|"
    r"composed|authored)\s+by\s+" + _ROLE_WORDS + r"(?P<a>" + _NAME + r")"
    r"|\b(?:play|novel|poem|book|song|speech|essay|film|podcast|column|sonnet|memoir)\s+by\s+"
    + _ROLE_WORDS
    + r"(?P<b>"
    + _NAME
    + r")"
    r"|\b(?:its|(?:the\s+)?(?:real|true|original|actual|correct))\s+(?:author|source|speaker)"
    r"\s*(?::|,|is|was)?\s*" + _ROLE_WORDS + r"(?P<c>" + _NAME + r")"
    r"|\bas\s+(?P<d>" + _NAME + r")\s+(?:wrote|said|put\s+it)\b"
    r"|\b(?:line|quote|quotation|words?|phrase|version)\s+(?:\w+\s+){0,4}?(?:comes?|came)\s+from\s+"
    + _ROLE_WORDS
    + r"(?P<e>"
    + _NAME
    + r")"
)
_WRONG = re.compile(
    r"\b(?:wrongly\s+|falsely\s+|mistakenly\s+|widely\s+)?(?:mis)?attribut\w*\s+"
    r"(?:(?:it|them|(?:the|this|that|these)\s+\w+)\s+)?to\s+" + _ROLE_WORDS + r"(?P<a>" + _NAME + r")"
    r"|(?P<b>" + _NAME + r")\s+(?:did\s+not|didn[’']t|never)\s+(?:say|said|write|wrote|coin|utter|pen)\b"
    r"|\bnot\s+(?:come\s+)?from\s+" + _ROLE_WORDS + r"(?P<c>" + _NAME + r")"
    r"|\bclaim(?:ed|s)?:?\s+" + _ROLE_WORDS + r"(?P<d>" + _NAME + r")\s+said\b"
)

_DISPUTED = re.compile(r"\bmis(?:attribut|quot)\w*|\bfalsely\s+attributed|\bwrongly\s+attributed", re.I)


@dataclass(frozen=True, slots=True)
class Named:
    """A person named in a phrase that gives or denies authorship, with the sentence it stands in."""

    name: str
    source: Analyzed
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    right: Named
    wrong: tuple[Named, ...]
    support: int  # how many sentences give the right name
    disputed: bool  # some source says the line is misattributed or misquoted, naming the wrong one or not


# Words of titles and bodies: "Agriculture Minister Esi Amankwah" is Esi Amankwah; "the Central Bank" is
# nobody.
_TITLE = frozenset(
    """minister governor president chancellor mayor senator professor dr doctor dame sir lord lady judge
    justice councillor maestro conductor chairman chair secretary prime general captain coach mr mrs ms
    mx""".split()
)
_BODY = frozenset(
    """bank council ministry university office department agency commission authority party court
    committee association institute society company group news times post radio television tv
    website summit""".split()
)


def _name_of(m: re.Match[str]) -> str:
    """The person a matched phrase names, titles dropped; "" when it names a body."""
    toks = next(g for g in m.groups() if g).split()
    if any(t.lower() in _BODY for t in toks):
        return ""
    last_title = max((i for i, t in enumerate(toks) if t.lower().rstrip(".") in _TITLE), default=-1)
    return " ".join(toks[last_title + 1 :])


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _same_person(a: str, b: str) -> bool:
    """ "Pryce-Talbot" and "Owen Pryce-Talbot" are one person: they share the surname."""
    return _surname(a) == _surname(b)


def misattribution(question: str, docs: Sequence[Analyzed]) -> Attribution | None:
    """The true author of the quotation the question asks about, and the names it was wrongly given,
    when some sentence names an author in a correcting phrase; else None."""
    if not QUOTE_AUTHOR_Q.match(question):
        return None
    right: list[Named] = []
    wrong: list[Named] = []
    for a in docs:
        text = a.doc.text
        for s0, s1 in split(text):
            sent = text[s0:s1]
            wrong += [Named(n, a, s0, s1) for m in _WRONG.finditer(sent) if (n := _name_of(m))]
            right += [Named(n, a, s0, s1) for m in _RIGHT.finditer(sent) if (n := _name_of(m))]
    # a name some source says is wrongly given is no author, whatever phrase another sentence puts it in
    right = [r for r in right if not any(_same_person(r.name, w.name) for w in wrong)]
    if not right:
        return None
    counts = {r.name: sum(_same_person(r.name, o.name) for o in right) for r in right}
    # the fullest form of the best-supported name ("Owen Pryce-Talbot" rather than "Pryce-Talbot")
    best = max(right, key=lambda r: (counts[r.name], len(r.name.split())))
    kept: dict[str, Named] = {}
    for w in wrong:
        kept.setdefault(_surname(w.name), w)  # one wrong name per person, as first named
    disputed = bool(kept) or any(_DISPUTED.search(a.doc.text) for a in docs)
    return Attribution(best, tuple(kept.values()), counts[best.name], disputed)
