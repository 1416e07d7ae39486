"""What is a name and what is not, in scraped text from several wars: a headline's verb
is not part of a name, and a town before "said" is not its speaker when the verb has one.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from generator.extract.mentions.names import abbreviates

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


@pytest.mark.parametrize(
    "text, name",
    [
        # Mozambique, the Sahel: "wal-" ("and the") goes on with the name, and no person's name holds it
        ("On Sunday, fighters of Ahl al-Sunna wal-Jama'a burned a police post.", "Ahl al-Sunna wal-Jama'a"),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin said it had ambushed the convoy.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        # Kashmir, Pakistan: a hyphenated name the tokenizer splits in five is one name
        ("Police in Lahore arrested two members of Lashkar-e-Taiba on Monday.", "Lashkar-e-Taiba"),
        ("A Jaish-e-Mohammed commander was killed in a raid in the valley.", "Jaish-e-Mohammed"),
    ],
)
def test_a_transliterated_name_is_not_cut(extract, text, name):
    actors = {a.name: a.type for a in extract(text).actors}
    assert name in actors, actors
    assert actors[name] != "person"


def test_a_name_before_its_bracketed_acronym_keeps_its_country_word(extract):
    """ "Tehreek-e-Taliban Pakistan (TTP)": the acronym counts the last word, so it is the
    name's, not a country after it; "TTP" is then the same actor."""
    b = extract("Troops raided camps of the Tehreek-e-Taliban Pakistan (TTP) in the north. The TTP denied losses.")
    ttp = [a for a in b.actors if "TTP" in (a.name, *a.aliases)]
    assert [a.name for a in ttp] == ["Tehreek-e-Taliban Pakistan"]
    assert "Taliban" not in {a.name for a in b.actors}


@pytest.mark.parametrize("text", ["US-backed forces retook the town.", "The al-Shabaab-linked cell was broken up."])
def test_a_hyphenated_stance_word_is_not_a_name(extract, text):
    assert not any(a.name.endswith(("-backed", "-linked", "-")) for a in extract(text).actors)


def test_a_long_official_name_joined_by_for_and_of_is_one_name(extract):
    """Ten words, two entities for the tagger: "the United Nations Office" and "the Coordination
    of Humanitarian Affairs" are one body."""
    b = extract("The United Nations Office for the Coordination of Humanitarian Affairs said 200,000 people had fled.")
    names = {a.name for a in b.actors}
    assert "United Nations Office for the Coordination of Humanitarian Affairs" in names, names


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a month or day before a name, with no comma, is no part of it (not so "the Sunday Times")
        ("In July Human Rights Watch said the militia had executed prisoners.", "Human Rights Watch", "ngo"),
        ("On Sunday US Secretary of State Antony Blinken said the talks would resume.", "Antony Blinken", "person"),
        ("The Sunday Times reported that the envoy had resigned.", "Sunday Times", "media"),
        # a day's number inside a name (Congo)
        ("Fighters of the March 23 Movement seized the town of Rubaya.", "March 23 Movement", "armed_group"),
    ],
)
def test_dates_around_and_inside_names(extract, text, name, kind):
    assert {a.name: a.type for a in extract(text).actors}.get(name) == kind


@pytest.mark.parametrize("text", ["Fighters joined the March 23", "Troops entered Lashkar-", "Rebels of Ahl al-"])
def test_a_name_run_at_the_end_of_a_text_is_read_safely(extract, text):
    extract(text)  # the last token of a text ends a run of proper nouns: no index past the end


@pytest.mark.parametrize(
    "text, outlet, person",
    [
        ("Anadolu Agency Ahmed Yusuf said the bridge was destroyed.", "Anadolu Agency", "Ahmed Yusuf"),
        ("Xinhua News Agency Li Wei reported that the dam had burst.", "Xinhua News Agency", "Li Wei"),
    ],
)
def test_an_outlet_run_into_its_reporters_name_is_two_actors(extract, text, outlet, person):
    """Scraped text without a comma between a byline's agency and its reporter."""
    kinds = {a.name: a.type for a in extract(text).actors}
    assert kinds.get(person) == "person" and outlet in kinds, kinds


@pytest.mark.parametrize(
    "acronym, name, fits",
    [
        ("TTP", "Tehreek-e-Taliban Pakistan", True),
        ("EIGS", "Islamic State in the Greater Sahara", True),  # from the French: three letters of four
        ("FDLR", "Democratic Forces for the Liberation of Rwanda", True),
        ("CDP", "Amadou Sow", False),  # a person's party
        ("JNIM", "Katiba Serma", False),  # a unit's parent group
    ],
)
def test_an_acronym_stands_for_a_name_its_initials_fit(acronym, name, fits):
    assert abbreviates(acronym, name) is fits


@pytest.mark.parametrize(
    "text, unit, parent",
    [
        # the Sahel, Kashmir, Congo: a unit named with its parent group in brackets stays two actors
        (
            "Presumed Katiba Serma (JNIM) militants killed a trader near Djibo. JNIM later denied it.",
            "Katiba Serma",
            "JNIM",
        ),
        (
            "Fighters of Katibat al-Furqan (AQIM) attacked a post near Tessalit. AQIM had not commented.",
            "Katibat al-Furqan",
            "AQIM",
        ),
        ("Fighters of the Twirwaneho militia (CNRD) burned a village. CNRD said nothing.", "Twirwaneho", "CNRD"),
    ],
)
def test_a_bracketed_parent_group_is_not_the_units_acronym(extract, text, unit, parent):
    names = {a.name for a in extract(text).actors}
    assert parent in names and any(unit in n for n in names), names
    assert not any(unit in n and parent in n for n in names), names


@pytest.mark.parametrize(
    "text, person",
    [
        ("Gunmen shot dead Hassan Abdi (ODM), a county official, in Garissa.", "Hassan Abdi"),
        ("Police in Dhaka arrested Nurul Haque (BNP) on Monday.", "Nurul Haque"),
    ],
)
def test_a_persons_party_in_brackets_does_not_make_him_a_body(extract, text, person):
    types = {a.name: a.type for a in extract(text).actors}
    assert types.get(person, "person") == "person", types


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "The Islamic State in the Greater Sahara (ISGS) claimed the ambush near Menaka.",
            "Islamic State in the Greater Sahara",
            "armed_group",
        ),
        (
            "Al-Qaeda in the Arabian Peninsula (AQAP) claimed the bombing in Aden.",
            "Al-Qaeda in the Arabian Peninsula",
            "armed_group",
        ),
        (
            "The Organization for Security and Co-operation in Europe (OSCE) reported shelling near Donetsk.",
            "Organization for Security and Co-operation in Europe",
            None,
        ),
    ],
)
def test_a_name_is_read_back_as_far_as_its_acronym_reaches(extract, text, name, type_):
    actors = {a.name: a.type for a in extract(text).actors}
    assert name in actors, actors
    assert type_ is None or actors[name] == type_


def test_the_nearer_name_takes_the_acronym_of_two_joined_by_and(extract):
    names = {a.name for a in extract("Hamas and the Palestinian Islamic Jihad (PIJ) fired rockets at Ashkelon.").actors}
    assert {"Hamas", "Palestinian Islamic Jihad"} <= names, names


def test_an_unlisted_name_with_a_known_acronym_is_the_known_body(extract):
    """ "the Islamic State in Iraq and the Levant (ISIL)" in one sentence, "ISIL" in the next:
    one actor, the gazetteer's, not a new name beside it."""
    b = extract("Fighters of the Islamic State in Iraq and the Levant (ISIL) stormed Sirte. ISIL fighters fled later.")
    groups = [a for a in b.actors if a.type == "armed_group"]
    assert len(groups) == 1 and "Islamic State" in groups[0].name, [a.name for a in groups]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Suspected ADF or CODECO fighters ambushed four traders near Djugu.", "ADF"),
        ("Alleged Wagner mercenaries executed three herders near Moura.", "Wagner"),
        ("Presumed JNIM fighters burned the market in Djibo.", "JNIM"),
    ],
)
def test_a_word_of_doubt_opening_a_sentence_is_no_part_of_the_name(extract, text, name):
    names = {a.name for a in extract(text).actors}
    assert name in names or any(name in (a.name, *a.aliases) for a in extract(text).actors), names
    assert not any(n.split()[0].lower() in {"suspected", "alleged", "presumed"} for n in names), names


def test_a_name_never_ends_inside_a_bracket(extract):
    b = extract(
        "A clash between rebel group the Chin National Front (CNF) and the army-backed Zomi Revolutionary Army"
        " (ZRA) took place in Tonzang."
    )
    assert "Chin National Front" in {a.name for a in b.actors}
    assert not any("(" in n for a in b.actors for n in (a.name, *a.aliases)), [a.name for a in b.actors]


@pytest.mark.parametrize(
    "text, person, place",
    [
        (
            "Residents fled the outskirts of the city, and in Goma Jean-Pierre Mulumba told Reuters the airport was"
            " closed.",
            "Jean-Pierre Mulumba",
            "Goma",
        ),
        ("Markets stayed shut in Khartoum Mohamed Osman told Al Jazeera by phone.", "Mohamed Osman", "Khartoum"),
    ],
)
def test_a_place_run_into_the_speakers_name_is_cut_off(extract, text, person, place):
    """Scraped text that lost its comma: the town after "in" is where, the name after it who speaks."""
    names = {a.name for a in extract(text).actors}
    assert person in names, names
    assert not any(n.startswith(place) for n in names), names
