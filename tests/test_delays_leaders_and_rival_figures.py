"""Rules of the sixty-fourth pass: causes of a delay told by what held the work up, what did not happen
because of something, the leaders of a project's parts told in several ways, and a figure that a source sets
beside the value restated later. Text written for these tests, modelled on regional news, council pages and
society newsletters; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer, table_docs
from tidings.ask import parse_question
from tidings.ask.leaders import leaders_in
from tidings.facts import causes_in


@pytest.mark.parametrize(
    ("sentence", "held", "rejected"),
    [
        pytest.param(
            "The second stage of the Tarn quay works has not begun because the harbour board is still "
            "waiting for a marine licence, officials said.",
            ["the harbour board is still waiting for a marine licence"],
            [],
            id="not-begun-because-a-clause",
        ),
        pytest.param(
            "The ferry was cancelled, not because the crew was ill, but because of a fault.",
            ["a fault"],
            ["the crew was ill"],
            id="control-not-because-rejects",
        ),
        pytest.param(
            "The ferry was cancelled, not simply because the crew was ill.",
            ["the crew was ill"],
            [],
            id="not-simply-because-names-one-among-others",
        ),
        pytest.param(
            "The ferry was cancelled, not really because the crew was ill.",
            [],
            ["the crew was ill"],
            id="control-not-really-because-rejects",
        ),
        pytest.param(
            "The bypass was already held up by unresolved land claims and a shortage of contractors.",
            ["unresolved land claims and a shortage of contractors"],
            [],
            id="held-up-by",
        ),
        pytest.param(
            "The opening has been delayed by three weeks.",
            [],
            [],
            id="control-delayed-by-how-long",
        ),
        pytest.param(
            "Officials admitted the growers' blockade had forced survey work to stop for a fortnight.",
            ["the growers' blockade"],
            [],
            id="forced-work-to-stop",
        ),
        pytest.param(
            "Inspectors found that standing water in building sites, particularly at the new depot, is the "
            "main source of midge breeding.",
            ["standing water in building sites"],
            [],
            id="main-source-with-an-aside",
        ),
        pytest.param(
            "We believe a disposable barbecue left near the boardwalk started this fire, the trust said.",
            ["a disposable barbecue left near the boardwalk"],
            [],
            id="started-this-fire",
        ),
        pytest.param(
            "Rumours that anti-mining protesters started the fire have been dismissed by police.",
            [],
            ["anti-mining protesters"],
            id="rumour-dismissed",
        ),
        pytest.param(
            "Rumours that anti-mining protesters started the fire are spreading online.",
            [],
            [],
            id="rumour-alone-names-no-cause",
        ),
        pytest.param(
            "A squall that swept through Penmore on Friday night has forced organisers to postpone the fair.",
            [],
            [],
            id="control-relative-clause-is-no-subject",
        ),
    ],
)
def test_causes_of_what_was_held_up(sentence: str, held: list[str], rejected: list[str]) -> None:
    found = causes_in(sentence)
    assert [c.fact.text for c in found if not c.rejected] == held
    assert [c.fact.text for c in found if c.rejected] == rejected


_GARDEN = [
    (
        date(2024, 4, 8),
        "Restoration of the old priory orchard begins. Work has started on restoring the orchard beside "
        "Hallam Priory. The design has been drawn up by landscape architect Maja Ostrand, who studied the "
        "monks' planting records.",
    ),
    (
        date(2024, 4, 30),
        "Grower with a mission. Tomas Lindgren has spent fifteen years tending gardens in Orebro. Now he is "
        "head grower for the Hallam priory orchard and is in charge of all grafting.",
    ),
    (
        date(2024, 5, 21),
        "Digging at Hallam. Archaeologist Vera Nyholm from the county museum leads the "
        "excavation of the orchard terraces, and her team found a stone drain this week.",
    ),
]


def test_each_part_of_a_restoration_has_its_leader() -> None:
    q = parse_question("Who is leading the restoration of the priory orchard at Hallam?")
    names = [n for n, *_ in leaders_in(q, table_docs(_GARDEN))]
    assert names == ["Maja Ostrand", "Tomas Lindgren", "Vera Nyholm"]


def test_leaders_of_a_restorations_parts_complement_each_other() -> None:
    res = rules_answer("Who is leading the restoration of the priory orchard at Hallam?", table_docs(_GARDEN))
    assert res.values == ("Maja Ostrand", "Tomas Lindgren", "Vera Nyholm"), res.explanation
    assert res.conflict_type == "complementary", res.explanation


def test_he_is_only_the_leader_when_he_is_in_charge() -> None:
    rows = [(date(2024, 4, 30), _GARDEN[1][1].replace("is in charge of all grafting", "likes grafting"))]
    rows[0] = (rows[0][0], rows[0][1].replace("head grower for", "a visitor to"))
    q = parse_question("Who is leading the restoration of the priory orchard at Hallam?")
    assert leaders_in(q, table_docs(rows)) == []


_HOMES = [
    (
        date(2024, 3, 4),
        "Study: Tallow Creek needs 900 new homes by 2034. A housing needs study commissioned by the town "
        "says Tallow Creek needs about 900 new homes over the next ten years.",
    ),
    (
        date(2024, 3, 19),
        "Tallow Creek council recap. Council heard public comment on the housing study. The mayor said the "
        "900-home estimate was a planning target and defended the study. Several residents backed the Keep "
        "Tallow Small estimate of 380 homes.",
    ),
    (
        date(2024, 3, 27),
        "Tallow Creek's housing debate goes on. Supporters of the study say 900 homes are needed over the "
        "next ten years. A work session is set for April.",
    ),
]


def test_a_figure_set_beside_the_value_is_a_rival_however_late_the_value_is_restated() -> None:
    res = rules_answer("How many new homes does Tallow Creek need over the next decade?", table_docs(_HOMES))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert set(res.values[:2]) == {"900", "380"}, res.explanation


def test_control_a_figure_given_only_before_the_new_value_is_outdated() -> None:
    rows = [
        (date(2024, 3, 4), "Tallow Creek needs about 380 new homes over the next ten years, a study says."),
        (
            date(2024, 3, 27),
            "A new study says Tallow Creek needs about 900 new homes over the next ten years.",
        ),
    ]
    res = rules_answer("How many new homes does Tallow Creek need over the next decade?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values[:1] == ("900",), res.explanation


_HUB = (
    date(2024, 2, 14),
    "Castle hub 'on track for spring 2025'. The trust building a visitor hub at Dunmere castle says it will "
    "open in spring 2025, despite a slow start on site.",
)


@pytest.mark.parametrize(
    ("sentence", "rival"),
    [
        pytest.param(
            'A local member said residents had been told "2027 at the earliest" by a contractor.',
            True,
            id="floor",
        ),
        pytest.param(
            "Realistically the Dunmere hub won't be ready before 2027, the campaigners say.",
            True,
            id="wont-be-finished-before",
        ),
        pytest.param(
            "The contractor said work on the visitor hub began in 2023.", False, id="control-past-date"
        ),
    ],
)
def test_a_sides_floor_for_a_timetable_is_a_rival_date(sentence: str, rival: bool) -> None:
    rows = [_HUB, (date(2024, 3, 1), "Visitor hub at Dunmere castle. " + sentence)]
    res = rules_answer("When will the visitor hub at Dunmere castle be finished?", table_docs(rows))
    assert ("2027" in res.values) is rival, res.explanation
    assert res.conflict_type == ("conflicting_opinions" if rival else "no_conflict"), res.explanation


_CROP = [
    (
        date(2024, 3, 20),
        "Dry spell wipes out 40 percent of pepper crop, say growers. Pepper growers in Kelvar say the dry "
        "spell has cost them about 40 percent of this season's pepper crop.",
    ),
    (
        None,
        "The spice board has put the pepper crop loss in Kelvar at around 15 percent, far below the growers' "
        "estimate, after sample surveys.",
    ),
]


def test_an_undated_figure_at_odds_with_anothers_is_a_rival_not_an_older_value() -> None:
    res = rules_answer("What share of Kelvar's pepper crop was lost to the dry spell?", table_docs(_CROP))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert set(res.values[:2]) == {"40 percent", "15 percent"}, res.explanation


def test_control_an_undated_figure_with_no_words_at_odds_stays_older() -> None:
    rows = [_CROP[0], (None, _CROP[1][1].replace(", far below the growers' estimate,", ""))]
    res = rules_answer("What share of Kelvar's pepper crop was lost to the dry spell?", table_docs(rows))
    assert res.conflict_type != "conflicting_opinions", res.explanation


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "The Fossil Hall will be closed from January 6 to February 14, 2025 for a lighting upgrade.",
            "a lighting upgrade",
            id="control-closed-for-works",
        ),
        pytest.param(
            "The Tarn viaduct will be closed for six weeks so that its expansion joints can be replaced.",
            "its expansion joints can be replaced",
            id="closed-so-that",
        ),
        pytest.param(
            "The hall will stay closed after contractors installing new lights found roof truss damage.",
            "roof truss damage",
            id="contractors-found",
        ),
    ],
)
def test_what_a_closure_is_for_and_what_workers_found(sentence: str, cause: str) -> None:
    assert cause in [c.fact.text for c in causes_in(sentence) if not c.rejected]


def test_control_closed_for_swimming_is_no_cause() -> None:
    assert causes_in("The beach is closed for swimming until further notice.") == []


_HALL = [
    (
        date(2025, 1, 8),
        "Visitor notice. The Fossil Hall at the Carrow Valley Museum will be closed from January 6 to "
        "February 14 for a lighting upgrade.",
    ),
    (
        date(2025, 2, 20),
        "Fossil Hall closure extended after roof damage found. The Fossil Hall at the Carrow Valley Museum "
        "will stay closed until at least June after contractors installing new lights found roof truss "
        "damage above the main hall. Asked about the lighting upgrade, the director said the hall would "
        "reopen once the trusses are fixed.",
    ),
]


def test_a_closure_extended_for_a_new_cause_outdates_the_first() -> None:
    res = rules_answer("Why is the Fossil Hall at the Carrow Valley Museum closed?", table_docs(_HALL))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values[:1] == ("roof truss damage above the main hall",), res.explanation


def test_control_without_the_extension_the_causes_stand_side_by_side() -> None:
    second = (
        _HALL[1][1]
        .replace("closure extended after roof damage found", "roof damage found")
        .replace("will stay closed until at least June after", "has a problem:")
    )
    res = rules_answer(
        "Why is the Fossil Hall at the Carrow Valley Museum closed?",
        table_docs([_HALL[0], (_HALL[1][0], second)]),
    )
    assert res.conflict_type != "outdated", res.explanation


_HARBOUR = [
    (
        date(2023, 3, 20),
        "End of an era at Tarn marina. Conor Fitz will retire as harbour master at Tarn marina at the end of "
        "March after 22 years in the job.",
    ),
    (
        date(2023, 4, 3),
        "Marine notice. Aoife Kane has been appointed acting harbour master at Tarn marina with effect from "
        "3 April 2023.",
    ),
]


def test_a_holder_who_will_retire_is_the_value_the_successor_outdates() -> None:
    res = rules_answer(
        "As of September 2023, who was the harbour master at Tarn marina?", table_docs(_HARBOUR)
    )
    assert res.values[:1] == ("Aoife Kane",), res.explanation
    assert res.conflict_type == "outdated", res.explanation
    assert [s.value for s in res.superseded] == ["Conor Fitz"], res.explanation
