"""Actors: finding, typing, merging, and keeping places out."""

import pytest

from .conftest import actor_named


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "Patrols of the Ituri Defence Forces (IDF) swept the mining camps.",
            "Ituri Defence Forces",
            "armed_group",
        ),
        (
            "Each month the Kivu Security Tracker publishes a map of the week's killings.",
            "Kivu Security Tracker",
            "ngo",
        ),
        ("Kenyan President William Ruto hosted his Somali counterpart.", "William Ruto", "person"),
        ("Ansar Dine fighters burned the granaries.", "Ansar Dine", "armed_group"),
        (
            "An emergency session of the UN Security Council was called.",
            "UN Security Council",
            "international_organisation",
        ),
        (
            "Delegates of the Alliance for the Restoration of Somali Democracy walked out of the talks.",
            "Alliance for the Restoration of Somali Democracy",
            "political_organisation",
        ),
        ("Ethiopia denied that its drones had hit the market.", "Ethiopia", "state"),
    ],
)
def test_actor_is_found_and_typed(extract, text, name, type_):
    b = extract(text)
    a = actor_named(b, name)
    assert a is not None, [x.name for x in b.actors]
    assert a.type == type_


def test_acronym_defined_in_brackets_is_the_same_actor(extract):
    b = extract("The Mouvement du Salut de l'Azawad (MSA) held the wells. By noon MSA patrols had left.")
    hts = [a for a in b.actors if "MSA" in (a.name, *a.aliases)]
    assert len(hts) == 1 and hts[0].name == "Mouvement du Salut de l'Azawad"
    assert len(hts[0].mentions) >= 2


def test_surname_and_title_merge_with_the_full_name(extract):
    b = extract(
        "Sudanese President Omar al-Bashir addressed a rally. President Bashir denied the charges. "
        "Dame Carla Voss visited the camps. Dame Carla urged donors to pay."
    )
    assad = actor_named(b, "Omar al-Bashir")
    assert assad and "Bashir" in assad.aliases
    younger = actor_named(b, "Carla Voss")
    assert younger and "Carla" in younger.aliases
    assert len([a for a in b.actors if a.type == "person"]) == 2


def test_demonyms_and_capitals_stand_for_the_state(extract):
    b = extract("Ethiopia massed troops. Ethiopian drones hit the bridge and Addis Ababa's envoy defended the raid.")
    states = [a for a in b.actors if a.type == "state"]
    assert [a.name for a in states] == ["Ethiopia"]


def test_state_forces_merge_with_the_state_but_not_its_leader(extract):
    b = extract(
        "Sudan's army took the bridge. The Sudanese government forces were supplied by Egypt. "
        "President Omar al-Bashir toured the front."
    )
    syria = actor_named(b, "Sudan")
    assert syria and syria.type == "state"
    assert actor_named(b, "Omar al-Bashir").id != syria.id


def test_places_are_not_actors(extract):
    b = extract(
        "Shells fell on Goma and the village of Kibumba near Rutshuru, in eastern Congo. Families crossed into Uganda."
    )
    actor_names = {a.name for a in b.actors}
    assert not actor_names & {"Goma", "Kibumba", "Rutshuru", "Uganda"}
    place_names = {p.name for p in b.places}
    assert {"Goma", "Kibumba", "Uganda"} <= place_names


def test_bare_role_noun_joins_the_one_backed_group(extract):
    b = extract("Once across the lake, the Uganda-backed militias split. The militias then turned north.")
    militias = [a for a in b.actors if a.type == "militia"]
    assert len(militias) == 1 and len(militias[0].mentions) == 2


def test_nationality_of_rebels_keeps_groups_apart(extract):
    b = extract("Before dawn Chadian rebel groups and the Islamist rebels raided the depot.")
    groups = {a.name for a in b.actors if a.type == "armed_group"}
    assert "Chadian rebel groups" in groups and len(groups) == 2


def test_description_comes_from_apposition(extract):
    b = extract("Months later Ansaru, a small breakaway jihadist faction, kidnapped two engineers.")
    kh = actor_named(b, "Ansaru")
    assert kh.description.startswith("a small breakaway jihadist faction")


def test_possessive_is_not_part_of_the_name(extract):
    b = extract("JNIM, an al-Qaeda's franchise in the Sahel, rejected the accusation.")
    assert actor_named(b, "al-Qaeda") is not None


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Fighting moved further west near the border.", "the West"),
        ("Subscribe Sahel TV News for more videos on Gao.", "Sahel TV News"),
        ("Drone strike hits Gao market AFP/Stringer shows the crater.", "AFP/Stringer"),
    ],
)
def test_common_words_and_page_furniture_are_not_actors(extract, text, absent):
    assert actor_named(extract(text), absent) is None


def test_lost_apostrophe_does_not_make_a_new_actor(extract):
    b = extract(
        "The Sahel Conflict Observatory counts the dead. The Observatorys register grew. Nusra Fronts gunmen fled."
    )
    assert actor_named(b, "Observatorys") is None
    assert actor_named(b, "Nusra Front") is not None


def test_byline_names_are_not_actors(extract):
    b = extract(
        "Gunmen burned the market, the police said. Reporting by Ines Okafor and Bako Danladi; Editing by Marta Rios"
    )
    assert not [a for a in b.actors if a.type == "person"], [a.name for a in b.actors]


def test_a_named_army_is_not_the_state(extract):
    b = extract("The Army of the Righteous claimed that its men had driven Malian troops from the ford.")
    army = actor_named(b, "Army of the Righteous")
    assert army is not None and army.type == "armed_group"


def test_an_organisation_that_defines_an_acronym_is_not_a_place(extract):
    b = extract(
        "At least 900 civilians were killed last year, according to the Armed Conflict Location and Event "
        "Data Project (ACLED)."
    )
    acled = actor_named(b, "ACLED")
    assert acled is not None and b.casualties[0].reported_by == acled.id
    assert not any(p.name.startswith("Armed Conflict") for p in b.places)


def test_a_generic_group_named_once_in_passing_is_not_profiled(extract):
    b = extract("The town was quiet on Sunday, although extremists had been seen nearby.")
    assert actor_named(b, "extremists") is None


def test_a_generic_group_that_acts_is_profiled(extract):
    b = extract("Extremists ambushed the Nigerien army near the well.")
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


def test_a_wire_dateline_names_no_one(extract):
    """ "GOMA, Congo (AP) --" opening a story: neither the city nor the agency joins the subject."""
    b = extract("GOMA, Congo (AP) \u2014 M23 rebels seized the town of Sake after fighting with Congolese troops.")
    assert {a.name for a in b.actors} == {"M23", "Democratic Republic of the Congo"}, [a.name for a in b.actors]
    assert not any(r.polarity == "cooperative" for r in b.relations)


@pytest.mark.parametrize(
    "text",
    [
        "Congo's government accused Rwanda of backing the rebels.",
        "Democratic Republic of Congo accused Rwanda of backing the rebels.",
    ],
)
def test_congo_as_news_writes_it_is_the_democratic_republic(extract, text):
    b = extract(text)
    assert "Democratic Republic of the Congo" in {a.name for a in b.actors if a.type == "state"}, [
        a.name for a in b.actors
    ]
