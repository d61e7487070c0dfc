"""What every kind of answer reads from the documents: those published by the question's date and on its
topic, the sentence or clause around a claim, and the citation and as-of date an answer shows for it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from tidings.ask.question import Question, _expand, _name_prefix, _names_in, _proper_names, _stems, stem
from tidings.claims import parse_number
from tidings.conflicts import Item, as_of_string, item_interval
from tidings.model import Analyzed, Answer, Citation, Claim, ConflictType

# --------------------------------------------------------------------------------------------- helpers


# How late a report may tell of the question's day and still count: "at the end of July", written 2 August
_TOLD_LATE_DAYS = 7


def _eligible(docs: Sequence[Analyzed], as_of: date | None) -> list[Analyzed]:
    """Documents published by ``as_of``: a report dated after the question's "now" was not yet known.

    A report published just after it keeps the figures it dates by then ("the counter stood at 2,486 at
    the end of July", asked as of 31 July and written on 2 August): the state on that day, told late."""
    if as_of is None:
        return list(docs)
    out: list[Analyzed] = []
    for a in docs:
        if a.date.earliest is None or a.date.earliest <= as_of:
            out.append(a)
        elif (a.date.earliest - as_of).days <= _TOLD_LATE_DAYS:
            told = tuple(
                c
                for c in a.claims
                if c.kind == "quantity"
                and c.as_of_latest is not None
                and c.as_of_latest <= as_of
                and (as_of - c.as_of_latest).days <= _TOLD_LATE_DAYS
            )
            if told:
                out.append(replace(a, claims=told))
    return out


def _sentence(a: Analyzed, c: Claim) -> str:
    if c.sentence_start >= 0:
        return a.doc.text[c.sentence_start : c.sentence_end]
    return a.doc.text[max(0, c.start - 150) : c.end + 150]


def _asked_before(a: Analyzed, c: Claim) -> str:
    """The question line a Q&A answer follows ("How much is a Forever stamp now?" above "As of today, 78
    cents, up from 73 cents."): what the answer's own words leave out. Empty when the claim's sentence does
    not open the line right after a line ending in a question mark."""
    return asked_above(a.doc.text, c.sentence_start if c.sentence_start >= 0 else c.start)


def asked_above(text: str, s0: int) -> str:
    """The question line right above the line a sentence at ``s0`` opens, blank lines skipped; empty when
    the sentence does not open its line or the line above asks nothing."""
    line_start = text.rfind("\n", 0, s0) + 1
    if text[line_start:s0].strip():
        return ""  # the sentence does not open its line
    end = line_start  # the end of the text before it, blank lines skipped, without copying that text
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "?":
        return ""
    return text[text.rfind("\n", 0, end) + 1 : end]


# A row of a list or table: "- SADC nationals: R265 per adult per day"
_ROW = re.compile(r"^[ \t]*(?:[-•*·][ \t]*)?(?P<label>[A-Z][^:\n]{1,60}?):[ \t]", re.M)


def _list_lead(a: Analyzed, c: Claim) -> str:
    """The line that opens the list a row belongs to ("The following fees apply at all city pools:" above
    "Adults, single entry: 1,330 kr"): what the row's label leaves out. Empty when the claim is no row."""
    text = a.doc.text
    start = text.rfind("\n", 0, c.start) + 1
    if not _ROW.match(text, start) or text.find(":", start, c.start) < 0:
        return ""
    for _ in range(12):  # a list of a dozen rows at most above the claim's
        if start == 0:
            return ""
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1].rstrip()
        if line.endswith(":") and not _ROW.fullmatch(line + " "):
            return line
        if not _ROW.match(line):
            return ""
        start = prev
    return ""


def _window(a: Analyzed, c: Claim, width: int = 90) -> str:
    lo = max(c.sentence_start if c.sentence_start >= 0 else 0, c.start - width)
    hi = min(c.sentence_end if c.sentence_end >= 0 else len(a.doc.text), c.end + width)
    return a.doc.text[lo:hi]


_COMMA_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:when|while|whereas|after|before)\b")


def _comma_clause(a: Analyzed, c: Claim) -> str:
    """The stretch of the claim's sentence between the punctuation (or clause conjunctions) around it."""
    s0 = c.sentence_start if c.sentence_start >= 0 else max(0, c.start - 150)
    s1 = c.sentence_end if c.sentence_end >= 0 else min(len(a.doc.text), c.end + 150)
    text = a.doc.text
    lo = s0
    for m in _COMMA_CLAUSE_BREAK.finditer(text, s0, c.start):
        lo = m.end()
    after = _COMMA_CLAUSE_BREAK.search(text, c.end, s1)
    hi = after.start() if after else s1
    return text[lo:hi]


def _label(a: Analyzed) -> str:
    return a.doc.external_id or a.doc.id[:8]


def _cite(a: Analyzed, start: int, end: int) -> Citation:
    return Citation(
        doc_id=a.doc.id,
        source=a.doc.source,
        date=a.date.value,
        start=start,
        end=end,
        quote=a.doc.text[start:end],
        external_id=a.doc.external_id,
    )


def _doc_item(
    a: Analyzed, c: Claim, key: str, score: float, cluster: int, *, dated_by_doc: bool = False
) -> Item:
    own = not dated_by_doc and (c.as_of_earliest is not None or c.as_of_latest is not None)
    precise = True
    if own:
        lo, hi = item_interval(c, a.date)
    else:
        lo, hi = _doc_point(a)
        precise = a.date.granularity == "day" or (
            lo is not None and a.date.latest is not None and (a.date.latest - lo).days <= 31
        )
    history = "history" in c.rule or ".former" in c.rule
    return Item(c, a, key, lo, hi, history, cluster, score, precise, None if precise else a.date.latest)


def _doc_point(a: Analyzed) -> tuple[date | None, date | None]:
    """The interval to order a document's claims by.

    A day-granularity estimate means its first day even when the interval is left open; a wide interval
    (a year) counts only from its start, so an imprecise date never makes a claim look newest.
    """
    est = a.date
    lo, hi = est.earliest, est.latest
    if lo is None or hi is None:
        return lo, hi
    if est.granularity == "day" or (hi - lo).days > 31:
        return lo, lo
    return lo, hi


def _number_key(c: Claim) -> str:
    n = c.number if c.number is not None else parse_number(c.value)
    unit = "%" if c.unit == "%" else f" {c.unit}" if c.attribute == "grade" else ""
    if c.attribute == "grade" and c.value[-1:].isupper() and c.value[-2:-1].isdigit():
        unit = c.value[-1].lower() + unit  # "Level 2B" is another rung than "Level 2"
    if n is None:
        return c.value.lower()
    return f"{n:.6g}{unit}"


@dataclass(frozen=True, slots=True)
class _Slot:
    items: tuple[Item, ...]
    refuted: tuple[Item, ...]
    notes: tuple[str, ...]
    parts: bool = False
    supersedes: frozenset[tuple[str, str]] = frozenset()
    weak: tuple[Item, ...] = ()  # figures that fit the question less well: shown only as superseded
    # values a source calls false while their owner stands by them: sides of a dispute, not false reports
    disputed: frozenset[str] = frozenset()
    # the values are parts because each counts its own kind of the thing asked ("400 construction jobs",
    # "220 permanent jobs"): the sources' wording says so, and the relation model does not overrule it
    kinds: bool = False


# The explanation line of an answer whose parts are kinds of the thing asked (see _Slot.kinds)
KINDS_APART = "each value counts its own kind of the thing asked: parts, whatever the wording elsewhere"
# ... and of a why-question whose sources all tell one account of its causes (see causes._one_account)
ONE_ACCOUNT = "every source that names a cause names them all: one account, whatever the wording elsewhere"
# ... and of a list whose sources each name every member (see members._list_answer): it settles that the
# sources do not give parts, not whether they are true or take sides
ONE_LIST = "every source names every member: one list, not parts"
# ... and of a yes or no that independent reports of a fact all give one way (see yesno): it settles that
# the sources take no sides, not whether the answer has changed or is false
ONE_WAY = "independent reports all answer one way: no sides taken"
# ... and of an effect independent stories measure one as a rise, another as a fall (see assessments): sides,
# whatever else each story tells
OPPOSITE_WAYS = "stories measure the effect in opposite directions: sides of a dispute, not parts"
# A fact check's line retelling the report it checks: "Claim: A video shows ...", "What was claimed: ..."
CLAIM_LABEL = re.compile(r"\s*(?:the\s+)?(?:claim|what\s+was\s+claimed|rumou?r)\s*:", re.I)

# Explanation lines that say the sources' own words settle how they relate: the relation model keeps out
SETTLED = (KINDS_APART, ONE_ACCOUNT)
# ... and lines that settle one question only: the type the model may not give instead
SETTLED_AGAINST = {ONE_LIST: "complementary", ONE_WAY: "conflicting_opinions", OPPOSITE_WAYS: "complementary"}


def lines_under(
    text: str, opener: re.Pattern[str], bullet: re.Pattern[str]
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each line listed under a line that ``opener`` finds in ("The works include:", "Cabinet proposes:"),
    as the opener's match and the line's ``bullet`` match (searched within the line: ``pos`` and ``endpos``
    are its bounds); the list ends at the first line ``bullet`` does not match."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k, (l0, l1) in enumerate(lines):
        opened = opener.search(text, l0, l1)
        if opened is None:
            continue
        for b0, b1 in lines[k + 1 :]:
            item = bullet.match(text, b0, b1)
            if item is None:
                break
            yield opened, item


def _kin_stems(x: str, y: str, least: int) -> bool:
    """Are two stems forms of one word: one begins the other, and the shorter has ``least`` letters or more
    ("bann" of banned and "ban", "failur" of failure and "fail")?"""
    return min(len(x), len(y)) >= least and (x.startswith(y) or y.startswith(x))


def _words_in_row(words: Sequence[str]) -> re.Pattern[str]:
    """The words one after another, whole, in any case and with any spacing between ("the waiting list",
    "URGENT  URGENT")."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _later_verdicts(a: Analyzed) -> list[tuple[int, int, int, str]]:
    """The source's verdicts on a report told before them ("posts claiming X. This is not true."): the
    report's span, where the verdict's sentence starts, and its cue."""
    return [
        (c.targets[0], c.targets[1], c.sentence_start, c.value)
        for c in a.claims
        if c.kind == "refutation" and c.targets is not None and c.targets[0] < c.sentence_start
    ]


def _precise_doc(a: Analyzed) -> bool:
    est = a.date
    return (
        est.earliest is not None
        and est.latest is not None
        and (est.granularity == "day" or (est.latest - est.earliest).days <= 31)
    )


def _doc_as_of(a: Analyzed) -> str | None:
    """A document's date as an as-of: its day when known to a day or a short span, else as written."""
    lo, hi = _doc_point(a)
    if _precise_doc(a) and lo is not None and hi is not None:
        return date.fromordinal((lo.toordinal() + hi.toordinal()) // 2).isoformat()
    return as_of_string(_stmt_item_of(a))


def _stmt_item_of(a: Analyzed) -> Item:
    c = Claim(a.doc.id, 0, 0, "event", "", "truth", "")
    return Item(c, a, "", a.date.earliest, a.date.latest)


def _dedupe(cites: Sequence[Citation]) -> tuple[Citation, ...]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Citation] = []
    for c in cites:
        k = (c.doc_id, c.start, c.end)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return tuple(out)


def _on_topic(q: Question, pool: Sequence[Analyzed], *, some_names: bool = False) -> list[Analyzed]:
    """Documents that name every proper name of the question (else share half its content words).

    With ``some_names``, half the names are enough: a source that gives one part of a list may name its
    subject only in part ("Seychelles has signed the Port Louis Declaration", no "Indian Ocean")."""
    names = _proper_names(q.text)
    want = _expand(set(q.terms))
    out: list[Analyzed] = []
    for a in pool:
        low = f"{a.doc.title or ''} {a.doc.text}".lower()
        if names:
            if _names_in(names, q.text, low) or (some_names and _names_half_in(names, low)):
                out.append(a)
        elif want and len(want & _stems(low[:3000])) >= max(1, (len(set(q.terms)) + 1) // 2):
            out.append(a)
    return out


# Of a question's words other than its names, the share a report that never writes the names must hold
_CLOSE_SHARE = 0.6


def close_reports(
    q: Question, pool: Sequence[Analyzed], skip: Sequence[Analyzed], least: int
) -> list[Analyzed]:
    """Reports of the pool (other than ``skip``) that never name the question's names but share most of
    its other words, at least ``least`` of them: a municipality's statement on "the tourism levy" that
    never writes the town's name."""
    others = {stem(w) for w in q.terms} - {stem(n.lower()) for n in _proper_names(q.text)}
    need = max(least, math.ceil(_CLOSE_SHARE * len(others)))
    return [a for a in pool if a not in skip and len(others & _stems(a.doc.text)) >= need]


def _names_half_in(names: set[str], low: str) -> bool:
    named = sum(_name_prefix(n) in low for n in names)
    return named >= 1 and 2 * named >= len(names)


def _doc_rank(a: Analyzed) -> tuple[bool, date]:
    return (_precise_doc(a), a.date.latest or date.min)


# Where a source gives a side: its document and the sentence's span
_Said = tuple[Analyzed, int, int]


def _sides_answer(
    q: Question,
    found: dict[str, list[_Said]],
    names: dict[str, str],
    clusters: dict[str, int],
    lines: list[str],
    *,
    what: str,
    rule: str,
    disputed_lead: str,
) -> Answer:
    """The values sources give to an opinion question ("who should pay", "what impact"), each with the
    sentence that gives it first: different values from more than one story are sides of a dispute
    (conflicting opinions, rule ``conflicting_opinions.<rule>``), else the one value holds."""
    stories = {clusters.get(a.doc.id, 0) for v in found.values() for a, _, _ in v}
    disputed = len(found) > 1 and len(stories) > 1
    ctype: ConflictType = "conflicting_opinions" if disputed else "no_conflict"
    lines.append(
        f"{what}: "
        + "; ".join(
            f"{names[k]} [{', '.join(dict.fromkeys(_label(a) for a, _, _ in v))}]" for k, v in found.items()
        )
    )
    lines.append(f"conflict type: {ctype} (rule {ctype}.{rule})")
    quoted = "; ".join(
        f'{names[k]}: "{_clip(v[0][0].doc.text[v[0][1] : v[0][2]])}" [{_label(v[0][0])}]'
        for k, v in found.items()
    )
    newest = max((a for v in found.values() for a, _, _ in v), key=_doc_rank)
    return Answer(
        q.text,
        q.kind,
        (disputed_lead if disputed else "") + quoted[:1].upper() + quoted[1:] + ".",
        tuple(names[k] for k in found),
        ctype,
        _doc_as_of(newest),
        _dedupe([_cite(a, s0, s1) for v in found.values() for a, s0, s1 in v[:1]]),
        explanation=tuple(lines),
    )


# A publication or account that says of itself that it makes things up ("The Dribble is a satirical
# publication. Nothing on this site is true."; an account bio "Parody. Not affiliated with ...").
_SATIRE_SELF = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+)?(?:satirical|satire|parody|spoof|humou?r)\s+(?:publication|site|website|"
    r"account|page|outlet|newspaper|blog|column|magazine)\b"
    r"|\bnothing (?:on|in) this (?:site|website|page|account|publication|blog) is (?:true|real)\b"
    r"|\bbio:\s*[\"“']?(?:parody|satire)\b"
    # "Filed under: Satire", "All stories are made up."
    r"|\b(?:filed|posted|listed)\s+(?:under|in)\s*:?\s*(?:satire|parody|humou?r|comedy)\b"
    # a post's tag line: "Tags: satire, music, New England"
    r"|(?m:^)tags?\s*:\s*(?:[\w' -]+,\s*){0,6}?(?:satire|parody|spoof)\b"
    r"|\ball\s+(?:our\s+)?(?:stories|articles|quotes|content|news)\s+(?:are|is)\s+"
    r"(?:made\s+up|invented|fictional|fiction|satire|satirical|fake)\b"
    # "This site publishes satire. Stories are not true."
    r"|\b(?:this|our)\s+(?:site|website|page|blog|account|publication)\s+(?:only\s+)?publishes\s+"
    r"(?:satire|parody|spoof)",
    re.I,
)
