"""Rule families for news from any war: sentence in, facts out, and the wrong readings that must not appear.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from generator.lexicon import fold

from .conftest import actor_named


def relation_triples(b) -> set[tuple[str, str, str]]:
    """(source, polarity, target) by folded name, so that 'al-Qaeda' and 'Al Qaeda' compare equal."""
    n = {a.id: fold(a.name) for a in b.actors}
    return {(n[r.source], r.polarity, n[r.target]) for r in b.relations}


def kind_triples(b) -> set[tuple[str, str, str]]:
    """(source, kind, target) by name: what a failed assertion shows."""
    n = {a.id: a.name for a in b.actors}
    return {(n[r.source], r.kind, n[r.target]) for r in b.relations}


def has(b, triple: tuple[str, str, str]) -> bool:
    """Whether a relation joins actors known by these names (or aliases, or long names)."""

    def known_as(actor_id: str, name: str) -> bool:
        a = next(x for x in b.actors if x.id == actor_id)
        return fold(name) in {fold(n) for n in (a.name, *a.aliases, a.long_name or "")}

    return any(
        known_as(r.source, triple[0]) and r.polarity == triple[1] and known_as(r.target, triple[2]) for r in b.relations
    )


# ---- relations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, triple",
    [
        # leadership and membership titles
        (
            "The Delta Rights Watch counts the dead each week. "
            "Its tally rose again, Watch director Ebi Okoro told reporters.",
            ("Ebi Okoro", "cooperative", "Delta Rights Watch"),
        ),
        (
            "A statement signed by MPLA spokesman Joao Lourenco Neto denied the report.",
            ("Joao Lourenco Neto", "cooperative", "MPLA"),
        ),
        # affiliates and branches
        (
            "Gunmen loyal to the Islamic State affiliate ISWAP stormed a barracks in Borno.",
            ("ISWAP", "cooperative", "Islamic State"),
        ),
        (
            "A car bomb was claimed by the Jaysh Ayman brigade, al-Shabaab's unit for operations in Kenya.",
            ("Jaysh Ayman", "cooperative", "al-Shabaab"),
        ),
        # stance prefixes and adjectives
        ("Skirmishes with pro-Rwanda rebels left the hills deserted.", ("pro-Rwanda rebels", "cooperative", "Rwanda")),
        ("The camp came under fire from militias loyal to Chad.", ("militias", "cooperative", "Chad")),
        # coalitions and what they oppose
        (
            "The French-led coalition against Boko Haram struck a depot.",
            ("France", "cooperative", "French-led coalition"),
        ),
        (
            "The French-led coalition against Boko Haram struck a depot.",
            ("French-led coalition", "hostile", "Boko Haram"),
        ),
        # the two sides of a clash
        (
            "Heavy fighting between gunmen of the M23 Movement and gunmen of the Nyatura Front lasted all night.",
            ("M23 Movement", "hostile", "Nyatura Front"),
        ),
        # joint subjects act together
        (
            "The African Union and the Economic Community of West African States sent a joint mission to Bamako.",
            ("African Union", "cooperative", "Economic Community of West African States"),
        ),
        # a glued "U.S.-backed" and the agents of the offensive it backs
        (
            "In the north the FDS militia leads a U.S.-backed push against the jihadists.",
            ("United States", "cooperative", "FDS"),
        ),
        # partners named beside the actor
        (
            "Along with Russian forces, the Malian army pounded the village for two days.",
            ("Mali", "cooperative", "Russia"),
        ),
        # a group carries out the operation its clause prepares
        (
            "Since March pro-Rwanda rebels have massed troops for a drive to oust the FDLR from the valley.",
            ("pro-Rwanda rebels", "hostile", "FDLR"),
        ),
        # a spokesman acts for the body he speaks for
        (
            "Through its deputy spokesman, the AU condemned Ethiopian drone strikes on Mekelle.",
            ("African Union", "hostile", "Ethiopia"),
        ),
        # a title right before a name, even where the parser reads the body's name as a verb
        (
            "In an audio message IS leader Abu Ahmad al-Iraqi told followers to hold their ground.",
            ("Abu Ahmad al-Iraqi", "cooperative", "IS"),
        ),
        # leaders and the forces they command
        (
            "The Malian army held the road in Mali. Near Gao rebels ambushed a convoy of President Assimi Goitas "
            "forces in Mali. The Goita government called the ambush a provocation.",
            ("Assimi Goita", "cooperative", "Mali"),
        ),
        # two sides named as one subject of a verb of clashing fight each other
        (
            "The Kachin Independence Army and the Myanmar army skirmished for a week near Bhamo.",
            ("Kachin Independence Army", "hostile", "Myanmar"),
        ),
        (
            "Kenyan troops and al-Shabaab militants exchanged fire near Mandera on Tuesday.",
            ("Kenya", "hostile", "al-Shabaab"),
        ),
        (
            "Fighters of the Tuareg Front and soldiers of the Malian army clashed outside Kidal.",
            ("Tuareg Front", "hostile", "Mali"),
        ),
        # an operation backed by a state: the side that carries it out is backed
        (
            "The Nigerian army said it had killed 30 Boko Haram militants in an operation backed by Chadian troops.",
            ("Chad", "cooperative", "Nigeria"),
        ),
        (
            "Afghan commandos killed 20 Taliban fighters in a raid supported by American aircraft.",
            ("United States", "cooperative", "Afghanistan"),
        ),
        # "in solidarity with": a partner, the "with" read as the noun's wherever the parser hangs it
        (
            "The Houthis have attacked ships in the Red Sea in solidarity with Hamas.",
            ("Houthis", "cooperative", "Hamas"),
        ),
        (
            "The Kachin Independence Army attacked a police post in solidarity with the Arakan Army.",
            ("Kachin Independence Army", "cooperative", "Arakan Army"),
        ),
        # an adjective after a noun is that noun's, wherever the parser hangs it
        (
            "Heavy fighting raged between the Malian army and gunmen loyal to the Tuareg Front near Kidal.",
            ("Mali", "hostile", "Tuareg Front"),
        ),
    ],
)
def test_relation_families(extract, text, triple):
    b = extract(text)
    assert has(b, triple), relation_triples(b)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # one side of a clash is never set against itself
        (
            "Heavy fighting between gunmen of the M23 Movement and gunmen of the Nyatura Front "
            "and the Mai-Mai Brigade lasted all night.",
            ("Nyatura Front", "hostile", "Mai-Mai Brigade"),
        ),
        # groups linked to a movement are not that movement fighting anyone
        (
            "Near the border the Burkinabe army battled Al-Qaeda-linked groups for hours.",
            ("al-Qaeda", "cooperative", "Al-Qaeda-linked groups"),
        ),
        # a state possessor is where a group is, not whose it is
        (
            "Niger's main opposition group, the Patriotic Union for Renewal, boycotted the vote.",
            ("Patriotic Union for Renewal", "cooperative", "Niger"),
        ),
        # sides that skirmish are not allies; an exchange of prisoners is no fighting
        (
            "The Kachin Independence Army and the Myanmar army skirmished for a week near Bhamo.",
            ("Kachin Independence Army", "cooperative", "Myanmar"),
        ),
        (
            "The Houthis and the Yemeni government exchanged prisoners in Sanaa.",
            ("Houthis", "hostile", "Yemen"),
        ),
        (
            "Heavy fighting raged between the Malian army and gunmen loyal to the Tuareg Front near Kidal.",
            ("Mali", "cooperative", "Tuareg Front"),
        ),
    ],
)
def test_readings_that_must_not_appear(extract, text, wrong):
    assert not has(extract(text), wrong)


def test_a_name_beside_a_persons_title_is_a_person(extract):
    """An unfamiliar name the tagger calls an organisation or a work of art is a person when a
    leader's or a spokesman's title stands beside it; "a member of" says nothing of the kind."""
    b = extract("Twan Mrat Naing, the leader of the Arakan Army, vowed to continue the fight.")
    assert actor_named(b, "Twan Mrat Naing").type == "person"
    assert has(b, ("Twan Mrat Naing", "cooperative", "Arakan Army")), relation_triples(b)
    b = extract("The Sudan Revolutionary Front, a member of the coalition, rejected the deal on Monday.")
    assert all(a.type != "person" for a in b.actors), [(a.name, a.type) for a in b.actors]


def test_a_place_in_apposition_is_no_actor(extract):
    b = extract("Shells fell on Um Kadada, a town east of El Fasher, from Sudanese positions.")
    assert not any(a.name.startswith("Um Kadada") for a in b.actors)


def test_a_name_before_a_backed_compound_stays_whole(extract):
    b = extract("Despite the rain the Sahel Front Western-backed militias held the ridge.")
    assert not any(a.name.endswith("Western") for a in b.actors)


def test_capitals_listed_without_commas_act_as_their_states(extract):
    b = extract("The ceasefire was negotiated by Paris Rome and Berlin last May.")
    assert {"France", "Italy", "Germany"} <= {a.name for a in b.actors}


def test_a_demonym_before_a_holder_is_the_holders(extract):
    """ "the Congolese army-held town": the parser hangs the demonym on the town; it is the army's."""
    b = extract("M23 fighters launched an offensive on the Congolese army-held town of Sake on Monday.")
    assert has(b, ("M23", "hostile", "Democratic Republic of the Congo")), relation_triples(b)
    assert not any(a.name == "army" or "army" in a.aliases for a in b.actors)


def test_the_forces_of_a_man_no_state_is_named_for_are_his(extract):
    """ "Haftar's forces" where no state is in view: the man's side, named by him, never an actor 'forces'."""
    b = extract("Gunmen loyal to the Government of National Accord repelled an assault by Khalifa Haftar's forces.")
    haftar = actor_named(b, "Khalifa Haftar")
    assert haftar.type == "person" and "forces" not in haftar.aliases
    assert not any(a.name == "forces" for a in b.actors)
    assert has(b, ("Government of National Accord", "hostile", "Khalifa Haftar")), relation_triples(b)
    b = extract("Villagers fled as Joseph Kony's forces advanced on the town.")
    assert [a.name for a in b.actors] == ["Joseph Kony"]


def test_a_branch_belongs_to_the_named_body_and_not_to_the_country(extract):
    b = extract("Police in Lamu said the Jaysh Ayman brigade, al-Shabaab's official wing in Kenya, had pulled back.")
    assert has(b, ("Jaysh Ayman", "cooperative", "al-Shabaab")), relation_triples(b)
    assert not has(b, ("Jaysh Ayman", "cooperative", "Kenya"))


# ---- sources --------------------------------------------------------------------------


def _speakers(b) -> set[str]:
    """Every name (and alias) of every source but the article itself."""
    by_id = {a.id: a for a in b.actors}
    out: set[str] = set()
    for s in b.sources:
        if s.kind != "article":
            a = by_id.get(s.actor)
            out |= {s.name} | ({a.name, *a.aliases} if a else set())
    return out


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Speaking on condition of anonymity, a Chadian officer told Reuters the garrison had surrendered.", "Reuters"),
        ("Late on Sunday Malian state television published a toll of 12 dead.", "Malian state television"),
        ("The Nigerian Interior Ministry issued a report saying that gunmen had burned the camp.", "Nigeria"),
        ("Convoys must reach Abeche within days Deby told a news conference in the capital.", "Deby"),
        ("According to the United Nations, the raid left a dozen dead.", "United Nations"),
        ("Nine people died, according to a revised count from Amnesty International.", "Amnesty International"),
        ("Doctors in Goma told AFPs reporter that no beds were left.", "Agence France-Presse"),
        # a relayed speaker whose body the parser hangs on the verb ("quoted a source at X as saying")
        (
            "The news agency quoted a source at the Nigerian Police as saying that 14 people had been abducted.",
            "Nigeria",
        ),
    ],
)
def test_source_families(extract, text, speaker):
    assert speaker in _speakers(extract(text))


def test_the_group_is_the_group_named_last(extract):
    b = extract(
        "Macina Liberation Front fighters stormed the base. The Malian army said ten soldiers died. "
        "The group said in a statement that it had seized weapons."
    )
    assert "Macina Liberation Front" in _speakers(b)


def test_a_described_group_is_not_the_group_named_last(extract):
    """'the strongest group in the north' says which group it is: no reference back."""
    b = extract(
        "The Macina Liberation Front attacked the town. The strongest group in the north shelled Malian troops."
    )
    assert not has(b, ("Macina Liberation Front", "hostile", "Mali"))


def test_a_closing_monitor_is_not_the_actor_before_it(extract):
    """'... the rebels and the army, a monitor said': the monitor is nobody named."""
    b = extract("The fighting was the worst clash yet between the rebels and Chadian forces, a monitor said.")
    assert "Chad" not in _speakers(b)


# ---- victims and tolls ----------------------------------------------------------------


def _killed(b) -> list[int]:
    return sorted(c.count for c in b.casualties if c.outcome == "killed" and c.count is not None)


@pytest.mark.parametrize(
    "text, count",
    [
        ("At the cattle market gunmen shot dead a trader.", 1),
        ("A local councillor was gunned down outside his home.", 1),
        ("Bandits tortured a herder to death near the well.", 1),
        ("Rebels assassinated the village chief at dawn.", 1),
        ("Outside the mosque a council clerk was shot and killed by two men.", 1),
        ("Insurgents abducted two farmers and killed them a day later.", 2),
        ("Attackers seized a teacher, then executed him in the forest.", 1),
        ("Soldiers executed eleven herdsmen near the well.", 11),
        ("Two soldiers and a gendarme were killed in the ambush.", 3),
        ("An army ranger and a militant died in the firefight.", 2),
        ("A quarrel over cattle left a herder killed and four others injured.", 1),
        ("Raiders ambushed four guards and killed one of them.", 1),
        ("A farmer disappeared on Monday; he was found beheaded near the road.", 1),
        ("A border guard was martyred when the mine went off.", 1),
        ("Gunmen killed a displaced woman and her three children near the camp.", 4),
        ("A mother and her baby died when the shell hit their house.", 2),
        ("Two men on a motorcycle shot dead two toll collectors at dusk.", 2),
        ("Three KLO (Kamtapur) [Kamtapur Liberation Organisation] fighters died in a gunfight.", 3),
    ],
)
def test_victims_in_any_phrasing(extract, text, count):
    assert count in _killed(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The group claimed the attack on Friday.",
        "Police arrested a suspect after the blast.",
        "A woman mourned her brother at the funeral.",
    ],
)
def test_no_toll_without_a_death(extract, text):
    assert _killed(extract(text)) == []


def test_a_group_among_the_dead_is_a_part_of_them(extract):
    b = extract("Twelve pupils were among 20 people killed when the school was shelled.")
    killed = {c.count: c for c in b.casualties if c.outcome == "killed"}
    assert killed[12].part_of == killed[20].id


def test_the_whole_of_an_ambush_is_not_its_dead(extract):
    """'ambushed four guards and killed one of them': four were attacked, one died."""
    assert 4 not in _killed(extract("Raiders ambushed four guards and killed one of them."))


# ---- names that stay whole -------------------------------------------------------------


def test_a_possessive_without_its_apostrophe_is_stripped(extract):
    b = extract("The grave of President Omar al-Bashirs father lies there. The Bashir family ruled for decades.")
    assert actor_named(b, "Omar al-Bashir") is not None
    assert actor_named(b, "Omar al-Bashirs") is None


def test_a_demonym_stays_in_a_monitors_name(extract):
    b = extract("The anti-junta Burkinabe Observatory for Human Rights said six people died.")
    assert actor_named(b, "Burkinabe Observatory for Human Rights") is not None


def test_bylines_and_credits_are_not_actors(extract):
    b = extract("By Amina Yusuf\nGunmen attacked the market on Monday.\nAmina Yusuf\n")
    assert actor_named(b, "Amina Yusuf") is None


def test_a_person_named_by_a_relation_word_is_an_actor(extract):
    b = extract("Troops loyal to Kagame crossed the border.")
    assert actor_named(b, "Kagame") is not None


def test_names_without_their_apostrophes_are_the_same_body(extract):
    b = extract("The Kurdistan Workers' Party said it had withdrawn. The Kurdistan Workers Party denied it.")
    assert len([a for a in b.actors if "Kurdistan" in a.name]) == 1


def test_a_the_after_a_preposition_stays_inside_a_name(extract):
    b = extract("The Office for the Coordination of Relief in Darfur said aid was blocked.")
    assert any(a.name.startswith("Office for the Coordination") for a in b.actors)


def test_two_names_run_together_are_two_actors(extract):
    b = extract("They said the raid was claimed by Boko Haram al Qaedas regional ally.")
    found = {fold(a.name) for a in b.actors}
    assert {"boko haram", "al qaeda"} <= found


def test_the_front_written_small_is_the_battlefront(extract):
    """ "visited the front" is the battlefront; "the Front said" is the Front named before."""
    b = extract(
        "The Kachin Liberation Front shelled a base near Bhamo.\n\nArmy chief Min Aung Hlaing visited the front."
    )
    assert not has(b, ("Min Aung Hlaing", "neutral", "Kachin Liberation Front")), relation_triples(b)
    assert not any(r.cue.startswith("visit") for r in b.relations)
    b = extract(
        "The Kachin Liberation Front shelled a base near Bhamo. The Front said in a statement it had lost two men."
    )
    assert "Kachin Liberation Front" in _speakers(b)


def test_the_one_accused_of_being_something_is_it(extract):
    """ "Ankara accused the SDF of being an offshoot of the PKK": the SDF is the offshoot, not Ankara."""
    b = extract("Ankara has long accused the Syrian Democratic Forces of being an offshoot of the PKK.")
    n = {a.id: a.name for a in b.actors}
    offshoots = {(n[r.source], n[r.target]) for r in b.relations if r.kind == "offshoot"}
    assert offshoots == {("Syrian Democratic Forces", "PKK")}, relation_triples(b)
    assert has(b, ("Turkey", "hostile", "Syrian Democratic Forces"))


def test_the_army_is_the_one_state_whose_forces_the_article_names(extract):
    """With no country as the article's setting, a bare "the army" is the one state whose own
    forces it names; with two such states it is left as it is, not guessed."""
    b = extract(
        "The Malian army said on Sunday it had repelled an attack by the JNIM near Gao.\n\n"
        "In a statement the army said its troops had destroyed six vehicles."
    )
    assert not any(a.name.lower() == "army" for a in b.actors), [a.name for a in b.actors]
    assert [s.actor for s in b.sources if s.ref and s.ref.index == 1] == ["mali"]
    b = extract(  # no town either: "towards Beni" would set the scene in Congo, and the army there is Congo's
        "Ugandan troops and the Congolese army pushed north.\n\nIn a statement the army said two soldiers died."
    )
    assert not any(
        s.actor in {"uganda", "democratic-republic-of-the-congo"} for s in b.sources if s.ref and s.ref.index == 1
    )
