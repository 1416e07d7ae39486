"""Relations: one test per pattern family, and co-occurrence is not a relation."""

import pytest

from .conftest import relation_triples


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Uganda-backed militias crossed the lake at night.", ("Uganda", "cooperative", "Uganda-backed militias")),
        (
            "Chad and Niger pledged to keep up their backing for the Malian junta.",
            ("Niger", "cooperative", "Mali"),
        ),
        (
            "Chad and Niger pledged to keep up their backing for the Malian junta.",
            ("Chad", "cooperative", "Niger"),
        ),
        (
            "The Afar-led Northern Defence Forces (NDF), supported by Kenyan troops, guard the dam.",
            ("Kenya", "cooperative", "Northern Defence Forces"),
        ),
        (
            "Insurgents, led by the jihadist group Ansar al-Sunna (ASWJ), overran Mocimboa da Praia.",
            ("Ansar al-Sunna", "cooperative", "insurgents"),
        ),
        (
            "Wagner fighters were flown in to shore up the Malian army.",
            ("Wagner", "cooperative", "Mali"),
        ),
        ("Kenya mounted an offensive against al-Shabaab.", ("Kenya", "hostile", "al-Shabaab")),
        ("Ethiopian drone strikes on TPLF positions resumed.", ("Ethiopia", "hostile", "TPLF")),
        ("The Arakan Army clashed with Bangladeshi troops near the border.", ("Arakan Army", "hostile", "Bangladesh")),
        ("Rwanda accused Burundi of harbouring rebels.", ("Rwanda", "hostile", "Burundi")),
        ("Kinshasa blamed Kigali for the shelling.", ("Democratic Republic of the Congo", "hostile", "Rwanda")),
        (
            "The Haqqani network has been listed as a terrorist organisation by the United Nations.",
            ("United Nations", "hostile", "Haqqani"),
        ),
        (
            "The Baloch Liberation Front has carried out dozens of raids on Pakistani convoys.",
            ("Baloch Liberation Front", "hostile", "Pakistan"),
        ),
        (
            "On Friday Ugandan President Yoweri Museveni addressed the troops.",
            ("Yoweri Museveni", "cooperative", "Uganda"),
        ),
        (
            "Dame Carla Voss, who headed the Danish Refugee Council for a decade, resigned.",
            ("Carla Voss", "cooperative", "Danish Refugee Council"),
        ),
        (
            "In Chad, clashes between the army and the Union of Resistance Forces (UFR) displaced thousands.",
            ("Chad", "hostile", "Union of Resistance Forces"),
        ),
        (
            "Mozambican soldiers beat back raids by Ansar al-Sunna near the port.",
            ("Mozambique", "hostile", "Ansar al-Sunna"),
        ),
        (
            "Somalia's president thanked Turkey for the drones.",
            ("Somalia", "cooperative", "Turkey"),
        ),
    ],
)
def test_relation_patterns(extract, text, triple):
    triples = relation_triples(extract(text))
    assert triple in triples, triples


@pytest.mark.parametrize(
    "text",
    [
        "The army faced an offensive by fighters from the Tigray Defence Forces (TDF) and Sudanese rebel groups.",
        "The Tigray Defence Forces (TDF) and Sudanese rebel groups launched an offensive against the army.",
    ],
)
def test_conjoined_agents_of_an_offensive_are_allies(extract, text):
    triples = relation_triples(extract(text))
    pair = {
        ("Tigray Defence Forces", "cooperative", "Sudanese rebel groups"),
        ("Sudanese rebel groups", "cooperative", "Tigray Defence Forces"),
    }
    assert pair & triples, triples


def test_membership_through_including_reaches_backers(extract):
    b = extract("Scores of Rwandan-backed militias moved into Ituri, including fighters from the Nduma Front.")
    triples = relation_triples(b)
    assert ("Nduma Front", "cooperative", "Rwandan-backed militias") in triples
    assert ("Rwanda", "cooperative", "Nduma Front") in triples


@pytest.mark.parametrize(
    "text",
    [
        "Chad and Sudan were mentioned in the report.",
        "Officials from Kenya and Ethiopia attended the conference in Geneva.",
        "The war in Sudan has drawn Egyptian attention away from Libya.",
    ],
)
def test_co_occurrence_is_not_a_relation(extract, text):
    b = extract(text)
    signed = {t for t in relation_triples(b) if t[1] != "neutral"}
    assert not signed


def test_reciprocal_verbs_do_not_make_allies(extract):
    b = extract("Armenia and Azerbaijan fought in Karabakh for weeks.")
    assert ("Armenia", "cooperative", "Azerbaijan") not in relation_triples(b)


def test_negated_attack_is_not_a_relation(extract):
    b = extract("Uganda did not attack the Allied Democratic Forces.")
    assert not any(r.polarity == "hostile" for r in b.relations)


def test_territory_taken_from_an_enemy_is_hostile(extract):
    b = extract("The Nigerian army won back a string of villages from Boko Haram in March.")
    assert ("Nigeria", "hostile", "Boko Haram") in relation_triples(b)
