"""Who a phrase refers to: the pronoun of a clause someone said, "the rebels" after "the X rebel
group", "the X-linked group" (not X), a named group's own spokesman, its weapons, a state's base,
and a participle that qualifies a noun though the parser made it a verb.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import _speakers, has
from .test_families import kind_triples as _triples


@pytest.mark.parametrize(
    "text, doer, done_to",
    [
        (
            "Fighters of the M23 seized Bunagana. Militias known as Wazalendo said they had repelled an M23 attack.",
            "Wazalendo",
            "M23",
        ),
        (
            "The Houthis and the Saudi army clashed. The Houthis said they had shot down a Saudi drone.",
            "Houthis",
            "Saudi Arabia",
        ),
        (
            "Kachin rebels fought the junta. The Arakan Army and its allies said they had captured an army base.",
            "Arakan Army",
            "junta",
        ),
    ],
)
def test_a_pronoun_in_what_a_group_said_is_that_group(extract, text, doer, done_to):
    b = extract(text)
    assert has(b, (doer, "hostile", done_to)), _triples(b)


def test_a_single_body_saying_they_speaks_of_others(extract):
    b = extract("The rebels attacked Goma. The UN said they had looted a warehouse of the Red Cross.")
    assert not has(b, ("United Nations", "hostile", "Red Cross")), _triples(b)
    assert not has(b, ("UN", "hostile", "Red Cross")), _triples(b)


@pytest.mark.parametrize(
    "text, group, other",
    [
        (
            "Fighters of the M23 rebel group seized Bunagana. Rwanda sent troops to fight alongside the rebels.",
            "M23",
            "Rwanda",
        ),
        (
            "The Arakan Army rebel group captured Paletwa. Myanmar's military bombed the rebels overnight.",
            "Arakan Army",
            "Myanmar",
        ),
        ("The ELN rebel group kidnapped two soldiers. The Colombian army then attacked the rebels.", "ELN", "Colombia"),
    ],
)
def test_the_rebels_are_the_one_group_named_a_rebel_group(extract, text, group, other):
    b = extract(text)
    assert "rebels" not in {a.name for a in b.actors}, _triples(b)
    assert any(group in t and other in " ".join(t) for t in _triples(b)), _triples(b)


@pytest.mark.parametrize(
    "text, group, parent",
    [
        (
            "Al-Shabaab militants stormed a hotel in Mogadishu. The al-Qaeda-linked group claimed the attack.",
            "Al-Shabaab",
            "al-Qaeda",
        ),
        (
            "JNIM fighters ambushed a convoy near Djibo. The al-Qaeda-affiliated group said it killed 20 soldiers.",
            "JNIM",
            "al-Qaeda",
        ),
        (
            "ADF rebels killed 40 villagers near Beni. The Islamic State-linked group said it held the road.",
            "ADF",
            "Islamic State",
        ),
    ],
)
def test_the_x_linked_group_is_not_x(extract, text, group, parent):
    b = extract(text)
    assert parent not in _speakers(b), _speakers(b)
    assert group in _speakers(b), _speakers(b)


@pytest.mark.parametrize(
    "text, person, group, state",
    [
        (
            "Houthi military spokesman Yahya Saree said the group fired missiles at Israel.",
            "Yahya Saree",
            "Houthi",
            "Yemen",
        ),
        (
            "TPLF military spokesman Kiros Tesfay said the Eritrean army had withdrawn.",
            "Kiros Tesfay",
            "TPLF",
            "Eritrea",
        ),
        (
            "Hamas military spokesman Abu Salim said the fighters ambushed a patrol in Gaza.",
            "Abu Salim",
            "Hamas",
            "Palestine",
        ),
    ],
)
def test_a_named_groups_military_spokesman_speaks_for_the_group(extract, text, person, group, state):
    b = extract(text)
    assert has(b, (person, "cooperative", group)), _triples(b)
    assert not any(t[0] == person and t[2] not in {group, f"{group}s"} for t in _triples(b)), _triples(b)
    assert "military" not in {a.name for a in b.actors}


def test_a_state_army_spokesman_still_speaks_for_the_state(extract):
    b = extract("Pakistan army spokesman Asif Rana said militants had been killed in Waziristan.")
    assert has(b, ("Asif Rana", "cooperative", "Pakistan")), _triples(b)


@pytest.mark.parametrize(
    "text, doer, target",
    [
        ("Houthi drones attacked a Saudi air base.", "Houthi", "Saudi Arabia"),
        ("Hezbollah rockets struck northern Israel.", "Hezbollah", "Israel"),
        ("M23 artillery shelled Congolese army positions near Sake.", "M23", "Democratic Republic of the Congo"),
    ],
)
def test_a_groups_weapons_act_for_it(extract, text, doer, target):
    b = extract(text)
    assert has(b, (doer, "hostile", target)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, state",
    [
        ("The rebels attacked a US base in eastern Syria.", "rebels", "United States"),
        ("Al-Shabaab ambushed a Kenya army convoy near Lamu.", "Al-Shabaab", "Kenya"),
        ("Militias fired rockets at Turkey bases in northern Iraq.", "militias", "Turkey"),
    ],
)
def test_a_states_base_named_by_its_name_is_the_states(extract, text, doer, state):
    b = extract(text)
    assert has(b, (doer, "hostile", state)), _triples(b)


def test_a_capital_before_a_base_only_says_where(extract):
    b = extract("Militants attacked a Kabul checkpoint.")
    assert not any(a.type == "state" for a in b.actors), _triples(b)


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Fighters of the M23 clashed with Congolese troops and allied militias near Sake.", "M23", "militias"),
        ("Houthi rebels attacked Saudi soldiers and allied fighters near Marib.", "Houthi", "fighters"),
        ("The Taliban ambushed Afghan police and allied villagers in Helmand.", "Taliban", "villagers"),
    ],
)
def test_allied_before_a_noun_allies_no_one_with_the_subject(extract, text, first, second):
    b = extract(text)
    assert not any(r.kind == "alliance" and "ally" in r.cue for r in b.relations), _triples(b)


@pytest.mark.parametrize(
    "text, doer, owner",
    [
        ("Ukraine's air force said it shot down 38 of the 51 drones fired by Russia.", "Ukraine", "Russia"),
        ("Israel said it intercepted two of the missiles launched by Hezbollah.", "Israel", "Hezbollah"),
        ("Saudi air defences intercepted a drone launched by the Houthis.", "Saudi Arabia", "Houthis"),
    ],
)
def test_what_one_side_fired_is_that_sides(extract, text, doer, owner):
    b = extract(text)
    assert has(b, (doer, "hostile", owner)), _triples(b)


def test_a_weapon_someone_supplied_is_not_the_suppliers_deed(extract):
    b = extract("Ukrainian troops shot down drones supplied by Iran.")
    assert not has(b, ("Ukraine", "hostile", "Iran")), _triples(b)


@pytest.mark.parametrize(
    "text, group, victim",
    [
        ("The army fought the ISIL in Raqqa. The ISIL has executed at least 70 of its own members.", "ISIL", "Syria"),
        ("Troops fought al-Shabaab near Jilib. Al-Shabaab killed some of its own fighters.", "Al-Shabaab", "Somalia"),
    ],
)
def test_its_own_men_are_the_doers_own(extract, text, group, victim):
    b = extract(text)
    assert not any(r.cue.startswith(("execute", "kill")) for r in b.relations), _triples(b)


@pytest.mark.parametrize(
    "text, doer, victim",
    [
        (
            "Al-Shabaab fighters detonated a bomb at a checkpoint in the town of Afgoye on Sunday killing six"
            " Somali soldiers.",
            "Al-Shabaab",
            "Somalia",
        ),
        (
            "ISWAP fighters opened fire at a base in the town of Monguno on Friday killing nine Nigerian soldiers.",
            "ISWAP",
            "Nigeria",
        ),
    ],
)
def test_an_ing_clause_far_from_its_noun_is_the_main_clauses(extract, text, doer, victim):
    b = extract(text)
    assert has(b, (doer, "hostile", victim)), _triples(b)


@pytest.mark.parametrize(
    "text, giver, receiver",
    [
        ("The United States announced a new military aid package for Ukraine on Friday.", "United States", "Ukraine"),
        ("Germany approved a new aid package for Ukraine.", "Germany", "Ukraine"),
        ("The European Union agreed a support package for Moldova.", "European Union", "Moldova"),
    ],
)
def test_a_relation_noun_before_its_head_reads_the_heads_phrases(extract, text, giver, receiver):
    b = extract(text)
    assert has(b, (giver, "cooperative", receiver)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, target",
    [
        ("Somalia's government has been waging an offensive against al-Shabaab since 2022.", "Somalia", "al-Shabaab"),
        ("Azerbaijan waged war on the Armenian separatists in 2020.", "Azerbaijan", "Armenian separatists"),
        ("Hamas staged an attack on Israel from Gaza.", "Hamas", "Israel"),
    ],
)
def test_verbs_spacy_lemmatises_wrongly_still_read(extract, text, doer, target):
    b = extract(text)
    assert has(b, (doer, "hostile", target)), _triples(b)


def test_resupplying_is_backing(extract):
    b = extract("Iran resupplied the Houthis with missiles and drones.")
    assert has(b, ("Iran", "cooperative", "Houthis")), _triples(b)


def test_the_lemma_mending_touches_only_its_forms(nlp):
    doc = nlp("The army waged war and staged raids while prices of wagons rose.")
    assert [t.lemma_ for t in doc if t.lower_ in {"waged", "staged", "rose", "wagons"}] == [
        "wage",
        "stage",
        "wagon",
        "rise",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli airstrikes killed at least 12 people in southern Lebanon on Monday, Lebanon's Health Ministry said.",
        "Saudi airstrikes killed at least 20 people in Saada on Friday, the Houthis' health ministry said.",
        "Russian missiles killed at least four people in Kharkiv overnight, Ukraine's emergency service said.",
    ],
)
def test_a_clause_before_the_speaker_is_no_second_speaker(extract, text):
    b = extract(text)
    assert not any(r.kind == "alliance" for r in b.relations), _triples(b)


@pytest.mark.parametrize(
    "text, group, leader",
    [
        (
            "Hezbollah, which is backed by Iran, said it acted in support of Hamas. The group's leader, Naim Qassem,"
            " warned of wider attacks.",
            "Hezbollah",
            "Naim Qassem",
        ),
        (
            "The RSF said it had driven the army out of Wad Madani. The group's commander, Abdelrahim Dagalo,"
            " visited the city.",
            "RSF",
            "Abdelrahim Dagalo",
        ),
    ],
)
def test_the_group_is_the_last_sentences_subject_group(extract, text, group, leader):
    b = extract(text)
    assert has(b, (leader, "cooperative", group)), _triples(b)


@pytest.mark.parametrize(
    "text, group, state",
    [
        (
            "Government spokesman Legesse Tulu did not comment. A Fano commander said his fighters had ambushed"
            " an army convoy near Debre Markos.",
            "Fano",
            "Ethiopia",
        ),
        (
            "Army spokesman Nabil Abdallah gave no figures. An RSF commander said his men had shelled an army"
            " base near El Fasher.",
            "RSF",
            "Sudan",
        ),
    ],
)
def test_his_men_are_the_speakers_not_the_last_persons(extract, text, group, state):
    b = extract(text)
    assert has(b, (group, "hostile", state)), _triples(b)
    assert not any(t[0] in {"Legesse Tulu", "Nabil Abdallah"} and t[1] == "attack" for t in _triples(b)), _triples(b)


@pytest.mark.parametrize(
    "text, doer, target",
    [
        ("The Tuareg rebels rose up against the Malian government in 2012.", "Tuareg", "Mali"),
        ("Hezbollah fired dozens of rockets into northern Israel.", "Hezbollah", "Israel"),
        ("The Kachin Independence Army revolted against the junta in 2011.", "Kachin", "junta"),
    ],
)
def test_rising_against_and_firing_into(extract, text, doer, target):
    b = extract(text)
    assert any(doer in t[0] and t[2] in {target, "Myanmar"} for t in _triples(b)), _triples(b)


@pytest.mark.parametrize(
    "text, named_later",
    [
        (
            "The United States designated the coalition a terrorist group in May. A Kenyan-led multinational force"
            " arrived in Port-au-Prince in June.",
            "Kenyan-led multinational force",
        ),
        (
            "Washington sanctioned the coalition in March. A Saudi-led coalition then bombed Sanaa.",
            "Saudi-led coalition",
        ),
    ],
)
def test_a_bare_noun_refers_back_not_forward(extract, text, named_later):
    b = extract(text)
    assert not any(t[2] == named_later and t[1] in {"designation", "sanction"} for t in _triples(b)), _triples(b)


@pytest.mark.parametrize(
    "text, one, other",
    [
        (
            "The fighting pitted the Special Deterrence Force against the 444th Brigade.",
            "Special Deterrence Force",
            "444th Brigade",
        ),
        ("The war pitted the Sudanese army against the Rapid Support Forces.", "Sudan", "Rapid Support Forces"),
        ("A conflict pitting Armenia against Azerbaijan flared again in 2020.", "Armenia", "Azerbaijan"),
    ],
)
def test_pitted_against_sets_two_sides_fighting(extract, text, one, other):
    b = extract(text)
    assert has(b, (one, "hostile", other)), _triples(b)


@pytest.mark.parametrize(
    "text, state",
    [
        ("Neighbouring Burkina Faso and Niger formed an alliance with Mali last year.", "Burkina Faso"),
        ("Landlocked Ethiopia signed a port deal with Somaliland in January.", "Ethiopia"),
        ("Oil-rich Libya has had two rival governments since 2014.", "Libya"),
    ],
)
def test_a_capitalised_first_word_before_a_state_is_no_part_of_its_name(extract, text, state):
    b = extract(text)
    assert state in {a.name for a in b.actors if a.type == "state"}, [(a.name, a.type) for a in b.actors]


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Neighbouring Burkina Faso and Niger formed an alliance with Mali last year.", "Niger", "Mali"),
        ("The TPLF forged an alliance with the Oromo Liberation Army in 2021.", "TPLF", "Oromo Liberation Army"),
        ("Russia signed a defence pact with North Korea in June.", "Russia", "North Korea"),
    ],
)
def test_an_alliance_formed_forged_or_signed(extract, text, one, other):
    b = extract(text)
    assert has(b, (one, "cooperative", other)), _triples(b)


@pytest.mark.parametrize(
    "text, condemner, attacker, not_attacker",
    [
        (
            "Al-Shabaab militants stormed a hotel in Mogadishu on Friday. On Thursday a US airstrike near Jilib"
            " killed three al-Shabaab fighters. Turkey condemned the hotel attack.",
            "Turkey",
            "al-Shabaab",
            "United States",
        ),
        (
            "M23 rebels shelled a camp for displaced people near Goma. Later the army bombed rebel positions in"
            " Rutshuru. The UN condemned the attack on the camp.",
            "UN",
            "M23",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_a_condemned_attack_is_the_one_its_words_describe(extract, text, condemner, attacker, not_attacker):
    b = extract(text)
    condemned = {t[2] for t in _triples(b) if t[0] == condemner and t[1] == "accusation"}
    assert attacker in condemned or attacker.capitalize() in condemned, _triples(b)
    assert not_attacker not in condemned, _triples(b)


@pytest.mark.parametrize(
    "text, leader, body",
    [
        (
            "Eastern commander Khalifa Haftar, whose Libyan National Army controls the east, met Russian officials.",
            "Khalifa Haftar",
            "Libyan National Army",
        ),
        (
            "Mohamed Hamdan Dagalo, whose Rapid Support Forces control most of Darfur, visited Kampala.",
            "Mohamed Hamdan Dagalo",
            "Rapid Support Forces",
        ),
    ],
)
def test_whose_body_is_led_by_the_one_the_clause_is_about(extract, text, leader, body):
    b = extract(text)
    assert has(b, (leader, "cooperative", body)), _triples(b)


@pytest.mark.parametrize(
    "text, leader, target",
    [
        (
            "Saudi Arabia, which leads a coalition that has fought the Houthis since 2015, called for restraint.",
            "Saudi Arabia",
            "Houthis",
        ),
        (
            "The United States leads a coalition that has bombed Islamic State targets in Iraq.",
            "United States",
            "Islamic State",
        ),
        ("Kenya leads a multinational force that supports Haiti's police.", "Kenya", "Haiti"),
    ],
)
def test_what_a_led_coalition_does_its_leader_does(extract, text, leader, target):
    b = extract(text)
    assert any(t[0] == leader and t[2] == target for t in _triples(b)), _triples(b)
