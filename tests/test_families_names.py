"""What is a name and what is not, in scraped text from several wars: a headline's verb
is not part of a name, and a town before "said" is not its speaker when the verb has one.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families_outlets import _speakers


@pytest.mark.parametrize(
    "headline",
    [
        "Malian Army Kills 20 Terrorists Near Mopti",
        "22-04-2019 Sudanese Police Arrest 40 Protesters In Omdurman",
        "Ukrainian Navy Strikes Russian Ship Off Crimea",
    ],
)
def test_a_headline_verb_is_not_part_of_a_name(extract, headline):
    names = {a.name for a in extract(headline).actors}
    assert not any(word in name for name in names for word in ("Kills", "Arrest", "Strikes")), names


@pytest.mark.parametrize(
    "text, town, outlet",
    [
        ("An AFP photographer in Bentiu said the market was hit twice.", "Bentiu", "AFP"),
        ("A Reuters reporter in Kramatorsk said the station was on fire.", "Kramatorsk", "Reuters"),
    ],
)
def test_a_town_before_said_is_not_the_speaker_when_the_verb_has_one(extract, text, town, outlet):
    b = extract(text)
    assert town not in {a.name for a in b.actors if a.type == "person"}
    assert outlet in _speakers(b)


def test_a_name_before_said_without_a_subject_still_speaks(extract):
    """Scraped text without commas: "... in the capital Deby said" (the name is the speaker)."""
    assert "Deby" in _speakers(extract("Convoys must reach Abeche within days Deby said on Monday."))
