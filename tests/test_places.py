"""One place, one name: spellings of a town resolved (generator/places.py, lexicon/towns.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from generator.lexicon import Town, Towns, place_key
from generator.model import Mention, Place, SentenceRef
from generator.pipeline import briefing_from_raw
from generator.places import resolve_places
from generator.reader import RawArticle


def place(name: str, article: str = "a", times: int = 1) -> Place:
    mentions = tuple(Mention(name, SentenceRef(article, k)) for k in range(times))
    return Place("place-" + place_key(name).replace(" ", "-"), name, mentions)


def resolved(lexicon, *places: Place) -> dict[str, tuple[str, ...]]:
    out, _ = resolve_places(list(places), lexicon, set())
    return {p.name: p.aliases for p in out}


@pytest.mark.parametrize(
    "spellings",
    [
        ("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr"),  # Syria: GeoNames lists each
        ("El Fasher", "Al-Fashir"),  # Sudan
        ("Bakhmut", "Artemivsk"),  # Ukraine: the town's former name
        ("Maiduguri", "Maidugari"),  # Nigeria: one letter off, joined by their skeleton
    ],
)
def test_spellings_of_one_town_are_one_place(lexicon, spellings):
    places = [place(s, article=f"a{k}", times=3 - min(k, 2)) for k, s in enumerate(spellings)]
    out = resolved(lexicon, *places)
    assert out == {spellings[0]: tuple(sorted(spellings[1:]))}


@pytest.mark.parametrize(
    "names",
    [
        ("Homs", "Hama"),  # two towns of one state
        ("Goma", "Gomel"),  # and of two states
        ("Kharkiv", "Kherson"),
        ("Syria", "Aleppo"),  # a state is never a town
    ],
)
def test_two_real_places_stay_apart(lexicon, names):
    assert set(resolved(lexicon, *(place(n) for n in names))) == set(names)


def test_unlisted_spellings_join_by_skeleton_unless_it_is_short():
    """With no gazetteer of towns, "Idleb" and "Idlib" (skeleton "idlb") are one place;
    "Duma" and "Dama" (skeleton "dm") are too short to tell from two villages."""
    from generator.lexicon import default_lexicon

    lex = dataclasses.replace(default_lexicon(), towns=Towns())
    assert resolved(lex, place("Idlib", times=2), place("Idleb")) == {"Idlib": ("Idleb",)}
    assert set(resolved(lex, place("Duma"), place("Dama"))) == {"Duma", "Dama"}


def test_a_town_of_the_briefing_state_wins_a_shared_name(lexicon):
    """Tripoli is Libya's in a briefing on Libya, Lebanon's in one on Lebanon."""
    for country, code in (("Libya", "LY"), ("Lebanon", "LB")):
        out, _ = resolve_places([place(country, times=5), place("Tripoli")], lexicon, set())
        town = next(p for p in out if p.name == "Tripoli")
        assert town.geonames_id and lexicon.towns.code(country) == code
        assert town.country == next(t.country_name for t in lexicon.towns.named("Tripoli") if t.country == code)


def test_a_small_town_of_a_state_the_briefing_hardly_names_is_not_located():
    """A quarter called like a small town abroad keeps no coordinates of that town."""
    from generator.lexicon import default_lexicon

    abroad = Town(1, "Tarvia", "IR", "Iran", 30.0, 50.0, 20_000)
    towns = Towns.of({"tarvia": (abroad,)}, {"sudan": "SD", "iran": "IR"})
    lex = dataclasses.replace(default_lexicon(), towns=towns)
    out, _ = resolve_places([place("Sudan", times=20), place("Iran"), place("Tarvia")], lex, set())
    assert next(p for p in out if p.name == "Tarvia").geonames_id is None


def test_the_most_used_spelling_names_the_place_and_figures_follow_it(lexicon):
    out, renamed = resolve_places(
        [place("Khan Sheikhun", "a", 1), place("Khan Shaykhun", "b", 4), place("Khan Sheikhoun", "c", 2)],
        lexicon,
        set(),
    )
    assert [p.name for p in out] == ["Khan Shaykhun"]
    assert out[0].aliases == ("Khan Sheikhoun", "Khan Sheikhun") and out[0].country == "Syria"
    assert set(renamed.values()) == {"Khan Shaykhun"}


def test_one_incident_whatever_the_spelling_of_its_town(nlp):
    """Two outlets, one strike, two spellings of the town: one incident, a range of reports."""
    day = date(2024, 5, 11)
    raws = [
        RawArticle(
            "a1", "a1.txt", "An air strike on a market in El Fasher killed 12 people on Friday.", {"published": day}
        ),
        RawArticle(
            "a2",
            "a2.txt",
            "Fifteen people were killed on Friday when a strike hit a market in Al-Fashir.",
            {"published": day},
        ),
    ]
    b = briefing_from_raw(raws, nlp)
    assert len(b.incidents) == 1, [(c.place, c.count, c.when) for c in b.casualties]
    assert (b.incidents[0].low, b.incidents[0].high) == (12, 15)
    assert {c.place for c in b.casualties} == {b.incidents[0].place}


def test_other_spellings_of_a_city_are_place_names_not_a_persons():
    """A city's alternate names that transliterate its name are kept ("Wad Madani" of Wad
    Medani); an unrelated alternate name, a one-word one or a small town's are not."""
    from generator.lexicon.towns import spelling_variants

    city = Town(1, "Wad Medani", "SD", "Sudan", 14.4, 33.5, 330_000)
    small = Town(2, "Kalemie Port", "CD", "DR Congo", -5.9, 29.2, 20_000)
    towns = {1: city, 2: small}
    index = {"wad medani": (1,), "wad madani": (1,), "medani": (1,), "xin yi": (1,), "kalemi port": (2,)}
    assert set(spelling_variants(towns, index)) == {"wad medani", "wad madani"}


@pytest.mark.parametrize(
    "text",
    [
        "The unit withdrew from Wad Madani after two days of fighting.",  # Sudan: GeoNames's spelling is Wad Medani
        "Shelling hit Al Fashir on Sunday, the governor said.",  # Sudan: El Fasher
    ],
)
def test_a_variant_spelling_of_a_city_is_no_actor(nlp, text):
    b = briefing_from_raw([RawArticle("a1", "a1.txt", text, {})], nlp)
    assert not [a.name for a in b.actors if "Madani" in a.name or "Fashir" in a.name]


def test_an_unlisted_spelling_is_the_town_of_the_briefing_state_with_its_skeleton():
    """ "Shangal Tubaya", spelled as no gazetteer does, is the Sudanese town in a briefing on
    Sudan, though a Chadian town shares its skeleton: only the briefing's states' towns count."""
    from generator.lexicon import default_lexicon

    sudanese = Town(1, "Shangil Tobaya", "SD", "Sudan", 13.4, 25.0, 20_000)
    chadian = Town(2, "Shangal Tobay", "TD", "Chad", 13.0, 20.0, 20_000)
    towns = Towns.of({"shangil tobaya": (sudanese,), "shangal tobay": (chadian,)}, {"sudan": "SD", "chad": "TD"})
    assert [t.name for _, t in towns.spellings_in({"SD"})] == ["Shangil Tobaya"]
    lex = dataclasses.replace(default_lexicon(), towns=towns)
    out, _ = resolve_places([place("Sudan", times=20), place("Shangal Tubaya")], lex, set())
    assert next(p for p in out if p.name == "Shangal Tubaya").geonames_id == 1
