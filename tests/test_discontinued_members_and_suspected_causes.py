"""A member a later notice drops by name ("the Quarry Lane stop has been discontinued"), the ends of a
member's stretch ("Harbour Street, from Quay Street to Bell Street") and a member said not to be so ("Mill
Road will NOT be closed"); a route named by its two ends ("Kvalnes-Holm") and a sentence that opens on a
bare plural of reports ("Claims circulating online that ... are wrong"); a cause first put forward as a
suspicion and later denied ("There was no gas leak, as initially reported") and a cause people blame; and a
figure set aside by "rather than" ("with 30 places rather than the 40 places first promised"). Text written
for these tests, modelled on council notices and local news; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.causes import _rejected_causes
from tidings.facts import causes_in

_LAUNCH = (
    date(2023, 5, 12),
    "BRAMLEY - The town's free shuttle bus made its first runs on Friday, looping every half hour between "
    "four stops: the Market Cross, Quarry Lane, the Leisure Centre and Bramley Station.",
)


@pytest.mark.parametrize(
    ("notice", "ctype", "absent"),
    [
        pytest.param(
            "SHUTTLE ROUTE FOR 2024\nThe shuttle returns on 2 May. Based on last year's rider counts, the "
            "Quarry Lane stop has been discontinued. The shuttle will serve the Market Cross, the Leisure "
            "Centre and Bramley Station, with a new stop at Bramley Hospital.",
            "outdated",
            ["Quarry Lane"],
            id="a-stop-discontinued-by-name",
        ),
        pytest.param(
            "SHUTTLE ROUTE FOR 2024\nThe shuttle returns on 2 May. Based on last year's rider counts, the "
            "Quarry Lane stop has been dropped. The shuttle will serve the Market Cross, the Leisure "
            "Centre and Bramley Station, with a new stop at Bramley Hospital.",
            "outdated",
            ["Quarry Lane"],
            id="a-stop-dropped-by-name",
        ),
        pytest.param(
            "SHUTTLE ROUTE FOR 2024\nThe shuttle returns on 2 May. Based on last year's rider counts, a "
            "shuttle that served Quarry Lane has been discontinued. The shuttle will serve the Market Cross, "
            "the Leisure Centre and Bramley Station, with a new stop at Bramley Hospital.",
            "complementary",
            [],
            id="control-the-shuttle-not-the-stop-is-discontinued",
        ),
    ],
)
def test_a_member_a_later_source_drops_by_name(notice: str, ctype: str, absent: list[str]) -> None:
    res = rules_answer(
        "Which stops does the Bramley town shuttle serve?", table_docs([_LAUNCH, (date(2024, 4, 20), notice)])
    )
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["Market Cross", "Bramley Hospital"], absent)


_FIRST_NOTICE = (
    date(2024, 2, 6),
    "Evacuation at Hollins Primary: Pupils at Hollins Primary School were sent home on Tuesday after staff "
    "reported a strong smell, with the council saying a suspected gas leak in the boiler room may have "
    "caused it. Parents were asked to collect children from the church hall.",
)


@pytest.mark.parametrize(
    ("update", "ctype"),
    [
        pytest.param(
            "UPDATE: Hollins Primary evacuation: Engineers have found that the smell at Hollins Primary "
            "School was caused by a blocked sewer vent behind the kitchen. There was no gas leak, as "
            "initially reported; the boiler was inspected and is safe.",
            "outdated",
            id="a-suspicion-denied-by-the-later-finding",
        ),
        pytest.param(
            "UPDATE: Hollins Primary evacuation: Engineers have found that the smell at Hollins Primary "
            "School was caused by a blocked sewer vent behind the kitchen. The boiler was inspected and is "
            "safe.",
            "no_conflict",
            id="control-no-denial",
        ),
    ],
)
def test_a_suspected_cause_a_later_finding_denies(update: str, ctype: str) -> None:
    res = rules_answer(
        "Why was Hollins Primary School evacuated?", table_docs([_FIRST_NOTICE, (date(2024, 2, 8), update)])
    )
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["sewer vent"], ["gas leak"])


@pytest.mark.parametrize(
    ("sentence", "current", "older"),
    [
        pytest.param(
            "The new nursery at Corby Street will now open with 30 places rather than the 40 places "
            "first promised.",
            "30",
            "40",
            id="rather-than",
        ),
        pytest.param(
            "The new nursery at Corby Street will now open with 30 places instead of the planned 40.",
            "30",
            "40",
            id="instead-of-the-planned",
        ),
    ],
)
def test_a_figure_set_aside_is_older(sentence: str, current: str, older: str) -> None:
    rows = [(date(2024, 7, 1), sentence)]
    res = rules_answer("How many places will the new Corby Street nursery have?", table_docs(rows))
    assert list(res.values) == [current], res.explanation
    assert older in {s.value for s in res.superseded} or older not in " ".join(res.values), res.explanation


_RUMOUR = (
    date(2023, 11, 20),
    "Kelby Buy & Sell\n\nHeads up, for the lantern parade Saturday the town is closing Harbour Street ALL "
    "DAY "
    "plus Mill Road from the garage to the school. Do your shopping Friday!!",
)


@pytest.mark.parametrize(
    ("notice", "ctype", "values", "absent"),
    [
        pytest.param(
            "Kelby Town Council | News\nLANTERN PARADE ROAD CLOSURES\nThe following streets will be closed "
            "from 4 p.m. to 8 p.m.:\n"
            "- Harbour Street, from Quay Street to Bell Street\n- Chapel Street, between Harbour Street and "
            "Kirk Street\n\nMill Road will NOT be closed. Information circulating online about all-day "
            "closures is incorrect.",
            "misinformation",
            ["Harbour Street", "Chapel Street"],
            ["Mill Road", "Quay Street", "Bell Street", "Kirk Street"],
            id="a-stretch-its-ends-and-a-road-said-not-closed",
        ),
        pytest.param(
            "Kelby Town Council | News\nLANTERN PARADE ROAD CLOSURES\nThe following streets will be closed "
            "from 4 p.m. to 8 p.m.:\n"
            "- Harbour Street, from Quay Street to Bell Street\n- Chapel Street, between Harbour Street and "
            "Kirk Street\n- Mill Road will not be closed until 6 p.m.",
            "",
            ["Harbour Street", "Chapel Street", "Mill Road"],
            ["Quay Street", "Bell Street"],
            id="control-not-closed-until-later",
        ),
        pytest.param(
            "Kelby Town Council | News\nLANTERN PARADE ROAD CLOSURES\nThe following streets will be closed "
            "from 4 p.m. to 8 p.m.: "
            "Harbour Street, Chapel Street and Mill Road. Parking at Mill Road was not affected by the last "
            "parade.",
            "",
            ["Harbour Street", "Chapel Street", "Mill Road"],
            [],
            id="control-a-name-inside-the-clause-is-not-its-subject",
        ),
    ],
)
def test_the_ends_of_a_stretch_and_a_member_said_not_so(
    notice: str, ctype: str, values: list[str], absent: list[str]
) -> None:
    res = rules_answer(
        "Which streets will be closed for the Kelby lantern parade?",
        table_docs([_RUMOUR, (date(2023, 11, 21), notice)]),
    )
    assert not ctype or res.conflict_type == ctype, res.explanation
    assert_values(res, values, absent)


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "Stallholders blame parking charges for the empty pitches.", "parking charges", id="blame"
        ),
        pytest.param("Some people blame the weather.", "the weather", id="people-blame"),
        pytest.param(
            "The shift to online shopping, along with higher energy bills, is the main reason fewer people "
            "visit the market.",
            "The shift to online shopping",
            id="a-subject-with-an-along-with-aside",
        ),
        pytest.param("Residents blame estate for fish kill", None, id="control-a-bare-noun-headline"),
        pytest.param(
            "When a fibre project slips, people blame the contractor.", None, id="control-what-people-do"
        ),
        pytest.param("Nobody wants to take the blame for the delay.", None, id="control-the-noun"),
    ],
)
def test_causes_people_blame(sentence: str, cause: str | None) -> None:
    got = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    assert got == ([cause] if cause else []), got


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "Engineers say a pipe burst on the trunk main near the bypass is to blame.",
            "a pipe burst on the trunk main near the bypass",
            id="a-cause-with-where-it-happened",
        ),
        pytest.param(
            "The pumping station was hit by cable theft on Monday night.",
            "cable theft on Monday night",
            id="hit-by",
        ),
        pytest.param(
            "Scientists at the marine laboratory say a heatwave is the most likely cause.",
            "a heatwave",
            id="control-the-speaker-and-where-they-work",
        ),
    ],
)
def test_causes_told_with_their_place(sentence: str, cause: str) -> None:
    assert [c.fact.text for c in causes_in(sentence) if not c.rejected] == [cause]


@pytest.mark.parametrize(
    ("third", "ctype"),
    [
        pytest.param(
            "Technical services say a pipe burst on the main line near the quarry is to blame for that area, "
            "separate from problems elsewhere in town.",
            "complementary",
            id="a-cause-of-its-own-area",
        ),
        pytest.param(
            "Technical services insist a pipe burst on the main line near the quarry is to blame, and reject "
            "the pump failure explanation.",
            "conflicting_opinions",
            id="control-a-rival-account",
        ),
    ],
)
def test_causes_of_separate_parts_of_an_event(third: str, ctype: str) -> None:
    rows = [
        (
            date(2023, 7, 17),
            "Statement on water interruptions in Dunvale\nThe interruptions in the town centre were caused "
            "by a pump failure at the treatment works.",
        ),
        (
            date(2023, 7, 14),
            f"DUNVALE RADIO NEWS\nResidents in Eastfield woke up without water again. {third}",
        ),
    ]
    res = rules_answer("What caused the water outages in Dunvale last week?", table_docs(rows))
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["pump failure", "pipe burst"])


@pytest.mark.parametrize(
    ("sentence", "rejected"),
    [
        pytest.param(
            "The ferry is out until July because of a cracked propeller shaft (not the engine, as first "
            "reported).",
            ["engine"],
            id="not-as-first-reported",
        ),
        pytest.param(
            "The ferry is out until July because of a cracked propeller shaft (not the first such fault).",
            [],
            id="control-a-bracket-that-rejects-nothing",
        ),
    ],
)
def test_a_cause_set_right_in_brackets(sentence: str, rejected: list[str]) -> None:
    assert [c.fact.text for c in _rejected_causes(sentence)] == rejected


@pytest.mark.parametrize(
    ("second", "refuted"),
    [
        pytest.param(
            "A strike by ferry crews has stopped sailings on two routes: Kvalnes-Holm and Brekke-Sandvik, "
            "the "
            "county said. Claims circulating online that the Lund-Vika route is also affected are wrong; "
            "it is "
            "sailing as normal.",
            True,
            id="routes-named-by-their-ends-and-a-claim-set-right",
        ),
        pytest.param(
            "A strike by ferry crews has stopped sailings on two routes: Kvalnes-Holm and Brekke-Sandvik, "
            "the "
            "county said. Sailings on the Lund-Vika route are running as normal.",
            False,
            id="control-no-claim-set-right",
        ),
    ],
)
def test_routes_a_strike_stops(second: str, refuted: bool) -> None:
    rows = [(date(2024, 6, 5), f"TARNES TIDENDE\nFerry strike hits two routes near Tarnes\n{second}")]
    docs = table_docs(rows)
    res = rules_answer("Which ferry routes near Tarnes are affected by the ferry crew strike?", docs)
    assert_values(res, ["Kvalnes-Holm", "Brekke-Sandvik"], ["Lund-Vika"])
    assert any(c.kind == "refutation" for c in docs[0].claims) is refuted


@pytest.mark.parametrize(
    ("sentence", "refuted"),
    [
        pytest.param(
            "The Chamber has said the Christmas market will be held on Market Street as usual, despite "
            "online "
            "claims it was moving to the Quarry Road car park.",
            True,
            id="despite-online-claims",
        ),
        pytest.param(
            "The contractor says the line will be ready by spring 2026, despite claims from the council "
            "that it "
            "will not be finished before 2027.",
            False,
            id="control-despite-a-sides-claims",
        ),
    ],
)
def test_a_report_set_aside_with_despite(sentence: str, refuted: bool) -> None:
    doc = table_docs([(date(2023, 11, 6), sentence)])[0]
    assert any(c.kind == "refutation" for c in doc.claims) is refuted, doc.claims


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "The council says the fencing on the green is there for a drainage upgrade, not because the land "
            "has been sold.",
            "a drainage upgrade",
            id="is-there-for",
        ),
        pytest.param("The fences are due to come down in late October.", None, id="control-due-to-come"),
    ],
)
def test_what_a_thing_is_there_for(sentence: str, cause: str | None) -> None:
    got = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    assert got == ([cause] if cause else []), got
