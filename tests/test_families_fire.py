"""Attacks said in the idioms of war reporting: fire opened or returned, a side that comes
under fire, a town lost to the enemy; groups that merge.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import has, relation_triples


@pytest.mark.parametrize(
    "text, attacker, attacked",
    [
        ("Ukrainian positions came under fire from Russian artillery.", "Russia", "Ukraine"),
        ("The Sudanese army came under attack from the RSF near El Fasher.", "RSF", "Sudan"),
        ("Kenyan troops came under heavy fire from al-Shabaab militants near Lamu.", "al-Shabaab", "Kenya"),
    ],
)
def test_the_side_that_comes_under_fire_is_attacked(extract, text, attacker, attacked):
    b = extract(text)
    assert has(b, (attacker, "hostile", attacked)), relation_triples(b)
    assert not has(b, (attacked, "hostile", attacker)), relation_triples(b)


@pytest.mark.parametrize(
    "text, attacker, attacked",
    [
        ("RSF fighters opened fire on the Sudanese army convoy.", "RSF", "Sudan"),
        ("Houthi gunmen opened fire on Saudi border guards in Jizan.", "Houthi", "Saudi Arabia"),
        ("The Malian army returned fire at JNIM fighters near Boni.", "Mali", "JNIM"),
    ],
)
def test_fire_opened_on_a_side_attacks_it(extract, text, attacker, attacked):
    b = extract(text)
    assert has(b, (attacker, "hostile", attacked)), relation_triples(b)


def test_a_fire_that_breaks_out_is_no_attack(extract):
    b = extract("A fire broke out at the RSF base in Nyala after the storm.")
    assert not b.relations, relation_triples(b)


@pytest.mark.parametrize(
    "text, loser, winner",
    [
        ("The Malian army lost Kidal to the CSP rebels in 2012.", "Mali", "CSP"),
        ("Ukraine lost Avdiivka to Russian forces in February.", "Ukraine", "Russia"),
        ("The junta lost control of Lashio to the MNDAA.", "junta", "MNDAA"),
    ],
)
def test_a_town_lost_to_a_side_was_lost_fighting_it(extract, text, loser, winner):
    b = extract(text)
    assert has(b, (loser, "hostile", winner)) or has(b, (winner, "hostile", loser)), relation_triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Several FSA brigades merged with Hayat Tahrir al-Sham in 2017.", "FSA", "Hayat Tahrir al-Sham"),
        ("The Katiba Macina merged with Ansar Dine to form JNIM.", "Katiba Macina", "Ansar Dine"),
    ],
)
def test_groups_that_merge_are_allies(extract, text, one, other):
    b = extract(text)
    assert has(b, (one, "cooperative", other)), relation_triples(b)


@pytest.mark.parametrize(
    "text, attacker, attacked",
    [
        ("Russia's invasion of Ukraine began in February 2022.", "Russia", "Ukraine"),
        ("The bombing of Houthi positions by Saudi jets continued.", "Saudi Arabia", "Houthi"),
        ("The siege of the M23 enclave by Congolese troops lasted weeks.", "Democratic Republic of the Congo", "M23"),
    ],
)
def test_what_a_noun_of_harm_does_of_is_harmed(extract, text, attacker, attacked):
    b = extract(text)
    assert has(b, (attacker, "hostile", attacked)), relation_triples(b)
    assert not has(b, (attacked, "hostile", attacker)), relation_triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Armenia declared war on Azerbaijan.", "Armenia", "Azerbaijan"),
        ("The EU imposed sanctions on Iran over drone sales.", "EU", "Iran"),
    ],
)
def test_war_declared_on_a_state_is_hostile_to_it(extract, text, one, other):
    b = extract(text)
    assert has(b, (one, "hostile", other)), relation_triples(b)
