"""Who backs whom, said from the receiving end or as the means of a deed: "received drones from
X", "with the backing of X, Y seized ...", "help from X"; and allegiance sworn to a group.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import has, relation_triples


def _kinds(b) -> set[tuple[str, str, str]]:
    n = {a.id: a.name for a in b.actors}
    return {(n[r.source], r.kind, n[r.target]) for r in b.relations}


@pytest.mark.parametrize(
    "text, backer, backed",
    [
        ("The Houthis have received drones and missiles from Iran.", "Iran", "Houthis"),
        ("Al-Shabaab gets funding from charcoal exports and from al-Qaeda.", "al-Qaeda", "Al-Shabaab"),
        ("The Taliban received support from Pakistan for years, officials said.", "Pakistan", "Taliban"),
        ("Hezbollah receives most of its weapons from Iran.", "Iran", "Hezbollah"),
        ("The RSF obtained weapons from the United Arab Emirates, UN experts said.", "United Arab Emirates", "RSF"),
    ],
)
def test_what_a_receiver_gets_from_a_backer_is_backing(extract, text, backer, backed):
    b = extract(text)
    assert has(b, (backer, "cooperative", backed)), _kinds(b)
    assert not has(b, (backed, "cooperative", backer)), _kinds(b)


@pytest.mark.parametrize(
    "text",
    [
        "President Tshisekedi received a delegation from Rwanda.",
        "The Houthis received threats from Saudi Arabia.",
        "The army took weapons from the rebels it captured.",
    ],
)
def test_receiving_what_is_no_backing_backs_no_one(extract, text):
    b = extract(text)
    assert not any(r.kind == "support" for r in b.relations), _kinds(b)


@pytest.mark.parametrize(
    "text, backer, backed",
    [
        ("With the backing of Rwanda, the M23 rebels seized Goma.", "Rwanda", "M23"),
        ("The army, with the help of Wagner, recaptured Kidal from the rebels.", "Wagner", "army"),
        ("With help from Iran, Hezbollah rebuilt its arsenal.", "Iran", "Hezbollah"),
    ],
)
def test_the_backer_of_a_deed_backs_those_who_do_it(extract, text, backer, backed):
    b = extract(text)
    assert has(b, (backer, "cooperative", backed)), _kinds(b)
    assert not has(b, (backed, "cooperative", backer)), _kinds(b)


@pytest.mark.parametrize(
    "text, member, body",
    [
        ("Boko Haram pledged allegiance to the Islamic State group in 2015.", "Boko Haram", "Islamic State group"),
        ("Al-Shabaab renewed its pledge of allegiance to al-Qaeda.", "Al-Shabaab", "al-Qaeda"),
        ("Wagner fighters swore allegiance to the Russian defence ministry.", "Wagner", "Russia"),
    ],
)
def test_allegiance_sworn_to_a_body_makes_a_member(extract, text, member, body):
    b = extract(text)
    assert (member, "membership", body) in _kinds(b), _kinds(b)


def test_support_expressed_is_support(extract):
    b = extract("Turkey expressed support for the Azerbaijani army.")
    assert has(b, ("Turkey", "cooperative", "Azerbaijan")), relation_triples(b)


@pytest.mark.parametrize(
    "text, leader, state",
    [
        ("Pakistan's Prime Minister Shehbaz Sharif visited Kabul.", "Shehbaz Sharif", "Pakistan"),
        ("The Israeli prime minister, Benjamin Netanyahu, said the war would go on.", "Benjamin Netanyahu", "Israel"),
    ],
)
def test_a_prime_minister_leads(extract, text, leader, state):
    assert (leader, "leadership", state) in _kinds(extract(text))


def test_a_person_with_a_title_of_his_own_holds_no_other_title_beside_him(extract):
    b = extract("Ethiopia's prime minister Abiy Ahmed and his ally, Eritrean President Isaias Afwerki, met in Asmara.")
    assert ("Isaias Afwerki", "leadership", "Eritrea") in _kinds(b)
    assert not any(s == "Isaias Afwerki" and t == "Ethiopia" for s, _, t in _kinds(b)), _kinds(b)


@pytest.mark.parametrize(
    "text, member, body",
    [
        ("Jihadist fighters linked to al-Qaeda killed 40 soldiers near Djibo.", "Jihadist fighters", "al-Qaeda"),
        ("The ADF, a group linked to the Islamic State, attacked Beni.", "ADF", "Islamic State"),
        ("Ansaru, a faction tied to al-Qaeda, kidnapped the engineers.", "Ansaru", "al-Qaeda"),
    ],
)
def test_fighters_linked_to_a_group_belong_to_it(extract, text, member, body):
    assert (member, "membership", body) in _kinds(extract(text))


@pytest.mark.parametrize(
    "text, leader, body",
    [
        (
            "The war between the army and the RSF of Mohamed Hamdan Dagalo erupted in April 2023.",
            "Mohamed Hamdan Dagalo",
            "RSF",
        ),
        ("The LRA of Joseph Kony abducted children in northern Uganda.", "Joseph Kony", "LRA"),
    ],
)
def test_a_body_of_a_person_is_led_by_him(extract, text, leader, body):
    b = extract(text)
    assert (leader, "leadership", body) in _kinds(b), _kinds(b)
    assert not any(" of " in a.name for a in b.actors), [a.name for a in b.actors]


def test_the_victims_of_a_person_are_no_body_he_leads(extract):
    assert not any(k == "leadership" for _, k, _ in _kinds(extract("The victims of Joseph Kony were buried.")))
