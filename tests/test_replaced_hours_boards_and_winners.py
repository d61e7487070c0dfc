"""A figure of what a new thing replaced is background; the whole does not measure the part asked about;
"When is it open?" asks for hours, and a compound question's "it" is the first question's whole subject;
who was appointed to a board is a list of people, not of the bodies that picked them; "The winner is ..."
names a winner and an earlier version of an article is a refuted report; a fact stated in the opposite
word ("allowed") grounds a "No" better than the report's own word negated; a report another source
dismisses is no part of the answer; a numeric date follows the text's own day-month order; a report known
only to its month does not outrank a later dated one. Text written for these tests, modelled on council
releases, sports pages, transit news, correction notices and fire-danger updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, document, rules_answer, table_docs
from tidings import dating
from tidings.ask.question import parse_question
from tidings.claims import extract_claims
from tidings.compound import split_compound
from tidings.conflicts import refutation_of
from tidings.model import DateEstimate
from tidings.timex import tag

_DAY = DateEstimate(date(2024, 3, 9), date(2024, 3, 9), "day", 0.9, "metadata")


def _quantities(text: str) -> dict[str, tuple[str, str]]:
    doc = document(text)
    return {c.value: (c.rule, c.subject) for c in extract_claims(doc, _DAY, tag(text, date(2024, 3, 9)))}


def test_the_figure_of_what_a_new_stand_replaced_is_history() -> None:
    got = _quantities(
        "The new east stand at Carrow Park has 6,200 seats. It replaces the old timber stand, which had "
        "room for about 2,100 spectators."
    )
    assert got["2,100"][0].endswith(".replaced"), got
    assert "history" in got["2,100"][0], got
    assert "history" not in got["6,200"][0], got


def test_a_replaced_figure_beside_the_current_one_is_no_conflict() -> None:
    rows = [
        (
            date(2024, 3, 9),
            "The $52 million Riverside velodrome has 2,800 seats and a 250-metre timber track. It replaces "
            "the open-air Mill Lane track, which had seating for about 900 people and has hosted club racing "
            "since 1979.",
        ),
        (
            date(2024, 4, 2),
            "The headline numbers: a 250m pine track and about 2,800 seats in a single tier that wraps "
            "around the oval.",
        ),
    ]
    res = rules_answer("How many seats does the new Riverside velodrome have?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["2,800"], ["900", "250"])


def test_the_whole_route_does_not_measure_the_extension_asked_about() -> None:
    rows = [
        (
            date(2023, 5, 2),
            "The 9 km extension of the Kilbeg cycleway opened on Monday, running from the village to the "
            "harbour. The full cycleway is now 31 km long.",
        ),
    ]
    res = rules_answer("How long is the new Kilbeg cycleway extension?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["9"], ["31"])


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("The 14 km route follows the old railway line to the quay.", "14", "route"),
        ("The trail is now 36 km long.", "36", ""),
        ("The council bought 40 plastic seats for the hall.", "40", "plastic seats"),
        ("The velodrome has a 250-metre timber track.", "250", "timber track"),
    ],
)
def test_what_a_measure_counts(text: str, value: str, subject: str) -> None:
    got = _quantities(text)
    assert value in got and got[value][1] == subject, got


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When is the new floating sauna on the Ume River open?", "open"),
        ("What time does the Westgate pool close?", "open"),
        ("When is the pool open to the public?", "open"),
        ("When is the Eastlink tram extension due to open?", "date"),
        ("When will the new lido open?", "date"),
    ],
)
def test_when_is_it_open_asks_for_hours(question: str, kind: str) -> None:
    assert parse_question(question).kind == kind


def test_a_compound_questions_it_is_the_whole_subject() -> None:
    parts = split_compound("How much does the new lido in Port Avon cost, and when is it open?")
    assert parts is not None
    assert parts[1] == "When is the new lido in Port Avon open?"


def test_opening_hours_answer_when_it_is_open() -> None:
    rows = [
        (
            date(2023, 6, 12),
            "About 300 swimmers tried the new Port Avon lido on its first weekend. The lido is open every "
            "day from 6.30am to 9pm, with lane swimming only before 8am.",
        ),
    ]
    res = rules_answer("When is the new Port Avon lido open?", table_docs(rows))
    assert_values(res, ["6.30am to 9pm"])


def test_who_was_appointed_to_a_board_lists_people_not_bodies() -> None:
    rows = [
        (
            date(2021, 3, 4),
            "The Governor's Office today announced the appointment of Maria Olafsen, former director of the "
            "Coastline Freight Cooperative, as the first chair of the Harbour Trust board.",
        ),
        (
            None,
            "Two county commissions named their members of the new Harbour Trust board this week. In Orchard "
            "County, commissioners on Monday picked Daniel Osei, a Westfield dairy farmer and chair of the "
            "county's roads committee.",
        ),
        (
            date(2021, 3, 17),
            "At Tuesday night's meeting the council voted 5-2 to appoint Ruth Kaminski to the city's seat on "
            "the Harbour Trust board.",
        ),
    ]
    res = rules_answer("Who has been appointed to the new Harbour Trust board?", table_docs(rows))
    assert_values(
        res, ["Maria Olafsen", "Daniel Osei", "Ruth Kaminski"], ["Cooperative", "Orchard County", "Westfield"]
    )


def test_the_winner_is_names_the_corrected_winner() -> None:
    rows = [
        (
            date(2023, 3, 6),
            "Eighteen-year-old Liam Carrow of Selkirk won the open division at the 2023 Red River Fiddle "
            "Championship on Saturday, organisers announced.",
        ),
        (
            date(2023, 3, 7),
            'CORRECTION. An earlier version of the article "Carrow takes fiddle title" reported that Liam '
            "Carrow won the open division of the Red River Fiddle Championship. Organisers have since said a "
            "tabulation error reversed the top two places. The winner is Nadia Fontaine of St. Laurent.",
        ),
    ]
    res = rules_answer("Who won the 2023 Red River Fiddle Championship?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Nadia Fontaine"], ["Carrow", "Eighteen"])


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        ("An earlier version of the article reported that the mayor had resigned.", True),
        ("An earlier version of this story said the bridge would close in May.", True),
        ("An earlier version of the bridge was built of timber in 1820.", False),
    ],
)
def test_an_earlier_version_of_the_article(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


def test_a_no_rests_on_the_fact_in_its_own_word() -> None:
    rows = [
        (
            date(2025, 4, 1),
            "THE FJORD FIB\n\nCyclists banned from the harbour path\n\nFrom 1 May, cyclists will be banned "
            "from the Bergvik harbour path, the city announced today.\n\nFiled under: Satire, Transport",
        ),
        (
            None,
            "No, cyclists are not banned from the Bergvik harbour path\n\nThe city has had to reassure "
            "riders after an April Fools' article on a satire site claiming cyclists would be banned from "
            'the harbour path was shared as real.\n\n"Cyclists are allowed on the harbour path, as before, '
            'at walking pace near the ferry," the city said.',
        ),
    ]
    res = rules_answer("Are cyclists being banned from the Bergvik harbour path?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert_values(res, ["allowed"], ["banned"])


def test_a_dismissed_report_is_no_part_of_the_answer() -> None:
    rows = [
        (
            None,
            "URGENT!! Gull Point beach closed!! SHARK ATTACK this morning, a swimmer was bitten, helicopter "
            "came. Please send to all your groups",
        ),
        (
            date(2024, 1, 7),
            "Gull Point beach has been closed to swimmers after a sewage spill from the nearby pump station, "
            "which failed during a power cut overnight.",
        ),
        (
            None,
            "Lifeguards have dismissed a viral message claiming a swimmer was bitten by a shark at Gull "
            "Point on Sunday. The council closed the beach after raw sewage overflowed from a pump station "
            "that lost power.",
        ),
    ]
    res = rules_answer("Why was Gull Point beach closed?", table_docs(rows))
    said = " | ".join((*res.values, *res.parts))
    assert "sewage" in said, res.explanation
    assert "shark" not in said.lower(), (res.parts, res.explanation)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ban starts tomorrow, Saturday 11 January. Posted 10/01/2020", "2020-01-10"),
        ("The ban starts tomorrow, Saturday, January 11. Posted 10/01/2020", "2020-10-01"),
        ("Posted 25/03/2021", "2021-03-25"),
    ],
)
def test_a_numeric_date_follows_the_texts_day_order(text: str, value: str) -> None:
    slashed = [t for t in tag(text, None) if "/" in t.text]
    assert slashed and slashed[0].value == value, slashed


def test_a_publication_line_with_its_clock_time() -> None:
    story = (
        "FIRE BAN REIMPOSED - Tallong Shire\n\nThe total fire ban has been reimposed for Tallong Shire from "
        "12.01am tomorrow, Saturday 11 January, with temperatures forecast to reach 43 degrees. The ban will "
        "remain in force until at least Wednesday 15 January and will be reviewed daily. Residents are urged "
        "to review their bushfire survival plans and to leave early if they live in high-risk areas such as "
        "Coopers Gully. The relief centre is the Tallong Memorial Hall, and pets are welcome there.\n\n"
        "Landholders are reminded that a permit is still required for any burning off during the fire danger "
        "period, which runs until 31 March. Brigades will patrol the district each afternoon.\n\n"
    )
    d = document(story + "Posted 10/01/2020 4:15pm | Share")
    est = dating.date_document(d)
    assert (est.rule, est.earliest) == ("footer", date(2020, 1, 10)), dating.explain(est, d)


def test_a_report_known_to_its_month_does_not_outrank_a_later_dated_one() -> None:
    lifted = analyzed_doc(
        "d2",
        None,
        "The total fire ban across Tallong Shire was lifted this morning after 30mm of rain fell on Sunday.",
    )
    lifted = replace(lifted, date=DateEstimate(date(2020, 1, 1), date(2020, 1, 12), "month", 0.4, "test"))
    rows = [
        (date(2019, 12, 28), "A total fire ban has been declared for Tallong Shire from Sunday 29 December."),
        (
            date(2020, 1, 10),
            "The total fire ban has been reimposed for Tallong Shire from 12.01am tomorrow, Saturday 11 "
            "January, with temperatures forecast to reach 43 degrees.",
        ),
    ]
    docs = [*table_docs(rows[:1]), lifted, *table_docs(rows[1:], first=3)]
    res = rules_answer("Is a total fire ban in force in Tallong Shire?", docs)
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert res.conflict_type == "outdated", res.explanation
