"""Actors: finding, typing, merging, and keeping places out."""

import pytest

from .conftest import actor_named


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "Fighters from the Syrian Democratic Forces (SDF) advanced on Raqqa.",
            "Syrian Democratic Forces",
            "armed_group",
        ),
        (
            "The Syrian Observatory for Human Rights said the toll had risen.",
            "Syrian Observatory for Human Rights",
            "ngo",
        ),
        ("Russian President Vladimir Putin met his Turkish counterpart.", "Vladimir Putin", "person"),
        ("Jaish al-Islam fighters shelled the district.", "Jaish al-Islam", "armed_group"),
        ("The UN Security Council will meet on Friday.", "UN Security Council", "international_organisation"),
        (
            "The group is part of the National Coalition for Syrian Revolutionary Forces, the main opposition body.",
            "National Coalition for Syrian Revolutionary Forces",
            "political_organisation",
        ),
        ("Russia said its jets struck the town.", "Russia", "state"),
    ],
)
def test_actor_is_found_and_typed(extract, text, name, type_):
    b = extract(text)
    a = actor_named(b, name)
    assert a is not None, [x.name for x in b.actors]
    assert a.type == type_


def test_acronym_defined_in_brackets_is_the_same_actor(extract):
    b = extract("Hayat Tahrir al-Sham (HTS) took the city. Later HTS fighters moved south.")
    hts = [a for a in b.actors if "HTS" in (a.name, *a.aliases)]
    assert len(hts) == 1 and hts[0].name == "Hayat Tahrir al-Sham"
    assert len(hts[0].mentions) >= 2


def test_surname_and_title_merge_with_the_full_name(extract):
    b = extract(
        "Syrian President Bashar al-Assad spoke on Monday. President Assad blamed the West. "
        "Sir Alex Younger warned of a threat. Sir Alex said the camps were unsafe."
    )
    assad = actor_named(b, "Bashar al-Assad")
    assert assad and "Assad" in assad.aliases
    younger = actor_named(b, "Alex Younger")
    assert younger and "Alex" in younger.aliases
    assert len([a for a in b.actors if a.type == "person"]) == 2


def test_demonyms_and_capitals_stand_for_the_state(extract):
    b = extract("Russia sent troops. Russian jets bombed the town and Moscow's envoy defended the raid.")
    states = [a for a in b.actors if a.type == "state"]
    assert [a.name for a in states] == ["Russia"]


def test_state_forces_merge_with_the_state_but_not_its_leader(extract):
    b = extract(
        "Syria's army retook the town. The Syrian government forces were backed by Iran. "
        "President Bashar al-Assad visited the front."
    )
    syria = actor_named(b, "Syria")
    assert syria and syria.type == "state"
    assert actor_named(b, "Bashar al-Assad").id != syria.id


def test_places_are_not_actors(extract):
    b = extract(
        "Airstrikes hit targets in Aleppo and the village of Harbnush near Idlib, in northern Syria. "
        "Refugees fled to Lebanon."
    )
    actor_names = {a.name for a in b.actors}
    assert not actor_names & {"Aleppo", "Harbnush", "Idlib", "Lebanon"}
    place_names = {p.name for p in b.places}
    assert {"Aleppo", "Harbnush", "Lebanon"} <= place_names


def test_bare_role_noun_joins_the_one_backed_group(extract):
    b = extract("Iran-backed militias crossed the border. The militias then moved north.")
    militias = [a for a in b.actors if a.type == "militia"]
    assert len(militias) == 1 and len(militias[0].mentions) == 2


def test_nationality_of_rebels_keeps_groups_apart(extract):
    b = extract("Turkish rebel groups and the Islamist rebels attacked the army.")
    groups = {a.name for a in b.actors if a.type == "armed_group"}
    assert "Turkish rebel groups" in groups and len(groups) == 2


def test_description_comes_from_apposition(extract):
    b = extract("Fighters from Kataib Hezbollah, an elite Shia armed faction, crossed the border.")
    kh = actor_named(b, "Kataib Hezbollah")
    assert kh.description.startswith("an elite Shia armed faction")


def test_possessive_is_not_part_of_the_name(extract):
    b = extract("HTS, an al-Qaeda's splinter group, denied the claims.")
    assert actor_named(b, "al-Qaeda") is not None


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Fighting moved further west near the border.", "the West"),
        ("Subscribe TRT World for more videos on Aleppo.", "TRT World"),
        ("Syria air strikes kill 10 in Aleppo REUTERS/Stringer reported.", "REUTERS/Stringer"),
    ],
)
def test_common_words_and_page_furniture_are_not_actors(extract, text, absent):
    assert actor_named(extract(text), absent) is None


def test_lost_apostrophe_does_not_make_a_new_actor(extract):
    b = extract(
        "The Syrian Observatory for Human Rights said ten died. The Observatorys figures rose. "
        "Nusra Fronts fighters attacked."
    )
    assert actor_named(b, "Observatorys") is None
    assert actor_named(b, "Nusra Front") is not None


def test_byline_names_are_not_actors(extract):
    b = extract(
        "Rebels shelled the city, the army said. Reporting by Tom Perry and Suleiman Al-Khalidi; "
        "Editing by Giles Elgood"
    )
    assert not [a for a in b.actors if a.type == "person"], [a.name for a in b.actors]


def test_a_named_army_is_not_the_state(extract):
    b = extract("The Army of Conquest said its fighters took the town from Syrian government forces.")
    army = actor_named(b, "Army of Conquest")
    assert army is not None and army.type == "armed_group"


def test_an_organisation_that_defines_an_acronym_is_not_a_place(extract):
    b = extract(
        "More than 1,800 people have died, according to the Armed Conflict Location and Event Data Project (ACLED)."
    )
    acled = actor_named(b, "ACLED")
    assert acled is not None and b.casualties[0].reported_by == acled.id
    assert not any(p.name.startswith("Armed Conflict") for p in b.places)


def test_a_generic_group_named_once_in_passing_is_not_profiled(extract):
    b = extract("The town was quiet on Sunday, although extremists had been seen nearby.")
    assert actor_named(b, "extremists") is None


def test_a_generic_group_that_acts_is_profiled(extract):
    b = extract("Extremists attacked the Syrian army near the town.")
    assert actor_named(b, "extremists") is not None


def test_the_agency_a_dateline_credits_is_media_even_mid_text(extract):
    b = extract("Two soldiers were killed near the river. KIDAL (Sahelien) Gunmen attacked a convoy on Monday.")
    assert [(a.name, a.type) for a in b.actors if a.name == "Sahelien"] == [("Sahelien", "media")]


def test_a_foreign_air_force_does_not_make_its_state_the_setting(extract):
    """Whose "government forces" these are: the country the events happen in, not the one
    whose jets fly over it, however often the article names them."""
    b = extract(
        "Turkish drones struck a convoy in Iraq on Monday. Turkish jets returned on Tuesday. "
        "Turkish warplanes hit a village near Sinjar and Turkish artillery shelled two hills. "
        "Government forces sent reinforcements, a local official said."
    )
    iraq, turkey = actor_named(b, "Iraq"), actor_named(b, "Turkey")
    assert iraq is not None and "Government forces" in [m.text for m in iraq.mentions]
    assert turkey is not None and "Government forces" not in [m.text for m in turkey.mentions]


def test_a_leaders_forces_belong_to_the_country_of_his_title(extract):
    b = extract("Rebels said they would fight Ugandan President Yoweri Musevenis forces and their allies.")
    uganda = actor_named(b, "Uganda")
    assert uganda is not None
    assert "Ugandan President Yoweri Musevenis forces" in [m.text for m in uganda.mentions]
