"""Relations: one test per pattern family, and co-occurrence is not a relation."""

import pytest

from .conftest import relation_triples


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Iran-backed militias entered the country.", ("Iran", "cooperative", "Iran-backed militias")),
        (
            "Russia and Iran vowed to continue their support for the Syrian government.",
            ("Iran", "cooperative", "Syria"),
        ),
        (
            "Russia and Iran vowed to continue their support for the Syrian government.",
            ("Russia", "cooperative", "Iran"),
        ),
        (
            "The Kurdish-led Syrian Democratic Forces (SDF), supported by US troops, hold the camps.",
            ("United States", "cooperative", "Syrian Democratic Forces"),
        ),
        (
            "Rebels, led by the Islamist group Hayat Tahrir al-Sham (HTS), launched an offensive.",
            ("Hayat Tahrir al-Sham", "cooperative", "rebels"),
        ),
        ("Hezbollah fighters were sent to bolster the Syrian army.", ("Hezbollah", "cooperative", "Syria")),
        ("Turkey launched an offensive against the YPG.", ("Turkey", "hostile", "YPG")),
        ("Israeli strikes on Hezbollah positions continued.", ("Israel", "hostile", "Hezbollah")),
        ("The YPG clashed with Turkish troops near the border.", ("YPG", "hostile", "Turkey")),
        ("Iran accused the United States of supporting terrorists.", ("Iran", "hostile", "United States")),
        ("Damascus blamed Israel for the attack.", ("Syria", "hostile", "Israel")),
        (
            "Hamas has been designated as a terrorist organisation by the European Union.",
            ("European Union", "hostile", "Hamas"),
        ),
        (
            "The Islamic Resistance in Iraq has claimed more than 150 attacks on US forces.",
            ("Islamic Resistance in Iraq", "hostile", "United States"),
        ),
        ("Russian President Vladimir Putin spoke on Monday.", ("Vladimir Putin", "cooperative", "Russia")),
        ("Sir Alex Younger, who led MI6 from 2014 to 2020, spoke out.", ("Alex Younger", "cooperative", "MI6")),
        (
            "In Sudan, fighting between the army and the Rapid Support Forces (RSF) has killed hundreds.",
            ("Sudan", "hostile", "Rapid Support Forces"),
        ),
        (
            "Ukrainian forces repelled attacks by the Wagner Group near the town.",
            ("Ukraine", "hostile", "Wagner Group"),
        ),
        (
            "Ukraine's government thanked the United States for new military aid.",
            ("Ukraine", "cooperative", "United States"),
        ),
    ],
)
def test_relation_patterns(extract, text, triple):
    triples = relation_triples(extract(text))
    assert triple in triples, triples


@pytest.mark.parametrize(
    "text",
    [
        "The army faced an offensive by rebel forces from Hayat Tahrir al-Sham (HTS) and Turkish rebel groups.",
        "Hayat Tahrir al-Sham (HTS) and Turkish rebel groups launched an offensive against the army.",
    ],
)
def test_conjoined_agents_of_an_offensive_are_allies(extract, text):
    triples = relation_triples(extract(text))
    pair = {
        ("Hayat Tahrir al-Sham", "cooperative", "Turkish rebel groups"),
        ("Turkish rebel groups", "cooperative", "Hayat Tahrir al-Sham"),
    }
    assert pair & triples, triples


def test_membership_through_including_reaches_backers(extract):
    b = extract("Hundreds of Iranian-backed militias crossed into Syria, including fighters from Kataib Hezbollah.")
    triples = relation_triples(b)
    assert ("Kataib Hezbollah", "cooperative", "Iranian-backed militias") in triples
    assert ("Iran", "cooperative", "Kataib Hezbollah") in triples


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine were mentioned in the report.",
        "Officials from Iran and Turkey attended the conference in Geneva.",
        "The war in Ukraine has drawn Russian attention away from Syria.",
    ],
)
def test_co_occurrence_is_not_a_relation(extract, text):
    b = extract(text)
    signed = {t for t in relation_triples(b) if t[1] != "neutral"}
    assert not signed


def test_reciprocal_verbs_do_not_make_allies(extract):
    b = extract("Israel and Hamas fought in Gaza for weeks.")
    assert ("Israel", "cooperative", "Hamas") not in relation_triples(b)


def test_negated_attack_is_not_a_relation(extract):
    b = extract("Russia did not attack the Syrian Democratic Forces.")
    assert not any(r.polarity == "hostile" for r in b.relations)


def test_territory_taken_from_an_enemy_is_hostile(extract):
    b = extract("The Kurdish YPG militia captured large areas of territory from Islamic State last year.")
    assert ("YPG", "hostile", "Islamic State") in relation_triples(b)
