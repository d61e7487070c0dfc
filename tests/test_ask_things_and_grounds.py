"""Lists of things in ordinary words ("Which crops are covered?"), what a yes or a no rests on (the clause
after the question's subject, each side's when sources disagree), and the figure that corrects a refuted
one, even when it is measured over a past period ("fell 8.2 per cent in the year to December")."""

from __future__ import annotations

from datetime import date

from analyzed import rules_answer as answer
from analyzed import table_docs

_MAY = date(2025, 5, 6)
_JUN = date(2025, 6, 2)


def test_crops_listed_in_ordinary_words() -> None:
    docs = table_docs(
        [
            (
                _MAY,
                "Growers in the Ardle valley can now apply for the frost relief scheme. The scheme covers "
                "plums, pears and cherries, the three crops worst hit by the April frost.",
            ),
            (
                None,
                "Frost relief: who can apply\nThe frost relief scheme is open to commercial growers of these "
                "crops: plums (dessert and cooking), pears and cherries. Vines are not covered.",
            ),
        ]
    )
    res = answer("Which crops are covered by the Ardle frost relief scheme?", docs)
    assert set(res.values) == {"plums", "pears", "cherries"}, (res.values, res.explanation)


def test_things_listed_by_their_names_after_a_colon() -> None:
    docs = table_docs(
        [
            (
                _MAY,
                "As part of the budget approved last night, Dunmore Council will close five public "
                "toilets on 1 June, saving £90,000 a year.\n\nThe toilets closing in the western district "
                "are: Harbour Green, Kelso Quay and Mill Lane.\n\nA community toilet scheme will let "
                "residents and visitors use facilities in participating cafés and shops.",
            ),
        ]
    )
    res = answer("Which public toilets is Dunmore Council closing?", docs)
    assert set(res.values) == {"Harbour Green", "Kelso Quay", "Mill Lane"}, (res.values, res.explanation)


def test_single_thing_after_the_question_verb_in_each_source() -> None:
    docs = table_docs(
        [
            (_MAY, "The 80-kilogram Vesta-3 satellite carries an infrared camera built at Tromsø."),
            (None, "Vesta-3 also carries a dust counter made by a team in Bergen, launched on Monday."),
        ]
    )
    res = answer("Which scientific instruments does the Vesta-3 satellite carry?", docs)
    assert set(res.values) == {"infrared camera", "dust counter"}, (res.values, res.explanation)


def test_named_class_keeps_names() -> None:
    docs = table_docs(
        [(_MAY, "The licences were won by Umbra Mobile and Kestrel Telecom, the regulator said on Monday.")]
    )
    res = answer("Which operators won licences in the auction?", docs)
    assert {"Umbra Mobile", "Kestrel Telecom"} <= set(res.values), (res.values, res.explanation)


def test_grounds_keep_the_predicate_after_a_long_subject() -> None:
    docs = table_docs(
        [
            (
                _JUN,
                "We are pleased to confirm that the temporary use ban (hosepipe ban) for all Carrow Water "
                "customers has been lifted with effect from today.",
            ),
        ]
    )
    res = answer("Is the hosepipe ban still in force for Carrow Water customers?", docs)
    assert res.values and "lifted" in res.values[0], (res.values, res.explanation)


def test_both_sides_each_carry_their_grounds() -> None:
    docs = table_docs(
        [
            (
                _MAY,
                "Analysts at Nordhaus Bank expect the Central Bank of Velmora to cut interest rates at its "
                "June meeting.",
            ),
            (
                _MAY,
                "Economists at Velsk Partners said the Central Bank of Velmora will not cut interest rates "
                "in June and will hold them at 4.25%.",
            ),
        ]
    )
    res = answer("Will the Central Bank of Velmora cut interest rates in June?", docs)
    assert res.conflict_type == "conflicting_opinions", res.explanation
    yes, no = res.values[:2]
    assert yes.startswith("Yes: ") and "Nordhaus" in yes, res.values
    assert no.startswith("No: ") and "hold" in no, res.values


def test_corrected_figure_measured_over_a_past_period() -> None:
    docs = table_docs(
        [
            (
                _MAY,
                "Fact check: Is crime up 30 per cent in Port Arlen?\nA viral post claims crime in Port Arlen "
                "is up 30 per cent. This is false. Crime Statistics Agency data show recorded offences in "
                "Port Arlen fell 8.2 per cent in the year to December 2024.",
            ),
            (
                _MAY,
                "Police in Port Arlen told a community forum that recorded crime in Port Arlen was down 8.2 "
                "per cent last year, although car thefts rose.",
            ),
        ]
    )
    res = answer("Is crime rising in Port Arlen?", docs)
    assert res.conflict_type == "misinformation", res.explanation
    joined = " | ".join(res.values)
    assert "8.2" in joined and "30" not in joined, (res.values, res.explanation)


def test_things_found_are_listed() -> None:
    docs = table_docs(
        [
            (
                _MAY,
                "Rare Bronze Age burial found at Oakley Knoll\nThe grave held a bronze dagger, amber beads "
                "and a pottery beaker, alongside the skeleton, the university said.",
            ),
            (None, "Reply: the university page says a dagger, amber beads and a beaker. Nothing else."),
        ]
    )
    res = answer("What was found in the Bronze Age burial at Oakley Knoll?", docs)
    joined = " | ".join(res.values)
    assert all(w in joined for w in ("dagger", "amber", "beaker")), (res.values, res.explanation)


def test_why_without_a_cause_cue_gives_the_clause_it_rests_on() -> None:
    docs = table_docs(
        [
            (
                _MAY,
                "Residents near Brannon Airport were warned to expect noise at night while Brannon Airport's "
                "main runway is resurfaced over eleven weeks.",
            ),
        ]
    )
    res = answer("Why is the main runway at Brannon Airport closing at night?", docs)
    assert any("resurfaced" in v for v in res.values), (res.values, res.explanation)
