"""Sentence splitting and claim extraction, table-driven, on text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.claims import extract_claims, parse_number, timex_interval
from tidings.model import Claim, DateEstimate, Document, TimeExpr
from tidings.sentences import split, split_text

DAY = DateEstimate(date(2021, 12, 9), date(2021, 12, 9), "day", 1.0, "test")


def _doc(text: str) -> Document:
    return Document(id="t", text=text, raw=text, body=text, source="test", format="text")


def _tag(text: str, dct: date | None) -> list[TimeExpr]:
    try:
        from tidings import timex
    except ImportError:
        return []
    return list(timex.tag(text, dct))


def _claims(text: str, kind: str, est: DateEstimate = DAY, use_timex: bool = True) -> list[Claim]:
    tx = _tag(text, est.earliest) if use_timex else []
    return [c for c in extract_claims(_doc(text), est, tx) if c.kind == kind]


# ------------------------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. military has 2,500 troops there. They stay.",
            ["The U.S. military has 2,500 troops there.", "They stay."],
        ),
        (
            "Marine Brig. Gen. William H. Seely signed it. Nobody else did.",
            ["Marine Brig. Gen. William H. Seely signed it.", "Nobody else did."],
        ),
        (
            "It happened on Jan. 6 in the capital. Police came.",
            ["It happened on Jan. 6 in the capital.", "Police came."],
        ),
        (
            "There are roughly 5,000 US troops in Iraq.Several helicopters flew over.",
            ["There are roughly 5,000 US troops in Iraq.", "Several helicopters flew over."],
        ),
        (
            "\u201cWe are leaving,\u201d he said. \u201cNot yet.\u201d",
            ["\u201cWe are leaving,\u201d he said.", "\u201cNot yet.\u201d"],
        ),
        ("He moved to the U.S. The move was quick.", ["He moved to the U.S.", "The move was quick."]),
        (
            "Headline without a period\nBody text starts here.",
            ["Headline without a period", "Body text starts here."],
        ),
        ("A line that is hard\nwrapped in the middle.", ["A line that is hard\nwrapped in the middle."]),
        ("The rate was 3.2% in May. It fell.", ["The rate was 3.2% in May.", "It fell."]),
        ("Was it true? No!  Nobody knew.", ["Was it true?", "No!", "Nobody knew."]),
        (
            "Workstreams:\n1. Governance - steering group.\n12. Survey - Dr Ann Lee.",
            ["Workstreams:", "1. Governance - steering group.", "12. Survey - Dr Ann Lee."],
        ),
        ("The final score was 3. Then it rained.", ["The final score was 3.", "Then it rained."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One.",
        "Mr. Smith went to Washington. He met Dr. Jones at 5 p.m. on Monday.\n\nNew paragraph here.",
    ],
)
def test_split_spans_are_trimmed_slices(text: str) -> None:
    for s, e in split(text):
        assert text[s:e] == text[s:e].strip()
        assert e > s


# ------------------------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,500", 2500.0),
        ("$4.5 billion", 4.5e9),
        ("3.2%", 3.2),
        ("twenty-five", 25.0),
        ("2:00:35", 7235.0),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("half a dozen", 6.0),
        ("two hundred", 200.0),
        ("one hundred twelve", 112.0),
        ("1.2 million", 1.2e6),
        ("Rs 3.50", 3.5),
        ("Rs 41.2 crore", 4.12e8),
        ("R6,200", 6200.0),
        ("₹500", 500.0),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-11-17", (date(2020, 11, 17), date(2020, 11, 17))),
        ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
        ("2019", (date(2019, 1, 1), date(2019, 12, 31))),
        ("2020-W47", (date(2020, 11, 16), date(2020, 11, 22))),
        ("2021-Q4", (date(2021, 10, 1), date(2021, 12, 31))),
        ("PRESENT_REF", None),
        ("XXXX-12-31", None),
    ],
)
def test_timex_interval(value: str, expected: tuple[date, date] | None) -> None:
    assert timex_interval(value) == expected


# ------------------------------------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("text", "value", "hedge", "subject", "scope", "unit"),
    [
        ("There are roughly 5,000 US troops in Iraq.", "5,000", "roughly", "US troops", "Iraq", ""),
        ("About 2,500 U.S. troops still remain in Iraq.", "2,500", "about", "U.S. troops", "Iraq", ""),
        ("More than 60 people were hurt in the blast.", "60", "more than", "people", "", ""),
        ("Inflation rose to 3.2% last month, officials said.", "3.2%", "", "", "", "%"),
        ("The deal is worth $4.5 billion to the state.", "$4.5 billion", "", "", "", "$"),
        ("She won in a record 2:00:35 on Sunday.", "2:00:35", "a record", "", "", "time"),
        ("Twenty-five rockets hit the base.", "Twenty-five", "", "rockets", "", ""),
        ("It's only two dozen huts on the cliff.", "two dozen", "only", "huts", "", ""),
        ("The Halvorsen plant employs about 1,200 workers.", "1,200", "about", "workers", "", ""),
        ("The board recommended a final dividend of Rs 3.50 per share.", "Rs 3.50", "", "", "", "rs"),
        ("Net profit rose to Rs 41.2 crore in the quarter.", "Rs 41.2 crore", "", "", "", "rs"),
        ("A weaner calf fetched around R6,200 at the sale.", "R6,200", "around", "", "", "r"),
        # a unit glued to the figure
        ("The temperature at the airport reached 31.6C yesterday.", "31.6", "", "", "", "°C"),
        ("Gusts of 70mph were recorded on the bridge.", "70", "", "", "", "mph"),
    ],
)
def test_quantity(text: str, value: str, hedge: str, subject: str, scope: str, unit: str) -> None:
    got = [c for c in _claims(text, "quantity", use_timex=False) if c.value == value]
    assert len(got) == 1
    c = got[0]
    assert (c.hedge, c.subject, c.scope, c.unit) == (hedge, subject, scope, unit)
    assert text[c.start : c.end] == value
    assert text[c.sentence_start : c.sentence_end] == text


@pytest.mark.parametrize(
    ("text", "value", "number", "unit"),
    [
        # metres told to the centimetre, not millions
        ("Ana Kell won the high jump, clearing 1.98m at her first attempt.", "1.98m", 1.98, "metres"),
        ("About 1.25m people live in the region.", "1.25m", 1.25e6, ""),
        ("The council borrowed £2.35m for the work.", "£2.35m", 2.35e6, "£"),
    ],
)
def test_metres_and_millions(text: str, value: str, number: float, unit: str) -> None:
    got = [c for c in _claims(text, "quantity", use_timex=False) if c.value == value]
    assert [(c.number, c.unit) for c in got] == [(pytest.approx(number), unit)]


def test_a_time_in_brackets_dates_only_the_figure_inside_them() -> None:
    text = "At Mill Lane, two hours now costs £2.00 (it was £1.80 last year)."
    got = {c.value: c.rule for c in _claims(text, "quantity")}
    assert got["£2.00"] == "quantity", got
    assert got["£1.80"].endswith("timex"), got


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened in 2019 near the border.",
        "He announced it on November 17, 2020, in a statement.",
        "The ceasefire began on 3 March and held.",
        "Call 555-123-4567 for tickets.",
        "Jane Doe, 95, died at home.",
        "The 95-year-old veteran spoke.",
        "It was the 3rd attempt this year.",
        "Helicopters such as the CH-47 and UH-60 flew in.",
        "Flight 370 vanished without a trace.",
        "The meeting is at 10:30 a.m. tomorrow.",
        "Results for 12/31/2021 were late.",
        "Its COVID-19 rules were lifted.",
        "Traffic on the R5 was slow.",
        "The 5G mast went up last week.",
        "Tickets for the 3D screening sold out.",
    ],
)
def test_not_a_quantity(text: str) -> None:
    assert _claims(text, "quantity", use_timex=False) == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("The plant now has 900 workers, down from 1,200 last year.", "1,200", "900"),
        ("The estimate was revised down from 115 to 97 on Tuesday.", "115", "97"),
        ("He ran 2:00:35, beating the previous record of 2:01:39.", "2:01:39", "2:00:35"),
        ("Unemployment fell to 6.4% in June from 7.0% in May.", "7.0%", "6.4%"),
        # the verb with its object between it and "from"
        (
            "Capacity will be 18,500 after the stand closed, reducing the ground's capacity from 26,000.",
            "26,000",
            "18,500",
        ),
        # a record replaced, or beaten with the figure right after the article
        ("We confirm 32.3C as the record, replacing the record of 31.6C set in 2022.", "31.6", "32.3"),
        ("A reading of 32.3C was taken, beating the 31.6C recorded in July.", "31.6", "32.3"),
    ],
)
def test_history_inside_a_document_is_older(text: str, old: str, new: str) -> None:
    by_value = {c.value: c for c in _claims(text, "quantity")}
    assert "history" in by_value[old].rule
    assert "history" not in by_value[new].rule
    latest = by_value[old].as_of_latest
    assert latest is not None
    assert latest < date(2021, 12, 9)


@pytest.mark.parametrize(
    ("text", "value", "dated"),
    [
        ("Cycling trips are up 38% compared with the same period last year.", "38%", False),
        ("Sales rose 12% on the same quarter a year earlier.", "12%", False),
        ("Exports fell 4% in 2019.", "4%", True),
    ],
)
def test_a_comparison_baseline_is_not_the_figures_time(text: str, value: str, dated: bool) -> None:
    """ "up 38% compared with last year": the change holds now; last year is what it is compared with."""
    pytest.importorskip("tidings.timex")
    claim = next(c for c in _claims(text, "quantity") if c.value == value)
    assert (claim.as_of_latest is not None) == dated, claim


def test_history_with_a_timex_takes_its_date() -> None:
    pytest.importorskip("tidings.timex")
    text = "The mission has 2,800 peacekeepers, down from 4,000 in 2018."
    old = next(c for c in _claims(text, "quantity") if c.value == "4,000")
    assert (old.as_of_earliest, old.as_of_latest) == (date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize(
    ("text", "value", "verb"),
    [
        ("The company will cut 300 jobs at the plant.", "300", "cut"),
        ("Kiptum took 34 seconds off the old mark.", "34", ""),
        ("The price rose by 5% in a week.", "5%", "rose"),
    ],
)
def test_changes_are_marked(text: str, value: str, verb: str) -> None:
    c = next(c for c in _claims(text, "quantity", use_timex=False) if c.value == value)
    assert c.attribute == "change"
    assert c.rule.partition(".change:")[2].split(".")[0] == verb


# ------------------------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("text", "name", "role", "org", "status"),
    [
        (
            "Brightwater Foods CEO Martin Alder said sales grew.",
            "Martin Alder",
            "ceo",
            "Brightwater Foods",
            "current",
        ),
        (
            "Mark Milley, chairman of the Joint Chiefs of Staff, spoke.",
            "Mark Milley",
            "chairman",
            "Joint Chiefs of Staff",
            "current",
        ),
        ("Acme named Jane Roe as its new chief executive.", "Jane Roe", "ceo", "Acme", "new"),
        ("Jane Roe was appointed head coach of the Gulls.", "Jane Roe", "coach", "Gulls", "new"),
        ("Former CEO Tom Hill declined to comment.", "Tom Hill", "ceo", "", "former"),
        ("The Gulls fired head coach Dan Mercer on Monday.", "Dan Mercer", "coach", "", "former"),
        ("The Gulls confirm head coach Dan Mercer has left the club.", "Dan Mercer", "coach", "", "former"),
        (
            "The Gulls have parted company with head coach Dan Mercer after six defeats.",
            "Dan Mercer",
            "coach",
            "",
            "former",
        ),
        ("The board axed chief executive Ann Roe on Friday.", "Ann Roe", "ceo", "", "former"),
        ("CEO Ann Roe, who was sacked in May, spoke at the hearing.", "Ann Roe", "ceo", "", "former"),
        ("Head coach Dan Mercer leaves nothing to chance.", "Dan Mercer", "coach", "", "current"),
        ("Head coach Dan Mercer named his squad on Monday.", "Dan Mercer", "coach", "", "current"),
        ("Acme names Jane Roe as permanent chief executive.", "Jane Roe", "ceo", "Acme", "new"),
        (
            "Acme has appointed Jane Roe, currently head of its cargo arm, as chief executive.",
            "Jane Roe",
            "ceo",
            "Acme",
            "new",
        ),
        ("Acme on Tuesday named Jane Roe as its chief executive.", "Jane Roe", "ceo", "Acme", "new"),
        ("Jane Roe, who took over as Acme chief executive in May, spoke.", "Jane Roe", "ceo", "Acme", "new"),
        ("Roe replaces interim chief Tom Hill at Acme.", "Tom Hill", "chief", "", "former"),
        ("Tom Hill will serve as interim CEO of Acme.", "Tom Hill", "ceo", "Acme", "new"),
        ("Tom Hill stepped down as chief executive of Acme.", "Tom Hill", "ceo", "Acme", "former"),
        (
            "Acting Defense Secretary Christopher Miller said so.",
            "Christopher Miller",
            "defense secretary",
            "",
            "current",
        ),
        (
            "Port Alban Mayor Helen Brooks opened the promenade.",
            "Helen Brooks",
            "mayor",
            "Port Alban",
            "current",
        ),
    ],
)
def test_roles(text: str, name: str, role: str, org: str, status: str) -> None:
    got = [c for c in _claims(text, "role", use_timex=False) if c.value == name]
    assert got, [c.value for c in _claims(text, "role", use_timex=False)]
    c = got[0]
    assert (c.attribute, c.subject, c.rule.split(".")[1]) == (role, org, status)


def test_an_archive_piece_holds_as_of_its_first_publication() -> None:
    text = (
        "FROM THE ARCHIVE - This article was first published on 12 January 2024.\n\n"
        "Acme chief executive Tom Hill said the plant would reopen."
    )
    roles = _claims(text, "role")
    assert roles and roles[0].as_of_latest == date(2024, 1, 12), roles


def test_succession_names_the_predecessor_as_former() -> None:
    text = "Priya Raman succeeds Martin Alder as chief executive of Brightwater Foods."
    roles = {c.value: c for c in _claims(text, "role", use_timex=False)}
    assert roles["Priya Raman"].rule.startswith("role.new")
    assert roles["Martin Alder"].rule.startswith("role.former")


# (text, name, expected status of that name's role claim, expected role) or None when no role claim
_SUCCESSION_CASES = [
    pytest.param(
        "Corvane Mills named Ilse Brandt as its next chief executive, succeeding Owen Pryce.",
        {"Ilse Brandt": ("new", "ceo"), "Owen Pryce": ("former", "ceo")},
        id="succeeding-y",
    ),
    pytest.param(
        "Tessa Marr began her tenure as head coach of the Dunlin Rovers on Monday.\n\n"
        "Marr, who took over from Ken Aldous, said training starts at once.",
        {"Tessa Marr": ("new", "coach"), "Ken Aldous": ("former", "coach")},
        id="took-over-from-y-in-a-later-sentence",
    ),
    pytest.param(
        "Ruth Kagame, the finance director, will become chief executive of Ostra Bank, replacing Leo Vance.",
        {"Ruth Kagame": ("new", "ceo"), "Leo Vance": ("former", "ceo")},
        id="appositive-before-the-verb-and-replacing-y",
    ),
    pytest.param(
        "Mayor Paul Imre resigned on Friday and council leader Agnes Holm was named mayor of Sefton.",
        {"Paul Imre": ("former", "mayor")},
        id="y-resigned-in-the-sentence-naming-the-successor",
    ),
    # near-misses: no role in the document, or the thing replaced is not a person
    pytest.param(
        "Kira Bell replaced the old boiler at the Fenwick school last week.",
        {"Kira Bell": None},
        id="no-role-no-predecessor",
    ),
    pytest.param(
        "Gregor Lind, a farmer, retired to the coast last year.",
        {"Gregor Lind": None},
        id="retired-without-any-role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SUCCESSION_CASES)
def test_predecessors_are_former_holders(text: str, expected: dict[str, tuple[str, str] | None]) -> None:
    roles = {c.value: c for c in _claims(text, "role", use_timex=False)}
    for name, want in expected.items():
        if want is None:
            assert name not in roles, roles
        else:
            assert name in roles, list(roles)
            c = roles[name]
            assert (c.rule.split(".")[1], c.attribute) == want, c.rule


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Harlow beat Denby 24-17 in the semi-final on Saturday.", ["24-17"]),
        ("Elm Park are through after a last-gasp 31-30 win over Ashby.", ["31-30"]),
        ("Tarn won 3-2 on penalties.", ["3-2"]),
        # near-misses: a range, a half-time score, a season
        ("Between 20-25 people attended the meeting.", []),
        ("Denby led 17-13 at half-time but lost.", []),
        ("Harlow won the league in the 2023-24 season.", []),
    ],
)
def test_match_scores(text: str, scores: list[str]) -> None:
    got = [c.value for c in _claims(text, "quantity", use_timex=False) if c.unit == "score"]
    assert got == scores


# ------------------------------------------------------------------------------------------- refutations


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials said the claim is false.", "false"),
        ("The story has been debunked by fact-checkers.", "debunked"),
        ("There is no evidence the vaccine contains chips.", "no evidence"),
        ("The minister said the letter was not accurate.", "not accurate"),
        ("The company denied the report.", "denied"),
        ("The memo was a draft released in error.", "draft"),
        ("The article was satire.", "satire"),
        ("\u201cThere\u2019s been no decision whatsoever to leave,\u201d he said.", "no decision whatsoever"),
    ],
)
def test_refutation_cues(text: str, cue: str) -> None:
    refs = _claims(text, "refutation", use_timex=False)
    assert refs
    assert refs[0].value == cue


@pytest.mark.parametrize(
    "text",
    [
        "The team scored a draft pick in the first round.",
        "Sales rose 5% in the quarter.",
        "He has no plans today.",
    ],
)
def test_no_refutation(text: str) -> None:
    assert _claims(text, "refutation", use_timex=False) == []


def test_refutation_targets_the_earlier_report() -> None:
    text = (
        "A letter saying troops would leave circulated on Monday. "
        "Officials met on Tuesday. The minister said the letter was not accurate."
    )
    ref = _claims(text, "refutation", use_timex=False)[0]
    assert ref.targets is not None
    assert text[ref.targets[0] : ref.targets[1]].startswith("A letter saying troops")


def test_numbers_in_a_refuted_report_are_refuted() -> None:
    text = "A viral post claimed 3,000 people died. Health officials said the post is false."
    q = _claims(text, "quantity", use_timex=False)
    assert [c.polarity for c in q if c.value == "3,000"] == ["refuted"]


@pytest.mark.parametrize(
    ("text", "refuted"),
    [
        (
            "We are aware of a post claiming that 52 pupils were taken to hospital. This is not true. "
            "Four pupils felt faint.",
            {"52": "refuted", "Four": "asserted"},
        ),
        # a short verdict after a sentence that reports no claim refutes nothing in it
        ("The council counted 52 pupils on the trip. This is not true of older years.", {"52": "asserted"}),
    ],
)
def test_short_verdict_refutes_the_claim_before_it(text: str, refuted: dict[str, str]) -> None:
    by_value = {c.value: c.polarity for c in _claims(text, "quantity", use_timex=False)}
    assert {v: by_value.get(v) for v in refuted} == refuted


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # a correction: the figure after "not" is the wrong one
        ("The scheme will create 1,200 permanent jobs, not 5,000, the minister said.", {"5,000": "refuted"}),
        # a demand: one side's figure set against the other's, neither found wrong
        (
            "Residents say the fund should be €5 per megawatt hour, not the €2 the developer has offered.",
            {"€5": "asserted", "€2": "asserted"},
        ),
        ("The union wants a 9% rise, not the 4% on the table.", {"9%": "asserted", "4%": "asserted"}),
    ],
)
def test_a_demand_against_an_offer_refutes_neither(text: str, polarity: dict[str, str]) -> None:
    by_value = {c.value: c.polarity for c in _claims(text, "quantity", use_timex=False)}
    assert {v: by_value.get(v) for v in polarity} == polarity


def test_corrected_value_is_not_refuted() -> None:
    text = "The 5,000 figure was released in error; the plant will create about 1,500 jobs, the firm said."
    by_value = {c.value: c.polarity for c in _claims(text, "quantity", use_timex=False)}
    assert by_value["5,000"] == "refuted"
    assert by_value["1,500"] == "asserted"


def test_speaker_of_a_quote() -> None:
    text = "\u201cThe report is false,\u201d the defense secretary said on Monday."
    refs = _claims(text, "refutation", use_timex=False)
    assert refs and refs[0].speaker == "the defense secretary"


def test_extraction_covers_a_long_document() -> None:
    text = (
        "The plant employs about 1,200 workers, down from 1,500 in 2019, CEO Jane Roe said on Monday. " * 400
    )
    claims = extract_claims(_doc(text), DAY, [])
    assert len(claims) >= 800


@pytest.mark.parametrize(
    ("text", "not_holder", "role"),
    [
        ("Vice-captain Lena Stroud called the report nonsense.", "Lena Stroud", "captain"),
        ("Vice chair Omar Reyes said he would push for road money.", "Omar Reyes", "chairman"),
        ("Deputy editor Ann Roe wrote the note.", "Ann Roe", "editor"),
    ],
)
def test_deputy_titles_do_not_hold_the_post(text: str, not_holder: str, role: str) -> None:
    got = [c for c in _claims(text, "role", use_timex=False) if c.value == not_holder and c.attribute == role]
    assert not got, got


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        ("Captain Lena Stroud made 64 from 49 balls.", "Lena Stroud", "captain"),
        ("Board chair Omar Reyes said the vote was unanimous.", "Omar Reyes", "chairman"),
    ],
)
def test_titles_without_a_deputy_prefix_still_hold(text: str, holder: str, role: str) -> None:
    got = [c for c in _claims(text, "role", use_timex=False) if c.value == holder]
    assert got and got[0].attribute == role, got
