"""A body that names its first chief executive names the holder, not itself, and the holder replaced is
older whatever the dates; asked what is added, the level an addition brings a total to is no answer and
the figures that add up to it break it down; a plural question whose source tells of "another" one takes
each source's date as a part; a currency code after an amount is money and a bracketed conversion is no
rival; a year labelling a bracketed figure is not the figure before it; a target date after "pushed back
to late" or before "for the opening" lies ahead; the price a relative clause describes is the price; a
route's stops listed under a "Stops:" label are members and a stop a source says the route "no longer"
calls at is an outdated one. Text written for these tests, modelled on board releases, budget news,
utility notices, transit pages and price lists."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, document, rules_answer, table_docs
from tidings.ask.question import _proper_names
from tidings.claims import extract_claims
from tidings.model import DateEstimate
from tidings.timex import tag
from tidings.timex._tense import TenseFinder

_DAY = DateEstimate(date(2024, 3, 9), date(2024, 3, 9), "day", 0.9, "metadata")


def _claims(text: str) -> list[tuple[str, str, str, str]]:
    doc = document(text)
    return [(c.kind, c.value, c.rule, c.unit) for c in extract_claims(doc, _DAY, tag(text, date(2024, 3, 9)))]


@pytest.mark.parametrize(
    ("text", "holder", "rule"),
    [
        (
            "Last week the Ruahine Transport Trust named its first chief executive: Aroha Tane, a former "
            "port manager.",
            "Aroha Tane",
            "role.new.its",
        ),
        (
            "The board is pleased to announce the appointment of Carys Mold as the first permanent chief "
            "executive of Dyfed Water.",
            "Carys Mold",
            "role.new.noun",
        ),
        (
            "Dyfed Water, the regional water company, has hired Carys Mold as chief executive.",
            "Carys Mold",
            "role.new.object",
        ),
    ],
)
def test_a_body_naming_its_new_holder(text: str, holder: str, rule: str) -> None:
    roles = [(v, r) for k, v, r, _ in _claims(text) if k == "role"]
    assert (holder, rule) in roles, roles
    assert all(not v.startswith(("Ruahine", "Dyfed")) for v, _ in roles), roles


def test_the_holder_a_source_says_was_replaced_is_older_whatever_the_dates() -> None:
    rows = [
        (
            date(2024, 9, 3),
            "The board announced the appointment of Carys Mold as the first permanent chief executive of "
            "Dyfed Water. She will start on 14 October, replacing interim chief executive Owen Pryce.",
        ),
        (
            date(2024, 9, 10),
            "Interim chief executive Owen Pryce will stay on at Dyfed Water until she starts next month.",
        ),
    ]
    res = rules_answer("Who has been appointed chief executive of Dyfed Water?", table_docs(rows))
    assert_values(res, ["Carys Mold"], ["Owen Pryce"])


def test_asked_what_is_added_the_total_reached_is_no_answer() -> None:
    rows = [
        (
            date(2020, 11, 10),
            "Kestrel Bay hospital will gain 36 new beds under a $30 million expansion. The new wing will "
            "include 20 medical beds, 10 surgical beds and 6 palliative beds, bringing total capacity to "
            "120 beds, up from 84.",
        ),
        (date(2020, 11, 11), "An extra 36 beds for Kestrel Bay hospital headlined the region's budget."),
    ]
    res = rules_answer("How many new beds will the Kestrel Bay hospital expansion add?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["36"], ["120", "84", "20", "10"])


def test_the_total_still_answers_a_question_about_the_total() -> None:
    rows = [
        (
            date(2020, 11, 10),
            "Kestrel Bay hospital will gain 36 new beds, bringing total capacity to 120 beds, up from 84.",
        ),
    ]
    res = rules_answer("How many beds will Kestrel Bay hospital have in total?", table_docs(rows))
    assert_values(res, ["120"], ["36"])


def test_another_of_the_things_asked_makes_each_date_a_part() -> None:
    rows = [
        (
            date(2019, 7, 1),
            "Metro Water will carry out planned maintenance at the Kloof Reservoir from 08:00 on Tuesday "
            "9 July 2019 until 20:00 on Wednesday 10 July 2019.",
        ),
        (
            date(2019, 7, 3),
            "In addition to the Kloof shutdown next week, Metro Water says the Bosmont water tower will be "
            "isolated on 16 July for repairs.",
        ),
    ]
    res = rules_answer("When will the Metro Water maintenance shutdowns take place?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["2019-07-09", "2019-07-16"])


def test_one_date_moved_is_still_an_update() -> None:
    rows = [
        (date(2019, 7, 1), "The Kloof Reservoir maintenance shutdown will take place on 9 July."),
        (date(2019, 7, 5), "The Kloof Reservoir maintenance shutdown has been moved to 16 July."),
    ]
    res = rules_answer("When will the Kloof Reservoir maintenance shutdown take place?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["2019-07-16"], ["2019-07-09"])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A single adult entry costs just 1,100 ISK at the city pools.", "1,100", "isk"),
        ("The ferry ticket is 240 NOK each way.", "240", "nok"),
    ],
)
def test_a_currency_code_after_the_amount_is_money(text: str, value: str, unit: str) -> None:
    got = {v: u for k, v, _, u in _claims(text) if k == "quantity"}
    assert got.get(value) == unit, got


def test_a_bracketed_conversion_is_no_rival_price() -> None:
    rows = [(date(2022, 6, 14), "At Laugar pools a single adult entry costs just 1,100 ISK (about $8).")]
    res = rules_answer("How much does a single adult entry at Laugar pools cost?", table_docs(rows))
    assert_values(res, ["1,100"], ["$8"])


def test_a_year_labelling_the_bracketed_figure_is_not_the_figure_before() -> None:
    text = "From 1 January 2024 these fees apply:\n  Adults, single entry: 1,330 kr (2023: 1,250 kr)\n"
    doc = document(text)
    got = {
        c.value: c.rule
        for c in extract_claims(doc, _DAY, tag(text, date(2024, 3, 9)))
        if c.kind == "quantity"
    }
    assert got["1,250"] == "quantity.timex", got
    assert got["1,330"] == "quantity", got


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The light rail opening has been pushed back to late 2028.", 2028),
        ("The agency's project page still gives late 2028 for the opening.", 2028),
    ],
)
def test_a_target_date_is_ahead_of_the_report(text: str, year: int) -> None:
    start = text.index(str(year))
    assert TenseFinder(text).tense(start, start + 4) == "future"


def test_the_price_a_relative_clause_describes() -> None:
    rows = [
        (
            date(2025, 1, 28),
            "Kolar water tanker rates revised: a 6,000-litre load within 5 km will cost Rs 700, up from "
            "Rs 600. Operators had been charging up to Rs 2,000 per load.",
        ),
    ]
    res = rules_answer(
        "What is the maximum price a private water tanker can charge for 6,000 litres in Kolar?",
        table_docs(rows),
    )
    assert_values(res, ["Rs 700"], ["Rs 2,000"])


def test_a_code_in_the_question_is_one_of_its_names() -> None:
    assert {"h2", "copenhagen's"} <= _proper_names("Which stops does Copenhagen's harbour bus H2 call at?")
    assert "us" not in _proper_names("How many troops does the US keep in Iraq?")


def test_labelled_stops_are_members_and_a_dropped_stop_is_outdated() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2023, 2, 14),
            "From 27 March, harbour bus route K4 in Aarvik will no longer call at Sandholm and Bryggen, but "
            "will be extended north to Nordkaia, the operator said.",
        ),
        analyzed_doc(
            "d2",
            date(2023, 3, 27),
            "Timetable change 27 March 2023\n\nHarbour bus K4 - new route\nStops: Torget - Operakaia - "
            "Holmen - Nordkaia\n\nDiscontinued stops: Sandholm, Bryggen.\n",
        ),
    ]
    res = rules_answer("Which stops does Aarvik's harbour bus route K4 call at now?", docs)
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Torget", "Operakaia", "Holmen", "Nordkaia"], ["K4", "Sandholm", "Bryggen"])
