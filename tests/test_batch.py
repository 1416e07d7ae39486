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
    import generator.analysis as analysis

    real = analysis.analyse_many

    def analyse_many(raws, nlp, lex):
        calls.extend(raw.id for raw in raws)
        return real(raws, nlp, lex)

    monkeypatch.setattr(analysis, "analyse_many", analyse_many)
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


def _generator_messages(caplog) -> list[str]:
    """The generator's own warnings: once the MkDocs hook is imported (another test may have
    imported it), each is also passed on to MkDocs' logger and would be counted twice."""
    return [r.getMessage() for r in caplog.records if r.name.startswith("generator")]


def test_a_corrupt_entry_is_recomputed_with_a_warning(seeds, tmp_path, nlp, caplog):
    first = build(seeds, nlp, cache=tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    assert len(entries) == len(ARTICLES)
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:40])  # truncated by a crash
    with caplog.at_level(logging.WARNING):
        assert build(seeds, nlp, cache=tmp_path / "cache") == first
    assert sum("unreadable" in m for m in _generator_messages(caplog)) == 2


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

    def flaky(article, mentions, lex):
        if article.id == "b_reply":
            raise IndexError("index out of range")
        return real(article, mentions, lex)

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
    assert sum("cannot write the cache" in m for m in _generator_messages(caplog)) == 1


def test_articles_parsed_in_one_stream_read_as_each_alone(nlp):
    """Texts are parsed several articles at a time; a text's parse, and so its analysis,
    must not depend on which texts shared its batch, or the cache and the worker count
    would change the site."""
    from generator.analysis import analyse, analyse_many
    from generator.lexicon import default_lexicon
    from generator.parse import parse_many
    from generator.reader import RawArticle

    raws = [RawArticle(name[:-4], name, text, {"title": name}) for name, text in sorted(ARTICLES.items())]
    lex = default_lexicon()
    assert analyse_many(raws, nlp, lex) == [analyse(raw, nlp, lex) for raw in raws]
    texts = [[raw.body] for raw in raws]

    def shape(doc):
        return [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.lemma_, t.is_sent_start) for t in doc]

    together = [shape(doc) for docs in parse_many(nlp, texts) for doc in docs]
    alone = [shape(parse_many(nlp, [t])[0][0]) for t in texts]
    backwards = [shape(doc) for docs in parse_many(nlp, texts[::-1]) for doc in docs][::-1]
    assert together == alone == backwards


def test_chunks_keep_order_and_leave_a_huge_article_alone():
    from generator.reader import RawArticle

    sizes = [10, 10, batch.CHUNK_CHARS, 10, *([5] * (batch.CHUNK_ARTICLES + 2))]
    raws = [RawArticle(f"a{k}", f"a{k}.txt", "x" * n, {}) for k, n in enumerate(sizes)]
    groups = batch.chunks(raws)
    assert [k for g in groups for k in g] == list(range(len(raws)))
    assert groups[:2] == [[0, 1], [2]]
    assert all(len(g) <= batch.CHUNK_ARTICLES for g in groups)
    assert all(sum(sizes[k] for k in g) <= batch.CHUNK_CHARS for g in groups)


def test_a_text_the_pipeline_cannot_parse_keeps_out_only_its_article(nlp, monkeypatch):
    import generator.analysis as analysis
    from generator.lexicon import default_lexicon
    from generator.reader import RawArticle

    real = analysis.parse_many

    def fragile(nlp, articles):
        if any("Kidal" in text for texts in articles for text in texts):
            raise ValueError("cannot parse this")
        return real(nlp, articles)

    monkeypatch.setattr(analysis, "parse_many", fragile)
    raws = [RawArticle(name[:-4], name, text, {"title": name}) for name, text in sorted(ARTICLES.items())]
    results = analysis.analyse_many(raws, nlp, default_lexicon())
    failed = [r.problem.message for r in results if r.problem]
    assert [r.article is not None for r in results] == [False, False, True, True]
    assert len(failed) == 2 and all("the analysis failed (ValueError: cannot parse this)" in m for m in failed)


def test_a_build_from_the_cache_never_loads_the_pipeline(seeds, tmp_path, nlp, monkeypatch):
    """Every article cached: spaCy and its model are not needed (a second saved on each build
    after a correction); the key names the pipeline `load` would give, read from metadata."""
    from generator import nlp as nlp_loader

    first = to_json(build_briefing(sorted(seeds.glob("*.txt")), None, options=RunOptions(cache=tmp_path / "c")))

    def refuse(*args):
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr(nlp_loader, "load", refuse)
    again = to_json(build_briefing(sorted(seeds.glob("*.txt")), None, options=RunOptions(cache=tmp_path / "c")))
    assert again == first
    assert nlp.meta["version"] in nlp_loader.pipeline_id() and nlp_loader.pipeline_id().endswith(
        __import__("spacy").__version__
    )


def test_the_heap_is_settled_once_and_garbage_is_not_kept(monkeypatch):
    """The long-lived heap is frozen once per process, after a collection: a cycle that
    was garbage before the freeze is freed, not frozen with the rest."""
    import gc
    import weakref

    class Node:
        pass

    monkeypatch.setattr(batch, "_SETTLED", [])
    cycle = Node()
    cycle.me = cycle
    dead = weakref.ref(cycle)
    del cycle
    frozen_before = gc.get_freeze_count()
    batch.settle_heap()
    assert dead() is None
    assert gc.get_freeze_count() > frozen_before
    frozen = gc.get_freeze_count()
    batch.settle_heap()
    assert gc.get_freeze_count() == frozen
