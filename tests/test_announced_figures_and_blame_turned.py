"""A page giving as the value of its day a figure that a dated report announced for a day to come ("costs
$2.50 per hour" beside "will cost $2.50 an hour from January 2") was written after that report; a side that
rejects blame "instead blaming" another names its own cause; a station commander is a post."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings.dating._figures import _future_figures, cited_future
from tidings.facts import causes_in


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Parking will cost $2.50 an hour from January 2, the council decided.", [("$2.50", True)]),
        ("The fare will rise to £3.10 in the spring.", [("£3.10", True)]),
        ("From April the licence is going up to £400 a year!", [("£400", True)]),
        # the price of works to come is a value of its day
        ("Repairs to the roof will cost £640,000, the council confirmed.", [("£640,000", False)]),
        ("control: parking costs $2.50 per hour around the square.", []),
    ],
)
def test_figures_given_as_values_to_come(text: str, figures: list[tuple[str, bool]]) -> None:
    assert list(_future_figures(text)) == figures


_ANNOUNCED = "Square parking to rise again\n\nParking on the Square will cost $2.50 an hour from January 2."
_PAGE = "Plan your trip\n\nParking\nMetered parking surrounds the Square at $2.50 per hour (Mon-Sat)."


def test_a_page_giving_an_announced_figure_as_current_is_dated_after_the_announcement() -> None:
    announced = document(_ANNOUNCED, given="2023-12-05", name="a")
    page = document(_PAGE, name="b")
    assert cited_future([announced, page]) == {page.id: [("$2.50", announced.id)]}
    est = corpus_dates(announced, page)[page.id]
    assert est.earliest is not None and est.earliest >= date(2023, 12, 5), est


def test_control_a_page_announcing_the_same_figure_cites_nothing() -> None:
    announced = document(_ANNOUNCED, given="2023-12-05", name="a")
    again = document("Parking to rise\n\nParking will cost $2.50 an hour from January 2.", name="b")
    assert cited_future([announced, again]) == {}


def test_a_cause_named_instead_of_the_one_rejected_is_the_side_s_own() -> None:
    sentence = (
        "Festival chair Dana Ross has rejected claims that she caused the loss of the sponsor, instead "
        "blaming the Chamber of Commerce."
    )
    assert [(c.fact.text, c.rejected) for c in causes_in(sentence)] == [("the Chamber of Commerce", False)]


def test_a_station_commander_is_a_post() -> None:
    doc = analyzed_doc(
        "d1",
        date(2023, 6, 7),
        "Media statement\n\nLieutenant Colonel Ayanda Dube has been appointed station commander of Kareedouw "
        "SAPS with effect from 1 June 2023.",
    )
    assert [(c.value, c.attribute) for c in doc.claims if c.kind == "role"] == [("Ayanda Dube", "commander")]


def test_a_satire_site_s_date_does_not_crowd_out_the_date_the_others_give() -> None:
    docs = table_docs(
        [
            (
                date(2024, 3, 25),
                "VESTBY SATIREN\n\nHolmvik harbour bath opens 1 April - with heated seawater!\n\nHolmvik "
                "municipality has announced that its new harbour bath will open on 1 April, heated to 28 "
                "degrees. Vestby Satiren is a satire site. Everything on this page is made up.",
            ),
            (
                date(2024, 3, 28),
                "Holmvik Kommune\n\nThe harbour bath\n\nThe new harbour bath opens to the public on 15 June "
                "2024. It will have two swimming lanes.",
            ),
        ]
    )
    res = answer("When will Holmvik's new harbour bath open?", docs)
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["2024-06-15"], absent=["2024-04-01"])
