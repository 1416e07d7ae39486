"""Casualty figures: outcomes, bounds, subsets, attribution and the numbers that are not casualties."""

import pytest

from .conftest import actor_named


def figures(b):
    return [(c.count, c.low, c.high, c.vague, c.outcome, c.victims) for c in b.casualties]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three people were killed in the raid.", (3, 3, 3, False, "killed", "people")),
        ("At least 16 civilians were killed on Friday.", (16, 16, None, False, "killed", "civilians")),
        ("The strike killed 12 soldiers.", (12, 12, 12, False, "killed", "soldiers")),
        ("The missiles also wounded 25 others.", (25, 25, 25, False, "injured", "people")),
        ("An airstrike killed several people.", (None, 3, 9, True, "killed", "people")),
        ("Dozens of people were injured in the blast.", (None, 24, None, True, "injured", "people")),
        (
            "More than a quarter of a million people have been killed.",
            (250000, 250001, None, False, "killed", "people"),
        ),
        ("The death toll rose to 45 on Sunday.", (45, 45, 45, False, "killed", "people")),
        (
            "The group put the death toll from the conflict at 470000.",
            (470000, 470000, 470000, False, "killed", "people"),
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
    b = extract("The monitor said 500 people had been killed since the fighting began, including 92 civilians.")
    total = next(c for c in b.casualties if c.count == 500)
    part = next(c for c in b.casualties if c.count == 92)
    assert part.part_of == total.id and part.outcome == "killed" and part.victims == "civilians"
    assert total.cumulative
    assert not any(c.count == 592 for c in b.casualties)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("The group has claimed more than 150 attacks on US forces.", "attacks"),
        ("Airstrikes targeted three hospitals in Idlib.", "hospitals"),
        ("The SDF is supported by hundreds of US troops.", "no word"),
        ("He led the agency from 2014 to 2020.", "year"),
        ("The offensive began on 27 November.", "date"),
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
            "The Syrian Observatory for Human Rights estimated 500 people had been killed.",
            "Syrian Observatory for Human Rights",
        ),
        ("Three people were killed, according to the United Nations.", "United Nations"),
        (
            "A bomb killed at least 16 people on Tuesday, the Syrian Observatory for Human Rights said.",
            "Syrian Observatory for Human Rights",
        ),
        ("Amnesty International reported that 20 civilians died.", "Amnesty International"),
    ],
)
def test_figures_are_attributed(extract, text, reporter):
    b = extract(text)
    assert b.casualties
    assert b.casualties[0].reported_by == actor_named(b, reporter).id


def test_repeated_figure_is_one_figure(extract):
    b = extract("Bombing kills 16 in Hasaka. A suicide bomb killed 16 people in Hasaka on Tuesday.")
    assert len([c for c in b.casualties if c.count == 16]) == 1


def test_coordinated_groups_make_a_total_with_parts(extract):
    b = extract("Ten children and five women have been killed in air strikes, a monitoring group said.")
    total = next(c for c in b.casualties if c.count == 15)
    parts = {(c.count, c.victims) for c in b.casualties if c.part_of == total.id}
    assert parts == {(10, "children"), (5, "women")}
    assert total.qualifier == "sum"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rocket shells hit the area, claiming the life of a girl and injuring two people.", (1, "killed", "children")),
        ("A soldier was killed and three others were wounded.", (1, "killed", "soldiers")),
    ],
)
def test_one_named_victim_counts_as_one(extract, text, expected):
    got = [(c.count, c.outcome, c.victims) for c in extract(text).casualties]
    assert expected in got, got


def test_a_person_without_an_outcome_is_no_figure(extract):
    b = extract("A woman mourns outside the hospital.")
    assert not b.casualties and not b.rejected
