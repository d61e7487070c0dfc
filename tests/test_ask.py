"""Question parsing, answering and timelines on documents written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask import parse_question
from tidings.claims import extract_claims
from tidings.model import Analyzed, DateEstimate
from tidings.timeline import timeline


@pytest.mark.parametrize(
    ("question", "kind", "focus", "attribute", "scope"),
    [
        ("How many US troops are in Iraq?", "number", "US troops", "count", "Iraq"),
        ("How many people died in the Karsin ferry sinking?", "number", "people", "count", "Karsin"),
        ("What is the inflation rate in Veldoria?", "number", "inflation rate", "amount", "Veldoria"),
        (
            "What is the Bank of Orlen's policy interest rate?",
            "number",
            "policy interest rate",
            "amount",
            "Bank of Orlen",
        ),
        ("How tall is the Orlen dam?", "number", "Orlen dam", "height", ""),
        ("Who is the CEO of Brightwater Foods?", "person", "ceo", "ceo", "Brightwater Foods"),
        ("Who coaches the Rivertown Hawks?", "person", "coach", "coach", "Rivertown Hawks"),
        (
            "Who are the co-chairs of the Tidewater Commission?",
            "person",
            "chairman",
            "chairman",
            "Tidewater Commission",
        ),
        (
            "Is the US military withdrawing from Iraq?",
            "yesno",
            "US military withdrawing from Iraq",
            "truth",
            "",
        ),
        ("When will the Eastline rail line open?", "date", "Eastline rail line open", "date", ""),
        ("Which team won the cup?", "open", "Which team won the cup", "", ""),
        # a participle after a determiner describes the noun; "add" is the verb
        (
            "How much would the proposed Orlen stadium add to the economy?",
            "number",
            "proposed Orlen stadium",
            "amount",
            "",
        ),
    ],
)
def test_parse_question(question: str, kind: str, focus: str, attribute: str, scope: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.focus, q.attribute, q.scope) == (kind, focus, attribute, scope)
    assert q.terms


def test_question_period() -> None:
    q = parse_question("How much did average rents rise in Halden in 2024?")
    assert q.period == (date(2024, 1, 1), date(2024, 12, 31))
    assert q.as_of is None


@pytest.mark.parametrize(
    ("question", "kind", "attribute"),
    [
        ("What share of pupils in Arlen County are vaccinated?", "number", "amount"),
        ("What was the magnitude of the earthquake near Tolse?", "number", "amount"),
        ("Which judge is presiding over the Varn fraud trial?", "person", "judge"),
        ("How much did average rents rise in Halden?", "number", "amount"),
        ("By how much did the Orlen drug cut the risk of stroke?", "number", "amount"),
    ],
)
def test_parse_question_answer_type(question: str, kind: str, attribute: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.attribute) == (kind, attribute)


@pytest.mark.parametrize(
    ("question", "as_of", "expected"),
    [
        ("How many troops were in Iraq as of March 2020?", None, date(2020, 3, 31)),
        # "in 2019" names the period asked about (see test_question_period), not a cut-off for evidence
        ("How many troops were in Iraq in 2019?", None, None),
        ("How many troops are in Iraq?", date(2021, 1, 1), date(2021, 1, 1)),
        ("How many troops are in Iraq now?", None, None),
    ],
)
def test_question_as_of(question: str, as_of: date | None, expected: date | None) -> None:
    assert parse_question(question, as_of=as_of).as_of == expected


TROOPS = [
    _doc("d1", date(2020, 1, 6), "There are roughly 5,000 US troops in Iraq, officials said."),
    _doc(
        "d2", date(2020, 3, 16), "The Pentagon says there are roughly 5,200 U.S. military personnel in Iraq."
    ),
    _doc(
        "d3",
        date(2021, 12, 9),
        "About 2,500 U.S. troops still remain in Iraq, the Pentagon said on Thursday.\n"
        "About 900 U.S. troops remain in Syria.",
    ),
]


def test_outdated_number_gives_the_newest_value_and_supersedes_the_rest() -> None:
    a = answer("How many US troops are in Iraq?", TROOPS)
    assert a.values == ("2,500",)
    assert a.conflict_type == "outdated"
    assert a.as_of == "2021-12-09"
    assert {s.value for s in a.superseded} == {"5,000", "5,200"}
    assert a.text.startswith("About 2,500")
    assert "900" not in a.values
    cite = a.citations[0]
    assert TROOPS[2].doc.text[cite.start : cite.end] == cite.quote
    assert any("outdated" in line for line in a.explanation)


def test_as_of_drops_later_evidence() -> None:
    a = answer("How many US troops are in Iraq?", TROOPS, as_of=date(2020, 2, 1))
    assert a.values == ("5,000",)
    assert a.conflict_type == "no_conflict"


def test_nothing_answers() -> None:
    a = answer("How many tanks are in Peru?", TROOPS)
    assert a.values == ()
    assert a.as_of is None


def test_history_sentence_in_an_undated_document() -> None:
    docs = [_doc("u", None, "The plant now employs 900 workers, down from 1,200 last year.")]
    a = answer("How many workers does the plant employ?", docs)
    assert a.values == ("900",)
    assert a.conflict_type == "outdated"
    assert [s.value for s in a.superseded] == ["1,200"]


def test_misinformation_number_is_never_the_answer() -> None:
    docs = [
        _doc("v1", date(2024, 7, 20), "A viral post claims that 3,000 people died in the Varna heatwave."),
        _doc(
            "v2",
            date(2024, 7, 22),
            "Fact check: The claim that 3,000 people died in the Varna heatwave is false. "
            "Health officials recorded 212 heat-related deaths in Varna.",
        ),
    ]
    a = answer("How many people died in the Varna heatwave?", docs)
    assert a.values == ("212",)
    assert a.conflict_type == "misinformation"
    assert "3,000" in a.text and "false" in a.text


def test_person_outdated_by_succession() -> None:
    docs = [
        _doc("e1", date(2019, 11, 2), "Brightwater Foods CEO Martin Alder said sales grew."),
        _doc(
            "e2",
            date(2021, 4, 20),
            "Brightwater Foods named Priya Raman as its new chief executive, "
            "succeeding Martin Alder, who stepped down in March.",
        ),
    ]
    a = answer("Who is the CEO of Brightwater Foods?", docs)
    assert a.values == ("Priya Raman",)
    assert a.conflict_type == "outdated"
    assert "Martin Alder" in {s.value for s in a.superseded}


def test_yes_no_refuted_report_is_misinformation() -> None:
    docs = [
        _doc(
            "u1",
            date(2020, 6, 2),
            "A memo circulating on social media said Halvorsen would close its Tromsdal plant.",
        ),
        _doc(
            "u2",
            date(2020, 6, 3),
            "Halvorsen said the memo was fake and that there are no plans to close the Tromsdal plant.",
        ),
    ]
    a = answer("Is Halvorsen closing its Tromsdal plant?", docs)
    assert a.conflict_type == "misinformation"
    # the verdict carries what it rests on: the denial, not the memo
    assert a.values == (
        "No: Halvorsen said the memo was fake and that there are no plans to close the Tromsdal plant.",
    )
    assert a.as_of == "2020-06-03"


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (
            "Did Kessel Valley council approve the Ashgrove housing plan?",
            "Kessel Valley councillors approved the Ashgrove housing plan on Tuesday night.",
            "Yes: Kessel Valley councillors approved the Ashgrove housing plan on Tuesday night.",
        ),
        # the clause that names the question's subject, not the one about the weather
        (
            "Is the Wexcombe hosepipe ban still in force?",
            "Reservoirs are low \u2014 the Wexcombe hosepipe ban remains in force, the water company said.",
            "Yes: the Wexcombe hosepipe ban remains in force, the water company said.",
        ),
        # control: a figure is its own grounds
        ("How many homes will the Ashgrove plan build?", "The Ashgrove plan will build 240 homes.", "240"),
    ],
)
def test_yes_or_no_carries_its_grounds(question: str, text: str, expected: str) -> None:
    a = answer(question, [_doc("g1", date(2024, 3, 6), text)])
    assert a.values == (expected,)


def test_opinions_get_both_sides_and_no_verdict() -> None:
    docs = [
        _doc("s1", date(2022, 8, 1), "Supporters say the Ridgeway dam will benefit farmers in the region."),
        _doc(
            "s2",
            date(2022, 8, 2),
            "Environmental groups warn the Ridgeway dam will harm fish across the region.",
        ),
    ]
    a = answer("Is the Ridgeway dam good for the region?", docs)
    assert a.conflict_type == "conflicting_opinions"
    # each side's own judgment, never a verdict of ours
    assert a.values == ("benefit", "harm")
    assert "[s1]" in a.text and "[s2]" in a.text


def test_choices_use_a_choice_index() -> None:
    a = answer("How many US troops are in Iraq?", TROOPS, choices=["900", "2,500", "5,000"])
    assert a.choice is not None
    assert a.values == (["900", "2,500", "5,000"][a.choice],)


def test_timeline_is_oldest_first_with_spans() -> None:
    entries = timeline("US troops in Iraq", TROOPS)
    assert [e.value for e in entries][:2] == ["5,000", "5,200"]
    days = [e.earliest for e in entries if e.earliest]
    assert days == sorted(days)
    for e in entries:
        doc = next(d for d in TROOPS if d.doc.id == e.doc_id).doc
        assert e.label.startswith(doc.text[e.start : e.end][:20])


# (question, documents as (day, text), expected values, expected conflict type)
_SLOT_CASES = [
    pytest.param(
        "What share of pupils in Orlen County are vaccinated against measles?",
        [
            (date(2024, 9, 20), "In Orlen County, 91.8% of pupils are vaccinated against measles."),
            # a neighbour's figure, in a story that names the question's county in passing
            (
                date(2024, 10, 1),
                "Sele County officials said only 88.5% of the county's pupils are vaccinated against measles."
                " Neighbouring Orlen County reported its figures last week.",
            ),
        ],
        ("91.8%",),
        "no_conflict",
        id="a-figure-for-another-county-stays-out",
    ),
    pytest.param(
        "What was Orlen Group's third-quarter revenue?",
        [
            (
                date(2024, 10, 22),
                "Orlen Group reported third-quarter revenue of €4.8 billion, beating forecasts of "
                "€3.7 billion.",
            ),
            (
                None,
                "In the release issued today, third-quarter revenue was incorrectly stated as €4.8 billion. "
                "The correct figure is €3.8 billion.",
            ),
        ],
        ("€3.8 billion",),
        "misinformation",
        id="the-correct-figure-in-the-sentence-after-the-wrong-one",
    ),
    pytest.param(
        "By how much does the drug dolvarin reduce the risk of stroke?",
        [
            (date(2023, 3, 2), "The drug dolvarin cut the risk of stroke by 50% in older adults."),
            (
                None,
                "A large trial found dolvarin reduced the risk of stroke by 8% - far less than the 50% "
                "claimed in a 2023 study that was later retracted.",
            ),
        ],
        ("8%",),
        "misinformation",
        id="by-how-much-with-a-retracted-figure",
    ),
    pytest.param(
        "Who is Norland's health minister?",
        [
            (date(2023, 3, 29), "Health Minister Anton Brill unveiled a plan to cut waiting lists."),
            # neither later story is dated, and no story names Norland: the home press never does
            (None, "Health Minister Anton Brill resigned on Thursday over a contracts row."),
            (None, "Health Minister Dora Kessler said the nurses' pay deal was affordable."),
        ],
        ("Dora Kessler",),
        "outdated",
        id="a-holder-reported-leaving-is-older-than-one-never-reported-leaving",
    ),
    pytest.param(
        "Who is Norland's health minister?",
        [
            (date(2023, 3, 29), "Health Minister Anton Brill unveiled a plan to cut waiting lists."),
            (date(2023, 3, 29), "Health Minister Dora Kessler said the nurses' pay deal was affordable."),
        ],
        ("Anton Brill", "Dora Kessler"),
        "conflicting_opinions",
        id="two-holders-none-reported-leaving-stay-rivals",
    ),
    pytest.param(
        "Who is the chief executive of Orlen Cells?",
        [
            (date(2024, 4, 12), "Interim chief executive Mira Lund said Orlen Cells would cut 600 jobs."),
            # known only to its year: a permanent appointment still ends an interim holder's time
            (None, "Orlen Cells has named Dan Osei as its permanent chief executive, ending a long search."),
        ],
        ("Dan Osei",),
        "outdated",
        id="a-permanent-appointment-is-newer-than-an-interim-holder",
    ),
    pytest.param(
        "Who is the chief executive of Orlen Cells?",
        [
            (date(2024, 4, 12), "Chief executive Mira Lund said Orlen Cells would cut 600 jobs."),
            (None, "Orlen Cells has named Dan Osei as its permanent chief executive, ending a long search."),
        ],
        ("Mira Lund", "Dan Osei"),
        "conflicting_opinions",
        id="an-appointment-undated-beside-a-permanent-holder-orders-nothing",
    ),
    pytest.param(
        "How many people have died in the Orlen floods?",
        [
            (date(2024, 10, 14), "At least 12 people have died in the Orlen floods, officials said."),
            # known only to its year, but a rise past every other figure is the newest
            (None, "The death toll from the Orlen floods has risen to 31 after two more bodies were found."),
        ],
        ("31",),
        "outdated",
        id="a-rise-past-every-other-value-is-newest",
    ),
    pytest.param(
        "How many people have died in the Orlen floods?",
        [
            (date(2024, 10, 14), "At least 12 people have died in the Orlen floods, officials said."),
            # the same rise, but a later report gives a higher figure: the rise does not make 31 newest
            (date(2024, 10, 20), "Officials said 40 people have died in the Orlen floods."),
            (None, "The death toll from the Orlen floods has risen to 31 after two more bodies were found."),
        ],
        ("40",),
        "outdated",
        id="a-rise-short-of-another-value-orders-nothing",
    ),
    pytest.param(
        "What is the average price of a litre of diesel in Norland?",
        [
            (date(2025, 1, 20), "The average price of diesel in Norland was €1.60 a litre, drivers said."),
            # a home paper leaves the country out, and the older figure sits in its own clause
            (
                date(2025, 2, 6),
                "The average price of diesel rose to €1.66 a litre this week, up from €1.60 a fortnight "
                "ago, the motoring club said.",
            ),
        ],
        ("€1.66",),
        "outdated",
        id="history-figure-answers-with-its-sentence-and-the-place-may-go-unsaid",
    ),
    pytest.param(
        "What is the average price of a litre of diesel in Norland?",
        [
            (date(2025, 2, 6), "The average price of diesel in Norland is €1.66 a litre, drivers said."),
            # a story naming another place is about that place
            (date(2025, 2, 8), "The average price of diesel in Sele is €1.92 a litre."),
        ],
        ("€1.66",),
        "no_conflict",
        id="a-figure-for-another-place-stays-out",
    ),
    pytest.param(
        "How many chicks hatched at the Orrin nest?",
        [
            (
                date(2025, 4, 10),
                "Three chicks hatched at the Orrin nest this week. They should fledge in 11 weeks.",
            )
        ],
        ("three chicks",),
        "no_conflict",
        id="duration-is-not-a-count",
    ),
    pytest.param(
        "How many people have died in the Dovel floods?",
        [
            (date(2024, 3, 4), "At least 9 people have died in the Dovel floods, officials said on Monday."),
            (date(2024, 3, 5), "The Dovel flood toll has risen to 20, up from 9 on Monday, officials said."),
            # dated loosely (a year), but it says itself that 20 was the older toll
            (None, "The confirmed toll from the Dovel floods now stands at 33. Officials had put it at 20."),
        ],
        ("33",),
        "outdated",
        id="a-source-names-the-value-it-replaces",
    ),
    pytest.param(
        "How many jobs will the Ardent plant in Colby create?",
        [
            (date(2024, 5, 1), "The Ardent plant in Colby will employ 800 people, the company said."),
            (date(2024, 5, 9), "Posts claim the Ardent plant will bring 4,000 jobs to Colby."),
            (date(2024, 5, 12), "Fact check on the Colby plant: the company expects 800 jobs, not 4,000."),
        ],
        ("800",),
        "misinformation",
        id="the-figure-after-not-is-refuted",
    ),
    pytest.param(
        "How many people were killed by Storm Vale?",
        [
            (date(2025, 1, 6), "Storm Vale killed seven people in Orlen province, officials said."),
            (date(2025, 1, 7), "Authorities confirmed three deaths in Tarsk province from Storm Vale."),
            (date(2024, 2, 1), "Storm Brin killed five people in Orlen province last winter."),
        ],
        ("seven people", "three deaths"),
        "complementary",
        id="parts-by-place-and-another-storm-left-out",
    ),
    pytest.param(
        "How much will the new Kell bridge cost?",
        [
            (
                date(2023, 3, 1),
                "The council approved the new Kell bridge at an estimated cost of $40 million.",
            ),
            (
                date(2024, 1, 9),
                "The estimated cost of the new Kell bridge has risen to $52 million, up from the $40 million "
                "approved last year. Work will take 18 months.",
            ),
        ],
        ("$52 million",),
        "outdated",
        id="cost-question-wants-money",
    ),
    pytest.param(
        "How much will the Tarn weir reduce the Osk river's flow?",
        [
            (
                date(2022, 8, 1),
                "The ministry says the Tarn weir will reduce the Osk river's flow by only 3%.",
            ),
            (date(2022, 8, 9), "Farmers fear the Tarn weir could cut the Osk river's flow by up to 20%."),
        ],
        ("3%", "20%"),
        "conflicting_opinions",
        id="backoff-ranks-figures-by-question-words",
    ),
    pytest.param(
        "How much aid have the European Union and Japan pledged after Storm Orla?",
        [
            (date(2024, 4, 16), "The European Union pledged €25 million in aid after Storm Orla."),
            (date(2024, 4, 17), "Japan will provide $12 million in emergency aid after Storm Orla."),
        ],
        ("€25 million", "$12 million"),
        "complementary",
        id="coordinated-parts-each-get-a-value",
        marks=pytest.mark.xfail(reason="short one-sentence stories: the Japan figure is not selected yet"),
    ),
    pytest.param(
        "What were the scores in the Tarrow Shield semi-finals?",
        [
            (date(2024, 4, 20), "Harlow beat Denby 24-17 in the first Tarrow Shield semi-final on Saturday."),
            (date(2024, 4, 21), "Elm Park reached the Tarrow Shield final with a 31-30 win over Ashby."),
        ],
        ("24-17", "31-30"),
        "complementary",
        id="match-results-answer-score-questions",
    ),
    pytest.param(
        "How many people watched the Tarrow Shield semi-final?",
        [(date(2024, 4, 20), "Harlow beat Denby 24-17 in the Tarrow Shield semi-final before 4,100 people.")],
        ("4,100",),
        "no_conflict",
        id="a-score-never-counts-people",
    ),
    pytest.param(
        "Who won the Tessel mayoral election?",
        [
            (date(2024, 11, 6), "Mayor Ed Pruitt won re-election in Tessel on Tuesday, beating Lina Sauer."),
            (
                date(2024, 11, 7),
                "An earlier version of this story wrongly said that Ed Pruitt had won the Tessel race.",
            ),
            (date(2024, 11, 15), "The Tessel board certified Lina Sauer as the winner of the mayoral race."),
        ],
        ("Lina Sauer",),
        "misinformation",
        id="who-won-uses-the-subject-and-drops-a-corrected-winner",
    ),
    pytest.param(
        "Who won the poetry and drama prizes at the Orrel Book Awards?",
        [
            (
                date(2024, 11, 13),
                "Mira Osei has won the Orrel Book Award for poetry for her third collection.",
            ),
            (
                date(2024, 11, 13),
                "Playwright Sven Adler won the Orrel Book Award for drama, beating Kate Lowe.",
            ),
            (date(2024, 11, 13), "Jon Reyes won the Orrel Book Awards debut prize on Tuesday."),
        ],
        ("Mira Osei", "Sven Adler"),
        "complementary",
        id="who-won-each-named-category",
    ),
    pytest.param(
        "When will the Pell Street bridge reopen?",
        [
            (
                date(2024, 6, 14),
                "Crews closed the Pell Street bridge on June 3. The Pell Street bridge will now reopen on "
                "July 26, the city said.",
            ),
        ],
        ("2024-07-26",),
        "no_conflict",
        id="date-in-the-clause-of-the-event-verb",
    ),
    pytest.param(
        "When is the voter registration deadline for the November election in Arlo County?",
        [
            (
                date(2024, 9, 16),
                "The deadline to register to vote in Arlo County for the November 5 election is October 7.",
            ),
            (
                date(2024, 10, 1),
                "Posts claiming that Arlo County moved its voter registration deadline to October 28 are "
                "false, the elections office said.",
            ),
        ],
        ("2024-10-07",),
        "misinformation",
        id="a-refuted-date-is-disregarded-and-the-question-date-is-not-the-answer",
    ),
    pytest.param(
        "When will the Arden tram line open?",
        [
            (date(2022, 2, 1), "The Arden tram line is scheduled to open in 2025, the ministry said."),
            (
                date(2024, 2, 12),
                "The opening of the Arden tram line has been delayed to March 2027, the ministry said.",
            ),
        ],
        ("March 2027",),
        "outdated",
        id="a-date-moved-by-a-later-source",
    ),
    pytest.param(
        "How much did average private rents rise in Oster and in Brill in 2024?",
        [
            (
                date(2025, 1, 15),
                "Private rents in Oster rose 6.8% in 2024 to £1,045 a month. The increase follows a rise of "
                "5.9% in 2023.",
            ),
            (date(2025, 1, 22), "In Brill the average private rent was up 4.1% in 2024 to £890 a month."),
        ],
        ("6.8%", "4.1%"),
        "complementary",
        id="each-part-gets-its-rise-in-the-period-not-the-rent",
    ),
    pytest.param(
        "How many people were injured when two buses collided in Ormel?",
        [(date(2025, 3, 10), "Two buses collided in Ormel on Monday. Fourteen people were injured.")],
        ("14",),
        "no_conflict",
        id="a-number-the-question-gives-is-not-the-answer",
    ),
    # a former holder named in passing in a profile is background, not an update
    pytest.param(
        "Who is the music director of the Kelby Philharmonic?",
        [
            (
                date(2024, 9, 2),
                "Kelby Philharmonic music director Anna Vesely opened the season with Bruckner.",
            ),
            (
                date(2024, 6, 3),
                "Vesely, 51, who succeeded Piotr Lanz in 2019, has extended her contract with the Kelby "
                "Philharmonic to 2030.",
            ),
        ],
        ("Anna Vesely",),
        "no_conflict",
        id="predecessor-in-a-profile-is-background",
    ),
    # near miss: the change itself is the news
    pytest.param(
        "Who is the CEO of Brightwater Foods?",
        [(date(2024, 6, 3), "Priya Raman succeeds Martin Alder as chief executive of Brightwater Foods.")],
        ("Priya Raman",),
        "outdated",
        id="predecessor-named-in-the-news-of-the-change",
    ),
    # near miss: "up from" is the document's own report that the value changed
    pytest.param(
        "How many lynx live in the Orvel reserve?",
        [(date(2024, 6, 3), "The Orvel reserve now has 41 lynx, up from 27 in 2021, rangers said.")],
        ("41",),
        "outdated",
        id="up-from-is-a-change-tied-to-the-value",
    ),
    # a refuted report of a change in the slot makes misinformation, and confirms who was said to leave
    pytest.param(
        "Who is the captain of the Marlow Gulls?",
        [
            (date(2024, 3, 1), "The Marlow Gulls named Ruth Okafor as captain for the new season."),
            (
                date(2024, 7, 9),
                "The Gulls dismissed as untrue a report that Ruth Okafor has been stripped of the "
                "captaincy. Vice-captain Lena Stroud also called the report nonsense.",
            ),
        ],
        ("Ruth Okafor",),
        "misinformation",
        id="refuted-report-about-the-slot",
    ),
    pytest.param(
        "Which judge is presiding over the Hale fraud trial?",
        [
            (date(2023, 2, 1), "The Hale fraud trial was assigned to Judge Miriam Osei, records show."),
            (
                date(2023, 5, 9),
                "A post claiming that Judge Miriam Osei has been removed from the Hale fraud trial is "
                "false, a court spokesperson said.",
            ),
        ],
        ("Miriam Osei",),
        "misinformation",
        id="refuting-a-removal-confirms-the-holder",
    ),
    # a figure inside a rejected claim is neither asserted nor the false value
    pytest.param(
        "What was voter turnout in the Pellam council election?",
        [
            (
                date(2023, 11, 20),
                "The county certified the Pellam council election and rejected claims that turnout "
                "exceeded 100%. Certified turnout in the Pellam council election was 41.2%, officials said.",
            ),
        ],
        ("41.2%",),
        "no_conflict",
        id="figure-in-a-rejected-claim-is-not-a-value",
    ),
    # the outlet's own correction notice refutes the value it misstated, in every source that gives it
    pytest.param(
        "How much will the Tarn bridge repairs cost?",
        [
            (date(2024, 4, 30), "The Tarn bridge repairs will cost $41 million, the council said."),
            (
                date(2024, 5, 2),
                "The Tarn bridge repairs will cost $14 million, the council said on Tuesday. An earlier "
                "version of this article misstated the cost of the repairs as $41 million.",
            ),
        ],
        ("$14 million",),
        "misinformation",
        id="same-outlet-correction-refutes-the-misstated-value",
    ),
]


@pytest.mark.parametrize(("question", "docs", "values", "conflict"), _SLOT_CASES)
def test_slot_matching_and_resolution(
    question: str, docs: list[tuple[date | None, str]], values: tuple[str, ...], conflict: str
) -> None:
    pool = table_docs(docs, first=0)
    if docs[-1][0] is None and len(docs) > 1:
        # an imprecise date: the document is known only to its year
        a = pool[-1]
        est = DateEstimate(date(2024, 1, 1), date(2024, 12, 31), "year", 0.4, "test")
        pool[-1] = Analyzed(a.doc, est, a.timexes, tuple(extract_claims(a.doc, est, a.timexes)))
    ans = answer(question, pool)
    assert set(ans.values) == set(values), ans.explanation
    assert ans.conflict_type == conflict, ans.explanation


# (question, documents as (day, text), expected conflict type): the decision procedure end to end
_DECISION_CASES = [
    pytest.param(
        "Is the Brannock sawmill closing?",
        [
            (
                date(2023, 9, 14),
                "Tovell Timber will close the Brannock sawmill by December 31, the company said.",
            ),
            (
                date(2023, 12, 5),
                "Tovell Timber has agreed to sell the Brannock sawmill to Pine Ridge, scrapping its plan to "
                "close the Brannock sawmill.",
            ),
        ],
        "outdated",
        id="yes-no-later-announcement-reverses-earlier",
    ),
    pytest.param(
        "Has the later school start improved attendance in the Orwell district?",
        [
            (
                date(2023, 8, 24),
                "Superintendent Mae Corr said the later school start has improved attendance in the Orwell "
                "district.",
            ),
            (
                date(2023, 9, 2),
                "A study by Lund University researchers found no evidence that the later school start "
                "improved "
                "attendance in the Orwell district, said Dr. Ivo Brandt.",
            ),
        ],
        "conflicting_opinions",
        id="study-finding-is-a-side-not-a-refutation",
    ),
    pytest.param(
        "Should Marlow spend public money on a new arena?",
        [
            (
                date(2025, 4, 1),
                "Mayor Ada Voss said Marlow should spend public money on a new arena to revive downtown.",
            ),
            (
                date(2025, 4, 3),
                "Economist Lars Ek argued that public money for a new arena in Marlow rarely pays back.",
            ),
        ],
        "conflicting_opinions",
        id="should-question-with-named-sides",
    ),
    pytest.param(
        "Which roads will be closed for the Tarrow Marathon?",
        [
            (
                date(2025, 4, 1),
                "Harbor Drive and Pier Road will be closed for the Tarrow Marathon on Sunday.",
            ),
            (date(2025, 4, 2), "Main Street will also be closed for the Tarrow Marathon, the city said."),
        ],
        "complementary",
        id="list-question-members-from-two-sources",
    ),
    pytest.param(
        "How many jobs will the Dunmere cell plant create?",
        [
            (date(2025, 1, 16), "Kestrel Power said the Dunmere cell plant would create 2,400 jobs."),
            (
                date(2025, 1, 28),
                "Dunmere cell plant: Kestrel says 2,400 jobs; economist Rhea Moss estimates about 900 jobs.",
            ),
        ],
        "conflicting_opinions",
        id="estimates-by-named-sides-are-not-an-update",
    ),
    pytest.param(
        "How many jobs would raising the Tarsk minimum wage cost?",
        [
            (
                date(2024, 2, 1),
                "The Tarsk Retailers Guild says raising the minimum wage would cost 9,000 jobs.",
            ),
            (
                date(2024, 3, 5),
                "Tarsk University economists estimate the minimum wage rise would cost about 700 jobs.",
            ),
        ],
        "conflicting_opinions",
        id="forecasts-of-a-hypothetical-are-sides",
    ),
    pytest.param(
        "How many people died in the Orlen bus crash?",
        [
            (date(2022, 12, 3), "At least nine people were killed when a bus overturned near Orlen."),
            (
                date(2022, 12, 5),
                "A passenger died in hospital on Monday, bringing the number of people killed in the "
                "Orlen bus crash to 10, police said.",
            ),
        ],
        "outdated",
        id="bringing-the-toll-to-is-an-update",
    ),
    pytest.param(
        "Has the Orlen speed camera scheme made roads safer?",
        [
            (
                date(2024, 5, 2),
                "The council says the Orlen speed camera scheme has made roads safer for children.",
            ),
            (
                date(2024, 5, 9),
                "Motoring groups disputed the council's claim that the Orlen speed camera scheme made "
                "roads safer.",
            ),
        ],
        "conflicting_opinions",
        id="evaluative-question-with-a-dispute",
    ),
    pytest.param(
        "Has the Orlen speed camera scheme made roads safer?",
        [
            (
                date(2024, 5, 2),
                "The council says the Orlen speed camera scheme has made roads safer for children.",
            ),
            (
                date(2024, 5, 9),
                "Crash figures show the Orlen speed camera scheme made roads safer, police said.",
            ),
        ],
        "no_conflict",
        id="evaluative-question-without-a-dispute",
    ),
    pytest.param(
        "Is the Orlen tunnel open to traffic?",
        [
            (date(2025, 1, 10), "The Orlen road tunnel was closed indefinitely after a crack was found."),
            (date(2025, 3, 3), "Reopening of the Orlen tunnel has been postponed to April, the city said."),
            # undated: reopening after the closure is still the later state
            (None, "The Orlen tunnel reopened to traffic this morning, twelve weeks after it was closed."),
        ],
        "outdated",
        id="status-question-closed-then-reopened",
    ),
    pytest.param(
        "Is the Orlen tunnel open to traffic?",
        [
            (date(2025, 1, 10), "The Orlen road tunnel was closed indefinitely after a crack was found."),
            (date(2025, 3, 3), "Reopening of the Orlen tunnel has been postponed to April, the city said."),
        ],
        "no_conflict",
        id="status-question-closed-and-a-delay-both-say-no",
    ),
    pytest.param(
        "Should Tolbury close Mill Lane to cars?",
        [
            (
                date(2024, 3, 1),
                "OPINION: Mill Lane is Tolbury's prettiest street. The council should close it to cars "
                "this spring.",
            ),
            (
                None,
                "Traders fear the Mill Lane plan. Forty shops on Mill Lane signed a letter opposing the "
                "closure, which they say would cost them trade in Tolbury.",
            ),
        ],
        "conflicting_opinions",
        id="normative-question-answered-both-ways-in-opinion-writing",
    ),
    pytest.param(
        "Was the late penalty given to Orlen Town against Brisk United the right decision?",
        [
            (
                date(2024, 2, 24),
                'Orlen Town drew with Brisk United after a late penalty. "It was never a penalty," the '
                "Brisk United manager said.",
            ),
            (
                date(2024, 2, 26),
                'Pundits on the Orlen Town penalty. A former referee: "Clear penalty, the right call."',
            ),
        ],
        "conflicting_opinions",
        id="verdict-disputed-in-quotes",
    ),
    pytest.param(
        "Should Tolbury close Mill Lane to cars?",
        [
            (
                date(2024, 3, 1),
                "OPINION: Mill Lane is Tolbury's prettiest street. The council should close it to cars "
                "this spring.",
            ),
            (
                None,
                "Walkers back the Mill Lane plan. Tolbury residents say Mill Lane should be closed to "
                "cars and welcomed the council's idea.",
            ),
        ],
        "no_conflict",
        id="normative-question-every-side-agrees",
    ),
]


@pytest.mark.parametrize(("question", "docs", "conflict"), _DECISION_CASES)
def test_decision_procedure(question: str, docs: list[tuple[date | None, str]], conflict: str) -> None:
    pool = table_docs(docs, first=0)
    ans = answer(question, pool)
    assert ans.conflict_type == conflict, ans.explanation
    assert any("rule" in line for line in ans.explanation)


# --------------------------------------------------------------------------------------------- list slot

_LIST_CASES = [
    pytest.param(
        "Who founded Marrowleaf?",
        [
            "Marrowleaf raises $12 million. Chief executive Nadia Osei co-founded the company in 2020 "
            "in Bristol.",
            "Marrowleaf's co-founder Pieter Janssen wrote its first app in a garage in Ghent.",
            "Marrowleaf has hired Carla Ruiz as its finance chief, the company said.",
        ],
        {"Nadia Osei", "Pieter Janssen"},
        {"Carla Ruiz"},
        "complementary",
        id="founders-across-sources",
    ),
    pytest.param(
        "Where will Ostra Cycles build its new factories?",
        [
            "Ostra Cycles will build a $300 million bicycle factory in Harrowgate, the company said.",
            "Ostra Cycles confirmed it will build a frame plant in Valdoro, its second new factory "
            "this month.",
            "Ostra Cycles will close its repair depot in Easton by June and move the work elsewhere.",
        ],
        {"Harrowgate", "Valdoro"},
        {"Easton"},
        "complementary",
        id="places-after-in",
    ),
    pytest.param(
        "What aid has been pledged for the Brenmoor flood recovery?",
        [
            "Japan pledges $25 million for Brenmoor flood recovery, the foreign ministry said.",
            "The Regional Bank approved a EUR 60 million loan for Brenmoor flood recovery on Monday.",
            "Brenmoor's rail line reopened after the flood, the operator said.",
        ],
        {"$25 million", "EUR 60 million"},
        set(),
        "complementary",
        id="amounts-with-currency",
    ),
    pytest.param(
        "Who founded Marrowleaf?",
        ["Marrowleaf was co-founded by Nadia Osei and Pieter Janssen in 2020, the company said."],
        {"Nadia Osei", "Pieter Janssen"},
        set(),
        "no_conflict",
        id="one-source-lists-all-no-debate",
    ),
    pytest.param(
        "Which roads will be closed for the Tarnby parade?",
        [
            "Kings Road and Mill Lane will be closed between Church Street and Elm Avenue for the "
            "Tarnby parade."
        ],
        {"Kings Road", "Mill Lane"},
        {"Church Street", "Elm Avenue"},
        "no_conflict",
        id="near-miss-between-bounds-are-not-members",
    ),
]


@pytest.mark.parametrize(("question", "texts", "members", "not_members", "ctype"), _LIST_CASES)
def test_list_slot_members(
    question: str, texts: list[str], members: set[str], not_members: set[str], ctype: str
) -> None:
    docs = [_doc(f"d{i}", date(2025, 3, 1 + i), t) for i, t in enumerate(texts)]
    res = answer(question, docs)
    assert members <= set(res.values)
    assert not (not_members & set(res.values))
    assert res.conflict_type == ctype


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a single-value open question is not a list: no members are invented from the names it quotes
        (
            "What did the Harlow council decide about parking?",
            "The Harlow council voted to raise parking fees.",
        ),
        # the question's own names are never members
        ("Who founded Marrowleaf?", "Marrowleaf Labs was founded in 2020 and is based in Bristol."),
    ],
)
def test_list_slot_near_misses(question: str, text: str) -> None:
    res = answer(question, [_doc("d0", date(2025, 3, 1), text)])
    assert "Marrowleaf Labs" not in res.values
    assert "Harlow" not in " ".join(res.values)


# --------------------------------------------------------------------------------------------- start dates

_FARE = (
    "The Dunleigh council voted on Monday to raise the single bus fare from $2.40 to $2.90 starting "
    "September 1, the first rise in four years."
)


@pytest.mark.parametrize(
    ("text", "as_of", "want", "not_want"),
    [
        pytest.param(_FARE, date(2025, 8, 15), "$2.40", "$2.90", id="announced-rise-not-yet-in-force"),
        pytest.param(_FARE, date(2025, 9, 15), "$2.90", "$2.40", id="after-the-start-date-new-value"),
        pytest.param(_FARE, None, "$2.90", "$2.40", id="no-question-date-newest-announcement"),
        pytest.param(
            "The single bus fare in Dunleigh rose from $2.40 to $2.90 on Monday, the council said.",
            date(2025, 8, 15),
            "$2.90",
            "$2.40",
            id="near-miss-change-already-made",
        ),
    ],
)
def test_value_in_force_at_question_date(text: str, as_of: date | None, want: str, not_want: str) -> None:
    docs = [_doc("d0", date(2025, 7, 14), text)]
    res = answer("How much is the single bus fare in Dunleigh?", docs, as_of=as_of)
    assert want in res.values
    assert not_want not in res.values


_OUTAGE = [
    (
        None,
        "Residents say the Tarsk blackout on Sunday night was the work of hackers, according to posts shared "
        "thousands of times.",
    ),
    (
        date(2024, 7, 9),
        "Tarsk Power said the Sunday blackout was caused by a fire at the Millgate substation. There is no "
        "evidence of a cyberattack, the utility said.",
    ),
]
_FIRE_DAMAGE = [
    (date(2025, 8, 18), "The Corran Ridge fire burned 2,100 hectares before crews contained it on Monday."),
    (date(2025, 8, 20), "Nineteen homes were destroyed by the Corran Ridge fire, a county assessment found."),
]


@pytest.mark.parametrize(
    ("question", "docs", "conflict", "values", "rejected"),
    [
        (
            "What caused the blackout in Tarsk?",
            _OUTAGE,
            "misinformation",
            ["a fire at the Millgate substation"],
            ["cyberattack"],
        ),
        # a denial in passing, with no source putting the cause forward, refutes no report
        (
            "What caused the blackout in Tarsk?",
            _OUTAGE[1:],
            "no_conflict",
            ["a fire at the Millgate substation"],
            [],
        ),
        (
            "What damage did the Corran Ridge fire cause?",
            _FIRE_DAMAGE,
            "complementary",
            ["2,100 hectares", "19 homes"],
            [],
        ),
    ],
)
def test_open_questions_answer_with_facts(
    question: str, docs: list[tuple[date | None, str]], conflict: str, values: list[str], rejected: list[str]
) -> None:
    res = answer(question, [_doc(f"d{i}", d, t) for i, (d, t) in enumerate(docs)])
    assert res.conflict_type == conflict
    assert sorted(res.values) == sorted(values)
    assert [s.value for s in res.superseded] == rejected


def test_a_correction_states_the_right_figure_beside_the_wrong_one() -> None:
    docs = [
        _doc("d0", date(2024, 7, 5), "Mayor's Orlen trade trip cost the city $52,000, expense records show."),
        _doc(
            "d1",
            date(2024, 7, 8),
            "Correction: an article on Friday misstated the cost of the mayor's trip. The city paid $5,200, "
            "not $52,000.",
        ),
    ]
    res = answer("How much did the mayor's Orlen trade trip cost the city?", docs)
    assert res.values == ("$5,200",)
    assert res.conflict_type == "misinformation"
