"""The analysis of one article: raw text in, that article's Analysis out.

clean -> parse (spaCy) -> mentions -> resolve -> relations, casualties,
sources, events. Every step gets the Lexicon it reads words from; nothing
here reaches for a global one. Articles are analysed one by one (so the work
can be cached, spread over cores or machines) and merged afterwards
(generator/merge.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .clean import clean_blocks
from .dates import absolute, infer_publication
from .extract.context import MentionSpan
from .extract.facts.casualties import extract_casualties
from .extract.facts.relations import extract_relations
from .extract.facts.sources import extract_sources
from .extract.facts.timeline import extract_events
from .extract.mentions.find import find_mentions
from .extract.mentions.spans import build_matchers
from .extract.resolution.institutions import add_offices
from .extract.resolution.resolve import resolve
from .formats.pdf import page_numbers
from .language import foreign_language
from .lexicon import Lexicon
from .model import Analysis, Article, Source
from .operations import actors_in_use
from .parse import ParsedSentence, block_pieces, parse_many, parse_sentences
from .reader import ArticleError, RawArticle, problem

TITLE_WORDS = 14


def derive_title(sentences: list[ParsedSentence]) -> str:
    """A title from the first body sentence when the file gives none."""
    body = [p.sentence.text for p in sentences if not p.sentence.is_caption] or [p.sentence.text for p in sentences]
    words = body[0].rstrip(".").split() if body else ["Untitled", "article"]
    return " ".join(words[:TITLE_WORDS]) + (" ..." if len(words) > TITLE_WORDS else "")


def publication_date(
    raw: RawArticle, dateline: str | None, parsed: list[ParsedSentence]
) -> tuple[date | None, str | None]:
    """Front matter first, then a dateline, then what the text makes certain."""
    if raw.meta.get("published"):
        return raw.meta["published"], None
    if dateline:
        nd = absolute(dateline, None)
        if nd and nd.precision == "day":
            return date.fromisoformat(nd.iso), f"from the dateline '{dateline}'"
    body = [p.sentence.text for p in parsed if not p.sentence.is_caption]
    captions = [p.sentence.text for p in parsed if p.sentence.is_caption]
    return infer_publication(body, captions)


def cleaned(raw: RawArticle, lex: Lexicon) -> tuple[list[tuple[str, bool]], str | None]:
    """The texts of one article to parse, and its dateline; an ArticleError if there are none."""
    language = foreign_language(raw.body, lex.text.english_function_words)
    if language:  # told here, not when reading: the verdict is cached with the analysis
        raise ArticleError(f"{raw.path}: written in {language}, not English; the extraction reads English only")
    furniture = tuple(sorted(lex.text.page_furniture))
    blocks, dateline = clean_blocks(raw.body, raw.meta.get("title"), furniture)
    if not blocks:
        raise ArticleError(f"{raw.path}: the article has no text after cleaning")
    return block_pieces(blocks), dateline


def prepare(
    raw: RawArticle, texts: list[tuple[str, bool]], docs: list[Doc], dateline: str | None
) -> tuple[Article, list[ParsedSentence]]:
    """The article and its parsed sentences, from the parses of its texts."""
    parsed, dropped = parse_sentences(raw.id, texts, docs)
    if raw.pages:  # a PDF report: each sentence knows the page it was printed on
        numbers = page_numbers([p.sentence.text for p in parsed], raw.pages)
        parsed = [replace(p, sentence=replace(p.sentence, page=n)) for p, n in zip(parsed, numbers, strict=True)]
    published, note = publication_date(raw, dateline, parsed)
    article = Article(
        id=raw.id,
        title=raw.meta.get("title") or derive_title(parsed),
        path=raw.path,
        sentences=tuple(p.sentence for p in parsed),
        url=raw.meta.get("url"),
        publisher=raw.meta.get("publisher"),
        author=raw.meta.get("author"),
        published=published,
        published_note=note,
        dropped_duplicates=dropped,
    )
    return article, parsed


@lru_cache(maxsize=4)
def _matchers(nlp: Language, lex: Lexicon):
    """The phrase matchers of one pipeline and lexicon, built once per process."""
    return build_matchers(nlp, lex)


def analyse(raw: RawArticle, nlp: Language, lex: Lexicon) -> Analysis:
    """The analysis of one article, or the problem that kept it out."""
    return analyse_many([raw], nlp, lex)[0]


def analyse_many(raws: list[RawArticle], nlp: Language, lex: Lexicon) -> list[Analysis]:
    """The analysis of each article, or the problem that kept it out; their texts are
    parsed in one stream (see parse_many), each analysis is that article's alone.

    A pure function of each article, the pipeline and the lexicon: what the cache on
    disk stores and what worker processes (or a Dask cluster) compute. Nothing is
    logged here; the caller reports the problems, wherever this ran."""
    results: dict[int, Analysis] = {}
    ready: dict[int, tuple[list[tuple[str, bool]], str | None]] = {}
    for i, raw in enumerate(raws):
        try:
            ready[i] = cleaned(raw, lex)
        except Exception as err:
            results[i] = _failed(raw, err)
    to_parse = {i: [t for t, _ in texts] for i, (texts, _) in ready.items()}
    try:
        parses = dict(zip(to_parse, parse_many(nlp, list(to_parse.values())), strict=True))
    except Exception:  # one text the pipeline cannot take: parse each article alone to name it
        parses = {}
    for i, (texts, dateline) in ready.items():
        try:
            docs = parses[i] if i in parses else parse_many(nlp, [to_parse[i]])[0]
            article, sents = prepare(raws[i], texts, docs, dateline)
            matchers = _matchers(nlp, lex)
            try:
                results[i] = extract(article, [(p, find_mentions(p.doc, p.parse, matchers, lex)) for p in sents], lex)
            finally:
                for p in sents:
                    p.doc.release()
        except Exception as err:
            results[i] = _failed(raws[i], err)
    return [results[i] for i in range(len(raws))]


def _failed(raw: RawArticle, err: Exception) -> Analysis:
    """An article kept out: its own problem, or a defect met on its text (named, so that
    the other articles still build)."""
    if not isinstance(err, ArticleError):
        err = ArticleError(f"{raw.path}: the analysis failed ({type(err).__name__}: {err}); please report it")
    return Analysis(article=None, problem=problem(raw.path, err))


def extract(article: Article, mentions: list[tuple[ParsedSentence, list[MentionSpan]]], lex: Lexicon) -> Analysis:
    """Run every extractor over the sentences of one article and the mentions found in them."""
    res, office_links = add_offices(resolve({article.id: mentions}, lex), lex)
    sentences = res.sentences[article.id]
    types = {a.id: a.type for a in res.actors}
    relations = extract_relations(sentences, types, res.generic, lex, [*res.leaders, *office_links])
    place_names: dict[tuple[str, int], list[str]] = defaultdict(list)
    for place in res.places:
        for ref in dict.fromkeys(m.ref for m in place.mentions):
            place_names[(ref.article_id, ref.index)].append(place.name)
    casualties, rejected = extract_casualties(sentences, place_names, lex)
    actors_by_id = {a.id: a for a in res.actors}
    sources = [*extract_sources(sentences, actors_by_id, lex), article_source(article)]
    events = extract_events(sentences, {article.id: article.published})
    used = actors_in_use(relations, casualties, sources)
    # a generic group ("jihadists", "militants") named once and doing nothing in the text is a
    # passing phrase, not an actor to profile; named actors are always kept
    actors = [
        replace(a, generic=a.id in res.generic)
        for a in res.actors
        if a.id not in res.generic or a.id in used or len(a.mentions) > 1
    ]
    return Analysis(
        article=article,
        actors=tuple(actors),
        places=tuple(res.places),
        relations=tuple(relations),
        casualties=tuple(casualties),
        rejected=tuple(rejected),
        sources=tuple(sources),
        events=tuple(events),
    )


def article_source(article: Article) -> Source:
    """The article itself, as the first source of everything in it."""
    return Source(
        name=article.publisher or article.title,
        kind="article",
        cue="published",
        content=article.title,
        ref=None,
        actor=None,
        outlet=article.publisher,
        rule="article",
    )
