"""A town is a place: not a person the tagger read in its name, not the capital of another state
inside it, whatever its accents.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from generator.lexicon import fold

from .test_families import relation_triples


@pytest.mark.parametrize(
    "text, town",
    [
        ("Ahl al-Sunna wal-Jamaa militants attacked Mocimboa da Praia.", "Mocimboa da Praia"),
        ("Drones struck Port Sudan on Sunday, the army said.", "Port Sudan"),
        ("Insurgents entered Mocimboa da Praia and Palma, the Mozambican army said.", "Mocimboa da Praia"),
    ],
)
def test_a_town_of_several_words_is_one_place_not_the_state_inside_it(extract, text, town):
    b = extract(text)
    assert fold(town) in {fold(p.name) for p in b.places}, [p.name for p in b.places]
    assert not {a.name for a in b.actors} & {"Cabo Verde", "Sudan"}, [a.name for a in b.actors]


@pytest.mark.parametrize(
    "text, town",
    [
        ("Turkish troops shelled Ras al-Ain.", "Ras al-Ain"),
        ("Government forces besieged Tal Abyad for weeks.", "Tal Abyad"),
        ("Rebels overran Kamituga after a week of fighting, the army said.", "Kamituga"),
    ],
)
def test_what_is_shelled_or_besieged_is_a_town_not_a_person(extract, text, town):
    b = extract(text)
    assert town not in {a.name for a in b.actors if a.type == "person"}, relation_triples(b)


def test_a_person_whose_hideout_is_stormed_is_still_a_person(extract):
    b = extract("The army stormed Abu Bakr Shekau's hideout in the Sambisa forest.")
    assert "Abu Bakr Shekau" in {a.name for a in b.actors if a.type == "person"}


@pytest.mark.parametrize("accented, plain", [("Ségou", "Segou"), ("Félix Tshisekedi", "Felix Tshisekedi")])
def test_a_name_with_or_without_its_accents_is_one_name(accented, plain):
    assert fold(accented) == fold(plain)
    assert fold("الأسد")  # another script is kept, not dropped as "not Latin"
