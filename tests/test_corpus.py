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
