"""The development corpus (../shared/corpus/fakes-dev): real scraped articles.

Death tolls coded by people must be among the extracted `killed` figures in
at least 85% of the articles, and no article may crash the extraction.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import ROOT, needs_shared

pytestmark = [needs_shared, pytest.mark.slow]


def test_death_tolls_are_found_in_the_dev_corpus(capsys):
    sys.path.insert(0, str(ROOT))
    from bench.toll import run

    rate = run(verbose=True)
    out = capsys.readouterr().out
    assert rate >= 0.85, out


def test_multi_article_briefing_merges_actors(nlp):
    from generator.pipeline import build_briefing

    corpus = ROOT.parent / "shared" / "corpus" / "fakes-dev" / "aleppo"
    files = sorted(Path(corpus).glob("*.md"))[:10]
    b = build_briefing(files, nlp)
    assert len(b.articles) == 10 and not b.problems
    names = [a.name for a in b.actors]
    assert len(names) == len(set(names))
    sohr = [a for a in b.actors if a.name == "Syrian Observatory for Human Rights"]
    assert len(sohr) == 1 and len({m.ref.article_id for m in sohr[0].mentions}) >= 2


def test_the_same_articles_in_any_order_give_the_same_bytes(nlp):
    """Two builds of 20 corpus articles, given in shuffled orders, are byte-identical."""
    import random

    from generator.pipeline import build_briefing
    from generator.render.site import render_site

    corpus = ROOT.parent / "shared" / "corpus" / "fakes-dev" / "aleppo"
    files = sorted(Path(corpus).glob("*.md"))[:20]
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    assert render_site(build_briefing(files, nlp)) == render_site(build_briefing(shuffled, nlp))


def test_acled_tolls_are_found_in_notes_from_other_wars(capsys):
    sys.path.insert(0, str(ROOT))
    from bench.toll import run

    rate = run(verbose=True, corpus=ROOT.parent / "shared" / "corpus" / "acled-dev")
    assert rate >= 0.80, capsys.readouterr().out


@pytest.fixture(scope="module")
def season(nlp):
    """The 60 articles of fakes-dev as one briefing, built as the site builds it."""
    from generator.batch import RunOptions
    from generator.pipeline import build_briefing

    corpus = ROOT.parent / "shared" / "corpus" / "fakes-dev"
    return build_briefing(sorted(corpus.rglob("*.md")), nlp, options=RunOptions(workers=None))


def test_one_profile_per_actor_over_a_season(season):
    """No name or alias belongs to two profiles (a name with or without its head word, "Front",
    "Group", is one name), a group named by a qualified role phrase included; no name is both a
    person's and a group's."""
    from generator.identity import name_key
    from generator.lexicon import default_lexicon, fold

    lex = default_lexicon()
    articles, heads = lex.actors.name_articles, lex.actors.name_heads
    owners: dict[str, set[str]] = {}
    for a in season.actors:
        if a.generic and fold(a.name) in lex.actors.role_by_noun:
            continue  # "rebels" of one article and of another may be two groups
        for n in (a.name, *a.aliases):
            if fold(n) in lex.actors.role_by_noun:
                continue  # "rebels", "the coalition": a noun every such group is called by, not a name
            key = name_key(n, articles).split()
            if len(key) > 2 and key[-1] in heads:
                key = key[:-1]
            owners.setdefault(" ".join(key), set()).add(a.id)
    assert len(season.articles) == 60
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


OPENERS = ("meanwhile", "last", "earlier", "later", "tags", "tag", "capital", "also", "however")


def test_aliases_are_names_not_tag_lines_openers_or_coalitions(season):
    from generator.lexicon import default_lexicon

    lex = default_lexicon()
    states = {*lex.country_by_name, *lex.country_by_demonym}
    for a in season.actors:
        for alias in a.aliases:
            words = alias.lower().split()
            assert words[0] not in OPENERS, (a.name, alias)
            assert not any(w in TIME_NAMES for w in words), (a.name, alias)
            # "Syrian and Iranian forces" is two actors; "Islamic State in Iraq and Syria" is one name
            pairs = [
                (words[i - 1], words[i + 1])
                for i, w in enumerate(words)
                if w == "and" and 0 < i < len(words) - 1 and (i < 2 or words[i - 2] not in {"in", "of"})
            ]
            assert not any(x in states and y in states for x, y in pairs), (a.name, alias)


TIME_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip


def test_war_tolls_are_apart_and_magnitudes_are_no_counts(season):
    """Every killed figure of 50,000 or more counts a war to date; no figure of a million or more
    killed or injured comes from a magnitude word ("millions")."""
    killed = [c for c in season.casualties if c.outcome == "killed"]
    big = [c for c in killed if max(c.count or 0, c.low or 0) >= 50_000]
    assert big and all(c.cumulative for c in big), [(c.count, c.low, c.evidence[0]) for c in big if not c.cumulative]
    magnitudes = [c for c in season.casualties if c.outcome in {"killed", "injured"} and c.vague]
    assert all((c.low or 0) < 1_000_000 for c in magnitudes)


def test_one_incident_per_place_whatever_its_spelling(season):
    """No two incidents on one date and outcome whose places are spellings of one name (one
    town of GeoNames, or one transliteration skeleton)."""
    from generator.lexicon import default_lexicon, skeleton

    lex = default_lexicon()
    seen: dict[tuple, str] = {}
    for i in season.incidents:
        towns = {t.id for t in lex.towns.named(i.place or "")[:1]}
        for key in (skeleton(i.place or ""), *towns):
            assert (i.date, i.outcome, key) not in seen, (i, seen[(i.date, i.outcome, key)])
            seen[(i.date, i.outcome, key)] = i.id
    place_of = {p.name for p in season.places}
    assert {c.place for c in season.casualties if c.place} <= place_of
