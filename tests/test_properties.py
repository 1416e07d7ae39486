"""Property-based tests: random text fed to the reader, the cleaner and every extractor.

Nothing may crash, every fact must point at a sentence that exists, and every span
the extraction quotes must lie inside the sentence it cites."""

from __future__ import annotations

import os
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import clean_blocks
from generator.model import Briefing, SentenceRef
from generator.pipeline import briefing_from_raw
from generator.reader import ArticleError, RawArticle, read_article

# Words that wake the extractors up, mixed with noise: numbers, names, verbs of war,
# reporting phrases, markup and punctuation. Invented, not taken from any article.
WORDS = [
    "the",
    "army",
    "rebels",
    "of",
    "the",
    "Northern",
    "Front",
    "killed",
    "12",
    "three",
    "civilians",
    "said",
    "according",
    "to",
    "police",
    "in",
    "Kidal",
    "on",
    "Monday",
    "March",
    "3",
    ",",
    ".",
    "'s",
    "at",
    "least",
    "dozens",
    "wounded",
    "attacked",
    "backed",
    "by",
    "Russia",
    "UN",
    "(",
    ")",
    '"',
    "\u201c",
    "\u201d",
    "-",
    "\u2014",
    "Abu",
    "al-",
    "Brigade",
    "militia",
    "President",
    "Ali",
    "2019",
    "<b>",
    "</script>",
    "&amp;",
    "=",
    "@",
    "\n\n",
    "\n",
    "\u00e9",
    "\u0627\u0644",
    "\u200b",
    "%",
    "...",
    "killing",
    "bodies",
    "were",
    "found",
    "Reuters",
    "told",
    "AFP",
    "Tuesday",
    "ISIS",
    "SDF",
    "|",
    "#",
]
SUBJECTS = [
    "Rebels of the Northern Front",
    "The army",
    "Government troops",
    "Police",
    "The UN",
    "Russia",
    "Ali Hassan, a commander of the River Brigade,",
    "Gunmen",
    "The Red Cross",
    "ISIS fighters",
]
VERBS = ["attacked", "killed", "shelled", "backed", "clashed with", "said they had ambushed", "accused", "shot dead"]
OBJECTS = [
    "12 civilians in Kidal",
    "an army post near Goma",
    "the Northern Front",
    "at least three soldiers",
    "dozens of people",
    "two of its members",
    "the SDF",
    "5 children and 2 women",
    "a village chief",
]
TAILS = [
    "on Monday",
    "on March 3, 2019",
    "",
    ", killing 4 people and wounding 10",
    ", according to Reuters",
    ", the police said",
    "last week",
    ", a toll of 40, the monitor said",
    "(AFP)",
]
sentence = st.tuples(
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(OBJECTS),
    st.sampled_from(TAILS),
    st.sampled_from([".", "!", "", ". . .", "\n\n"]),
).map(lambda t: f"{t[0]} {t[1]} {t[2]} {t[3]}{t[4]}")
words_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
noisy_sentences = st.tuples(st.lists(sentence, min_size=1, max_size=6), words_text, st.integers(0, 6)).map(
    lambda t: " ".join([*t[0][: t[2]], t[1], *t[0][t[2] :]])
)
mixed = st.one_of(noisy_sentences, words_text, any_text, st.text(string.printable, max_size=300))
STATS: list[tuple[int, int, int, int]] = []
settings.register_profile("briefing", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.load_profile("briefing")


@given(data=st.binary(max_size=2000))
@settings(max_examples=150)
def test_the_reader_reads_or_names_the_problem(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(data)
        try:
            raw = read_article(path)
        except ArticleError as err:
            assert "a.txt" in str(err)
        else:
            assert raw.body.strip()


@given(text=mixed, title=st.one_of(st.none(), st.text(max_size=40)))
@settings(max_examples=200)
def test_the_cleaner_keeps_only_text_blocks(text, title):
    blocks, dateline = clean_blocks(text, title, ())
    assert all(b.text.strip() == b.text and b.text for b in blocks)
    assert dateline is None or isinstance(dateline, str)


def _spans_inside(b: Briefing) -> None:
    texts = {(s.ref.article_id, s.ref.index): s.text for a in b.articles for s in a.sentences}

    def at(ref: SentenceRef) -> str:
        assert (ref.article_id, ref.index) in texts, ref
        return texts[(ref.article_id, ref.index)]

    for actor in [*b.actors, *b.places]:
        for m in actor.mentions:
            assert m.text in at(m.ref), (m.text, at(m.ref))
    for c in b.casualties:
        assert c.text in at(c.evidence[0]), (c.text, at(c.evidence[0]))
        assert all(at(r) is not None for r in c.evidence)
    for r in b.relations:
        assert r.source in {a.id for a in b.actors} and r.target in {a.id for a in b.actors}
        assert all(at(e) is not None for e in r.evidence)
    for e in b.events:
        assert e.date_text in at(e.ref), (e.date_text, at(e.ref))
    for n in b.rejected:
        assert n.text in at(n.ref), (n.text, at(n.ref))
    for s in b.sources:
        if s.ref is not None:
            at(s.ref)


@pytest.mark.slow
@given(texts=st.lists(mixed, min_size=1, max_size=3))
@settings(max_examples=int(os.environ.get("BRIEFING_EXAMPLES", "60")))
def test_every_extractor_survives_random_text_and_cites_its_sentence(nlp, texts):
    raws = [RawArticle(f"a{k}", f"a{k}.txt", t, {}) for k, t in enumerate(texts) if t.strip()]
    b = briefing_from_raw(raws, nlp)
    accounted = {a.id for a in b.articles} | {Path(p.path).stem for p in b.problems}
    assert accounted == {r.id for r in raws}  # built or named, never lost
    _spans_inside(b)
    STATS.append((len(b.actors), len(b.casualties), len(b.relations), len(b.events)))
