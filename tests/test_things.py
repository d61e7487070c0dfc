"""Lists of things in ordinary words: which members a sentence lists, and where the list ends."""

from __future__ import annotations

import pytest

from tidings.things import listings, thing_at

LISTS = [
    # (sentence, the members of each list found, in order)
    (
        "The relief scheme covers apples, pears and cherries, the three crops hit hardest by the frost.",
        [("apples", "pears", "cherries")],
    ),
    (
        "Growers of the following crops may apply: apples (dessert and cider), pears and plums.",
        [("apples", "pears", "plums")],
    ),
    (
        "Subscribers in four states lost mobile data and text messaging for up to six hours on Tuesday.",
        [("mobile data", "text messaging")],
    ),
    (
        "From 1 March, crews will not empty green bins that contain nappies or batteries.",
        [("nappies", "batteries")],
    ),
    (
        "Clothes and other textiles are among the items being banned, along with nappies and batteries.",
        [("clothes", "textiles"), ("nappies", "batteries")],
    ),
    (
        "The union said millet and groundnuts, which tolerate drought, should come first.",
        [("millet", "groundnuts")],
    ),
    # a figure with its unit is no thing: "up to 2 litres and laptops" lists nothing
    ("Passengers may keep liquids of up to 2 litres and laptops in their bags.", []),
    # a member does not end on a verb, nor run on over one
    ("Officials said schools and clinics reopened on Monday.", [("schools", "clinics")]),
    # an irregular past tense ends a member: "alliums went first"
    ("Brassicas and alliums went first, growers said.", [("brassicas", "alliums")]),
    # commas alone, with no "and" or "or", join clauses, not members
    ("In March, prices rose again, traders said.", []),
    # one thing is no list
    ("The council bought a new gritter.", []),
    # a word with letters beyond ASCII is one word, not "caf" and "s"
    ("Visitors may use the toilets in participating cafés and shops.", [("cafés", "shops")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS, ids=[s[:40] for s, _ in LISTS])
def test_listings(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert [lst.items for lst in listings(sentence)] == expected


@pytest.mark.parametrize(("sentence", "_expected"), LISTS, ids=[s[:40] for s, _ in LISTS])
def test_listing_spans_hold_their_members(sentence: str, _expected: object) -> None:
    for lst in listings(sentence):
        span = sentence[lst.start : lst.end].lower()
        assert span.startswith(lst.items[0]) and span.endswith(lst.items[-1])


THING_AT = [
    ("The probe carries an ultraviolet imager built in Kiruna.", "carries", "ultraviolet imager"),
    ("The probe carries a plasma analyser.", "carries", "plasma analyser"),
    ("The probe carries the Luleå analyser.", "carries", None),  # a name is not a thing in ordinary words
    ("The probe carries, among others, a camera.", "carries", None),  # punctuation ends the member
]


@pytest.mark.parametrize(("sentence", "after", "expected"), THING_AT)
def test_thing_at(sentence: str, after: str, expected: str | None) -> None:
    assert thing_at(sentence, sentence.index(after) + len(after)) == expected
