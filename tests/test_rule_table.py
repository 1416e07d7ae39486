"""The relation rules as a table: every rule reads the sentence it gives as its example, and
every fact of the export says which rule read it."""

from __future__ import annotations

import pytest

from generator.extract.facts.relations import RULES
from generator.model import RELATION_KINDS

from .conftest import names


def test_rule_ids_are_unique_and_every_rule_says_what_it_reads():
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.apply.__doc__, rule.id
        assert rule.example.endswith("."), rule.id


@pytest.mark.slow
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_reads_its_own_example(rule, extract):
    b = extract(rule.example)
    found = {r.rules for r in b.relations}
    assert any(rule.id in rules for rules in found), (
        rule.example,
        [(names(b)[r.source], r.kind, names(b)[r.target], r.rules) for r in b.relations],
    )


@pytest.mark.slow
def test_every_fact_carries_the_rule_that_read_it(seed_briefing):
    assert seed_briefing.relations and all(r.rules for r in seed_briefing.relations)
    assert all(set(r.rules) <= {x.id for x in RULES} | {"head-of-state", "office-of"} for r in seed_briefing.relations)
    assert all(c.rule for c in seed_briefing.casualties)
    assert all(s.rule for s in seed_briefing.sources)
    assert all(e.rule for e in seed_briefing.events)


def test_every_kind_has_one_polarity():
    assert {spec.polarity for spec in RELATION_KINDS.values()} == {"cooperative", "hostile", "neutral"}
