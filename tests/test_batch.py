"""Many articles: the cache on disk, worker processes and a Dask cluster all give the
same briefing, byte for byte; only new or changed articles are analysed again."""

from __future__ import annotations

import logging

import pytest

import generator.batch as batch
from generator.batch import RunOptions
from generator.cache import AnalysisCache
from generator.pipeline import build_briefing
from generator.render.export import to_json

pytestmark = pytest.mark.slow

ARTICLES = {
    "a_raid.txt": "Rebels of the Northern Liberation Front (NLF) attacked an army post near Kidal on Monday, "
    "killing four soldiers, a military spokesman said.",
    "b_reply.txt": "The army said the NLF had lost twelve fighters near Kidal. Mali's government condemned the raid.",
    "c_aid.txt": "The Red Cross said three civilians were wounded in Gao on Tuesday.",
    "d_talks.txt": "Algeria backed talks between the Northern Liberation Front and the government of Mali.",
}


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def counted(monkeypatch):
    """How many articles were analysed (not taken from the cache)."""
    calls: list[str] = []
    real = batch.analyse

    def analyse(raw, nlp, lex):
        calls.append(raw.id)
        return real(raw, nlp, lex)

    monkeypatch.setattr(batch, "analyse", analyse)
    return calls


def build(folder, nlp, **options) -> str:
    return to_json(build_briefing(sorted(folder.glob("*.txt")), nlp, options=RunOptions(**options)))


def test_cold_warm_and_any_number_of_workers_give_the_same_bytes(seeds, tmp_path, nlp):
    plain = build(seeds, nlp)
    assert build(seeds, nlp, cache=tmp_path / "cache", workers=2) == plain  # cold, two processes
    assert build(seeds, nlp, cache=tmp_path / "cache", workers=1) == plain  # warm
    assert build(seeds, nlp, workers=3) == plain


def test_only_a_changed_article_is_analysed_again(seeds, tmp_path, nlp, counted):
    build(seeds, nlp, cache=tmp_path / "cache")
    assert sorted(counted) == ["a_raid", "b_reply", "c_aid", "d_talks"]
    counted.clear()
    build(seeds, nlp, cache=tmp_path / "cache")
    assert counted == []
    (seeds / "c_aid.txt").write_text("The Red Cross said five civilians were wounded in Gao.\n", encoding="utf-8")
    build(seeds, nlp, cache=tmp_path / "cache")
    assert counted == ["c_aid"]


def test_a_corrupt_entry_is_recomputed_with_a_warning(seeds, tmp_path, nlp, caplog):
    first = build(seeds, nlp, cache=tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    assert len(entries) == len(ARTICLES)
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:40])  # truncated by a crash
    with caplog.at_level(logging.WARNING):
        assert build(seeds, nlp, cache=tmp_path / "cache") == first
    assert sum("unreadable" in r.getMessage() for r in caplog.records) == 2


def test_a_changed_word_list_invalidates_the_cache(seeds, tmp_path, nlp, counted):
    from generator.lexicon import load_lexicon

    build(seeds, nlp, cache=tmp_path / "cache")
    counted.clear()
    other = load_lexicon(["global"])
    build_briefing(sorted(seeds.glob("*.txt")), nlp, other, options=RunOptions(cache=tmp_path / "cache"))
    assert len(counted) == len(ARTICLES)


def test_problems_are_cached_and_still_reported(seeds, tmp_path, nlp, caplog):
    (seeds / "e_empty.txt").write_text("\u200b\n", encoding="utf-8")  # no text once cleaned
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            b = build_briefing(sorted(seeds.glob("*.txt")), nlp, options=RunOptions(cache=tmp_path / "cache"))
        assert [p.path for p in b.problems] and any("e_empty" in r.getMessage() for r in caplog.records)


def test_the_cache_never_writes_where_it_cannot(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    from generator.model import Briefing

    with caplog.at_level(logging.WARNING):
        AnalysisCache(blocked / "cache").put("ab" * 32, Briefing(articles=()))
    assert "cannot write the cache" in caplog.text


def test_a_local_dask_cluster_gives_the_same_bytes(seeds, tmp_path, nlp):
    distributed = pytest.importorskip("distributed")
    plain = build(seeds, nlp)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        assert build(seeds, nlp, cache=tmp_path / "cache", scheduler=c.scheduler_address) == plain
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == len(ARTICLES)  # the same cache entries


def test_a_defect_met_on_one_article_names_it_and_the_others_build(seeds, nlp, monkeypatch, caplog):
    import generator.analysis as analysis

    real = analysis.extract

    def flaky(articles, parsed, problems, lex):
        if articles[0].id == "b_reply":
            raise IndexError("index out of range")
        return real(articles, parsed, problems, lex)

    monkeypatch.setattr(analysis, "extract", flaky)
    with caplog.at_level(logging.WARNING):
        b = build_briefing(sorted(seeds.glob("*.txt")), nlp)
    assert sorted(a.id for a in b.articles) == ["a_raid", "c_aid", "d_talks"]
    assert "b_reply.txt: the analysis failed (IndexError" in caplog.text


def test_a_cache_that_cannot_be_written_warns_once(seeds, tmp_path, nlp, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        build(seeds, nlp, cache=blocked / "cache")
    assert caplog.text.count("cannot write the cache") == 1
