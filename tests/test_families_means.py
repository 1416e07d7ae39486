"""What a state or group strikes with and where: troops or aircraft named by the state's own
body ("junta troops", "regime helicopters"), places "under the control of" a side, bombs
dropped on a side, the deaths told by a clause put after the place of the attack, and a stance
prefix that opens the name of another actor.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import has
from .test_families import kind_triples as _triples


@pytest.mark.parametrize(
    "text, doer, done_to",
    [
        ("In Myanmar, junta troops torched villages held by the Arakan Army.", "Myanmar", "Arakan Army"),
        ("In Syria, regime helicopters dropped barrel bombs on Nusra Front positions.", "Syria", "Nusra Front"),
        ("In Nigeria, army helicopters fired on ISWAP hideouts near Lake Chad.", "Nigeria", "ISWAP"),
        ("In Sudan, government warplanes bombed RSF bases in Nyala.", "Sudan", "RSF"),
    ],
)
def test_troops_and_aircraft_named_by_the_states_body_are_the_states(extract, text, doer, done_to):
    """ "junta troops", "regime helicopters", "army helicopters": a noun the state's role is named
    by ("the junta", "the regime", "the army") before the means a state acts with is that state, as
    "government troops" is."""
    b = extract(text)
    assert has(b, (doer, "hostile", done_to)), _triples(b)


def test_the_states_body_before_a_title_is_left_to_the_title(extract):
    """ "a government spokesman": the spokesman speaks for the state; he is not its troops."""
    b = extract("In Afghanistan, a government spokesman said the Taliban had attacked a checkpoint.")
    assert not any(a.name.lower() == "government" for a in b.actors), [a.name for a in b.actors]


@pytest.mark.parametrize(
    "text, doer, holder",
    [
        ("Congolese troops shelled areas under the control of the M23.", "Democratic Republic of the Congo", "M23"),
        ("Russian forces shelled villages under the control of Ukraine.", "Russia", "Ukraine"),
        ("Azerbaijani troops attacked villages under Armenian control.", "Azerbaijan", "Armenia"),
        ("Israeli jets struck areas under Hezbollah control.", "Israel", "Hezbollah"),
    ],
)
def test_a_place_under_a_sides_control_is_that_sides(extract, text, doer, holder):
    """ "areas under the control of X", "villages under X control", "under Armenian control": who
    strikes the place strikes its holder, as with "X-held areas"."""
    b = extract(text)
    assert has(b, (doer, "hostile", holder)), _triples(b)


def test_taking_control_of_a_country_does_not_make_it_the_holder(extract):
    """ "took control of Gaza": the place is taken; only "under the control of X" names a holder."""
    b = extract("Ethiopian troops took control of Somalia's capital after clashes with al-Shabaab.")
    assert not has(b, ("Ethiopia", "hostile", "Somalia")), _triples(b)


@pytest.mark.parametrize(
    "text, doer, holder",
    [
        ("Turkish jets carried out strikes in areas held by the PKK.", "Turkey", "PKK"),
        ("Syrian jets killed 20 civilians in rebel-held areas of Idlib.", "Syria", "rebels"),
        ("In Congo, the army shelled homes in an M23 stronghold.", "Democratic Republic of the Congo", "M23"),
    ],
)
def test_an_attack_in_a_held_place_is_on_its_holder(extract, text, doer, holder):
    """ "strikes in areas held by X", "killed civilians in rebel-held areas": an attack that lands in
    a place named by its holder is on the holder (a place named by itself, "in Gaza", names none)."""
    b = extract(text)
    assert has(b, (doer, "hostile", holder)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, done_to",
    [
        ("Sudanese army jets dropped bombs on RSF positions in Omdurman.", "Sudan", "RSF"),
        ("Russian aircraft dropped glide bombs on Ukrainian positions near Kharkiv.", "Russia", "Ukraine"),
        ("Houthi fighters lobbed mortar shells at Saudi positions on the border.", "Houthi", "Saudi Arabia"),
    ],
)
def test_bombs_dropped_or_shells_lobbed_on_a_side_attack_it(extract, text, doer, done_to):
    """ "dropped bombs on X", "lobbed shells at X": verbs of sending a weapon off, whose target
    follows a preposition, as "fired rockets at X" does."""
    b = extract(text)
    assert has(b, (doer, "hostile", done_to)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, done_to",
    [
        (
            "French forces conducted an airstrike at a location in northern Mali that killed fifteen JNIM militants.",
            "France",
            "JNIM",
        ),
        (
            "Ethiopian jets carried out a drone strike in a village near Bahir Dar that killed ten Fano fighters.",
            "Ethiopia",
            "Fano",
        ),
        ("US troops launched a raid on a house in Idlib that killed an al-Qaeda chief.", "United States", "al-Qaeda"),
        ("An Israeli strike on a house in Rafah that killed three Hamas commanders drew anger.", "Israel", "Hamas"),
    ],
)
def test_deaths_told_after_the_place_of_an_attack_are_the_attackers_doing(extract, text, doer, done_to):
    """ "conducted an airstrike at a location in X that killed ...": the parser hangs the clause on
    the place, which kills no one; the deaths are the attack's, and the attack is its doer's."""
    b = extract(text)
    assert has(b, (doer, "hostile", done_to)), _triples(b)


def test_a_clause_on_a_named_group_is_still_the_groups(extract):
    """A clause after an actor named in the place phrase says what that actor did, not what the
    attack before it did."""
    b = extract("Israeli jets carried out a strike on positions of Hezbollah, which fired rockets at Israel.")
    assert has(b, ("Hezbollah", "hostile", "Israel")), _triples(b)
    assert not has(b, ("Israel", "hostile", "Israel")), _triples(b)


@pytest.mark.parametrize(
    "text, group",
    [
        ("Villagers were shot dead by anti-Maoist police unit Greyhounds in a forest in Odisha.", "Greyhounds"),
        ("Two herders were killed by anti-Balaka militia fighters in the Central African Republic.", "anti-Balaka"),
    ],
)
def test_a_stance_prefix_opening_anothers_name_relates_no_one_to_it(extract, text, group):
    """ "anti-Maoist police unit X": the prefixed word opens the name of the police unit, which is
    not the party the prefix opposes."""
    b = extract(text)
    assert not any(kind == "opposition" for _, kind, _ in _triples(b)), _triples(b)


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Russian Aerospace Forces struck targets near Idlib.", "Russia"),
        ("The Turkish Coast Guard intercepted a boat off Lesbos.", "Turkey"),
        ("Ukrainian Ground Forces repelled assaults near Bakhmut.", "Ukraine"),
    ],
)
def test_a_demonym_before_a_branch_of_the_armed_forces_is_the_state(extract, text, state):
    """ "the Russian Aerospace Forces", "the Turkish Coast Guard": a demonym and the words of a
    state's branch of arms name the state, as "the Syrian Arab Army" does."""
    b = extract(text)
    assert [a.name for a in b.actors if a.type != "place"] == [state], [(a.name, a.type) for a in b.actors]


def test_the_initials_of_a_states_forces_are_the_state(extract):
    """ "the Indian Border Security Force (BSF) ... BSF members": the initials defined after the
    name of a state's forces name the state wherever they recur."""
    b = extract(
        "Guards of the Indian Border Security Force (BSF) shot two traders. "
        "BSF members later opened fire on a group of Bangladeshi traders."
    )
    assert {a.name for a in b.actors} == {"India"}, [(a.name, a.type) for a in b.actors]


@pytest.mark.parametrize(
    "text, accuser, accused",
    [
        ("Ukraine's foreign minister said the strike killed ten people, blaming Russia.", "Ukraine", "Russia"),
        ("The Houthis said the raid killed 20 fighters, accusing Saudi Arabia.", "Houthis", "Saudi Arabia"),
    ],
)
def test_blaming_after_a_reported_clause_is_the_speakers(extract, text, accuser, accused):
    """ "X said the strike killed ten, blaming Y": the participle of blame hangs on the reported
    verb in the parse, but it is the speaker who blames, not the strike."""
    b = extract(text)
    assert has(b, (accuser, "hostile", accused)), _triples(b)
