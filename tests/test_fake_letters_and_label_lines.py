"""False reports told by what they are not ("is not genuine", a forged letter naming someone to a post), a
reader's thread under a post's action bar ("Like - Comment - Share | 230 comments"), and a page's label line
("Tarrow Show - Official notice"), which states nothing instead; money raised, an amount and not a rise, and
sums each from its own giver. Text written for these tests, modelled on
community groups' posts and organisers' notices; places and people are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, rules_answer, table_docs
from tidings.conflicts import refutation_of


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        pytest.param(
            "A letter circulating on social media, naming a Mr Dara Quinn as manager, is not genuine.",
            True,
            id="not-genuine",
        ),
        pytest.param("The appointment letter going round on WhatsApp is forged.", True, id="forged-letter"),
        pytest.param("The gallery's lace collection is genuine Carrow work.", False, id="control-genuine"),
    ],
)
def test_a_report_told_false_by_what_it_is_not(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


_GALLERY = [
    (
        date(2023, 1, 27),
        "New gallery manager appointed. The board of the Carrow Lace Co-operative announces that Orla Keane "
        "has been appointed manager of the Carrow lace gallery.",
    ),
    (
        date(2023, 2, 13),
        "A letter from the board is going around saying Dara Quinn has been appointed manager of the Carrow "
        "lace gallery with effect from 1 March.",
    ),
    (
        date(2023, 2, 15),
        "Statement from the Carrow Lace Co-operative. A letter circulating on social media, naming a Mr Dara "
        "Quinn as manager of the Carrow lace gallery, is not genuine. Our gallery manager is Orla Keane.",
    ),
]


def test_a_fake_letter_naming_someone_to_the_post_is_the_false_report() -> None:
    res = rules_answer("Who has been appointed manager of the Carrow lace gallery?", table_docs(_GALLERY))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values[:1] == ("Orla Keane",), res.explanation


_FESTIVAL = [
    (
        None,
        "Swartvale Community Notices (group)\n\nHeads up everyone! The Tarrow Vale olive festival has been "
        "MOVED to the Malvern showgrounds this year because of water restrictions.\nLike - Comment - Share | "
        "230 comments\n\nLize V: Fake news I think, check their website.",
    ),
    (
        date(2024, 4, 23),
        "Tarrow Vale Olive Festival - Official notice\n\nPlease ignore false posts! The festival is NOT "
        "moving. It takes place as always on the church square in Tarrow Vale on 4-5 May 2024.",
    ),
    (
        None,
        "Swartvale Gazette\n\nOlive festival stays put despite social media scare\n\nOrganisers of the "
        "Tarrow Vale olive festival say a post claiming the event had moved to the Malvern showgrounds was "
        "false.",
    ),
]


def test_a_readers_reply_does_not_make_the_post_a_rebuttal_nor_a_label_line_the_truth() -> None:
    res = rules_answer("Where will the Tarrow Vale olive festival be held this year?", table_docs(_FESTIVAL))
    assert res.conflict_type == "misinformation", res.explanation
    assert "church square" in res.values[0], res.explanation


_ROADS = [
    (
        None,
        "*PLEASE FORWARD* Due to the Mela, Tarn-Kelbrook highway will remain fully closed for three days "
        "from 25 Sept. All trucks to use the Dosar route.",
    ),
    (
        date(2023, 9, 23),
        "TRAFFIC ADVISORY. In view of the Tarn mela on 26.09.2023, Chaugan Road and Rani Tal Road will be "
        "closed to vehicular traffic from 2 PM to 10 PM. The Tarn-Kelbrook highway will remain OPEN.",
    ),
    (
        None,
        "Highway closure message fake, say police\n\nTARN: Police have said a viral message about the "
        "Tarn-Kelbrook highway being closed for the Tarn mela is false. Only Chaugan Road and Rani Tal Road "
        "will be closed to vehicles.",
    ),
]


def test_a_place_named_in_the_report_a_sentence_calls_false_is_no_member() -> None:
    res = rules_answer("Which roads in Tarn will be closed to traffic during the mela?", table_docs(_ROADS))
    assert res.conflict_type == "misinformation", res.explanation
    assert "Chaugan Road" in res.values and "Rani Tal Road" in res.values, res.explanation
    assert not any("Kelbrook" in v for v in res.values), res.explanation


@pytest.mark.parametrize(
    ("sentence", "value", "attribute"),
    [
        pytest.param(
            "Our Weave the Future appeal has raised $85,000 from 400 donors.",
            "$85,000",
            "amount",
            id="raised",
        ),
        pytest.param(
            "The levy is expected to raise about £21 million a year.", "£21 million", "amount", id="raise"
        ),
        pytest.param("The council raised fees by $5 a month.", "$5", "change", id="control-raised-by"),
    ],
)
def test_money_raised_is_an_amount_not_a_rise(sentence: str, value: str, attribute: str) -> None:
    a = analyzed_doc("d1", date(2024, 3, 1), sentence)
    got = [c.attribute for c in a.claims if c.kind == "quantity" and c.value == value]
    assert got[:1] == [attribute], [(c.value, c.attribute) for c in a.claims]


_MUSEUM = [
    (
        date(2024, 1, 18),
        "Province puts $1.2 million into Orrin museum expansion. The Orrin Textile Museum is getting $1.2 "
        "million from Ontario's Community Building Fund for a new gallery.",
    ),
    (
        date(2024, 2, 6),
        "Council minutes. THAT Council approve a municipal contribution of $300,000 toward the expansion of "
        "the Orrin Textile Museum. CARRIED.",
    ),
]


def test_sums_each_from_its_own_giver_are_parts_of_the_funding() -> None:
    res = rules_answer(
        "How much funding has the Orrin textile museum expansion received?", table_docs(_MUSEUM)
    )
    assert res.conflict_type == "complementary", res.explanation
    assert set(res.values[:2]) == {"$1.2 million", "$300,000"}, res.explanation
