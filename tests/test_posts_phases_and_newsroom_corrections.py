"""A post or position counted as a job; "incorrectly saying" and "are wrong" as refutations that name a
report; a false date in a social post that a council release corrects; a newsroom's correction of a winner
that never names its town; a winner named by surname in full under the name another source lists; the first
batch of jobs that is no total; a participle ("being sold", "has been sold") and "moving" in yes/no questions
whose posts are false; a home paper's follow-up that never names its town and revises its figure; a future
fare rise that is no chain of updates; an owner named in two words that is one part; roles held acting or
taken up; lamps counted as street lights; start dates of two phases. Text written for these tests, modelled
on local news, council releases and social posts; places and people are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.question import _question_parts
from tidings.claims import extract_claims
from tidings.conflicts import refutation_of
from tidings.model import Claim, DateEstimate, Document
from tidings.timex import tag

Rows = list[tuple[date | None, str]]


def _claims(text: str, day: date, kind: str) -> list[Claim]:
    """The claims of one kind in a text dated to ``day``."""
    doc = Document(id="t", text=text, raw=text, body=text, source="t", format="text", external_id="t")
    est = DateEstimate(day, day, "day", 1.0, "test")
    return [c for c in extract_claims(doc, est, tuple(tag(text, day))) if c.kind == kind]


# ------------------------------------------------------------------------------------------ posts are jobs

_JOBS_Q = "How many jobs are being cut at Norhavn hospital?"


@pytest.mark.parametrize(
    ("rows", "present", "absent"),
    [
        pytest.param(
            [
                (
                    date(2024, 9, 3),
                    "The plan proposes a reduction of 45 full-time posts at Norhavn hospital, the health "
                    "board said on Tuesday.",
                )
            ],
            ["45"],
            [],
            id="full-time-posts",
        ),
        pytest.param(
            [
                (
                    date(2024, 9, 3),
                    "Norhavn hospital will lose 18 positions in its laundry and catering services under the "
                    "savings plan.",
                )
            ],
            ["18"],
            [],
            id="positions",
        ),
        pytest.param(
            [
                (
                    date(2024, 9, 3),
                    "The plan proposes a reduction of 60 beds and 45 full-time posts at Norhavn hospital, "
                    "the health board said.",
                )
            ],
            ["45"],
            ["60"],
            id="control-beds-are-no-jobs",
        ),
    ],
)
def test_a_post_or_position_is_a_job(rows: Rows, present: list[str], absent: list[str]) -> None:
    assert_values(answer(_JOBS_Q, table_docs(rows)), present, absent)


# ------------------------------------------------------------------------------------------ refutation cues


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        pytest.param(
            "Some social media posts are incorrectly saying the new bus interchange will open on 1 March.",
            True,
            id="posts-incorrectly-saying",
        ),
        pytest.param("Reports of 300 job losses at the hospital are wrong.", True, id="reports-are-wrong"),
        pytest.param(
            "A video shared online wrongly claims the ferry has been cancelled.", True, id="video-wrongly"
        ),
        pytest.param(
            "The incorrectly installed valve was replaced on Monday.", False, id="control-no-report"
        ),
        pytest.param(
            "Engineers said the bridge bearings were wrong for the load.", False, id="control-wrong-no-report"
        ),
    ],
)
def test_incorrect_and_wrong_refute_a_report(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes, refutation_of(sentence)


# ------------------------------------------------------------------------------------ a false opening date

_BUS_Q = "When will Tarnby's new bus interchange open?"
_BUS_POST = (
    None,
    "The new bus interchange on Quay Street opens 1 March!! Finally no more waiting in the rain.",
)
_BUS_RELEASE = (
    date(2026, 1, 20),
    "Tarnby District Council\nNew bus interchange: opening date\nSome social media posts are incorrectly "
    "saying the new bus interchange will open on 1 March. These posts are not from the council. The "
    "interchange is scheduled to open on 17 August 2026.",
)
_BUS_CONFIRMED = (
    date(2026, 1, 20),
    "Tarnby District Council\nNew bus interchange: opening date\nThe new bus interchange on Quay Street will "
    "open on 1 March, the council confirmed. Buses will use the new stands from the first day.",
)


@pytest.mark.parametrize(
    ("rows", "present", "absent"),
    [
        pytest.param([_BUS_POST, _BUS_RELEASE], ["2026-08-17"], ["2026-03-01"], id="post-corrected"),
        pytest.param([_BUS_POST, _BUS_CONFIRMED], ["2026-03-01"], [], id="control-release-confirms"),
    ],
)
def test_a_post_with_a_false_date(rows: Rows, present: list[str], absent: list[str]) -> None:
    assert_values(answer(_BUS_Q, table_docs(rows)), present, absent)


# ----------------------------------------------------------------------------------- a newsroom's correction

_WARD_Q = "Who won the ward 4 by-election in Brellan?"
_WARD_LIVE = (None, "LIVE: Brellan count. Tomas Wray wins ward 4, according to party workers.")
_WARD_REPORT = (
    date(2025, 5, 23),
    "BRELLAN, May 23 - Maud Kessick won the ward 4 by-election by 212 votes, the returning officer declared.",
)
_WARD_CORRECTION_TEXT = (
    "Correction\nIn our live updates on Thursday we reported that Tomas Wray had won the ward 4 "
    "by-election, based on claims by party workers. This was wrong. The official result declared by the "
    "returning officer is that Maud Kessick won by 212 votes."
)
_WARD_CORRECTION = (date(2025, 5, 24), _WARD_CORRECTION_TEXT)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([_WARD_LIVE, _WARD_REPORT, _WARD_CORRECTION], id="live-report-correction"),
        pytest.param([_WARD_LIVE, _WARD_CORRECTION], id="live-and-correction-only"),
    ],
)
def test_a_newsroom_correction_of_a_winner(rows: Rows) -> None:
    res = answer(_WARD_Q, table_docs(rows))
    assert res.values == ("Maud Kessick",), (res.values, res.explanation)
    assert not any("Wray" in v for v in res.values), res.values


@pytest.mark.parametrize(
    ("text", "refuted"),
    [
        pytest.param(_WARD_CORRECTION_TEXT, True, id="we-reported-that-this-was-wrong"),
        pytest.param(
            "In our live updates on Thursday we reported that Tomas Wray had won the ward 4 by-election. "
            "This was the first count in the ward since 2019.",
            False,
            id="control-no-verdict",
        ),
    ],
)
def test_we_reported_that_is_the_target_of_this_was_wrong(text: str, refuted: bool) -> None:
    refs = _claims(text, date(2025, 5, 24), "refutation")
    told = text.index("In our live")
    told_end = text.index(".", text.index("by-election")) + 1
    named = text.index("Tomas Wray")
    # the span refuted is the reported claim: it starts at the winner reported at the latest and stays in
    # the "we reported that" sentence
    hits = [
        c
        for c in refs
        if c.targets is not None and told <= c.targets[0] <= named < c.targets[1] <= told_end + 1
    ]
    assert bool(hits) is refuted, [(c.value, c.rule, c.targets) for c in refs]


# ------------------------------------------------------------------------------------ a surname in full

_DIRECTOR_Q = "Who won best director at the Corrin film festival?"
_DIRECTOR_LIST = (
    date(2025, 6, 14),
    "Corrin film festival: the winners\nBest film: The Long Shoal\nBest director: Petra Ellingsund, "
    "The Salt Orchard\nBest actor: Jonas Brevik, Night Ferry",
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                _DIRECTOR_LIST,
                (
                    date(2025, 6, 16),
                    "Festival diary: Ellingsund's win is the story of the festival. The Corrin film festival "
                    "jury gave her best director for The Salt Orchard on Saturday night.",
                ),
            ],
            "Petra Ellingsund",
            id="surname-in-newest-full-name-in-list",
        ),
        pytest.param(
            [
                (
                    date(2025, 6, 16),
                    "Festival diary: Ellingsund's win is the story of the festival. The Corrin film festival "
                    "jury gave Ellingsund best director for The Salt Orchard on Saturday night.",
                ),
            ],
            "Ellingsund",
            id="control-no-full-name-anywhere",
        ),
        pytest.param(
            [
                (
                    date(2025, 6, 16),
                    "Festival diary: Ellingsund's win is the story of the festival. The Corrin film festival "
                    "jury gave Ellingsund best director on Saturday. When Ellingsund took the stage, the "
                    "hall stood; when the lights went up, nobody had left.",
                ),
            ],
            "Ellingsund",
            id="control-sentence-opening-word-is-no-given-name",
        ),
    ],
)
def test_a_surname_winner_in_full(rows: Rows, expected: str) -> None:
    res = answer(_DIRECTOR_Q, table_docs(rows))
    assert res.values and res.values[0] == expected, (res.values, res.explanation)


# ---------------------------------------------------------------------------------------- the first batch

_PLANT_Q = "How many permanent jobs will the plant create?"


@pytest.mark.parametrize(
    ("rows", "present", "absent"),
    [
        pytest.param(
            [
                (
                    date(2025, 3, 11),
                    "The Sorvik battery plant will employ 220 people in permanent jobs. Recruitment for the "
                    "first 30 positions starts in the autumn.",
                )
            ],
            ["220"],
            ["30"],
            id="first-30-positions",
        ),
        pytest.param(
            [
                (
                    date(2025, 3, 11),
                    "The Sorvik battery plant will employ 220 people in permanent jobs, the company said.",
                ),
                (
                    date(2025, 4, 2),
                    "Recruitment for the first 30 permanent jobs at the plant starts in the autumn.",
                ),
            ],
            ["220"],
            ["30"],
            id="first-30-jobs-in-another-source",
        ),
        pytest.param(
            [
                (
                    date(2025, 3, 11),
                    "The Sorvik battery plant will create 30 permanent jobs, the company said on Tuesday.",
                )
            ],
            ["30"],
            [],
            id="control-no-first",
        ),
    ],
)
def test_the_first_batch_is_no_total(rows: Rows, present: list[str], absent: list[str]) -> None:
    assert_values(answer(_PLANT_Q, table_docs(rows)), present, absent)


def test_the_first_batch_answers_a_question_about_the_first() -> None:
    rows: Rows = [
        (
            date(2025, 3, 11),
            "The Sorvik battery plant will employ 220 people in permanent jobs. Recruitment for the first 30 "
            "positions starts in the autumn.",
        )
    ]
    res = answer("How many of the first jobs at the plant will be recruited in the autumn?", table_docs(rows))
    assert_values(res, ["30"])


# ------------------------------------------------------------------------------------------ yes/no: a sale

_PARK_Q = "Is Ashgrove Park in Kelby being sold to a housing developer?"
_PARK_POST = (
    None,
    "Ashgrove Park has been SOLD to a developer for 3.5 million pounds. Share before it's too late!",
)
_PARK_STATEMENT = (
    date(2025, 2, 6),
    "Kelby Borough Council statement\nWe are aware of posts on social media claiming that Ashgrove Park has "
    "been sold. This is untrue. Ashgrove Park is not for sale, no offer has been received and no housing is "
    "planned in the park.",
)


@pytest.mark.parametrize(
    ("rows", "ctype", "first"),
    [
        pytest.param([_PARK_POST, _PARK_STATEMENT], "misinformation", "No", id="sold-post-denied"),
    ],
)
def test_a_sale_post_denied(rows: Rows, ctype: str, first: str) -> None:
    res = answer(_PARK_Q, table_docs(rows))
    assert res.conflict_type == ctype, res.explanation
    assert res.values and res.values[0].startswith(first), (res.values, res.explanation)


def test_a_confirmed_sale_is_no_misinformation() -> None:
    rows: Rows = [
        (
            date(2025, 2, 6),
            "Kelby Borough Council has sold Ashgrove Park to a housing developer for 3.5 million pounds, "
            "the council confirmed on Thursday.",
        )
    ]
    res = answer(_PARK_Q, table_docs(rows))
    assert res.conflict_type != "misinformation", res.explanation
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


# ------------------------------------------------------------------------------------------ yes/no: a move

_HALL_Q = "Is Dorran City Hall moving to the Riverside Centre?"
_HALL_SATIRE = (
    date(2025, 4, 1),
    "Council votes to relocate City Hall to the Riverside Centre\nDorran councillors voted 9-2 on Monday "
    "to relocate City Hall to the Riverside Centre food court, citing free parking. The Whistle is a "
    "satirical publication.",
)
_HALL_CITY = (
    date(2025, 4, 3),
    "City of Dorran\nThe city has received calls from residents who believed a satirical article claiming "
    "City Hall would move to the Riverside Centre. 'City Hall is staying where it is on Main Avenue,' a "
    "city spokesperson said.",
)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([_HALL_SATIRE, _HALL_CITY], id="satire-then-city"),
    ],
)
def test_a_satirical_move_denied(rows: Rows) -> None:
    res = answer(_HALL_Q, table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert any("staying" in v for v in res.values), res.values


def test_a_real_move_is_yes() -> None:
    rows: Rows = [
        (
            date(2025, 4, 3),
            "Dorran City Council confirmed on Thursday that City Hall is moving to the Riverside Centre next "
            "year, after councillors approved a ten-year lease.",
        )
    ]
    res = answer(_HALL_Q, table_docs(rows))
    assert res.conflict_type != "misinformation", res.explanation
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


# ------------------------------------------------------------------------------ a home paper's follow-up

_BARRACKS_Q = "How many homes are planned at the former barracks site in Kellby?"
_BARRACKS_2021 = (
    date(2021, 3, 4),
    "KELLBY - The council plans around 1,200 homes on the former barracks site.",
)
_BARRACKS_2022 = (
    date(2022, 6, 9),
    "KELLBY - The number of homes planned for the old barracks has been reduced from 1,200 to 950.",
)
_BARRACKS_2024 = (
    date(2024, 10, 15),
    "The building committee today adopted the detailed plan for the former barracks, which now allows for "
    "800 homes. The number was revised from 950 after noise studies.",
)


@pytest.mark.parametrize(
    ("rows", "expected", "ctype"),
    [
        pytest.param(
            [_BARRACKS_2021, _BARRACKS_2024],
            ("800",),
            "outdated",
            id="follow-up-never-names-town",
            marks=pytest.mark.xfail(
                reason="the unnamed follow-up's 800 scores well below the dated 1,200 and is let in only as "
                "the update of an answering figure; 950, the figure it was revised from, is no answer here"
            ),
        ),
        pytest.param(
            [_BARRACKS_2021, (_BARRACKS_2024[0], _BARRACKS_2024[1].replace("from 950", "from 1,200"))],
            ("800",),
            "outdated",
            id="follow-up-revised-from-the-named-figure",
        ),
        pytest.param(
            [_BARRACKS_2021, _BARRACKS_2022, _BARRACKS_2024], ("800",), "outdated", id="with-2022-revision"
        ),
        pytest.param([_BARRACKS_2021, _BARRACKS_2022], ("950",), "outdated", id="reduced-from-to"),
    ],
)
def test_a_follow_up_that_never_names_its_town(rows: Rows, expected: tuple[str, ...], ctype: str) -> None:
    res = answer(_BARRACKS_Q, table_docs(rows))
    assert res.values == expected, (res.values, res.explanation)
    assert res.conflict_type == ctype, res.explanation


def test_another_towns_barracks_is_no_follow_up() -> None:
    rows: Rows = [
        _BARRACKS_2021,
        (
            date(2024, 10, 15),
            "HARLSTAD - The building committee today adopted the detailed plan for the former barracks, "
            "which now allows for 800 homes.",
        ),
    ]
    assert_values(answer(_BARRACKS_Q, table_docs(rows)), ["1,200"], ["800"])


# ------------------------------------------------------------------------------- a future change is no chain

_FARE_Q = "How much does a single adult fare cost?"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "A single adult fare has been $7.50 since 2021. Monthly passes will rise from $95 to $104.",
            ["$7.50"],
            ["$104"],
            id="pass-rise-to-come",
        ),
        pytest.param(
            "Monthly passes will rise from $95 to $104 in July. A single adult fare has been $7.50 since "
            "2021.",
            ["$7.50"],
            ["$104"],
            id="rise-told-first",
        ),
    ],
)
def test_a_future_change_is_no_chain(text: str, present: list[str], absent: list[str]) -> None:
    rows: Rows = [(date(2025, 5, 2), text)]
    assert_values(answer(_FARE_Q, table_docs(rows)), present, absent)


# ---------------------------------------------------------------------------------- one owner, two words


@pytest.mark.parametrize(
    ("question", "count"),
    [
        pytest.param(
            "How many people slept rough in Perth and Kinross's latest street count?", 0, id="owner"
        ),
        pytest.param("How many homes lost power in Halden and in Marsby?", 2, id="control-two-places"),
    ],
)
def test_question_parts(question: str, count: int) -> None:
    assert len(_question_parts(question)) == count, _question_parts(question)


# ------------------------------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("text", "name", "present"),
    [
        pytest.param(
            "Ciaran Dolby, currently assistant librarian, will be acting senior librarian from Monday while "
            "the council recruits a permanent replacement.",
            "Ciaran Dolby",
            True,
            id="currently-aside-acting",
        ),
        pytest.param(
            "Orla Fenwick took up the post of senior librarian at Carrowmore Library on Monday.",
            "Orla Fenwick",
            True,
            id="took-up-the-post-of",
        ),
        pytest.param(
            "Orla Fenwick took up the offer of a tour of Carrowmore Library on Monday.",
            "Orla Fenwick",
            False,
            id="control-took-up-an-offer",
        ),
    ],
)
def test_role_claims(text: str, name: str, present: bool) -> None:
    roles = _claims(text, date(2025, 1, 10), "role")
    assert any(c.value == name for c in roles) is present, [(c.value, c.attribute, c.rule) for c in roles]


# ------------------------------------------------------------------------------------ lamps are street lights

_LIGHTS_Q = "How many street lights is Turvik converting to LED in each district?"
_LIGHTS: Rows = [
    (
        date(2024, 8, 1),
        "Turvik municipality: 1,850 old sodium street lights will be replaced in Nummi with LED fittings by "
        "the end of the year.",
    ),
    (
        date(2024, 8, 20),
        "In Harjula, 2,300 lamps will be replaced with LED lamps next spring, Turvik municipality said.",
    ),
    (
        date(2024, 9, 5),
        "Turvik: in the Saaren district, 1,100 street lights will be converted to LED over the winter.",
    ),
]


def test_lamps_are_street_lights() -> None:
    assert_values(answer(_LIGHTS_Q, table_docs(_LIGHTS)), ["1,850", "2,300", "1,100"])


def test_bins_are_no_street_lights() -> None:
    rows = [*_LIGHTS, (date(2024, 9, 9), "Turvik will also replace 4,000 bins in the three districts.")]
    assert_values(answer(_LIGHTS_Q, table_docs(rows)), ["1,850"], ["4,000"])


# ----------------------------------------------------------------------------------------- phased starts

_BINS_Q = "When do the new three-weekly bin collections start in Marwick?"
_PHASE_ONE = (
    date(2025, 2, 10),
    "Marwick County Council\nBlack bin collections will move from every two weeks to every three weeks in "
    "two phases. Phase one covers the northern part of the county, including Ostby and Lenham, and starts "
    "on 7 April.",
)
_PHASE_TWO = (
    date(2025, 3, 18),
    "Households in the south of the county, including Carrick and Dunsop, will move to three-weekly black "
    "bin collections from 5 May, the council has confirmed.",
)
_ONE_START = (
    date(2025, 2, 10),
    "Marwick County Council\nBlack bin collections will move from every two weeks to every three weeks. The "
    "change covers the whole county, including Ostby and Lenham, and starts on 7 April.",
)
_POSTPONED = (
    date(2025, 3, 18),
    "The start of three-weekly black bin collections across the county has been postponed to 5 May, the "
    "council has confirmed.",
)


@pytest.mark.parametrize(
    ("rows", "ctype", "present", "absent"),
    [
        pytest.param(
            [_PHASE_ONE, _PHASE_TWO], "complementary", ["2025-04-07", "2025-05-05"], [], id="phases"
        ),
        pytest.param([_ONE_START, _POSTPONED], "", ["2025-05-05"], ["2025-04-07"], id="control-postponed"),
    ],
)
def test_phased_start_dates(rows: Rows, ctype: str, present: list[str], absent: list[str]) -> None:
    res = answer(_BINS_Q, table_docs(rows))
    assert not ctype or res.conflict_type == ctype, res.explanation
    assert_values(res, present, absent)
