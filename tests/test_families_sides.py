"""Who is on which side: a state named with its organ, a group's initials, the side that
answers an attack, "them" and "between", and a bare role noun that means the one group
named with it.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import has, relation_triples


@pytest.mark.parametrize(
    "text, triple",
    [
        # a country before the capitalised words of its forces is the state acting
        ("Pakistan Air Force jets struck TTP hideouts in North Waziristan.", ("Pakistan", "hostile", "TTP")),
        ("Sudan Armed Forces shelled RSF positions in Omdurman overnight.", ("Sudan", "hostile", "RSF")),
        ("Mali Armed Forces drones struck JNIM positions near Boni.", ("Mali", "hostile", "JNIM")),
    ],
)
def test_a_country_named_with_its_forces_acts(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)
    assert not any(a.name.endswith(("Force", "Forces")) for a in b.actors), [a.name for a in b.actors]


def test_a_country_named_with_its_forces_is_the_state_a_bare_role_means(extract):
    b = extract("Pakistan Air Force jets pounded hideouts near Bajaur. Security forces later raided TTP camps there.")
    assert has(b, ("Pakistan", "hostile", "TTP")), relation_triples(b)


@pytest.mark.parametrize(
    "text, group",
    [
        ("On 3 May, suspected ISWAP militants attacked a church near Gwoza.", "ISWAP"),
        ("Presumed JNIM fighters ambushed a convoy near Djibo.", "JNIM"),
    ],
)
def test_a_groups_initials_before_its_fighters_name_it(extract, text, group):
    assert group in {a.name for a in extract(text).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed when their minibus struck an IED near Mopti.",
        "Gunmen raided an IDP camp outside Bunia at night.",
        "Soldiers shot down a UAV over the base.",
    ],
)
def test_initials_of_things_and_of_kinds_of_people_are_no_actor(extract, text):
    names = {a.name for a in extract(text).actors}
    assert not names & {"IED", "IDP", "UAV"}, names


@pytest.mark.parametrize(
    "text, triple",
    [
        # the side that repels "the attack" fights whoever the article said attacked
        (
            "Al-Shabaab fighters stormed a base near Kismayo. Kenyan troops repelled the attack after a long fight.",
            ("Kenya", "hostile", "al-Shabaab"),
        ),
        (
            "ISWAP militants attacked a garrison in Borno on Sunday. Nigerian soldiers repulsed the assault.",
            ("Nigeria", "hostile", "ISWAP"),
        ),
    ],
)
def test_repelling_the_attack_fights_its_attackers(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


def test_repelling_an_attack_no_one_claimed_fights_no_one(extract):
    b = extract("Gunmen stormed a village near Beni. Congolese troops repelled the attack.")
    assert not [t for t in relation_triples(b) if t[1] == "hostile"], relation_triples(b)


@pytest.mark.parametrize(
    "text",
    [
        "Suspected ADF or CODECO fighters ambushed four traders near Djugu and killed two of them.",
        "Fighters of the ADF and the CODECO attacked a convoy of traders and killed several of them.",
    ],
)
def test_them_is_never_the_subject_of_its_own_clause(extract, text):
    b = extract(text)
    assert not [t for t in relation_triples(b) if t[1] == "hostile"], relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "between <noun> the X and the Y": the parser hangs "and the Y" on the name in apposition
        (
            "A gunfight between rebel group the Kachin Independence Army and the Myanmar army erupted near Bhamo.",
            ("Kachin Independence Army", "hostile", "Myanmar"),
        ),
        (
            "A gunfight between armed group the Arakan Army (AA) and the junta-backed Arakan Liberation Party (ALP)"
            " took place in Kyauktaw township.",
            ("Arakan Army", "hostile", "Arakan Liberation Party"),
        ),
        (
            "Clashes broke out between armed group the M23 and the Congolese army near Rutshuru.",
            ("M23", "hostile", "Democratic Republic of the Congo"),
        ),
    ],
)
def test_between_a_noun_and_its_name_in_apposition(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)
    assert not [t for t in relation_triples(b) if t[1] == "cooperative"], relation_triples(b)


def test_a_bare_role_noun_is_the_one_group_named_with_it(extract):
    b = extract(
        "On Monday, Boko Haram militants raided a village near Damboa. Nigerian soldiers pursued them and"
        " killed four militants near the border."
    )
    assert has(b, ("Nigeria", "hostile", "Boko Haram")), relation_triples(b)
    group = next(a for a in b.actors if a.name == "Boko Haram")
    assert "militants" not in group.aliases  # the group's, but no name of it


def test_a_bare_role_noun_stays_generic_when_two_groups_were_named_with_it(extract):
    b = extract(
        "Al-Shabaab militants and ISIS militants attacked bases near Bosaso. Puntland forces killed five militants."
    )
    assert not has(b, ("Puntland", "hostile", "al-Shabaab")), relation_triples(b)
    assert not has(b, ("Puntland", "hostile", "Islamic State")), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # the shipped regional gazetteers: a group the tagger misses, a non-state "National Army",
        # a state's forces by their own name
        ("Ethiopian jets bombed camps of the TPLF near Mekelle.", ("Ethiopia", "hostile", "TPLF")),
        (
            "The Syrian National Army, backed by Turkey, attacked Kurdish fighters.",
            ("Turkey", "cooperative", "Syrian National Army"),
        ),
        ("The Tatmadaw bombed a village held by the Arakan Army.", ("Myanmar", "hostile", "Arakan Army")),
        ("M23 rebels clashed with FARDC troops near Goma.", ("M23", "hostile", "Democratic Republic of the Congo")),
    ],
)
def test_regional_names_of_other_wars(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)
    assert not has(b, ("Turkey", "cooperative", "Syria")), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a demonym before a compound noun owns the noun past it ("fighter jets", "attack helicopters")
        (
            "At least nine ISKP militants died after Pak military fighter jets pounded their hideouts.",
            ("Pakistan", "hostile", "ISKP"),
        ),
        ("Nigerian air force attack helicopters struck ISWAP camps on Lake Chad.", ("Nigeria", "hostile", "ISWAP")),
        # more verbs of combat
        ("Malian troops neutralised twenty JNIM fighters near Boni.", ("Mali", "hostile", "JNIM")),
        (
            "Somali commandos intercepted a column of al-Shabaab fighters near Afgoye.",
            ("Somalia", "hostile", "al-Shabaab"),
        ),
    ],
)
def test_a_state_through_its_equipment_and_verbs_of_combat(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text",
    [
        "Several rebels surrendered to the army in Kivu, and many rebels fled to the hills.",
        "Numerous insurgents crossed the river at night.",
    ],
)
def test_a_word_of_quantity_is_no_part_of_a_groups_name(extract, text):
    names = {a.name for a in extract(text).actors}
    assert not any(n.split()[0].lower() in {"several", "many", "numerous"} for n in names), names


@pytest.mark.parametrize(
    "text, triple",
    [
        # states named on an ally or a backer that someone owns are that owner's partners or backers
        ("The rebels vowed to fight the junta and its Russian backers.", ("Russia", "cooperative", "junta")),
        (
            "In Yemen, the Houthis pledged to keep fighting government troops and their Saudi and Emirati allies.",
            ("Saudi Arabia", "cooperative", "Yemen"),
        ),
        ("Russia, the main backer of the Malian junta, sent more instructors.", ("Russia", "cooperative", "Mali")),
        # a state's units are the state
        ("Ukrainian air defence units shot down Russian drones over Odesa.", ("Ukraine", "hostile", "Russia")),
    ],
)
def test_backers_allies_and_units_of_states(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


def test_allies_named_on_a_noun_are_not_its_owner(extract):
    """ "their Russian and Iranian allies": "their" is not Russia, and the allies make no setting."""
    b = extract(
        "Talks in Astana brought together Russia and Iran. Fighting continued in Yemen, where the Houthis vowed to"
        " keep fighting government forces and their Saudi and Emirati allies."
    )
    assert not has(b, ("Saudi Arabia", "cooperative", "United Arab Emirates")), relation_triples(b)
    assert not has(b, ("Russia", "cooperative", "Saudi Arabia")), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The Wagner commander vowed to wipe out the FLA rebels around Kidal.", ("Wagner", "hostile", "FLA")),
        ("Ethiopian forces crushed the Fano militia near Gondar.", ("Ethiopia", "hostile", "Fano")),
        ("The army pledged to eradicate ISWAP from the islands of Lake Chad.", ("army", "hostile", "ISWAP")),
    ],
)
def test_verbs_of_destroying_an_enemy(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, state, wrong",
    [
        # a country of two words sets the scene as one name: "the army" of South Sudan is not Sudan's
        (
            "Fighting resumed in South Sudan on Monday. The army said rebels attacked a base near Bor.",
            "South Sudan",
            "Sudan",
        ),
        (
            "Violence spread in Burkina Faso. The army said JNIM militants attacked a base near Djibo.",
            "Burkina Faso",
            None,
        ),
        (
            "Clashes broke out in the Central African Republic. The army said rebels had shelled Bambari.",
            "Central African Republic",
            None,
        ),
    ],
)
def test_a_country_of_two_words_is_the_setting(extract, text, state, wrong):
    names = {a.name for a in extract(text).actors if a.type == "state"}
    assert state in names and wrong not in names, names


@pytest.mark.parametrize(
    "text, triple",
    [
        # the police and the gendarmerie are the state's forces, as the army is
        ("In Uganda, the police killed six ADF militants near Kasese.", ("Uganda", "hostile", "ADF")),
        ("In Burkina Faso, JNIM militants attacked the gendarmerie in Djibo.", ("JNIM", "hostile", "Burkina Faso")),
    ],
)
def test_the_police_and_the_gendarmerie_are_the_states(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text",
    [
        "In Kenya, police said al-Shabaab fighters attacked a bus near Mandera.",
        "Gunmen killed four traders near Kasese in Uganda, police said.",
    ],
)
def test_police_without_the_speak_for_the_state(extract, text):
    b = extract(text)
    assert {s.name for s in b.sources if s.kind == "state"} & {"Kenya", "Uganda"}, [(s.name, s.kind) for s in b.sources]


@pytest.mark.parametrize(
    "text, state",
    [
        # an organ of the state named right before a title: the holder speaks for the state
        ("In Myanmar, a military spokesman said the Arakan Army had been pushed back.", "Myanmar"),
        ("In Somalia, an army official said al-Shabaab fighters overran the base.", "Somalia"),
        ("Mortars hit a market in Goma on Friday, a police spokeswoman said.", "Democratic Republic of the Congo"),
    ],
)
def test_a_spokesman_of_the_army_speaks_for_the_state(extract, text, state):
    b = extract(text)
    assert state in {s.name for s in b.sources if s.kind == "state"}, [(s.name, s.kind) for s in b.sources]


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "In Mali, army spokesman Souleymane Dembele said the convoy was ambushed.",
            ("Souleymane Dembele", "cooperative", "Mali"),
        ),
        (
            "In Nigeria, police commissioner Musa Adamu said six bandits were arrested.",
            ("Musa Adamu", "cooperative", "Nigeria"),
        ),
        (
            "Shells fell on Kharkiv overnight, military spokesman Oleh Kovalenko told reporters.",
            ("Oleh Kovalenko", "cooperative", "Ukraine"),
        ),
    ],
)
def test_a_titled_officer_of_the_army_belongs_to_the_state(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


def test_the_towns_a_report_is_set_in_give_the_armys_country(extract):
    """No country is named, but the towns are Sudan's: the army there is Sudan's."""
    b = extract("The army said it repelled an attack on El Obeid. Fighting continued near Nyala on Sunday.")
    assert "Sudan" in {a.name for a in b.actors}, [(a.name, a.type) for a in b.actors]


def test_a_demonym_before_the_organ_still_names_the_state(extract):
    b = extract("A Russian military spokesman said drones hit Belgorod.")
    assert [a.name for a in b.actors if a.type == "state"] == ["Russia"], [(a.name, a.type) for a in b.actors]


@pytest.mark.parametrize(
    "text, triple",
    [
        # the owner of what a noun of harm is aimed at is not whoever does the harm
        (
            "The European Union condemned the junta and imposed sanctions on its leader, Min Aung Hlaing.",
            ("Min Aung Hlaing", "cooperative", "junta"),
        ),
        (
            "Washington accused the Houthis of piracy and ordered strikes on their leader, Abdul-Malik al-Houthi.",
            ("Abdul-Malik al-Houthi", "cooperative", "Houthis"),
        ),
    ],
)
def test_a_possessive_under_a_noun_of_harm_is_not_the_harmers(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # the side whose men fell in an attack was attacked: "two of its soldiers", "Chad's soldiers"
        ("Burundi said two of its soldiers were killed in an ambush by the M23.", ("M23", "hostile", "Burundi")),
        ("Niger said four of its soldiers died in an attack by ISGS near Tillia.", ("ISGS", "hostile", "Niger")),
        ("Ukraine said three of its soldiers were wounded in a strike by Russia.", ("Russia", "hostile", "Ukraine")),
    ],
)
def test_the_side_whose_men_fell_in_an_attack_was_attacked(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "X and allied militias": allied to the side named first
        (
            "Ethiopian troops and allied Amhara militias entered the town of Alamata.",
            ("Amhara militias", "cooperative", "Ethiopia"),
        ),
        ("The Malian army and allied Wagner fighters killed dozens near Moura.", ("Wagner", "cooperative", "Mali")),
        (
            "Congolese troops and allied militias known as Wazalendo fought the M23.",
            ("Wazalendo", "cooperative", "Democratic Republic of the Congo"),
        ),
    ],
)
def test_allied_beside_a_side_is_allied_to_it(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, state",
    [
        # a town placed with the kind of place it is still sets the scene; a small town's other
        # spelling does not ("Borno" is also a spelling of Borna, a German town)
        ("The army said it repelled an attack in Sagaing region on Monday.", "Myanmar"),
        ("The army said it repelled an attack in Borno on Monday.", None),
    ],
)
def test_a_region_named_with_its_kind_sets_the_scene(extract, text, state):
    b = extract(text)
    states = [a.name for a in b.actors if a.type == "state" and a.name != "army"]
    assert states == ([state] if state else []), [(a.name, a.type) for a in b.actors]


def test_a_shadow_government_is_not_the_state(extract):
    b = extract(
        "In Myanmar, the National Unity Government called for talks. The People's Defence Force, "
        "the armed wing of the shadow government, attacked a police station in Sagaing."
    )
    assert has(b, ("People's Defence Force", "cooperative", "National Unity Government")), relation_triples(b)
    assert not has(b, ("People's Defence Force", "cooperative", "Myanmar")), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a demonym of two words is read whole: "South Sudanese" is not Sudan's, "North Korean" is no one's
        ("South Sudanese troops attacked SPLA-IO positions near Nasir.", ("South Sudan", "hostile", "SPLA-IO")),
        ("North Korean troops fought alongside Russian forces near Kursk.", ("North Korea", "cooperative", "Russia")),
        ("Sri Lankan troops shelled LTTE bunkers near Mullaitivu.", ("Sri Lanka", "hostile", "LTTE")),
    ],
)
def test_a_demonym_of_two_words_is_read_whole(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)
    assert not {"Sudan", "Korea", "South Korea"} & {a.name for a in b.actors}, [a.name for a in b.actors]


@pytest.mark.parametrize(
    "text, triple",
    [
        # the seat of a government before a title is the state the holder speaks for
        ("Kremlin spokesman Dmitry Peskov said the talks had stalled.", ("Dmitry Peskov", "cooperative", "Russia")),
        ("Pentagon spokesman Pat Ryder said the drones were shot down.", ("Pat Ryder", "cooperative", "United States")),
        (
            "Kinshasa's spokesman Patrick Muyaya said the rebels had been repelled.",
            ("Patrick Muyaya", "cooperative", "Democratic Republic of the Congo"),
        ),
    ],
)
def test_a_seat_of_government_before_a_title_is_the_state(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, triple",
    [
        # bunkers, depots, radars, launchers of X are X's: striking them is attacking X
        ("Ukrainian drones hit a Russian ammunition depot near Kursk.", ("Ukraine", "hostile", "Russia")),
        ("Indian artillery shelled Pakistani bunkers along the Line of Control.", ("India", "hostile", "Pakistan")),
        ("Houthi rebels struck Saudi radars near Jizan.", ("Houthi", "hostile", "Saudi Arabia")),
    ],
)
def test_a_states_bunkers_depots_and_radars_are_its_own(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text",
    [
        # a rival part of X is none of X's: whoever leads it does not lead X
        "Boko Haram's rival faction, led by Ali Ngulde, stepped up raids on farmers.",
        "The SPLM's rival wing, headed by Riek Machar, took up arms in Juba.",
    ],
)
def test_the_leader_of_a_rival_faction_does_not_lead_its_rival(extract, text):
    b = extract(text)
    assert not [r for r in b.relations if r.kind == "leadership"], relation_triples(b)


def test_a_month_is_no_town_that_sets_the_scene(extract):
    """ "in October 2023": GeoNames lists "October" as a spelling of an Egyptian city; the
    military of an article on Myanmar is not Egypt's."""
    b = extract(
        "The military bombed villages in the central Sagaing region. The Three Brotherhood Alliance "
        "launched an offensive against the military in October 2023."
    )
    assert "Egypt" not in {a.name for a in b.actors}, relation_triples(b)


@pytest.mark.parametrize(
    "text, group, body",
    [
        (
            "The Arakan Army, one of the most powerful ethnic armed groups, captured the town of Paletwa. "
            "The group is part of the Three Brotherhood Alliance.",
            "Arakan Army",
            "Three Brotherhood Alliance",
        ),
        (
            "Al-Shabaab, one of the deadliest jihadist groups in Africa, attacked the base. "
            "The group is an affiliate of al-Qaeda.",
            "Al-Shabaab",
            "al-Qaeda",
        ),
    ],
)
def test_the_kind_a_group_is_one_of_is_no_actor_of_its_own(extract, text, group, body):
    b = extract(text)
    names = {a.name for a in b.actors}
    assert not any("groups" in n for n in names), names
    assert has(b, (group, "cooperative", body)), relation_triples(b)
