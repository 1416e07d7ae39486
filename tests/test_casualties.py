"""Casualty figures: outcomes, bounds, subsets, attribution and the numbers that are not casualties."""

import pytest

from .conftest import actor_named


def figures(b):
    return [(c.count, c.low, c.high, c.vague, c.outcome, c.victims) for c in b.casualties]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen raided the village and three people were killed.", (3, 3, 3, False, "killed", "people")),
        ("On Friday at least 16 civilians were killed near the dam.", (16, 16, None, False, "killed", "civilians")),
        ("The strike killed 12 soldiers.", (12, 12, 12, False, "killed", "soldiers")),
        ("The mortar rounds also wounded 25 others.", (25, 25, 25, False, "injured", "people")),
        ("An airstrike killed several people.", (None, 3, 9, True, "killed", "people")),
        ("The car bomb injured dozens of people near the stadium.", (None, 24, None, True, "injured", "people")),
        (
            "Since 2003, more than a quarter of a million people have lost their lives.",
            (250000, 250001, None, False, "killed", "people"),
        ),
        ("The death toll rose to 45 on Sunday.", (45, 45, 45, False, "killed", "people")),
        (
            "A rights group estimates the death toll at 380000.",
            (380000, 380000, 380000, False, "killed", "people"),
        ),
        (
            "More than 10 million people have been displaced.",
            (10_000_000, 10_000_001, None, False, "displaced", "people"),
        ),
        ("Five children died in the shelling.", (5, 5, 5, False, "killed", "children")),
    ],
)
def test_casualty_figures(extract, text, expected):
    assert expected in figures(extract(text)), figures(extract(text))


def test_subset_points_to_its_total_and_is_not_added(extract):
    b = extract(
        "Since the revolt began, 740 people had been killed in the region, including 85 civilians, a monitor said."
    )
    total = next(c for c in b.casualties if c.count == 740)
    part = next(c for c in b.casualties if c.count == 85)
    assert part.part_of == total.id and part.outcome == "killed" and part.victims == "civilians"
    assert total.cumulative
    assert not any(c.count == 825 for c in b.casualties)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("The militia has carried out more than 60 raids on police posts.", "raids"),
        ("Shells struck two clinics in Bentiu.", "clinics"),
        ("The Kenyan contingent is backed by hundreds of Ugandan troops.", "no word"),
        ("She ran the mission from 2009 to 2015.", "year"),
        ("The blockade began on 4 March.", "date"),
        ("The 45-year-old commander was arrested.", "compound"),
    ],
)
def test_numbers_that_are_not_casualties(extract, text, reason):
    b = extract(text)
    assert not b.casualties
    assert any(reason in r.reason for r in b.rejected), [r.reason for r in b.rejected]


@pytest.mark.parametrize(
    "text, reporter",
    [
        (
            "Physicians for Human Rights estimated that 300 people had been killed in the camp.",
            "Physicians for Human Rights",
        ),
        ("According to the United Nations, the flooding of the camp killed three people.", "United Nations"),
        (
            "Landmines killed at least eight herders near Menaka in May, the Malian Human Rights Commission said.",
            "Malian Human Rights Commission",
        ),
        ("Amnesty International reported that 20 civilians died.", "Amnesty International"),
    ],
)
def test_figures_are_attributed(extract, text, reporter):
    b = extract(text)
    assert b.casualties
    assert b.casualties[0].reported_by == actor_named(b, reporter).id


def test_repeated_figure_is_one_figure(extract):
    b = extract("Shelling kills 7 in Kharkiv. Russian shells killed 7 people in Kharkiv overnight.")
    assert len([c for c in b.casualties if c.count == 7]) == 1


def test_coordinated_groups_make_a_total_with_parts(extract):
    b = extract("Seven children and three women died when the ferry was shelled, officials said.")
    total = next(c for c in b.casualties if c.count == 10)
    parts = {(c.count, c.victims) for c in b.casualties if c.part_of == total.id}
    assert parts == {(7, "children"), (3, "women")}
    assert total.qualifier == "sum"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A drone struck the road, claiming the life of a boy and injuring two people.", (1, "killed", "children")),
        ("In the ambush a policeman was killed and two others were hurt.", (1, "killed", "soldiers")),
    ],
)
def test_one_named_victim_counts_as_one(extract, text, expected):
    got = [(c.count, c.outcome, c.victims) for c in extract(text).casualties]
    assert expected in got, got


def test_a_person_without_an_outcome_is_no_figure(extract):
    b = extract("An old man waits for news at the gate of the morgue.")
    assert not b.casualties and not b.rejected


@pytest.mark.parametrize(
    "text",
    [
        "The war in Tigray has killed more than 600 people, the university's researchers said.",
        "The insurgency, which has killed 4,000 people in the Sahel, shows no sign of ending.",
        "At least 1,200 civilians have died in the conflict, according to the monitors.",
        "About 60,000 people were killed when the rebels took the eastern provinces.",
    ],
)
def test_the_toll_of_a_war_is_cumulative(extract, text):
    """A war's dead to date (its noun the subject, the antecedent or the frame of 'killed'), or a
    toll far above any one event, is never an event's figure."""
    killed = [c for c in extract(text).casualties if c.outcome == "killed"]
    assert killed and all(c.cumulative for c in killed), figures(extract(text))


def test_an_event_toll_stays_an_event(extract):
    b = extract("A drone strike on the market in Kramatorsk killed 14 people on Tuesday.")
    assert [(c.count, c.cumulative) for c in b.casualties] == [(14, False)]


@pytest.mark.parametrize(
    "text, outcome",
    [
        ("The war has affected millions of people and killed many of them.", None),
        ("Millions of people were killed in rhetoric, if not in fact, the speaker joked.", None),
        ("Millions of people have been displaced by the fighting in Darfur.", "displaced"),
        ("Thousands of people were killed in the siege of Mariupol.", "killed"),
    ],
)
def test_magnitude_words_are_no_count_of_the_dead(extract, text, outcome):
    """'millions' gives no range of the dead or wounded: a figure of a million killed is never a
    vague word's; displacement in millions and thousands killed stay."""
    vague = [c for c in extract(text).casualties if c.vague and (c.low or 0) >= 1_000_000]
    assert all(c.outcome not in {"killed", "injured"} for c in vague), figures(extract(text))
    if outcome:
        assert any(c.outcome == outcome for c in extract(text).casualties), figures(extract(text))


@pytest.mark.parametrize(
    "text, count",
    [
        ("Rescuers recovered 12 bodies from the rubble in Kharkiv.", 12),  # Ukraine
        ("Forty bodies were found in a mass grave near Mopti.", 40),  # Mali
        ("Villagers pulled 7 corpses from the river after the raid.", 7),
    ],
)
def test_bodies_found_are_the_dead(extract, text, count):
    assert [(c.count, c.outcome) for c in extract(text).casualties] == [(count, "killed")]


@pytest.mark.parametrize(
    "text",
    ["Rescuers found 12 survivors under the rubble.", "Two UN bodies found the report credible."],
)
def test_finding_people_or_bodies_of_another_kind_counts_no_dead(extract, text):
    assert not [c for c in extract(text).casualties if c.outcome == "killed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ahmed Ali, 30, was gunned down by unknown gunmen in Karachi on Monday.", [(1, "killed")]),
        ("Unknown gunmen assassinated Joseph Kabila Mutombo outside his house in Bunia.", [(1, "killed")]),
        # a name among counted dead is one of them, not one more; an arrest kills no one
        ("Five people, including Ahmed Ali, were killed in the blast.", [(5, "killed")]),
        ("Police arrested Ahmed Ali on Monday.", []),
    ],
)
def test_a_named_person_killed_is_one_dead(extract, text, expected):
    got = [(c.count, c.outcome) for c in extract(text).casualties if c.outcome == "killed"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Sudan Doctors Network said at least 6 children were among the dead.", (6, "killed", "children")),
        ("Three journalists were among those killed in the strike on Gaza City.", (3, "killed", "aid_workers")),
        ("Two medics were among the wounded, the Red Crescent said.", (2, "injured", "aid_workers")),
    ],
)
def test_those_among_the_dead_are_dead(extract, text, expected):
    """ "six children were among the dead": the outcome of those they are among, when that whole
    has no number of its own (with one, "among 40 people killed", they are its part)."""
    b = extract(text)
    assert [(c.count, c.outcome, c.victims) for c in b.casualties] == [expected]


def test_what_is_among_the_targets_is_no_casualty(extract):
    assert not extract("Five villages were among the targets of the air strikes.").casualties
