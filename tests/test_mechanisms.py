"""Constructions of war reporting, each in sentences from at least three wars: who backs, fights,
designates or belongs to whom, and who speaks. Every sentence is written for this test.
"""

from __future__ import annotations

import pytest

from .test_families import _speakers, has, relation_triples

pytestmark = pytest.mark.slow

RELATIONS = {
    # support said by a participle: absolute, or set off by commas
    "participle": [
        (
            "The Rapid Support Forces advanced on El Fasher, supported by the United Arab Emirates.",
            ("United Arab Emirates", "cooperative", "Rapid Support Forces"),
        ),
        (
            "The Tigray People's Liberation Front entered the war in 2020, backed by Eritrea.",
            ("Eritrea", "cooperative", "Tigray People's Liberation Front"),
        ),
        (
            "Somali forces, supported by Turkish drones, pushed al-Shabaab out of the district.",
            ("Turkey", "cooperative", "Somalia"),
        ),
        ("Malian troops, aided by Russian airstrikes, retook the town of Kidal.", ("Russia", "cooperative", "Mali")),
    ],
    # hostility told from the side that suffers it
    "victim side": [
        ("Kenyan soldiers were killed in clashes with al-Shabaab near the border.", ("Kenya", "hostile", "al-Shabaab")),
        ("Burkinabe gendarmes were wounded in an attack by the JNIM.", ("JNIM", "hostile", "Burkina Faso")),
        ("Ukrainian soldiers were killed in a Russian missile strike on Dnipro.", ("Russia", "hostile", "Ukraine")),
        (
            "Four Congolese soldiers were injured in clashes with the M23 Movement.",
            ("Democratic Republic of the Congo", "hostile", "M23 Movement"),
        ),
    ],
    # designation as a terrorist group, in a relative clause or a passive
    "designation": [
        (
            "The Allied Democratic Forces, which Uganda designated a terrorist group, attacked a village.",
            ("Uganda", "hostile", "Allied Democratic Forces"),
        ),
        (
            "The Houthis were blacklisted as a terrorist organisation by the United States.",
            ("United States", "hostile", "Houthis"),
        ),
        (
            "The Wagner Group was designated a terrorist organisation by Britain.",
            ("United Kingdom", "hostile", "Wagner Group"),
        ),
    ],
    # an attack noun owned by a demonym, aimed at a state
    "demonym attack": [
        ("Israeli strikes on Lebanon killed four people.", ("Israel", "hostile", "Lebanon")),
        ("Saudi air raids on Yemen continued for a second week.", ("Saudi Arabia", "hostile", "Yemen")),
        ("Russian strikes on Ukraine killed 20 people.", ("Russia", "hostile", "Ukraine")),
    ],
    # the coordinated owners of one attack act together
    "joint owners": [
        ("Ten civilians were killed by Russian and Syrian airstrikes.", ("Russia", "cooperative", "Syria")),
        (
            "Two schools were destroyed in Saudi and Emirati air raids.",
            ("Saudi Arabia", "cooperative", "United Arab Emirates"),
        ),
        ("The market was hit by Ethiopian and Eritrean shelling.", ("Ethiopia", "cooperative", "Eritrea")),
    ],
    # the parties named before a noun of war fight each other
    "war sides": [
        ("The Russia-Ukraine war has killed thousands.", ("Russia", "hostile", "Ukraine")),
        ("The Armenian-Azerbaijani fighting flared again.", ("Armenia", "hostile", "Azerbaijan")),
        ("Sudanese and Chadian clashes near the border killed nine.", ("Sudan", "hostile", "Chad")),
    ],
    # an attack on a team, a convoy or a territory of a body is an attack on the body
    "part or territory": [
        ("The rebels targeted a team from the Sudanese Red Crescent.", ("rebels", "hostile", "Red Crescent")),
        (
            "Militants ambushed a convoy of the World Food Programme near Goma.",
            ("militants", "hostile", "World Food Programme"),
        ),
        ("The Ethiopian army launched an offensive on the TPLF-held enclave.", ("Ethiopia", "hostile", "TPLF")),
        ("The Myanmar army shelled the Arakan Army-controlled district.", ("Myanmar", "hostile", "Arakan Army")),
        ("Russian jets bombed the rebel-held town.", ("Russia", "hostile", "rebels")),
    ],
    # membership said by a verb or an apposition
    "membership": [
        (
            "The rebels, who include fighters from the Kachin Independence Army, seized the post.",
            ("Kachin Independence Army", "cooperative", "rebels"),
        ),
        ("The Syrian Democratic Forces include the YPG.", ("YPG", "cooperative", "Syrian Democratic Forces")),
        ("The Ansar Dine brigade, which belongs to the JNIM, claimed the raid.", ("Ansar Dine", "cooperative", "JNIM")),
        (
            "Jama'at Nusrat al-Islam, a Qaeda-linked group, claimed the attack.",
            ("Jama'at Nusrat al-Islam", "cooperative", "al-Qaeda"),
        ),
    ],
    # partners who join forces to fight share the fight
    "joined forces": [
        (
            "The Wagner Group joined forces with the Malian army to fight the jihadists.",
            ("Mali", "hostile", "jihadists"),
        ),
        ("The Houthis joined forces with Hezbollah to fight Israel.", ("Hezbollah", "hostile", "Israel")),
        (
            "The Rapid Support Forces joined forces with the Tamazuj movement to fight the Sudanese army.",
            ("Tamazuj", "hostile", "Sudan"),
        ),
    ],
    # giving weapons, troops or aid to someone backs them
    "giving": [
        (
            "Russia has provided weapons to the separatists in eastern Ukraine.",
            ("Russia", "cooperative", "separatists"),
        ),
        ("Iran shipped drones to the Houthis.", ("Iran", "cooperative", "Houthis")),
        (
            "Turkey deployed troops to Libya to support the Government of National Accord.",
            ("Turkey", "cooperative", "Government of National Accord"),
        ),
    ],
    # sanctions, suspensions and disputes
    "sanction and dispute": [
        ("The United States imposed sanctions on the Wagner Group.", ("United States", "hostile", "Wagner Group")),
        ("The African Union suspended Mali after the coup.", ("African Union", "hostile", "Mali")),
        ("France withdrew its troops from Mali after a dispute with the junta.", ("France", "hostile", "Mali")),
    ],
    # what two actors are said to be
    "rivals and allies": [
        ("Egypt and Turkey are rivals in the Libyan war.", ("Egypt", "hostile", "Turkey")),
        ("The Houthis are allied with Iran.", ("Houthis", "cooperative", "Iran")),
        ("Hezbollah is an ally of Iran.", ("Hezbollah", "cooperative", "Iran")),
    ],
    # aiming at, killing a member of, accusing
    "aimed at": [
        ("Hamas fired rockets at Israel.", ("Hamas", "hostile", "Israel")),
        ("Israel killed a senior Hezbollah commander in Beirut.", ("Israel", "hostile", "Hezbollah")),
        ("The Sudanese army accused the RSF of looting the capital.", ("Sudan", "hostile", "RSF")),
    ],
    # designation by deeming
    "deemed": [
        ("Turkey considers the YPG a terrorist organisation.", ("Turkey", "hostile", "YPG")),
        ("Ankara views the PKK as a terrorist group.", ("Turkey", "hostile", "PKK")),
        (
            "The ADF, which Kinshasa regards as a terrorist organisation, raided the camp.",
            ("Democratic Republic of the Congo", "hostile", "ADF"),
        ),
    ],
    # the owner of an attempt, of targets, of positions, of a post it mans
    "owners of targets": [
        (
            "Opposition factions repelled an attempt by regime forces to advance on the town.",
            ("opposition factions", "hostile", "regime forces"),
        ),
        ("Israeli jets struck Iranian targets near Damascus.", ("Israel", "hostile", "Iran")),
        (
            "Russian warplanes carried out airstrikes on positions of the Islamic State.",
            ("Russia", "hostile", "Islamic State"),
        ),
        ("Daesh fighters attacked a checkpoint manned by Iraqi soldiers.", ("Daesh", "hostile", "Iraq")),
    ],
    # the target of a hostile verb is not its subject, whatever pronoun names it
    "pronoun targets": [
        (
            "Houthi rebels have attacked ships in the Red Sea. The United States has struck their bases in Yemen.",
            ("United States", "hostile", "Houthi"),
        ),
        (
            "Boko Haram fighters attacked a military base in Borno. The Nigerian army said its troops repelled them.",
            ("Nigeria", "hostile", "Boko Haram"),
        ),
        (
            "The RSF denied the accusation. It said the army had bombed its positions in Omdurman.",
            ("Sudan", "hostile", "RSF"),  # the army of the country Omdurman is in
        ),
    ],
    # foreign advisers and instructors are their state's
    "advisers": [
        (
            "Mali's junta said its troops, supported by Russian instructors, had killed dozens of jihadists.",
            ("Russia", "cooperative", "Mali"),
        ),
        ("Iranian advisers helped the Houthis target the ships.", ("Iran", "cooperative", "Houthis")),
        ("American advisers trained the Somali special forces.", ("United States", "cooperative", "Somalia")),
    ],
    # troops loyal to a leader are that leader's side
    "loyal to": [
        (
            "Forces loyal to Khalifa Haftar attacked the Government of National Accord.",
            ("Khalifa Haftar", "hostile", "Government of National Accord"),
        ),
        (
            "Troops loyal to President Salva Kiir clashed with fighters loyal to Riek Machar.",
            ("Salva Kiir", "hostile", "Riek Machar"),
        ),
        ("Fighters loyal to the Houthis fired on Saudi troops.", ("Houthis", "hostile", "Saudi Arabia")),
    ],
}


@pytest.mark.parametrize(
    "text, triple",
    [case for cases in RELATIONS.values() for case in cases],
    ids=[f"{name}-{k}" for name, cases in RELATIONS.items() for k in range(len(cases))],
)
def test_constructions_of_war_reporting(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # talks are contact, not joint action
        ("Ethiopia and Eritrea held talks in Asmara.", ("Ethiopia", "cooperative", "Eritrea")),
        ("Russia and Ukraine held negotiations in Istanbul.", ("Russia", "cooperative", "Ukraine")),
        # rivals are no allies
        ("Egypt and Turkey are rivals in the Libyan war.", ("Egypt", "cooperative", "Turkey")),
        ("Sudan and Chad held a meeting in N'Djamena.", ("Sudan", "cooperative", "Chad")),
        # defectors left the body they came from
        (
            "The Allied Democratic Forces include defectors from the Ugandan army.",
            ("Uganda", "cooperative", "Allied Democratic Forces"),
        ),
        # being involved in an attack is not suffering it
        ("The YPG is involved in a U.S.-backed offensive against the jihadists.", ("United States", "hostile", "YPG")),
        # the owners of a war are its sides, not partners
        ("The Russia-Ukraine war has killed thousands.", ("Russia", "cooperative", "Ukraine")),
        # a headline in title case is not read for relations
        ("Rebels Seize Key Town From Army After Mali Junta Backs Militias", ("Mali", "cooperative", "militias")),
    ],
)
def test_readings_of_war_reporting_that_must_not_appear(extract, text, wrong):
    assert not has(extract(text), wrong), relation_triples(extract(text))


SOURCES = {
    # a title before the name is not part of it, nor says what kind of body it is
    "titled speaker": [
        ("Defence Minister Lena Ortiz said the army would not withdraw.", "Lena Ortiz"),
        ("Sudan's Defence Minister Yassin Ibrahim said the army had retaken the bridge.", "Yassin Ibrahim"),
        ("Foreign Minister Dmytro Kuleba said the talks had failed.", "Dmytro Kuleba"),
    ],
    # statements said otherwise than "said"
    "statement verbs": [
        ("The Security Council warned in a statement that the fighting could spread.", "Security Council"),
        ("The African Union urged all parties to respect the ceasefire.", "African Union"),
        ("The Ukrainian military stressed that the front line was holding.", "Ukraine"),
    ],
    # an attribution after its clause, followed by adjuncts of its own
    "closing attribution": [
        ("Twelve soldiers were killed in the ambush, the Nigerian military said in a statement on Tuesday.", "Nigeria"),
        ("The convoy was hit near Goma, the UN mission said on its website.", "United Nations"),
        ("Two villages were burned, the Myanmar junta said in a statement late on Friday.", "Myanmar"),
    ],
    # a statement relayed by an outlet or cited by it
    "relayed": [
        (
            "The agency quoted a source at the Harbour Police as saying that four people were arrested.",
            "Harbour Police",
        ),
        ("Reuters quoted a Houthi official as saying the ships would be targeted.", "Houthi"),
        ("Local media reported, citing a statement from al-Shabaab, that the base had been overrun.", "al-Shabaab"),
    ],
}


@pytest.mark.parametrize(
    "text, speaker",
    [case for cases in SOURCES.values() for case in cases],
    ids=[f"{name}-{k}" for name, cases in SOURCES.items() for k in range(len(cases))],
)
def test_speakers_of_war_reporting(extract, text, speaker):
    assert speaker in _speakers(extract(text))


def test_the_country_of_a_war_is_where_it_is_not_a_party(extract):
    b = extract("The Yemeni civil war began in 2014. Houthi fighters seized Sanaa.")
    assert not any("Yemeni" in (a.name, *a.aliases) for a in b.actors)


def test_a_man_named_said_is_no_source(extract):
    assert not _speakers(extract("Said Ahmed was killed in the blast near Mogadishu."))


@pytest.mark.parametrize(
    "text, state",
    [
        ("Fighting spread across Mali. Last Monday government forces shelled the camp in Mali.", "Mali"),
        ("Ethiopian and Eritrean troops entered Axum. Ethiopian troops stayed.", "Ethiopia"),
        ("Fighting spread across Sudan. Tags Sudan Darfur government forces shelled the camp.", "Sudan"),
    ],
)
def test_a_states_aliases_are_names_not_dates_tag_lines_or_coalitions(extract, text, state):
    b = extract(text)
    aliases = next(a.aliases for a in b.actors if a.name == state)
    assert not any(w in alias.split() for alias in aliases for w in ("Monday", "and", "Tags", "Darfur")), aliases


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a body named by a common noun
        ("Rescuers dug through the night, the civil defence said.", "civil defence"),
        ("In Gaza the civil defence said twelve bodies had been recovered.", "civil defence"),
        # "the agency", "the broadcaster": the outlet named last
        ("Reuters reported the raid on Monday. The agency said three people died.", "Reuters"),
        ("Xinhua carried the statement. The agency said the convoy had turned back.", "Xinhua"),
        ("Al Jazeera filmed the camp. The broadcaster said the water had run out.", "Al Jazeera"),
    ],
)
def test_bodies_named_by_common_nouns_speak(extract, text, speaker):
    assert speaker in _speakers(extract(text))


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "U.S.-backed rebels of the Syrian Democratic Forces attacked Raqqa.",
            ("United States", "cooperative", "Syrian Democratic Forces"),
        ),
        (
            "Rwandan-backed rebels of the Twirwaneho Movement seized the town.",
            ("Rwanda", "cooperative", "Twirwaneho Movement"),
        ),
        (
            "Iranian-backed militias from the Popular Mobilisation Forces shelled the base.",
            ("Iran", "cooperative", "Popular Mobilisation Forces"),
        ),
    ],
)
def test_a_role_noun_followed_by_its_group_is_that_group(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)
