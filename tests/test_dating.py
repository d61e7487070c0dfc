"""Document dating: the cascade (metadata, header, dateline, URL, title, content), the corpus pass, explain.

Texts are written for these tests, modelled on news copy. Each row states the interval, granularity and
rule a reader would expect from the evidence.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from analyzed import corpus_dates
from analyzed import document as doc
from tidings import dating
from tidings.model import DateEstimate, Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "eval" / "dev" / "seeds.jsonl"


D = date.fromisoformat

# (case id, document, reference, earliest, latest, granularity, rule)
# fmt: off
CASCADE = [
    ("iso-header-day", doc(" date 2020-01-06 Officials said Monday that the convoy had left the base."),
     None, "2020-01-06", "2020-01-06", "day", "header"),
    ("iso-header-month", doc(" date 2020-01 The ministry said on Monday that talks had resumed."),
     None, "2020-01-01", "2020-01-31", "month", "header"),
    ("published-line", doc("Published: March 3, 2021\nThe city council voted on Tuesday to close a bridge."),
     None, "2021-03-03", "2021-03-03", "day", "header"),
    ("updated-line-split-year", doc("Updated 10:15 AM EST, Jan 15, 2021\nThe storm moved east overnight."),
     None, "2021-01-15", "2021-01-15", "day", "header-updated"),
    ("byline", doc("By Jane Roe | March 3, 2021\nThe council met on Tuesday and approved the budget."),
     None, "2021-03-03", "2021-03-03", "day", "header-byline"),
    ("date-only-line", doc("Ferry service resumes\nMarch 3, 2021\nThe ferry sailed again on Tuesday."),
     None, "2021-03-03", "2021-03-03", "day", "header-dateonly"),
    # below a masthead, a menu and a headline, before any sentence
    ("date-only-line-under-menu",
     doc("KESTON GAZETTE\nNews | Jobs\nFerry service resumes\nTuesday 2 March 2021\nThe ferry sailed."),
     None, "2021-03-02", "2021-03-02", "day", "header-dateonly"),
    # A periodical's masthead gives its issue's month, though a month with its year in running text usually
    # points to a later year.
    ("issue-masthead", doc("Harbour Traders — Members' Bulletin, June 2025\nFootfall rose in May."),
     None, "2025-06-01", "2025-06-30", "month", "header-issue"),
    ("url-beats-date-only-line",
     doc("Diary\nTHURSDAY, MAY 19, 2016\nI ran again.", url="https://example.com/2015/05/14/diary/"),
     None, "2015-05-14", "2015-05-14", "day", "url"),
    ("reuters-dateline-yearless",
     doc("WASHINGTON, Jan. 15 (Reuters) - The Senate voted on Friday to pass the bill."),
     D("2021-02-01"), "2021-01-15", "2021-01-15", "day", "dateline"),
    ("ap-dateline", doc("LONDON, Jan. 15, 2021 (AP) — Britain said it had reopened schools."),
     None, "2021-01-15", "2021-01-15", "day", "dateline"),
    ("ap-dateline-second-part", doc("LONDON (AP) — Jan. 15, 2021 — Britain said it had reopened schools."),
     None, "2021-01-15", "2021-01-15", "day", "dateline"),
    ("date-in-first-sentence-is-news",
     doc("NEW YORK (AP) — On Jan. 5, 2021, the council voted.", url="https://example.com/2021/01/08/vote"),
     None, "2021-01-08", "2021-01-08", "day", "url"),
    ("press-release", doc("March 3, 2021 /PRNewswire/ -- Acme Corp. announced a new plant in Ohio."),
     None, "2021-03-03", "2021-03-03", "day", "dateline"),
    ("url-path", doc("The storm hit the coast.", url="https://example.com/news/2021/01/15/storm-hits/"),
     None, "2021-01-15", "2021-01-15", "day", "url"),
    ("url-compact", doc("The storm hit the coast.", url="https://example.com/news/20210115/storm"),
     None, "2021-01-15", "2021-01-15", "day", "url"),
    ("url-dashed", doc("The storm hit the coast.", url="https://example.com/storm-hits-coast-2021-01-15.html"),
     None, "2021-01-15", "2021-01-15", "day", "url"),
    ("url-month-name", doc("The storm hit the coast.", url="https://news.example.com/world/2021/jan/15/storm"),
     None, "2021-01-15", "2021-01-15", "day", "url"),
    ("url-query", doc("The storm hit the coast.", url="https://example.com/article?id=7&date=2021-01-15"),
     None, "2021-01-15", "2021-01-15", "day", "url"),
    ("url-month-only", doc("The storm hit the coast.", url="https://example.com/2021/01/storm-hits"),
     None, "2021-01-01", "2021-01-31", "month", "url"),
    ("url-slug-words", doc("Here is the news.", url="https://example.com/news/1234/ten-things-5-january-2023"),
     None, "2023-01-05", "2023-01-05", "day", "url-slug"),
    ("url-slug-yearless",
     doc("Here is the quiz.", url="https://example.com/news/99/quiz-of-the-week-31-december-6-january"),
     D("2023-01-09"), "2023-01-06", "2023-01-06", "day", "url-slug"),
    ("title-date", doc("Here is the news.", title="Ten things you need to know today: 5 January 2023"),
     None, "2023-01-05", "2023-01-05", "day", "title"),
    ("title-yearless-day", doc("Here is the news.", title="Five things to know for July 21"),
     D("2023-08-02"), "2023-07-21", "2023-07-21", "day", "title"),
    # A range of days in a headline covers a period; the story runs within it, on a day it does not give.
    ("title-range-is-an-interval", doc("Here is the quiz.", title="Quiz of the week: 22 - 28 April"),
     D("2023-05-02"), "2023-04-22", "2023-04-28", "week", "title"),
    ("title-range-month-first", doc("Here are the films.", title="Top movie picks, April 8-14"),
     D("2023-05-02"), "2023-04-08", "2023-04-14", "week", "title"),
    ("title-range-across-new-year",
     doc("Here is the quiz.", title="Quiz of the week: 31 December - 6 January"),
     D("2023-01-09"), "2022-12-31", "2023-01-06", "week", "title"),
    # An editor's note says when the story first ran; an update keeps that date.
    ("editor-note-day",
     doc("Editor's note: This story was originally published on April 21, 2022. It has been updated.\n"
         "The bridge reopened on Tuesday."),
     D("2023-06-20"), "2022-04-21", "2022-04-21", "day", "note"),
    ("editor-note-month",
     doc("Editor's note: This story was originally published in November 2014.\n"
         "Shops on Main Street closed on Monday."),
     D("2023-06-20"), "2014-11-01", "2014-11-30", "month", "note"),
    ("editor-note-yearless",
     doc("Editor’s Note: This story originally ran December 20. It has been updated.\n"
         "The storm hit on Friday."),
     D("2023-01-15"), "2022-12-20", "2022-12-20", "day", "note"),
    ("metadata-year", doc("The plant opened.", given="2021"),
     None, "2021-01-01", "2021-12-31", "year", "metadata"),
    ("metadata-month", doc("The plant opened.", given="2021-03"),
     None, "2021-03-01", "2021-03-31", "month", "metadata"),
    ("metadata-day", doc("The plant opened.", given="2021-03-04"),
     None, "2021-03-04", "2021-03-04", "day", "metadata"),
    ("html-date", doc("The plant opened.", html="2021-03-04"),
     None, "2021-03-04", "2021-03-04", "day", "html-date"),
    ("metadata-beats-url", doc("The plant opened.", given="2021-03-04", url="https://example.com/2021/03/09/p"),
     None, "2021-03-04", "2021-03-04", "day", "metadata"),
    ("header-month-narrowed-by-url", doc(" date 2020-01 Troops moved.", url="https://example.com/2020/01/06/t"),
     None, "2020-01-06", "2020-01-06", "day", "url"),
    ("sentence-is-not-a-header",
     doc("Posted without a caption on Dec. 14, 2015, the photo spread.", url="https://example.com/2021/01/28/x"),
     None, "2021-01-28", "2021-01-28", "day", "url"),
    # Content: a past date is a lower bound; "on Friday" is the first Friday on or after it.
    ("past-date-and-weekday",
     doc("“Today, the force stands at 2,500,” the acting secretary said on Friday. He had announced the cut "
         "on November 17, 2020."),
     D("2020-12-01"), "2020-11-20", "2020-12-01", "day", "content-weekday"),
    ("weekday-within-a-week",
     doc("“Today, the force stands at 2,500,” the acting secretary said on Friday. He had announced the cut "
         "on November 17, 2020."),
     D("2020-11-25"), "2020-11-20", "2020-11-25", "week", "content-weekday"),
    ("future-date-upper-bound",
     doc("Voters went to the polls on March 5, 2023. A runoff will be held on June 3, 2023."),
     None, "2023-03-05", "2023-06-03", "day", "content-date"),
    ("yearless-date-takes-reference-year",
     doc("The strike began on Dec. 12. Workers said on Thursday that they had not been paid."),
     D("2021-01-10"), "2020-12-17", "2021-01-10", "day", "content-weekday"),
    ("finished-month",
     doc("The militia attacked the base in November. Officials said more attacks were possible."),
     D("2021-12-20"), "2021-12-01", "2021-12-20", "month", "content-month"),
    ("last-year-names-the-year",
     doc("Last year's World Cup drew record crowds. The 2022 World Cup final alone had 1.5 billion viewers."),
     None, "2023-01-01", "2023-12-31", "year", "content-year"),
    ("month-year-points-later",
     doc("US forces have come under attack since a January 2020 airstrike. The drawdown announced on "
         "November 17, 2020 was completed."),
     None, "2021-01-01", "2021-12-31", "year", "content-year"),
    # Year-less dates cluster near the month a text was written: one stray date (a schedule read as past)
    # moves the latest date, not the cluster. The interval still runs to the last day the bounds allow.
    ("yearless-dates-cluster-in-a-month",
     doc("Union leaders said the strike began on March 3 and spread to the ports on March 10. Talks "
         "collapsed in February. The next court date is June 2."),
     D("2023-06-20"), "2023-03-01", "2023-06-20", "month", "content-months"),
    ("yearless-dates-without-a-stray-one",
     doc("Union leaders said the strike began on March 3 and spread to the ports on March 10. Talks "
         "collapsed in February."),
     D("2023-06-20"), "2023-03-10", "2023-06-20", "day", "content-date"),
    # The cluster must fit a month the year allows: December dates do not fit the reference's own year
    # before June, so they are last year's; June dates are this year's.
    ("yearless-dates-fit-last-december",
     doc("Snow fell on Dec. 12 and again on Dec. 19, forecasters said. Heating bills rose in November."),
     D("2023-06-20"), "2022-12-19", "2023-06-20", "day", "content-date"),
    ("yearless-dates-fit-this-june",
     doc("Snow fell on June 2 and again on June 9, forecasters said. Heating bills rose in May."),
     D("2023-06-20"), "2023-06-09", "2023-06-20", "day", "content-date"),
    ("weekday-date-fixes-year",
     doc("Argentina lost to Saudi Arabia on Tuesday, Nov. 22, in one of the great upsets."),
     D("2023-06-09"), "2022-11-22", "2023-06-09", "day", "content-date"),
    # Nothing but the reference date: the prior on the age of news documents found for a question.
    ("prior-the-year-before",
     doc("Officials said the talks would go on. Residents were not told why."),
     D("2023-03-15"), "2022-01-01", "2022-12-31", "year", "content-prior"),
    # In the reference date's own year the prior's mass is in the month before it, and most in its last
    # week (search results for a question are mostly that week's news): the week, not a calendar month.
    ("prior-the-week-before",
     doc("Officials said the talks would go on. Residents were not told why."),
     D("2023-11-15"), "2023-11-09", "2023-11-15", "week", "content-prior"),
    ("year-only-text-the-week-before",
     # (an election, not a budget: "the 2023 budget" is planned ahead of its year and bounds nothing)
     doc("The 2023 election was held after long campaigns. Officials said the plan would work."),
     D("2023-11-15"), "2023-11-09", "2023-11-15", "week", "content-recent"),
]
# fmt: on


@pytest.mark.parametrize(
    ("document", "reference", "earliest", "latest", "granularity", "rule"),
    [pytest.param(*row[1:], id=row[0]) for row in CASCADE],
)
def test_cascade(
    document: Document, reference: date | None, earliest: str, latest: str, granularity: str, rule: str
) -> None:
    est = dating.date_document(document, reference=reference)
    assert (est.earliest, est.latest) == (D(earliest), D(latest)), dating.explain(est, document)
    assert est.granularity == granularity
    assert est.rule == rule
    assert est.evidence, "every estimate records its evidence"
    assert 0.0 < est.confidence <= 1.0


def test_a_date_line_after_a_sentence_is_no_header() -> None:
    document = doc("Ferry news\nThe ferry sailed again.\nTimetable below.\nTuesday 2 March 2021\nDepart 9am.")
    est = dating.date_document(document)
    assert est.rule != "header-dateonly", dating.explain(est, document)


def test_an_issue_word_in_a_sentence_is_no_masthead() -> None:
    document = doc("The council's update of June 2025 said footfall had risen.\nTraders welcomed the news.")
    est = dating.date_document(document, reference=D("2026-03-01"))
    assert est.rule != "header-issue", dating.explain(est, document)


# Dates that are not times the text reports: event names, schedules, dates whose year the sentence gives.
# (case id, text, reference, year of the estimate or None, words the explanation must hold, a rule whose
# evidence must be absent, a rule whose evidence must be present)
# fmt: off
ROLES = [
    ("event-name-is-not-a-bound",
     "The Jan. 6 committee released its final report. Members said on Tuesday that the panel had finished.",
     D("2023-06-20"), None, "'the Jan. 6 committee' names an event", "content-yearless", "content-name"),
    ("attacks-name-is-not-a-bound",
     "Officials recalled the September 11 attacks. The mayor spoke on Monday at the memorial.",
     D("2023-05-10"), None, "'the September 11 attacks' names an event", "content-yearless", "content-name"),
    ("a-reported-date-still-bounds",
     "Officials met on September 11. The mayor spoke on Monday at the memorial.",
     D("2023-05-10"), None, "'September 11' as past", "content-name", "content-yearless"),
    ("anniversary-counts-the-year",
     "Chileans marked the 50th anniversary of the 1973 coup. The president laid a wreath on Monday.",
     D("2024-06-01"), 2023, "'50th anniversary of the 1973' counts to 2023", "", "content-year"),
    ("years-ago-counts-the-year",
     "Twenty years ago, in 2003, the first troops crossed the border. Veterans met on Sunday.",
     D("2024-06-01"), 2023, "counts to 2023", "", "content-year"),
    ("scheduled-weekday-is-not-past",
     "The lottery raised the jackpot on March 4. The next drawing is Wednesday night.",
     D("2023-03-15"), None, "", "content-weekday", ""),
    ("reported-weekday-places-the-date",
     "The lottery raised the jackpot on March 4. Nobody won the drawing on Wednesday night.",
     D("2023-03-15"), None, "'Wednesday night'", "", "content-weekday"),
    ("said-on-a-weekday-is-reported",
     "The lottery raised the jackpot on March 4. Officials said on Wednesday it would add a drawing.",
     D("2023-03-15"), None, "'Wednesday'", "", "content-weekday"),
    ("month-in-a-dated-sentence-keeps-that-year",
     "In March 2020 the company closed its stores, and by May it had furloughed most staff.",
     D("2023-03-15"), 2022, "", "content-yearless", ""),
    ("month-alone-is-the-documents-year",
     "The company closed its stores in May. It said it expected a recovery.",
     D("2023-03-15"), 2022, "'May' as a finished month", "", "content-yearless"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "reference", "year", "words", "absent", "present"),
    [pytest.param(*r[1:], id=r[0]) for r in ROLES],
)
def test_dates_that_are_not_reported_times(
    text: str, reference: date, year: int | None, words: str, absent: str, present: str
) -> None:
    d = doc(text)
    est = dating.date_document(d, reference=reference)
    why = dating.explain(est, d)
    rules = {e.rule for e in est.evidence} | {est.rule}
    assert words in why, why
    if absent:
        assert absent not in rules, why
    if present:
        assert present in rules, why
    if year is not None:
        assert est.earliest is not None and est.earliest.year == year, why
    assert est.latest is None or est.latest <= reference


# Dates in a title or a note that are not the day of the story (and the controls beside them, which are).
# (case id, document, reference, the rule that must decide or "" for none of these, words of the explanation)
# fmt: off
NOT_THE_DAY = [
    ("title-deadline", doc("Restaurants may stay closed.", title="Indoor dining ban extended until July 21"),
     D("2023-08-02"), "", "'July 21' in the title is a deadline or a coming day"),
    ("title-coming-day", doc("Clinics are ready.", title="Booster shots coming Sept. 20, officials say"),
     D("2023-10-02"), "", "'Sept. 20' in the title is a deadline or a coming day"),
    ("title-day-control", doc("Restaurants may stay closed.", title="Dining ban news for July 21"),
     D("2023-08-02"), "title", "the title names 'July 21' without a year"),
    ("title-event-name", doc("Lawmakers met.", title="Takeaways from the January 6 hearing"),
     D("2023-08-02"), "", "'the January 6 hearing' in the title names an event"),
    ("title-event-control", doc("Lawmakers met.", title="Takeaways from the hearing on January 6"),
     D("2023-08-02"), "title", "the title names 'January 6' without a year"),
    ("book-first-published-is-not-a-note",
     doc("The novel, originally published in 1964, was revised. Readers said on Tuesday they were upset."),
     D("2023-06-20"), "", "'1964' as past"),
    ("note-without-a-date",
     doc("This story originally appeared on the college blog. Students said on Tuesday they were upset."),
     D("2023-06-20"), "", "no year in the text decides"),
]
# fmt: on


@pytest.mark.parametrize(
    ("document", "reference", "rule", "words"), [pytest.param(*r[1:], id=r[0]) for r in NOT_THE_DAY]
)
def test_title_and_note_dates(document: Document, reference: date, rule: str, words: str) -> None:
    est = dating.date_document(document, reference=reference)
    why = dating.explain(est, document)
    assert words in why, why
    if rule:
        assert est.rule == rule, why
    else:
        assert est.rule not in ("title", "note"), why
    assert est.latest is None or est.latest <= reference


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        pytest.param(
            "The club won the title in the 2021-22 season, its coach said.", "2021-07-01", id="season"
        ),
        pytest.param("The club won the title in 2021, its coach said.", "2021-01-01", id="year-control"),
    ],
)
def test_a_past_season_bounds_from_its_start(text: str, earliest: str) -> None:
    est = dating.date_document(doc(text), reference=D("2023-06-20"))
    past = [e for e in est.evidence if e.rule == "content-past"]
    assert [e.earliest for e in past] == [D(earliest)], dating.explain(est, doc(text))


def test_conflicting_header_is_kept_and_reported() -> None:
    d = doc(
        " date 2020-01 The acting secretary said the cut he had announced on November 17, 2020 was complete."
    )
    est = dating.date_document(d)
    assert (est.earliest, est.latest, est.granularity, est.rule) == (
        D("2020-01-01"),
        D("2020-01-31"),
        "month",
        "header",
    )
    assert any("2020-01" in c and "November 17, 2020" in c for c in est.conflicts)
    assert est.confidence < 0.85


def test_header_and_url_disagree() -> None:
    d = doc(" date 2020-01-06 Troops moved.", url="https://example.com/2020/03/16/troops")
    est = dating.date_document(d)
    assert (est.earliest, est.rule) == (D("2020-01-06"), "header")
    assert est.conflicts == ("the header says 2020-01-06 but the URL says 2020-03-16",)


def test_stated_date_after_reference_is_kept_and_flagged() -> None:
    d = doc("Rescuers kept digging.", url="https://example.com/2023/02/11/quake")
    est = dating.date_document(d, reference=D("2023-02-09"))
    assert est.earliest == D("2023-02-11")
    assert any("after the reference date 2023-02-09" in c for c in est.conflicts)


@pytest.mark.parametrize(
    ("document", "reference", "note_part"),
    [
        pytest.param(doc("The plant opened.", given="0500"), None, "not plausible", id="metadata-year-0500"),
        pytest.param(
            doc(" date 0500-01-06 The plant opened."), None, "not a plausible date", id="header-0500"
        ),
        pytest.param(
            doc("Editor's note: This story was originally published on March 3, 1700.\nThe ship sank."),
            None,
            "not plausible",
            id="note-year-1700",
        ),
        pytest.param(
            doc("The bridge closed on March 3, 2025, the mayor said."),
            D("2021-01-01"),
            "after the reference date",
            id="past-event-after-reference",
        ),
    ],
)
def test_absurd_dates_are_rejected_with_a_reason(
    document: Document, reference: date | None, note_part: str
) -> None:
    est = dating.date_document(document, reference=reference)
    assert any(note_part in e.note for e in est.evidence)
    assert est.earliest is None or est.earliest.year != 500
    if reference is not None:
        assert est.earliest is None or est.earliest <= reference


def test_unknown_when_nothing_dates_it() -> None:
    d = doc("The committee met and discussed the plan at length.")
    est = dating.date_document(d)
    assert not est.known and est.earliest is None and est.rule == "none"
    assert dating.explain(est, d).startswith("date unknown")


# --- the corpus -------------------------------------------------------------------------------------------

QUOTE = (
    "“There’s been no decision whatsoever to leave the country,” the defense secretary said at the Pentagon."
)
QUOTE_PLAIN = '"There\'s been no decision whatsoever to leave the country," the minister told reporters.'


@pytest.mark.parametrize(
    ("borrower", "earliest", "latest", "granularity", "rule"),
    [
        pytest.param(
            doc(f"Confusion reigned on Monday. {QUOTE}", name="b"),
            "2020-01-06",
            "2020-01-06",
            "day",
            "corpus-quote",
            id="undated-borrows-day",
        ),
        pytest.param(
            doc(f" date 2020-01 Confusion reigned. {QUOTE}", name="b"),
            "2020-01-06",
            "2020-01-06",
            "day",
            "corpus-quote",
            id="month-header-narrowed",
        ),
        pytest.param(
            doc(f"Confusion reigned. {QUOTE}", url="https://example.com/2020/03/16/x", name="b"),
            "2020-03-16",
            "2020-03-16",
            "day",
            "url",
            id="stronger-evidence-kept",
        ),
        pytest.param(
            doc(f" date 2020-03 Confusion reigned. {QUOTE}", name="b"),
            "2020-03-01",
            "2020-03-31",
            "month",
            "header",
            id="contradicting-header-kept",
        ),
    ],
)
def test_corpus_quote_borrowing(
    borrower: Document, earliest: str, latest: str, granularity: str, rule: str
) -> None:
    donor = doc(f" date 2020-01-06 The letter was a draft. {QUOTE_PLAIN}", name="a")
    out = corpus_dates(donor, borrower)
    est = out[borrower.id]
    assert (est.earliest, est.latest, est.granularity, est.rule) == (
        D(earliest),
        D(latest),
        granularity,
        rule,
    )
    if rule == "corpus-quote":
        assert est.confidence < out[donor.id].confidence
        assert any("document a" in e.note for e in est.evidence)
    assert out[donor.id].rule == "header"


def test_corpus_now_dates_a_text_without_year() -> None:
    dated = doc(" date 2021-12-09 The Pentagon said on Thursday that 2,500 troops remain.", name="a")
    yearless = doc(
        "Markets fell sharply in November. Traders expect the central bank to act on December 31.", name="b"
    )
    out = corpus_dates(dated, yearless)
    est = out[yearless.id]
    assert (est.earliest, est.latest, est.granularity, est.rule) == (
        D("2021-12-01"),
        D("2021-12-09"),
        "month",
        "corpus-now",
    )


def test_same_story_lends_its_year() -> None:
    story = (
        "Saudi Arabia stunned Argentina in Lusail, beating Lionel Messi's side 2-1 in a Group C match. "
        "Salem Al-Dawsari scored the winner after Saleh Al-Shehri had equalised."
    )
    donor = doc(f"{story} The upset came on Tuesday, Nov. 22, at the Lusail Stadium.", name="a")
    recipient = doc(
        f"Fans in Riyadh celebrated all night. {story} Coach Herve Renard praised his players.", name="b"
    )
    other = doc("The city council approved a new budget for road repairs and school buses.", name="c")
    out = corpus_dates(donor, recipient, other, reference=D("2023-11-15"))
    assert out[donor.id].earliest == D("2022-11-22")
    est = out[recipient.id]
    assert est.rule == "corpus-story" and est.earliest is not None and est.earliest.year == 2022
    assert any("same story as document a" in e.note for e in est.evidence)
    assert out[other.id].rule == "content-prior"


def test_corpus_pass_dates_a_thousand_documents() -> None:
    docs = [
        doc(
            f" date 2021-{1 + i % 12:02d}-{1 + i % 28:02d} Story {i}: the council of town {i} met on Monday. "
            f"“We will build the bridge number {i} before the winter comes to the valley,” the mayor said.\n"
            "Residents said they had waited for years for the crossing to be finished.",
            name=f"n{i}",
        )
        for i in range(1000)
    ]
    estimates = {d.id: dating.date_document(d) for d in docs}
    out = dating.date_corpus(docs, estimates)
    assert len(out) == len(docs)


# --- words ------------------------------------------------------------------------------------------------


def test_explain_names_the_evidence_chain() -> None:
    d = doc(
        "“Today, the force stands at 2,500,” the acting secretary said on Friday. He had announced the cut "
        "on November 17, 2020."
    )
    text = dating.explain(dating.date_document(d, reference=D("2020-12-01")), d)
    assert text.startswith("a Friday between 2020-11-20 and 2020-12-01")
    assert "'Friday'" in text and "'November 17, 2020' as past" in text


def test_explain_reports_conflicts() -> None:
    d = doc(" date 2020-01-06 Troops moved.", url="https://example.com/2020/03/16/troops")
    text = dating.explain(dating.date_document(d), d)
    assert text.startswith("2020-01-06 (header")
    assert "Disagreement: the header says 2020-01-06 but the URL says 2020-03-16" in text


# --- the seeds --------------------------------------------------------------------------------------------


def _seed_estimates() -> tuple[dict[str, Document], dict[str, DateEstimate], dict[str, str]]:
    from tidings.read import make_document

    case = json.loads(SEEDS.read_text(encoding="utf-8").splitlines()[0])
    gold = case["gold"]["doc_dates"]
    docs = {
        d["id"]: make_document(
            d["text"], source=d["id"], format="text", external_id=d["id"], url=None, title=d.get("title")
        )
        for d in case["documents"]
    }
    first = {d.id: dating.date_document(d) for d in docs.values()}
    final = dating.date_corpus(list(docs.values()), first)
    return docs, {k: final[d.id] for k, d in docs.items()}, gold


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/eval/dev/seeds.jsonl is not beside the checkout")
def test_seeds_intervals_contain_the_truth() -> None:
    docs, est, gold = _seed_estimates()
    for k, truth in gold.items():
        e = est[k]
        assert e.earliest is not None, f"{k}: {dating.explain(e, docs[k])}"
        assert e.earliest <= D(truth) and (e.latest is None or D(truth) <= e.latest), dating.explain(
            e, docs[k]
        )
    assert (est["000"].earliest, est["000"].latest, est["000"].rule) == (
        D("2020-01-06"),
        D("2020-01-06"),
        "corpus-quote",
    )
    assert est["004"].value == "2021"


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/eval/dev/seeds.jsonl is not beside the checkout")
def test_seed_002_points_to_december_2021() -> None:
    _docs, est, _gold = _seed_estimates()
    assert est["002"].value == "2021-12"


def test_same_id_keeps_estimates_apart() -> None:
    # Guard for the corpus pass: estimates are keyed by document id; the pass never invents ids.
    a = doc(" date 2020-01-06 The convoy left.", name="a")
    b = replace(a, id="other", external_id="b")
    out = dating.date_corpus([a, b], {a.id: dating.date_document(a), b.id: dating.date_document(b)})
    assert set(out) == {a.id, "other"}


@pytest.mark.parametrize(
    ("df", "expected"),
    [
        ({"halvard": 3, "mine": 500, "the": 4000, "solo": 1}, ["halvard"]),
        ({"mine": 51, "rescue": 50}, ["rescue"]),
        ({"only": 1}, []),
    ],
)
def test_corpus_neighbour_keys_skip_common_or_unshared_words(df: dict[str, int], expected: list[str]) -> None:
    from tidings.dating._corpus import _rarest

    assert _rarest(frozenset(df), df) == expected


# --- a past date and a reported weekday ---------------------------------------------------------------------

# (text, reference, earliest, year named in the explanation or None). A year-less past date that falls on a
# weekday the text reports in some year places the text in the week after it, when that week's share of the
# prior beats the whole year's: a text of the reference's own weeks is told from last year's on the same
# dates. The controls name a weekday the date does not fall on this year.
# fmt: off
WEEKDAY_ECHO = [
    ("Police said on Monday that the gunman had bought the rifle legally. The shooting on Jan. 16 left three "
     "people wounded at a grocery store.", "2023-01-26", "2023-01-16", "'Jan. 16' is a Monday in 2023"),
    ("Police said on Tuesday that the gunman had bought the rifle legally. The shooting on Jan. 16 left "
     "three people wounded at a grocery store.", "2023-01-26", "2022-01-18", None),
    ("The strike ended Friday after the union accepted a 6% raise. Nurses had walked out on March 3 over "
     "staffing.", "2023-03-20", "2023-03-03", "'March 3' is a Friday in 2023"),
    ("The strike ended Thursday after the union accepted a 6% raise. Nurses had walked out on March 3 over "
     "staffing.", "2023-03-20", "2022-03-03", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "reference", "earliest", "why"), WEEKDAY_ECHO)
def test_a_past_date_on_a_reported_weekday_dates_the_week_after_it(
    text: str, reference: str, earliest: str, why: str | None
) -> None:
    d = doc(text)
    est = dating.date_document(d, reference=D(reference))
    assert est.earliest == D(earliest), dating.explain(est, d)
    said = dating.explain(est, d)
    assert (why in said) if why else ("a weekday the text reports" not in said)


# (text, reference, year, reason or None). A holiday that moves with the weekdays, written beside its date,
# names the years it falls on that day; the controls give the date without the holiday, or another day.
# fmt: off
HOLIDAY_DATES = [
    ("The pool at Harmon Park will open Memorial Day, May 25, and close after Labor Day, the parks "
     "department said.", "2023-06-10", 2020, "'May 25' is Memorial Day in 2020"),
    ("The pool at Harmon Park will open on May 25 and close after Labor Day, the parks department said.",
     "2023-06-10", 2022, None),
    ("City offices will be closed Feb. 20 — Presidents Day — and trash pickup will slide by one day.",
     "2023-03-01", 2023, "'Feb. 20' is Presidents Day in 2023"),
    ("City offices will be closed Feb. 21 for a staff training day and trash pickup will slide by one day.",
     "2023-03-01", 2022, None),
    ("Churches expected full pews on April 4, which is Easter Sunday, after a year of online services.",
     "2023-04-20", 2021, "'April 4' is Easter Sunday in 2021"),
    ("Churches expected full pews on April 4, the first warm Sunday, after a year of online services.",
     "2023-04-20", 2022, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "reference", "year", "why"), HOLIDAY_DATES)
def test_a_moving_holiday_beside_its_date_names_the_year(
    text: str, reference: str, year: int, why: str | None
) -> None:
    d = doc(text)
    est = dating.date_document(d, reference=D(reference))
    said = dating.explain(est, d)
    assert est.earliest is not None and est.earliest.year == year, said
    assert (why in said) if why else (" Day in " not in said and "Sunday in " not in said)


# --- the day a story's dated report was published ---------------------------------------------------------

_QUAKE_FIRST = (
    "KESTREL BAY, March 4 (Reuters) - A magnitude 6.1 earthquake struck the fishing town of Kestrel Bay "
    "before dawn on Monday, flattening harbour warehouses and killing at least 19 people, the Kestrel Bay "
    "civil defence agency said. Rescuers from Marrow Point searched collapsed warehouses along Quay Street."
)
_QUAKE_FOLLOW = (
    "The number of people killed in the Kestrel Bay earthquake has risen to 41, the civil defence agency "
    "said on Wednesday, as rescuers from Marrow Point cleared the last collapsed warehouses on Quay Street."
)
_OTHER_STORY = (
    "The Lindford chess club elected a new treasurer on Wednesday after a long and friendly debate."
)


def test_follow_up_is_dated_from_its_storys_report_and_another_story_is_not() -> None:
    # three documents: word weights need a document that does not tell the story
    first = doc(_QUAKE_FIRST, given="2024-03-04", name="a")
    follow = doc(_QUAKE_FOLLOW, name="b")
    other = doc(_OTHER_STORY, name="c")
    out = corpus_dates(first, follow, other)
    est = out[follow.id]
    assert est.rule == "corpus-story-day"
    assert est.earliest == date(2024, 3, 6)  # the first Wednesday on or after the report's Monday
    assert "same story" in dating.explain(est, follow)
    assert out[other.id].rule != "corpus-story-day"


_ROAD_SHUT = (
    "Storm damage closes Harbour Parade\n\nHarbour Parade in Kestrel Bay is closed between Mill Street and "
    "Quay Street after waves from a gale undercut the shoulder, the council said on Monday."
)
_ROAD_BACK = (
    "Harbour Parade in Kestrel Bay reopened to traffic on Monday afternoon after being closed for {held} "
    "because of storm damage between Mill Street and Quay Street."
)


@pytest.mark.parametrize(
    ("held", "earliest"),
    [
        # 2023-10-30 and 81 days (a tenth short of three months) is Friday 19 January; then the Monday
        pytest.param("nearly three months", date(2024, 1, 22), id="nearly-three-months"),
        pytest.param("six weeks", date(2023, 12, 11), id="six-weeks"),
        pytest.param("a while", date(2023, 10, 30), id="no-length-told"),
    ],
)
def test_a_reopening_after_a_told_time_is_dated_that_long_after_its_storys_closure(
    held: str, earliest: date
) -> None:
    first = doc(_ROAD_SHUT, given="2023-10-30", name="a")
    back = doc(_ROAD_BACK.format(held=held), name="b")
    other = doc(_OTHER_STORY, name="c")
    est = corpus_dates(first, back, other)[back.id]
    assert est.rule == "corpus-story-day", dating.explain(est, back)
    assert est.earliest == earliest, dating.explain(est, back)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param("2024-03-04", date(2024, 3, 4), id="dateline-takes-the-date-fields-year"),
        pytest.param("2025-03-05", date(2025, 3, 4), id="dateline-a-day-before-the-date-field"),
    ],
)
def test_yearless_dateline_takes_the_stated_dates_year(given: str, expected: date) -> None:
    d = doc(_QUAKE_FIRST + " The last strong quake here was in 1998.", given=given)
    est = dating.date_document(d)
    dateline = next(e for e in est.evidence if e.rule == "dateline")
    assert dateline.earliest == expected


# --- a publication line below the story ---------------------------------------------------------------------

_STORY = (
    "Pupils at Scoil Bhride will not move into their new building in August as planned, the Department of "
    "Education has confirmed. A spokesperson said delays in connecting the site to the grid mean the school "
    "building will now open on 5 January 2026, after the Christmas holidays. The principal told parents "
    "in a letter on Tuesday he was deeply disappointed, and that the school would start September in its "
    "prefabs, with two extra units rented for the term. Parents said the prefabs were freezing in winter and "
    "roasting in summer, and that families had waited a decade for the new school.\n\nMore news from the "
    "county council, the courts and the schools of the county.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param("Posted 24 June 2025 | 14 comments\n\nShare this", date(2025, 6, 24), id="posted-line"),
        pytest.param("Published on: 24 June 2025\n", date(2025, 6, 24), id="published-line"),
        pytest.param(
            "Published on 24 June 2025, the report found that class sizes had grown.\n",
            None,
            id="control-a-sentence-is-content",
        ),
        pytest.param("Posted 24 June | 14 comments\n", None, id="control-a-yearless-day-is-not-enough"),
    ],
)
def test_publication_line_below_the_story(tail: str, expected: date | None) -> None:
    d = doc(_STORY + tail)
    assert len(_STORY) > 600  # the line sits below the top lines a header would be read from
    est = dating.date_document(d)
    if expected is None:
        assert est.rule != "footer", dating.explain(est, d)
    else:
        assert (est.rule, est.earliest) == ("footer", expected), dating.explain(est, d)
        assert "publication line" in dating.explain(est, d)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a deadline extended into the future is near the writing; a record year recalled is not
        (
            "Dunmoor Water has extended its hosepipe ban until 31 October 2025, saying reservoirs have not "
            "recovered. Stocks are the lowest since records began in 1976.",
            2025,
        ),
        # a change that takes effect on a year's first day was announced in the year before it
        ("The council said in 2024 that the new parking charges will apply from January 1, 2025.", 2024),
    ],
)
def test_year_between_an_old_past_and_a_future_date_is_near_the_future_one(text: str, year: int) -> None:
    document = doc(text)
    est = dating.date_document(document)
    assert est.earliest is not None and est.earliest.year == year, dating.explain(est, document)


_TRUST_FIRST = (
    "Alan Pike has stepped down as chief executive of the Wellmouth Pier Trust after seven years. The "
    "trust's finance director, Joan Keel, has been appointed interim chief executive of the Wellmouth Pier "
    "Trust."
)
_TRUST_LATER = (
    "The trustees announce the appointment of Ravi Mehta as chief executive of the Wellmouth Pier Trust. He "
    "takes over from Joan Keel, who has led the Wellmouth Pier Trust as interim chief executive since March "
    "last year."
)
_TRUST_SAME_YEAR = (
    "The trustees thanked Joan Keel, who has led the Wellmouth Pier Trust as interim chief executive since "
    "March, and said a permanent chief executive would be found."
)


@pytest.mark.parametrize(
    ("later", "year"),
    [
        pytest.param(_TRUST_LATER, 2024, id="since-march-last-year"),
        pytest.param(_TRUST_SAME_YEAR, 2023, id="since-march"),
    ],
)
def test_a_state_held_since_the_story_month_last_year_dates_the_year_after(later: str, year: int) -> None:
    first = doc(_TRUST_FIRST, given="2023-03-21", name="a")
    follow = doc(later, name="b")
    other = doc(_OTHER_STORY, name="c")
    est = corpus_dates(first, follow, other)[follow.id]
    assert est.earliest is not None and est.earliest.year == year, dating.explain(est, follow)


# --- a year that names a period set ahead of it -------------------------------------------------------------

_BUDGET_RELEASE = (
    "CITY OF KESTREL BAY - NEWS RELEASE\n{year} budget highlights\n- Residential tax rate: increase of 2.9 "
    "per "
    "cent\n- Investments: transit, street paving, a new fire truck"
)


@pytest.mark.parametrize(
    ("title", "year_bound"),
    [
        pytest.param(None, False, id="a-heading-line"),
        pytest.param("{year} budget highlights", False, id="a-title"),
        pytest.param("Kestrel Bay in {year}: a look back", True, id="a-title-that-dates"),
    ],
)
def test_a_heading_naming_a_years_budget_does_not_date_the_text(title: str | None, year_bound: bool) -> None:
    d = doc(_BUDGET_RELEASE.format(year=2025), title=title.format(year=2025) if title else None)
    said = dating.explain(dating.date_document(d, reference=D("2025-06-30")), d)
    assert ("the title names 2025" in said) is year_bound, said
    assert "'the 2025 ' names an event" in said or year_bound, said
