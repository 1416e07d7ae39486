"""Constructions of wire reports from other wars that named no one or the wrong one: a single
soldier or jet of a state, a gerund opening a sentence, vigilantes, fighters "from" a group,
the owner of an attack, sites and facilities, the dead of two sides, a clause that tells how
they died, an encounter, a pursuit, a group's chief, a General Staff, two groups sharing a
head word, arms given, sold or provided, a proxy, "on the side of".

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import _speakers, has
from .test_families import kind_triples as _triples


@pytest.mark.parametrize(
    "text, doer, done_to",
    [
        ("Gunmen from ISWAP killed a Nigerian soldier near Maiduguri.", "ISWAP", "Nigeria"),
        ("Ukrainian air defences shot down a Russian jet over the Black Sea.", "Ukraine", "Russia"),
        ("Houthi rebels shot down an American drone over Marib.", "Houthi", "United States"),
        ("Al-Shabaab militants killed a Kenyan policeman in Mandera.", "Al-Shabaab", "Kenya"),
        ("Hamas fighters fired a rocket at an Israeli tank near Khan Younis.", "Hamas", "Israel"),
    ],
)
def test_one_soldier_or_one_jet_of_a_state_is_the_states(extract, text, doer, done_to):
    """A demonym before a state's soldier, policeman, jet, drone or tank makes the state the one
    acted on, in the singular as in the plural ("Russian jets")."""
    b = extract(text)
    assert has(b, (doer, "hostile", done_to)), _triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Fighting between Russia and Ukraine continued near Pokrovsk on Sunday.", "Russia", "Ukraine"),
        ("Fighting between Israel and Hezbollah killed 12 people in southern Lebanon.", "Israel", "Hezbollah"),
        ("Fighting between Armenia and Azerbaijan flared along the border overnight.", "Armenia", "Azerbaijan"),
    ],
)
def test_a_sentence_opening_with_fighting_between_two_states(extract, text, one, other):
    """The tagger calls a capitalised "-ing" word opening a sentence a verb; in a subject's place it
    is the noun, and the states "between" which it happens are its parties, not places."""
    b = extract(text)
    assert has(b, (one, "hostile", other)) or has(b, (other, "hostile", one)), _triples(b)


@pytest.mark.parametrize(
    "text, backer, backed",
    [
        (
            "Nigerian troops, supported by vigilantes of the Civilian Joint Task Force, repelled an attack on Monguno.",
            "Civilian Joint Task Force",
            "Nigeria",
        ),
        (
            "Burkinabe soldiers, backed by vigilantes of the Koglweogo, retook Djibo.",
            "Koglweogo",
            "Burkina Faso",
        ),
        (
            "Mexican soldiers, aided by vigilantes of the Michoacan Self-Defence Council, entered Apatzingan.",
            "Michoacan Self-Defence Council",
            "Mexico",
        ),
    ],
)
def test_vigilantes_of_a_named_group_are_that_group(extract, text, backer, backed):
    """Vigilantes are a militia like any other: "vigilantes of X" stand for X."""
    b = extract(text)
    assert has(b, (backer, "cooperative", backed)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, group",
    [
        (
            "Israeli forces raided the camp, killing three Palestinian militants from the Al-Quds Brigades.",
            "Israel",
            "Al-Quds Brigades",
        ),
        ("Myanmar's army killed dozens of fighters from the Arakan Army near Sittwe.", "Myanmar", "Arakan Army"),
        ("Somali troops killed 14 militants from al-Shabaab in Hiraan.", "Somalia", "al-Shabaab"),
    ],
)
def test_fighters_from_a_group_killed_are_that_group(extract, text, doer, group):
    """ "killing three militants from X": the parser often hangs "from X" on the verb, as if
    they were killed from X; right after the object it says whose fighters they were."""
    b = extract(text)
    assert has(b, (doer, "hostile", group)), _triples(b)


@pytest.mark.parametrize(
    "text, attacker, target",
    [
        ("Hezbollah condemned an Israeli strike on its headquarters in Beirut.", "Israel", "Hezbollah"),
        (
            "The Popular Mobilisation Forces condemned the US strike on their headquarters in Al-Qaim.",
            "United States",
            "Popular Mobilisation Forces",
        ),
        ("The SPLM-IO said a Ugandan air raid on its base in Nasir killed four fighters.", "Uganda", "SPLM-IO"),
    ],
)
def test_the_owner_of_an_attack_is_not_its_target(extract, text, attacker, target):
    """ "an Israeli strike on its headquarters": 'its' is not the striker's (the nearest body
    named before it) but, as an analyst reads it, the one the clause is about."""
    b = extract(text)
    assert has(b, (attacker, "hostile", target)), _triples(b)


@pytest.mark.parametrize(
    "text, attacker, target",
    [
        ("US forces struck five Houthi radar sites in Yemen.", "United States", "Houthi"),
        ("Israeli jets struck Hezbollah missile sites in the Bekaa valley.", "Israel", "Hezbollah"),
        ("Russian missiles hit Ukrainian military facilities in Lviv.", "Russia", "Ukraine"),
    ],
)
def test_a_sides_military_sites_and_facilities_are_its_own(extract, text, attacker, target):
    b = extract(text)
    assert has(b, (attacker, "hostile", target)), _triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Ten Nigerian soldiers and 25 ISWAP fighters were killed in clashes near Marte.", "Nigeria", "ISWAP"),
        (
            "Six Congolese soldiers and 14 M23 rebels died in fighting near Sake.",
            "Democratic Republic of the Congo",
            "M23",
        ),
        ("Four Yemeni soldiers and nine Houthi fighters were killed in battles south of Marib.", "Yemen", "Houthi"),
    ],
)
def test_two_sides_killed_in_one_clash_fought_each_other(extract, text, one, other):
    """The dead of two sides in one clash (a noun of fighting between sides, with no "with"):
    the sides fought each other; dying together is no alliance."""
    b = extract(text)
    assert has(b, (one, "hostile", other)) or has(b, (other, "hostile", one)), _triples(b)
    assert not has(b, (one, "cooperative", other)) and not has(b, (other, "cooperative", one)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, victims",
    [
        (
            "About 30 Ethiopian soldiers were killed when Fano fighters set off a bomb beneath a checkpoint.",
            "Fano",
            "Ethiopia",
        ),
        (
            "Five Colombian soldiers were wounded when ELN rebels detonated explosives near their patrol.",
            "ELN",
            "Colombia",
        ),
        (
            "Two Pakistani policemen died after Baloch Liberation Army gunmen stormed a checkpoint.",
            "Baloch Liberation Army",
            "Pakistan",
        ),
    ],
)
def test_who_acts_in_the_clause_of_the_deaths_attacked_the_dead(extract, text, doer, victims):
    b = extract(text)
    assert has(b, (doer, "hostile", victims)), _triples(b)


def test_their_is_not_the_subjects_that_shell_it(extract):
    """ "X and Y shelled their positions": 'their' is not X and Y, whose own positions they
    would not shell, but the side named before."""
    b = extract("Two M23 rebels were killed as Congolese troops and Burundian soldiers shelled their positions.")
    assert not has(b, ("Burundi", "hostile", "Democratic Republic of the Congo")), _triples(b)
    assert not has(b, ("Democratic Republic of the Congo", "hostile", "Burundi")), _triples(b)
    assert has(b, ("Burundi", "hostile", "M23")), _triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        (
            "Two Jaish-e-Mohammad militants were killed in an encounter with Indian security forces in Pulwama.",
            "Jaish-e-Mohammad",
            "India",
        ),
        (
            "Three Baloch Liberation Army fighters were killed in an encounter with Pakistani troops in Kech.",
            "Baloch Liberation Army",
            "Pakistan",
        ),
        ("Kenyan troops pursued the al-Shabaab militants into Somalia.", "Kenya", "al-Shabaab"),
        ("Malian soldiers hunted down the JNIM fighters who had raided Boni.", "Mali", "JNIM"),
    ],
)
def test_an_encounter_and_a_pursuit_are_fighting(extract, text, one, other):
    """South Asian reporting calls a gunfight "an encounter"; pursuing or hunting an enemy is
    fighting it."""
    b = extract(text)
    assert has(b, (one, "hostile", other)) or has(b, (other, "hostile", one)), _triples(b)


def test_a_meeting_called_an_encounter_is_no_fight(extract):
    b = extract("Ethiopia's foreign minister had a brief encounter with his Kenyan counterpart in Nairobi.")
    assert not has(b, ("Ethiopia", "hostile", "Kenya")) and not has(b, ("Kenya", "hostile", "Ethiopia")), _triples(b)


@pytest.mark.parametrize(
    "text, doer, group",
    [
        ("Suspected JNIM militants killed the Koglweogo chief in Kaya.", "JNIM", "Koglweogo"),
        ("An Israeli strike killed three Hamas leaders in Khan Younis.", "Israel", "Hamas"),
        ("Indian troops killed four Hizbul Mujahideen cadres in Shopian.", "India", "Hizbul Mujahideen"),
    ],
)
def test_a_groups_chief_leaders_or_cadres_stand_for_it_when_attacked(extract, text, doer, group):
    b = extract(text)
    assert has(b, (doer, "hostile", group)), _triples(b)


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Ukrainian General Staff stressed that Russian losses had exceeded 1,000 a day.", "Ukraine"),
        ("Russia's General Staff said its forces had taken Kurakhove.", "Russia"),
        ("The Pakistani general staff said 12 militants were killed in North Waziristan.", "Pakistan"),
    ],
)
def test_a_states_general_staff_speaks_for_it(extract, text, state):
    """A military's General Staff is an organ of the state, like its defence ministry."""
    assert state in _speakers(extract(text))


@pytest.mark.parametrize(
    "text, short, longer",
    [
        ("The Taliban have given sanctuary to the Pakistani Taliban.", "Taliban", "Pakistani Taliban"),
        ("Hezbollah and Kataib Hezbollah fired rockets at Israel.", "Hezbollah", "Kataib Hezbollah"),
    ],
)
def test_a_gazetteer_name_is_not_the_tail_of_a_longer_one(extract, text, short, longer):
    """A group the gazetteer knows by a short name is that group, not the one whose longer name
    ends with it: two groups sharing a head word are two."""
    names = {a.name for a in extract(text).actors}
    assert short in names and longer in names, names


@pytest.mark.parametrize(
    "text, backer, backed",
    [
        ("The United States approved a $1 billion arms sale to Ukraine.", "United States", "Ukraine"),
        ("Egypt has provided the Sudanese army with fighter jets and drones, diplomats said.", "Egypt", "Sudan"),
        ("Turkey provided Azerbaijan with Bayraktar drones.", "Turkey", "Azerbaijan"),
        ("Germany gave Ukraine two Patriot air defence systems.", "Germany", "Ukraine"),
    ],
)
def test_arms_given_sold_or_provided_with(extract, text, backer, backed):
    b = extract(text)
    assert has(b, (backer, "cooperative", backed)), _triples(b)


def test_provided_with_what_is_no_backing_is_none(extract):
    b = extract("The Red Cross provided Ethiopian officials with a list of detainees.")
    assert not has(b, ("Red Cross", "cooperative", "Ethiopia")), _triples(b)


@pytest.mark.parametrize(
    "text, backer, proxy",
    [
        ("Hezbollah is Iran's most powerful proxy in the region.", "Iran", "Hezbollah"),
        ("The Wagner Group is Russia's proxy in Libya.", "Russia", "Wagner Group"),
        ("The Houthis, a proxy of Iran, fired missiles at Israel.", "Iran", "Houthis"),
    ],
)
def test_a_proxy_is_backed_by_its_owner(extract, text, backer, proxy):
    """A proxy is backed by the one whose proxy it is, not a member of it."""
    b = extract(text)
    assert has(b, (backer, "cooperative", proxy)), _triples(b)
    n = {a.id: a.name for a in b.actors}
    assert not any(r.kind == "membership" and n[r.source] == proxy for r in b.relations), _triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Eritrean troops fought on the side of the Ethiopian army during the Tigray war.", "Eritrea", "Ethiopia"),
        ("Belarus stood on the side of Russia throughout the war.", "Belarus", "Russia"),
        ("Rwandan troops fought on the side of the M23 near Sake, UN experts said.", "Rwanda", "M23"),
    ],
)
def test_on_the_side_of(extract, text, one, other):
    b = extract(text)
    assert has(b, (one, "cooperative", other)), _triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Hamas teamed up with Islamic Jihad in the attack.", "Hamas", "Islamic Jihad"),
        (
            "The Kachin Independence Army teamed up with the Arakan Army against the junta.",
            "Kachin Independence Army",
            "Arakan Army",
        ),
        (
            "The Allied Democratic Forces teamed up with Islamic State fighters in Ituri.",
            "Allied Democratic Forces",
            "Islamic State",
        ),
    ],
)
def test_teamed_up_with_is_alliance(extract, text, one, other):
    b = extract(text)
    assert has(b, (one, "cooperative", other)), _triples(b)
