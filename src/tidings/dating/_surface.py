"""Rules that read a publication date the input states: metadata, a header line, a dateline, the URL.

They run before any reasoning over the content and are checked against it afterwards. Dates written in
words are read by the time tagger (``tidings.timex``); these rules only decide where a publication date is
stated (the top lines, a dateline, the URL) and read the numeric forms themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tidings.calendar_names import MONTH_NAMES
from tidings.dating._clues import Clue
from tidings.dating._content import Mention
from tidings.dating._dates import (
    MIN_YEAR,
    describe,
    parse_partial,
    partial_interval,
    safe_date,
)
from tidings.model import Document, Granularity

MAX_YEAR = 2200  # beyond this a "year" in a URL is an article number

# --- metadata ---------------------------------------------------------------------------------------------


def metadata_clues(doc: Document) -> list[Clue]:
    out: list[Clue] = []
    for rule, value, weight, what in (
        ("metadata", doc.given_date, 0.95, "the input's date field"),
        ("html-date", doc.html_date, 0.9, "the page's HTML metadata (htmldate)"),
    ):
        if not value:
            continue
        parsed = parse_partial(value)
        if parsed is None:
            out.append(Clue(rule, None, None, "unknown", f"{what} '{value}' is not a date", weight=0.0))
            continue
        e, la, g = parsed
        out.append(Clue(rule, e, la, g, f"{what} says {describe(e, la, g)}", weight=weight))
    return out


# --- header lines -----------------------------------------------------------------------------------------

_TOP_CHARS = 600  # a header or dateline sits in the first lines; deeper text is content
_HEADER_KEY = re.compile(
    # "Rob T. - posted Monday 6 November": a forum post's author may come first
    r"(?im)^[ \t]*(?:[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){0,2}[ \t]+[-–·|][ \t]+(?=posted))?"
    r"(?P<key>date[d]?|published(?:[ \t]+on)?|posted(?:[ \t]+on)?"
    r"|first[ \t]+published(?:[ \t]+on)?|(?:last[ \t]+)?updated(?:[ \t]+on)?"
    r"|(?:last[ \t]+)?modified(?:[ \t]+on)?)[ \t]*:?[ \t]*"
)
_ISO_AT = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d])")
_BYLINE = re.compile(r"(?im)^[ \t]*by[ \t]+[A-Z][^\n]{0,160}$")
_LINE = re.compile(r"[^\n]+")
_LETTERS = re.compile(r"[A-Za-z]+")
# Words that may sit beside a date on a line of its own without making it a sentence.
_DATE_LINE_WORDS_TEXT = (
    "updated published posted on at am pm a m p est edt cst cdt mst mdt pst pdt gmt bst cet utc et pt ct "
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday last first "
    "modified date"
)
_DATE_LINE_WORDS = frozenset(_DATE_LINE_WORDS_TEXT.split())


def _absolute(m: Mention) -> tuple[date, date, Granularity] | None:
    v = m.value
    if v.earliest is None or v.latest is None or v.kind not in ("day", "month"):
        return None
    return v.earliest, v.latest, "day" if v.kind == "day" else "month"


def _yearless_day(m: Mention) -> tuple[int, int] | None:
    return (m.value.month, m.value.day) if m.value.kind == "month_day" else None


_Found = tuple[Mention, tuple[date, date, Granularity] | None, tuple[int, int] | None]


def _first_date_in(mentions: Sequence[Mention], start: int, end: int) -> _Found | None:
    """The first dated expression inside [start, end): its absolute interval or its year-less month/day."""
    for m in mentions:
        if m.start < start or m.end > end:
            continue
        a = _absolute(m)
        if a is not None:
            return m, a, None
        y = _yearless_day(m)
        if y is not None:
            return m, None, y
    return None


def _plausible(e: date) -> bool:
    return MIN_YEAR <= e.year <= MAX_YEAR


# A periodical's masthead names its issue by date: "Members' Bulletin, June 2025", "Weekly briefing - 14
# March 2024"; a meeting's papers name the meeting ("Scrutiny Committee - 19 February 2025"). The date is
# the issue's own, not an event's, though a month with its year in running text usually points to another
# year.
_ISSUE_LINE = re.compile(
    # "Current schedule (updated September 2023)": a page's own stamp
    r"\b(?:bulletin|newsletter|issue|edition|digest|briefing|update|updated|magazine|gazette|minutes|circular|"
    r"round-?up|dispatch|notes|committee|meeting|agenda|full\s+council|"
    # "Town of Wolfville | Public Notice | November 2024": a notice names the month it was given
    r"(?:public|press)\s+(?:notice|release|statement))\b[^\n]{0,40}$"
    # "SUMMARY OF THE MEETING OF THE LOCAL COUNCIL FOR SEYDISFJORDUR, JUNE 2024": a meeting named by its body
    r"|\b(?:meeting|minutes|agenda)\s+of\s+(?:the\s+)?[^\n.]{0,60}$",
    re.I,
)


def _masthead(line: str) -> bool:
    """A short line that is not a sentence."""
    stripped = line.strip()
    return len(_LETTERS.findall(stripped)) <= _MASTHEAD_WORDS and not stripped.endswith((".", "?", "!", ":"))


_MASTHEAD_WORDS = 14


_HEADER_LINES = 5


def header_clues(doc: Document, mentions: Sequence[Mention]) -> list[Clue]:
    """A date line at the very top: " date 2020-01-06", "Published: March 3, 2021", a byline with a date."""
    text = doc.text
    top = text[:_TOP_CHARS]
    out: list[Clue] = []
    for m in _HEADER_KEY.finditer(top):
        if m.start() > 0 and len(top[: m.start()].strip().splitlines()) > 3:
            break
        pos = m.end()
        iso = _ISO_AT.match(text, pos)
        key = m.group("key").strip().lower()
        rule = "header-updated" if key.startswith(("updated", "last", "modified")) else "header"
        weight = 0.8 if rule == "header-updated" else 0.85
        if iso:
            parsed = partial_interval(int(iso[1]), int(iso[2]), int(iso[3]) if iso[3] else None)
            span = (iso.start(), iso.end())
            if parsed is None or not _plausible(parsed[0]):
                out.append(
                    Clue(
                        rule,
                        None,
                        None,
                        "unknown",
                        f"the header '{text[m.start() : iso.end()].strip()}' is not a plausible date",
                        span[0],
                        span[1],
                        0.0,
                    )
                )
                continue
            gran: Granularity = "day" if iso[3] else "month"
            out.append(
                Clue(
                    rule,
                    parsed[0],
                    parsed[1],
                    gran,
                    f"the header line '{text[m.start() : iso.end()].strip()}' gives "
                    f"{describe(*parsed, gran)}",
                    span[0],
                    span[1],
                    weight,
                )
            )
            continue
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        found = _first_date_in(mentions, pos, min(line_end, pos + 60))
        if found is None:
            continue
        t, a, yl = found
        # The date must follow the key closely ("Updated 10:15 AM EST, Jan 15, 2021"), not end a sentence.
        if any(w.lower() not in _DATE_LINE_WORDS for w in _LETTERS.findall(text[pos : t.start])):
            continue
        out.append(
            _dated_clue(rule, weight, f"the header line '{text[m.start() : t.end].strip()}'", t, a, yl)
        )
    if out:
        return out
    # A byline or a line holding only a date among the first lines.
    sentence_seen = False
    for n, lm in enumerate(_LINE.finditer(top)):
        # a date line may stand below a masthead, a menu and a headline ("CRAVEN HERALD / News | Sport /
        # Roadworks next for gas upgrade / Tuesday 2 July 2024"), so long as no sentence came before it
        if n >= _HEADER_LINES or (n >= 3 and sentence_seen):
            break
        line = lm.group(0)
        if not line.strip():
            continue
        sentence_seen = sentence_seen or line.rstrip().endswith((".", "!", "?"))
        found = _first_date_in(mentions, lm.start(), lm.end())
        if found is None:
            continue
        t, a, yl = found
        rest = line[: t.start - lm.start()] + line[t.end - lm.start() :]
        words = [w.lower() for w in _LETTERS.findall(rest)]
        if _BYLINE.match(line) and len(line) <= 160:
            out.append(_dated_clue("header-byline", 0.8, f"the byline '{line.strip()}'", t, a, yl))
            break
        if _RANGE_EDGE.search(line[: t.start - lm.start()]) or _RANGE_START.match(line[t.end - lm.start() :]):
            break  # "21-23 June 2024": a line giving a span of days heads an event, not the page's writing
        if all(w in _DATE_LINE_WORDS for w in words) and a is not None:
            # A line holding only a date may also be a diary entry or an event: weaker than a keyed header.
            out.append(_dated_clue("header-dateonly", 0.7, f"the date line '{line.strip()}'", t, a, yl))
            break
        if a is not None and _LIVE_LINE.match(line):
            # "LIVE: Egersund business breakfast - Thursday 12 September 2024": a live page is written on
            # the day it follows
            out.append(_dated_clue("header-live", 0.8, f"the live page's line '{line.strip()}'", t, a, yl))
            break
        if a is not None and _ISSUE_LINE.search(line[: t.start - lm.start()]) and _masthead(line):
            out.append(_dated_clue("header-issue", 0.75, f"the issue line '{line.strip()}'", t, a, yl))
            break
    return out


# A live page's title: "LIVE: ...", "Live updates - ...", "LIVE BLOG | ..."
_LIVE_LINE = re.compile(r"\s*live(?:\s+(?:updates?|blog|coverage|report))?\s*[:|\u2013\u2014-]", re.I)


# The other end of a span of days on a date line: "21-" before "23 June 2024", "- 23 June" after "21 June"
_RANGE_EDGE = re.compile(r"\d\s*(?:[-–]|\bto|\buntil)\s*$", re.I)
_RANGE_START = re.compile(r"\s*(?:[-–]|to\b|until\b)\s*(?:[A-Za-z]{3,9}\.?\s+)?\d", re.I)


# "Posted 24 June 2025 | 14 comments": a page's own publication line may close it, below the story.
_FOOTER_KEY = re.compile(
    r"(?im)^[ \t]*(?:(?:first[ \t]+)?(?P<pub>published|posted)"
    r"|(?:last[ \t]+)?(?:updated|amended|modified|reviewed))"
    r"(?:[ \t]+on)?[ \t]*:?[ \t]*"
)
# what may follow the date on its line: a separated tail ("| 12 comments", ". From: Environment Agency",
# "(minor amendment to the summary)")
# "Posted 10/01/2020 4:15pm | Share": a clock time may follow the date
_FOOTER_TAIL = re.compile(
    r"(?mi)(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?)?"
    r"[ \t]*(?:$|(?:[|·•(]|\.[ \t])[^\n]{0,80}$)"
)


def footer_clues(doc: Document, mentions: Sequence[Mention]) -> list[Clue]:
    """A publication line below the top lines, holding a full date and at most a separated tail."""
    text = doc.text
    # below the top lines, or in the second half of a short page
    for m in _FOOTER_KEY.finditer(text, min(_TOP_CHARS, len(text) // 2)):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        found = _first_date_in(mentions, m.end(), line_end)
        if found is None or found[1] is None:
            continue  # a year-less day this far down may be anything
        t, a, _ = found
        if text[m.end() : t.start].strip() or not _FOOTER_TAIL.match(text, t.end):
            continue  # a sentence that begins "Published on ..." is content
        # a page's last update bounds it as well as its publication does, a little less surely
        weight = 0.8 if m.group("pub") else 0.75
        return [
            _dated_clue(
                "footer", weight, f"the publication line '{text[m.start() : t.end].strip()}'", t, a, None
            )
        ]
    return []


def _dated_clue(
    rule: str,
    weight: float,
    what: str,
    t: Mention,
    a: tuple[date, date, Granularity] | None,
    yearless: tuple[int, int] | None,
) -> Clue:
    if a is not None:
        if not _plausible(a[0]):
            return Clue(
                rule,
                None,
                None,
                "unknown",
                f"{what} names the year {a[0].year}, which is not plausible",
                t.start,
                t.end,
                0.0,
            )
        return Clue(rule, a[0], a[1], a[2], f"{what} gives {describe(*a)}", t.start, t.end, weight)
    assert yearless is not None
    month, day = yearless
    return Clue(
        rule,
        None,
        None,
        "day",
        f"{what} gives {t.text.strip()} without a year",
        t.start,
        t.end,
        weight,
        month=month,
        day=day,
    )


# --- the title -------------------------------------------------------------------------------------------


# A word before a headline's date that makes it a deadline, a coming day or a starting point, not the day
# of the story: "restrictions extended until July 21", "booster shots coming Sept. 20".
_NOT_THE_DAY_BEFORE = re.compile(
    r"\b(?:until|till|through|to|by|before|coming|from|since|after)[ \t]+$", re.I
)


def _headline_day(title: str, t: Mention) -> str:
    """Why a year-less date in a headline is not the day of the story, or "" if it may be."""
    if t.role == "name":
        return f"'the {t.text} {t.head}' in the title names an event, not the day of the story"
    if _NOT_THE_DAY_BEFORE.search(title, max(0, t.start - 12), t.start):
        return f"'{t.text}' in the title is a deadline or a coming day, not the day of the story"
    return ""


def title_clues(title: str | None, mentions: Sequence[Mention]) -> list[Clue]:
    """A full date in the title ("Ten Things You Need to Know Today: 5 January 2023"); the last one wins.

    A year-less date counts unless it names an event ("the January 6 hearing") or follows "until",
    "coming" and the like; those are recorded with the reason and weight 0.
    """
    if not title:
        return []
    found: Clue | None = None
    skipped: list[Clue] = []
    previous: tuple[Mention, tuple[int, int]] | None = None  # the year-less date just before
    for t in mentions:
        a = _absolute(t)
        if a is not None and a[2] == "day" and _plausible(a[0]):
            found = Clue("title", a[0], a[1], "day", f"the title names the date '{t.text}'", weight=0.75)
        elif a is None and (yl := _yearless_day(t)) is not None:
            why = _headline_day(title, t)
            if why:
                skipped.append(Clue("title", None, None, "unknown", why, weight=0.0))
                continue
            found = _title_range(title, t, yl, previous) or Clue(
                "title",
                None,
                None,
                "day",
                f"the title names '{t.text}' without a year",
                weight=0.7,
                month=yl[0],
                day=yl[1],
            )
            previous = (t, yl)
    return ([found] if found is not None else []) + skipped


# "22 - 28 April", "April 8-14", "31 December - 6 January": a range of days in a headline covers a period
# (a week's quiz, a week's listings); the story runs within it, on a day the headline does not give.
_DAY_BEFORE = re.compile(r"(?<![\d,.])(\d{1,2})[ \t]*[-–][ \t]*$")
_DAY_AFTER = re.compile(r"[ \t]*[-–][ \t]*(\d{1,2})(?!\d|[,.:]\d)")
_RANGE_GAP = re.compile(r"[ \t]*[-–][ \t]*")
_MAX_RANGE_DAYS = 31


def _title_range(
    title: str, t: Mention, yl: tuple[int, int], previous: tuple[Mention, tuple[int, int]] | None
) -> Clue | None:
    """A year-less range of days in the title, as a clue ending on its last day; None if ``t`` ends none."""
    month, day = yl
    first: tuple[int, int] | None = None
    shown = t.text
    if previous is not None and _RANGE_GAP.fullmatch(title, previous[0].end, t.start):
        first, shown = previous[1], title[previous[0].start : t.end]
    elif (before := _DAY_BEFORE.search(title, max(0, t.start - 8), t.start)) is not None:
        first, shown = (month, int(before.group(1))), title[before.start() : t.end]
    elif (after := _DAY_AFTER.match(title, t.end)) is not None:
        first, (month, day), shown = (month, day), (month, int(after.group(1))), title[t.start : after.end()]
    if first is None:
        return None
    # The length in days, in a leap year so that any 29 February is valid, crossing the new year if needed.
    start, end = safe_date(2000, *first), safe_date(2000 if first[0] <= month else 2001, month, day)
    if start is None or end is None or not 0 < (end - start).days <= _MAX_RANGE_DAYS:
        return None
    return Clue(
        "title",
        None,
        None,
        "week",
        f"the title names the range '{shown}' without a year",
        weight=0.7,
        month=month,
        day=day,
        first_month=first[0],
        first_day=first[1],
    )


# --- editor's notes --------------------------------------------------------------------------------------

# "Editor's note: This story was originally published on April 21, 2022", "Originally published Sept. 15,
# 2013", "USA TODAY first published this story in July 2019": the text states when it first ran (an update
# keeps that date).
_NOTE = re.compile(
    r"\b(?:(?:this|the)[ \t]+(?:story|article|column|piece|report|post|interview|essay|editorial|review)"
    r"[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?(?:originally|first)[ \t]+(?:was[ \t]+)?"
    r"(?:published|posted|ran|appeared|printed)"
    r"|(?<![\w,][ \t])originally[ \t]+(?:published|posted)"
    r"|first[ \t]+published[ \t]+this[ \t]+(?:story|article|column))"
    r"(?:[ \t]+(?:on|in))?[ \t]+",
    re.I,
)
_NOTE_KINDS = ("day", "month", "year")


def note_clues(doc: Document, mentions: Sequence[Mention]) -> list[Clue]:
    """The first date an editor's note gives for the story's first publication."""
    if "riginally" not in doc.text and "irst published" not in doc.text:
        return []  # a substring test is far cheaper than the pattern on every "the" of a long text
    for m in _NOTE.finditer(doc.text):
        t = next((x for x in mentions if x.start == m.end()), None)
        if t is None:
            continue
        v = t.value
        shown = doc.text[m.start() : t.end].strip()
        if v.kind in _NOTE_KINDS and v.earliest is not None and v.latest is not None:
            gran: Granularity = "day" if v.kind == "day" else "month" if v.kind == "month" else "year"
            return [_dated_clue("note", 0.8, f"the note '{shown}'", t, (v.earliest, v.latest, gran), None)]
        if v.kind == "month_day":
            return [_dated_clue("note", 0.75, f"the note '{shown}'", t, None, (v.month, v.day))]
    return []


# --- datelines --------------------------------------------------------------------------------------------

_AGENCIES = (
    r"Reuters|AP|AFP|UPI|Bloomberg|dpa|DPA|IANS|PTI|ANI|Xinhua|KUNA|WAM|SPA|TASS|Yonhap|Kyodo|EFE|ANSA|CNA"
    r"|The Associated Press|Associated Press|CNN|BBC|NNA|Anadolu"
)
_WIRES = (
    r"PRNewswire|PR Newswire|Business Wire|BUSINESS WIRE|GLOBE NEWSWIRE|GlobeNewswire|ACCESSWIRE"
    r"|EINPresswire|Newswire"
)
_DATELINE = re.compile(
    rf"(?m)(?:\((?:{_AGENCIES})\)[ \t]*(?:[-—–]+|:)|/[ \t]*(?:{_WIRES})[ \t]*/[ \t]*(?:[-—–]+)?"
    # an agency we do not know, right after the dateline's date: "Aug 25 (Indian Press Network) -"
    r"|(?P<other>\([A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}\))[ \t]*[-—–]+)"
)


_DASH_AFTER = re.compile(r"[ \t]*[-—–:]")
# A dateline without an agency: a place in capitals opening a line, perhaps with its region, then the date
# and a dash ("NORDHAVN, Norway, Sept 12 -", "ELLERY COUNTY, Va., June 11, 2024 -").
_PLACE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+)*(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?,[ \t]*"
)


def dateline_clues(doc: Document, mentions: Sequence[Mention]) -> list[Clue]:
    """ "WASHINGTON, Jan. 15 (Reuters) -", "LONDON (AP) — Jan. 15, 2021 —", "March 3, 2021 /PRNewswire/"."""
    text = doc.text
    for m in _DATELINE.finditer(text, 0, min(len(text), _TOP_CHARS + 200)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # The date sits between the place and the agency, or right after the dash as a second dateline
        # part ("— Jan. 15, 2021 —"); a date inside the first sentence is news, not the dateline.
        found = _last_date_in(mentions, max(line_start, m.start() - 60), m.start())
        if m.group("other") and (found is None or text[found[0].end : m.start()].strip()):
            continue  # an unknown name in brackets is an agency only right after the date
        if found is None:
            after = _first_date_in(mentions, m.end(), m.end() + 40)
            if (
                after is not None
                and text[m.end() : after[0].start].strip() == ""
                and _DASH_AFTER.match(text, after[0].end)
            ):
                found = after
        if found is None:
            continue
        t, a, yl = found
        line_end = text.find("\n", m.end())
        shown = text[line_start : min(m.end(), len(text) if line_end < 0 else line_end)].strip()
        return [_dated_clue("dateline", 0.85, f"the dateline '{shown}'", t, a, yl)]
    for m in _PLACE_DATELINE.finditer(text, 0, min(len(text), _TOP_CHARS)):
        found = _first_date_in(mentions, m.end(), m.end() + 40)
        if found is None or found[0].start != m.end() or not _DASH_AFTER.match(text, found[0].end):
            continue
        t, a, yl = found
        shown = text[m.start() : found[0].end].strip()
        return [_dated_clue("dateline", 0.85, f"the dateline '{shown}'", t, a, yl)]
    return []


def _last_date_in(mentions: Sequence[Mention], start: int, end: int) -> _Found | None:
    found: _Found | None = None
    for m in mentions:
        if m.start >= start and m.end <= end:
            a = _absolute(m)
            y = None if a else _yearless_day(m)
            if a or y:
                found = (m, a, y)
    return found


# --- URLs -------------------------------------------------------------------------------------------------

_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_URL_DAY = [
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[-_.?#])"),
    re.compile(r"(?<![\d])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?![\d])"),
    re.compile(r"(?:^|[/_\-.=])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_\-.?&#])"),
]
_URL_NAMED_DAY = re.compile(rf"/((?:19|20)\d{{2}})/({_MON})/(\d{{1,2}})(?=/|$|[-_.?#])", re.I)
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?=/)(?!/\d)")
_URL_NAMED_MONTH = re.compile(rf"/((?:19|20)\d{{2}})/({_MON})(?=/)", re.I)
# Dates in words inside a slug: "...-5-january-2023", "...-january-5-2023", "...-31-december-6-january".
_SLUG_DMY = re.compile(rf"(?<![a-z0-9])(\d{{1,2}})-({_MON})(?:-((?:19|20)\d{{2}}))?(?![a-z0-9])", re.I)
_SLUG_MONTH_YEAR = re.compile(rf"(?<![a-z0-9])({_MON})-((?:19|20)\d{{2}})(?:\.[a-z]+)?/?$", re.I)
_SLUG_MDY = re.compile(rf"(?<![a-z0-9])({_MON})-(\d{{1,2}})(?:-((?:19|20)\d{{2}}))?(?![a-z0-9])", re.I)


def _month_number(word: str) -> int | None:
    """ "jan", "Sept", "january" -> 1, 9, 1; words that merely start like a month ("mayor") -> None."""
    w = word.lower()
    if len(w) < 3:
        return None
    for i, name in enumerate(MONTH_NAMES, 1):
        if name.startswith(w):
            return i
    return None


def url_clues(doc: Document) -> list[Clue]:
    """The date in an article URL: a day path (/2021/01/15/, /20210115/, -2021-01-15), a month, a slug."""
    url = doc.url
    if not url:
        return []
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for rx in _URL_DAY:
        for m in rx.finditer(path):
            iv = partial_interval(int(m[1]), int(m[2]), int(m[3]))
            if iv:
                return [
                    Clue(
                        "url",
                        iv[0],
                        iv[1],
                        "day",
                        f"the URL contains the date '{m.group(0).strip('/_-.=')}'",
                        weight=0.9,
                    )
                ]
    named = _URL_NAMED_DAY.search(path)
    if named:
        mo = _month_number(named[2])
        iv = partial_interval(int(named[1]), mo, int(named[3])) if mo else None
        if iv:
            return [
                Clue(
                    "url",
                    iv[0],
                    iv[1],
                    "day",
                    f"the URL contains the date '{named.group(0).strip('/')}'",
                    weight=0.9,
                )
            ]
    for rx, in_words in ((_URL_MONTH, False), (_URL_NAMED_MONTH, True)):
        month = rx.search(path)
        if month:
            mo = _month_number(month[2]) if in_words else int(month[2])
            iv = partial_interval(int(month[1]), mo) if mo else None
            if iv:
                return [
                    Clue(
                        "url",
                        iv[0],
                        iv[1],
                        "month",
                        f"the URL contains the month '{month.group(0).strip('/')}'",
                        weight=0.85,
                    )
                ]
    return _slug_clues(path)


def _slug_month(text: str) -> list[Clue]:
    """A month and year that end the slug ("/briefings/june-2023", "newsletter-march-2024"): an issue's
    month. Only at the end: "floods-of-june-2023-one-year-on" is about June 2023, written later."""
    m = _SLUG_MONTH_YEAR.search(text)
    mo = _month_number(m[1]) if m else None
    iv = partial_interval(int(m[2]), mo) if m and mo else None
    if m is None or mo is None or iv is None:
        return []
    words = f"{MONTH_NAMES[mo - 1].title()} {m[2]}"
    return [Clue("url-slug", iv[0], iv[1], "month", f"the URL's words end with {words}", weight=0.6)]


def _slug_clues(path: str) -> list[Clue]:
    """Dates written in words in the slug; the last one wins ("quiz-of-the-week-31-december-6-january")."""
    slug = path.rsplit("/", 2)
    text = "/".join(slug[-2:])
    found: list[tuple[int, int, int, int, int | None]] = []  # (position, end, month, day, year)
    for m in _SLUG_DMY.finditer(text):
        mo = _month_number(m[2])
        if mo:
            found.append((m.start(), m.end(), mo, int(m[1]), int(m[3]) if m[3] else None))
    for m in _SLUG_MDY.finditer(text):
        mo = _month_number(m[1])
        if mo and not any(s <= m.start() < e for s, e, *_ in found):
            found.append((m.start(), m.end(), mo, int(m[2]), int(m[3]) if m[3] else None))
    if not found:
        return _slug_month(text)
    _pos, _end, mo, day, year = max(found)
    words = f"{MONTH_NAMES[mo - 1].title()} {day}"
    if year is not None:
        iv = partial_interval(year, mo, day)
        if iv is None:
            return []
        return [Clue("url-slug", iv[0], iv[1], "day", f"the URL's words name {words}, {year}", weight=0.7)]
    if partial_interval(2000, mo, day) is None:
        return []
    return [
        Clue(
            "url-slug",
            None,
            None,
            "day",
            f"the URL's words name {words} without a year",
            weight=0.65,
            month=mo,
            day=day,
        )
    ]
