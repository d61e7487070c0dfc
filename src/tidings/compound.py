"""Questions that ask two things at once, split into two questions that can each be answered alone.

"When is polling day for the Marston Vale by-election, and what is the deadline to register to vote in
it?" asks for two dates of different events; one slot cannot hold both. The second question names its
subject by a pronoun ("it", "its", "they"), which is replaced by the subject of the first, so each part
can be parsed and answered on its own.
"""

from __future__ import annotations

import re

_WH = r"(?:what|when|where|who|which|how)\b"
_AUX = r"(?:is|are|was|were|will|did|does|do|has|have|can|should)"
# A deed done to the first question's thing ("who set it"); "who holds it" asks of the thing itself
_DONE = r"(?:[a-z]+ed|set|won|broke|made|wrote|built|ran|hit|took|shot|beat|found|caught|sank|sold|bought)"
# ", and when ...", " and what is ...": a second wh-question joined to the first. "When and where" (one
# event, two slots) and "who will chair and who will run" (one subject, handled as roles) are left whole.
_JOIN = re.compile(
    r",\s*and\s+(?=(?:what|when|where|who|which|how\s+(?:many|much))\s+" + _AUX + r"\b)"
    # "What is the new course record at the marathon, and who set it?": who did it to the first's thing
    r"|,\s*and\s+(?=who\s+" + _DONE + r"\s+(?:it|them)\s*\??$)"
    # "Who was on the jury, and which film won the top prize?": a second question with its own subject
    r"|,\s*and\s+(?=(?:which|what)\s+[a-z]+\s+(?:" + _DONE + r"|wins|takes|took|gets|got)\s+(?:the|a|an)\s)"
    # "What caused the outage and how long did it last?": a second question about the first's subject
    r"|(?<=[a-z])\s+and\s+(?=(?:what|when|where|who|which|how\s+(?:many|much|long|often))\s+"
    + _AUX
    + r"\s+(?:it|its|they|their|them)\b)",
    re.I,
)
_WH_AUX = re.compile(
    r"^(?:what|when|where|who|which|how\s+(?:many|much)(?:\s+\w+)?)\s+" + _AUX + r"\s+",
    re.I,
)
# A wh-word after a comma in the first part: a third question.
_MORE_PARTS = re.compile(r",\s*" + _WH, re.I)
# The subject after a preposition: "polling day for the Marston Vale by-election".
_OF_SUBJECT = re.compile(
    r"\b(?:for|of|in|at|on)\s+((?:the\s+)?(?:[\w'’-]+\s+){0,6}?[A-Z][\w'’-]*(?:\s+[\w'’-]+)*)$"
)
_WH_VERB = re.compile(
    r"^(?:what|who)\s+(?!" + _AUX + r"\b)[a-z]+\s+(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[A-Z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,8})$",
    re.I,
)
# A second question naming nothing of its own: "what is the time?", "when was it set" aside.
_BARE_SECOND = re.compile(
    r"(?:what|when|where|who|which|how\s+(?:many|much))\s+" + _AUX + r"\s+the\s+[a-z]+", re.I
)
# Where the first question's named setting begins: "at the Nordlys Film Festival in Tromsø"
_SETTING = re.compile(r"\b(?:at|in|for|of|on|during)\s+(?:the\s+)?[A-Z]")
_WHAT_IS = re.compile(r"^what\s+(?:is|was|are|were)\s+(?P<np>the\s+.+)$", re.I)
_WHO_DID_IT = re.compile(r"who\s+" + _DONE + r"\s+(?:it|them)\s*\??$", re.I)
_DO_AUX = re.compile(r"\b(?:do|does|did)\s+$", re.I)
_CLOSING_PHRASE = re.compile(r"\s+(?:for|to|in|on|at|from|until|by|with)\s+(?:[a-z][\w'’-]*\s*)+$")


def _subject(first: str, *, object_of_verb: bool = False) -> str | None:
    """The noun phrase the first question is about, for the second's pronouns to stand for. With
    ``object_of_verb``, "What caused the outage" is about the outage."""
    body = first.rstrip(" ?")
    wh = _WH_AUX.match(body)
    m = _OF_SUBJECT.search(body)
    # "How much does the new sauna on the Ume River cost": after "does", the last word is the verb and the
    # place is part of the subject, not the subject
    if m is not None and not (wh is not None and _DO_AUX.search(wh.group(0))):
        return m.group(1)
    if wh is None:
        # "What caused the PayLedger outage": the object of the first question's verb
        vm = _WH_VERB.match(body) if object_of_verb else None
        return vm.group("np") if vm is not None else None
    # "When does the 2025 Kellaroo Festival run", "When will the Pellow Art Gallery close for
    # refurbishment": the subject is what comes before the closing verb and its phrase
    rest = _CLOSING_PHRASE.sub("", body[wh.end() :])
    words = rest.split()[:-1]
    if words and words[-1].lower() == "be":
        words.pop()
    return " ".join(words) if any(w[:1].isupper() for w in words) else None


def _resolved(second: str, subject: str) -> str:
    """The second question with its pronouns replaced by the first's subject."""
    out = re.sub(
        r"\b(?:its|their)\s+([\w'’-]+(?:\s+[\w'’-]+)?)", lambda m: f"the {m.group(1)} of {subject}", second
    )
    return re.sub(r"\b(?:it|they|them)\b", lambda _: subject, out)


# "Is the Dettah ice road open": a yes/no question's aux, its subject (naming something) and its state
_YES_NO = re.compile(
    r"^(?:is|are|was|were|will|has|have|does|do|did|can)\s+(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,6}?)\s+(?P<state>(?-i:[a-z]+)(?:\s+(?:again|ahead|back|on|off|up|down|out))?)$",
    re.I,
)


def _after_yes_no(first: str, second: str) -> str | None:
    """A yes/no question and a wh-question about its subject ("Is the Dettah ice road open, and what is the
    weight limit?"): the second, asked of the first's subject."""
    m = _YES_NO.match(first.rstrip(" ?"))
    if m is None:
        return None
    subject = m.group("np")
    if _PRONOUN.search(second):
        return _resolved(second, subject)
    if not _NAMES_ITS_OWN.search(second[1:]):
        return f"{second.rstrip(' ?')} of {subject}"
    return None  # a second question with a subject of its own is no part of this one


# The pronoun by which a second question names the first one's subject
_PRONOUN = re.compile(r"\b(?:it|its|they|their|them)\b", re.I)
# A capitalised word after a question's first: a name of its own
_NAMES_ITS_OWN = re.compile(r"\b[A-Z]")


def _pair(first: str, second: str) -> tuple[str, str]:
    """The two questions, each capitalised and closed by a question mark."""
    second = second[:1].upper() + second[1:]
    return first.rstrip(" ?") + "?", second.rstrip(" ?") + "?"


def split_compound(question: str) -> tuple[str, str] | None:
    """The two questions a compound question asks, each answerable alone; None for a single question."""
    m = _JOIN.search(question)
    if m is None:
        return None
    first, second = question[: m.start()].strip(), question[m.end() :].strip()
    if _MORE_PARTS.search(first):
        return None  # three questions or more: one slot per part is the list's own business
    if not re.match(_WH, first, re.I):
        asked = _after_yes_no(first, second)
        return None if asked is None else _pair(first, asked)
    # "What caused the outage and how long did it last?": joined without a comma, the second question is
    # about what the first one's verb acts on
    subject = _subject(first, object_of_verb="," not in question[m.start() : m.end()])
    if (done := _WHAT_IS.match(first.rstrip(" ?"))) is not None and _WHO_DID_IT.match(second):
        subject = done.group("np")  # "who set it": the record the first question asks for, not its race
    if _PRONOUN.search(second):
        if subject is None:
            return None
        second = _resolved(second, subject)
    elif _BARE_SECOND.fullmatch(second.rstrip(" ?")):
        # "Who holds the course record for the Bealach climb, and what is the time?": the time of the
        # thing the first question's verb acts on
        held = _WH_VERB.match(first.rstrip(" ?"))
        thing = held.group("np") if held is not None else subject
        if thing is None:
            return None
        second = f"{second.rstrip(' ?')} of {thing}"
    elif not _NAMES_ITS_OWN.search(second[1:]) and (setting := _SETTING.search(first.rstrip(" ?"))):
        # "..., and which film won the top prize?": the prize of the festival the first question names
        second = f"{second.rstrip(' ?')} {first.rstrip(' ?')[setting.start() :]}"
    return _pair(first, second)
