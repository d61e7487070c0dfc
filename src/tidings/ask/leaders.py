"""Who leads a project or a part of it, asked without a post's title ("Who is leading the whale-count
project?"): the people the sources name after "led by", "run by" or "headed by", and those they say lead it
("Dr Ana Ruiz will lead the survey"). A project split into parts names one leader for each part ("The
acoustic part ... is led by Dr. Sigrun Halldorsdottir", "The boat survey is run by skipper Magnus Arnason"):
each is a member of the answer, cited to its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.common import _on_topic
from tidings.ask.question import Question, _expand, _stems
from tidings.model import Analyzed
from tidings.sentences import split

__all__ = ["leader_question", "leaders_in"]

# "Who is leading the project?", "Who runs the survey?", "Who is in charge of the dig?"
_LEADER_Q = re.compile(
    r"^\s*who\s+(?:(?:is|are|was|were|will\s+be)\s+(?:leading|running|heading|directing|coordinating|"
    # "Who is carrying out the cruise impact review?": the people who do a piece of work
    r"carrying\s+out|conducting|undertaking|in\s+charge\s+of)|leads|runs|heads|directs|coordinates|led|ran|"
    r"headed|directed|coordinated|carried\s+out|conducted)\s+\S",
    re.I,
)

# A person's title, which the answer leaves off
_TITLE = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Capt|Captain)\.?\s+"
# A person's name, with a title before it: "Dr. Sigrun Halldorsdottir", "Professor Ana Ruiz"
_PERSON = r"(?:" + _TITLE + r")?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}"
# "is led by Dr. X", "is run by skipper and marine biologist X": descriptions in lowercase may come between
_LED_BY = re.compile(
    # "The design has been drawn up by landscape architect Karin Lindqvist": the author of a part of it
    r"\b(?:led|run|headed|directed|coordinated|overseen|managed|chaired|carried\s+out|conducted|supervised|"
    r"drawn\s+up|designed)\s+by\s+"
    r"(?:(?:the\s+|a\s+)?[a-z][\w-]*\s+(?:and\s+)?){0,5}?(?P<name>" + _PERSON + r")"
)
# "Dr Ana Ruiz will lead the survey", "X, a postdoctoral researcher, leads the drone work"
_LEADS = re.compile(
    # "Archaeologist Sofia Ekdahl from the county museum leads the excavation": where the leader is from may
    # come between
    r"(?P<name>" + _PERSON + r")(?:,\s+[^,.;]{2,60},|\s+(?:from|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+(?=\s+(?:will\s+)?(?:lead|leads|heads|runs|directs|oversees|supervises)\b))?\s+(?:will\s+)?"
    r"(?:lead|leads|is\s+leading|heads|runs|is\s+running|directs|coordinates|oversees|supervises|"
    r"is\s+in\s+charge\s+of)\s+(?:the|its|their|a|all)\b"
    # "Independent economist Graham Whitlock has been contracted to measure ...": hired for a part of it
    r"|(?P<hired>" + _PERSON + r")\s+(?:has|have)\s+been\s+"
    r"(?:contracted|commissioned|hired|engaged|appointed)\s+to\s+[a-z]"
)
# "Now he is head gardener for the herb garden and is in charge of all planting": the person the sentence
# before names, leading a part of it
_HE_LEADS = re.compile(
    r"\b(?:he|she)\s+(?:is|will\s+be)\s+(?:(?:the\s+)?(?:head|chief|lead)\s+[a-z]+\s+(?:for|of|on|at)\b|"
    r"in\s+charge\s+of\b|leading\s+(?:the|its)\b)",
    re.I,
)
# A word for what someone does, written before the name at a sentence's start ("Archaeologist Sofia Ekdahl",
# "Architect Ola Berg"): no part of the name
_TRADE_WORD = re.compile(r"[A-Z][a-z]+(?:ist|ect|er|or|ian)\s+(?=[A-Z][a-z'’-]+\s+[A-Z])")
# A line of a list of the work's parts that names who does one: "2. Economic assessment - Graham Whitlock,
# independent", "1. Governance - steering group (chair: Hana Tipene)"
_PART_LINE = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[-•*])\s+[^\n]{2,60}?(?:\s[-–—:]\s+|\(chair:\s*)(?:[a-z][\w-]*\s+){0,3}?"
    r"\(?(?P<name>" + _PERSON + r")"
)
# A change of leader: the people named are then old and new, not the leaders of parts
_HANDOVER = re.compile(
    r"\b(?:took|taken|takes|taking)\s+over\b|\breplac(?:ed|es|ing)\b|\bstepp(?:ed|ing)\s+down\b|"
    r"\bsucceed(?:s|ed|ing)?\b|\bhanded\s+over\b|\bresign(?:ed|s)?\b",
    re.I,
)
# the question's words that ask, not name what is led
_ASKING = _stems(
    "who is are was were will be leading running heading directing coordinating charge leads runs carrying "
    "out conducting undertaking"
)
# A sentence about a part of the thing the story names: "The drone work is led by ...", "The boat survey"
_PART_SUBJECT = re.compile(
    r"^\W*The\s+(?:[\w-]+\s+){0,3}?(?:part|work|side|survey|study|team|element|component|strand|arm|phase|"
    r"design|plan|planting|excavation|dig|construction|fundraising|research)s?\b"
)


def _bare_name(raw: str) -> str:
    """A person's name without the title or trade word written before it ("Dr.", "Archaeologist")."""
    return _TRADE_WORD.sub("", re.sub("^" + _TITLE, "", raw), count=1)


def leader_question(q: Question) -> bool:
    """Does the question ask who leads something, without naming a post?"""
    return _LEADER_Q.match(q.text) is not None


def leaders_in(q: Question, pool: Sequence[Analyzed]) -> list[tuple[str, Analyzed, int, int]]:
    """The people the on-topic sources say lead the thing asked about or a part of it, each with its
    sentence, first source kept. A sentence counts when it shares a word of the thing asked about, or tells of
    a part of what the sentence before names ("The drone work is led by Elin Brekke" after "... as part of
    the whale-count project"). None when a source tells of a leader replaced."""
    thing = _expand(set(q.terms)) - _ASKING
    found: dict[str, tuple[str, Analyzed, int, int]] = {}
    docs = _on_topic(q, pool) or list(pool)
    if any(_HANDOVER.search(a.doc.text) for a in docs):
        return []  # a leader replaced: who leads now is a post's question (see people)
    for a in docs:
        before: set[str] = set()
        last_named: str | None = None
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            st = _stems(sent)
            part = _PART_LINE.match(sent)
            if thing & st or (thing & before and (_PART_SUBJECT.match(sent) or part)):
                got = [*_LED_BY.finditer(sent), *_LEADS.finditer(sent), *([part] if part else [])]
                for m in got:
                    hired = m.group("hired") if "hired" in m.re.groupindex else None
                    raw = hired or m.group("name")
                    if raw is None:
                        continue
                    name = _bare_name(raw)
                    found.setdefault(name.lower(), (name, a, s0, s1))
                if not got and _HE_LEADS.search(sent) and (named := last_named) is not None:
                    found.setdefault(named.lower(), (named, a, s0, s1))
            if not part:
                before = st  # the items of a list are about what the line above them names
            people = re.findall(r"(?<![\w'’-])" + _PERSON, sent)
            # a name opening the story's sentence is who "he" or "she" next refers to
            last_named = _bare_name(people[0]) if people else None
    return list(found.values())
