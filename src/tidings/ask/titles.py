"""Titles of works a source lists one to a line: "Which books are on the shortlist?" is answered by the
lines "- The Lantern Keepers by Marianne Doucet", "A Field of Small Fires - Priya Venkataraman" or
"JURY PRIZE: Quiet Harbour (dir. Tomasz Wrona)", whole and with their articles. The name finder cuts
such titles ("Lantern Keepers", "Small Fires") because their small words are lower case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.question import _WORD_RE, Question, stem, terms_of
from tidings.model import Analyzed

# --------------------------------------------------------------------------------------------- titles

# Kinds of work that go by a title.
WORK_CLASSES = frozenset(
    stem(w)
    for w in """books novels titles films movies albums songs singles plays musicals operas shows works
    paintings poems documentaries podcasts collections records""".split()
)

# Small words a title keeps in lower case: "A Field of Small Fires", "The Mill on the Floss". "by" is not
# one: it names the author after the title.
_SMALL = r"(?:of|on|the|and|a|an|in|at|to|for|with|from|or|into|upon|under|over|is|my|our)"
_CAP = r"[A-Z0-9][\w'’.-]*"
_TITLE = rf"(?P<t>{_CAP}(?:\s+(?:{_SMALL}\s+)*{_CAP})*)"
_BULLET = r"(?:[-–•*·]|\d{1,2}[.)])\s+"
# "GOLDEN HERON for Best Film: ", "Feb 14 - Mar 9: ": what the line's title is listed under
_LABEL = r"[^:\n]{1,48}:\s+"
# who made it after the title: "by Marianne Doucet", "- Priya Venkataraman", "(dir. Ines Varga)", "(1891)"
_MAKER = r"(?:\s+by\s+[A-Z]|\s+[-–—]\s+[A-Z]|\s*\()"
_LISTED = re.compile(rf"[ \t]*(?:{_BULLET}|{_LABEL})(?:{_BULLET})?{_TITLE}(?={_MAKER}|\s*[.,;]?\s*$|[.,;]\s)")
_BARE = re.compile(rf"[ \t]*{_TITLE}(?={_MAKER})")
# A label or line of page furniture, never a listed work: "Related: ...", "Tags: ...", "Photo: ..."
_FURNITURE = re.compile(
    r"[ \t]*(?:[-–•*·]\s+)?(?:related|read more|see also|share|tags?|photo|image|picture|source|posted|"
    r"updated|published|by|filed|more|credit|caption|category|categories|topics?|comments?)\b",
    re.I,
)


def _title_of(line: str) -> tuple[str, str] | None:
    """The title a line lists, if the line is an item of a list of works, and what the line lists it under
    (its bullet or label)."""
    if _FURNITURE.match(line) or len(line.split()) > 24:
        return None
    m = _LISTED.match(line) or _BARE.match(line)
    if m is None:
        return None
    title = m.group("t").rstrip(".")
    # a title has a word of its own: "2. 14 March" or a lone "The" lists no work
    if not re.search(r"[A-Za-z]{3,}", title) or title.lower() in ("the", "a", "an"):
        return None
    return title, line[: m.start("t")]


def _runs(text: str) -> list[list[tuple[str, str, int, int]]]:
    """Runs of two or more lines in a row (blank lines aside) that each list a title, with each line's
    label and offsets."""
    runs: list[list[tuple[str, str, int, int]]] = []
    run: list[tuple[str, str, int, int]] = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        listed = _title_of(line)
        if listed is None:
            if len(run) >= 2:
                runs.append(run)
            run = []
            continue
        run.append((*listed, start, start + len(line)))
    if len(run) >= 2:
        runs.append(run)
    return runs


def asks_titles(q: Question) -> bool:
    """Whether a list question asks for works by their titles ("Which books ...", "What two films ...")."""
    return bool(WORK_CLASSES & {stem(w.lower()) for w in _WORD_RE.findall(q.text)[1:4]})


def listed_titles(q: Question, docs: Sequence[Analyzed]) -> list[tuple[str, Analyzed, int, int]]:
    """The titles the sources list one to a line, each with the first line that lists it. Of a source's
    several lists, those whose lines and the text just before share most words with the question; of a
    list whose labels the question names ("the Golden Heron, the Jury Prize and the Audience Award"), the
    lines under those labels."""
    terms = {t for t in q.terms if len(t) > 2}
    found: dict[str, tuple[str, Analyzed, int, int]] = {}
    for a in docs:
        runs = _runs(a.doc.text)
        if not runs:
            continue

        def cover(run: list[tuple[str, str, int, int]], text: str = a.doc.text) -> int:
            near = text[max(0, run[0][2] - 300) : run[-1][3]]
            return len(terms & set(terms_of(near)))

        covers = [cover(r) for r in runs]
        best = max(covers)
        if best == 0:
            continue  # a list of works on another matter
        for run, covered in zip(runs, covers, strict=True):
            if covered < best:
                continue
            named = [line for line in run if terms & set(terms_of(line[1]))]
            for title, _label, s0, s1 in named or run:
                key = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\W+", " ", title.lower()).strip())
                found.setdefault(key, (title, a, s0, s1))
    return list(found.values())
