"""Open questions answered with the kind of value they ask for: "Which judge ruled?" is a person question
answered with the person the sources name most; a why-question's cause may be what someone found ("shut
after inspectors found a crack") and several causes nobody argues over are parts of one answer; a cause the
newer source names as over is superseded; "How many hectares of X" counts X in hectares.

Each row that must change an answer has a control beside it that must leave it alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_answer, table_docs
from analyzed import rules_answer as answer
from tidings.ask import parse_question
from tidings.facts import causes_in

_JUN = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("question", "kind", "text", "one"),
    [
        pytest.param(
            "Which judge ruled in the Marsh Lane boundary case?",
            "person",
            "Who ruled in the Marsh Lane boundary case?",
            True,
            id="which-judge-verb-is-who-verb",
        ),
        pytest.param(
            "Which rider won stage 4 of the Tour of Kerrow?",
            "person",
            "Who won stage 4 of the Tour of Kerrow?",
            True,
            id="which-rider-won-is-who-won",
        ),
        pytest.param(
            "Which minister is responsible for ports?",
            "person",
            "Which minister is responsible for ports?",
            False,
            id="control-a-role-question-keeps-its-role",
        ),
        pytest.param(
            "Which team won the Kerrow Cup?",
            "open",
            "Which team won the Kerrow Cup?",
            False,
            id="control-a-team-is-not-a-person",
        ),
    ],
)
def test_which_person_noun(question: str, kind: str, text: str, one: bool) -> None:
    q = parse_question(question)
    assert (q.kind, q.text, q.one_person) == (kind, text, one)


def test_which_judge_is_the_one_every_source_names() -> None:
    docs = table_docs(
        [
            (
                _JUN,
                "The Land Court at Marsh Lane on Thursday cancelled 212 title deeds in the boundary case. "
                "Justice Amara Wekesa said the subdivision had been carried out without consent. "
                "The case was first heard by Justice Paul Oduya, who was transferred in 2022.",
            ),
            (_JUN, "Families will appeal Thursday's judgment by Justice Amara Wekesa in the Marsh Lane row."),
            (_JUN, "Justice Amara Wekesa's 84-page ruling in the Marsh Lane case is worth reading in full."),
        ]
    )
    res = answer("Which judge ruled in the Marsh Lane boundary case?", docs)
    assert res.values == ("Amara Wekesa",), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        pytest.param(
            "Kerrow Power has shut its Dunmore station after inspectors found a crack in the penstock.",
            ["a crack in the penstock"],
            id="after-someone-found-x",
        ),
        pytest.param(
            "The station is still shut after a crack was found in the penstock last week.",
            ["a crack"],
            id="after-x-was-found",
        ),
        pytest.param(
            "The viaduct was closed as a result of corrosion in the steel cables.",
            ["corrosion in the steel cables"],
            id="as-a-result-of",
        ),
        pytest.param(
            "The council met after the mayor returned from Brussels.",
            [],
            id="control-after-is-only-a-time",
        ),
    ],
)
def test_found_causes(sentence: str, causes: list[str]) -> None:
    assert [c.fact.text for c in causes_in(sentence)] == causes


_STORM = "Due to Storm Ide, all sailings between Kerrow and Inish Mor are cancelled today and tomorrow."


@pytest.mark.parametrize(
    ("later", "ctype", "values"),
    [
        pytest.param(
            "Inish Mor faces more days without a ferry even though Storm Ide has passed, after engineers "
            "found a fault in the gearbox of the MV Kerrow Star. Sailings between Kerrow and Inish Mor stay "
            "cancelled.",
            "outdated",
            ["gearbox"],
            id="newer-source-names-the-old-cause-as-over",
        ),
        pytest.param(
            "Sailings between Kerrow and Inish Mor were also cancelled after engineers found a fault in the "
            "gearbox of the MV Kerrow Star.",
            "complementary",
            ["gearbox", "Storm Ide"],
            id="control-two-causes-at-once-are-parts",
        ),
    ],
)
def test_cause_that_replaced_another(later: str, ctype: str, values: list[str]) -> None:
    docs = table_docs([(date(2025, 2, 3), _STORM), (date(2025, 2, 3), later)])
    res = answer("Why are the sailings between Kerrow and Inish Mor cancelled?", docs)
    assert_answer(res, ctype, values)


@pytest.mark.parametrize(
    ("rows", "want", "unwanted"),
    [
        pytest.param(
            [
                "Hail damaged about 1,140 hectares of kiwifruit orchards in the Te Arai district on Friday.",
                "Our tally stands at 1,140 hectares of kiwifruit damaged, out of 5,800 hectares planted in "
                "the Te Arai district.",
            ],
            "1,140",
            "5,800",
            id="the-unit-is-the-question-noun",
        ),
        pytest.param(
            ["Hail damaged 46 kiwifruit orchards across 1,140 hectares in the Te Arai district on Saturday."],
            "46",
            None,
            id="control-orchards-counted-as-orchards",
        ),
    ],
)
def test_measured_count(rows: list[str], want: str, unwanted: str | None) -> None:
    docs = [analyzed_doc(f"d{i}", date(2024, 11, 18), t) for i, t in enumerate(rows, 1)]
    q = (
        "How many kiwifruit orchards were damaged by the hail in the Te Arai district?"
        if unwanted is None
        else "How many hectares of kiwifruit orchards were damaged by the hail in the Te Arai district?"
    )
    res = answer(q, docs)
    assert want in res.values, (res.values, res.explanation)
    if unwanted is not None:
        assert unwanted not in res.values, (res.values, res.explanation)
