"""The whole extraction: files in, one Briefing out.

read -> clean -> parse (spaCy) -> mentions -> resolve -> relations,
casualties, sources, events. One bad file is reported and skipped; the
others still make the briefing. Every step gets the Lexicon it reads words
from; nothing here reaches for a global one.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date
from pathlib import Path

from spacy.language import Language

from . import nlp as nlp_loader
from .clean import clean_blocks
from .dates import absolute, infer_publication
from .extract.casualties import extract_casualties
from .extract.institutions import add_offices
from .extract.mentions import find_mentions
from .extract.parse import ParsedSentence, parse_sentences
from .extract.relations import extract_relations
from .extract.resolve import resolve
from .extract.sources import extract_sources
from .extract.spans import build_matchers
from .extract.timeline import extract_events
from .lexicon import Lexicon, default_lexicon
from .model import Actor, Article, Briefing, Casualty, Problem, Relation, Source
from .reader import MAX_CHARS, ArticleError, RawArticle, read_article

log = logging.getLogger(__name__)
TITLE_WORDS = 14


def problem(path: str, err: Exception) -> Problem:
    """A file that could not be used, told without where it lies on the machine."""
    return Problem(path, str(err).replace(str(Path(path).parent) + "/", ""))


def reported(path: str, err: Exception) -> Problem:
    """A problem logged as a WARNING that names the file, never the folder it lies in."""
    found = problem(path, err)
    log.warning("%s", found.message)
    return found


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


def prepare(nlp: Language, raw: RawArticle, lex: Lexicon) -> tuple[Article, list[ParsedSentence]]:
    """Clean and parse one article."""
    furniture = tuple(sorted(lex.word_list("page_furniture")))
    blocks, dateline = clean_blocks(raw.body, raw.meta.get("title"), furniture)
    if not blocks:
        raise ArticleError(f"{raw.path}: the article has no text after cleaning")
    parsed, dropped = parse_sentences(nlp, raw.id, blocks)
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


def build_briefing(
    paths: list[Path], nlp: Language | None = None, lex: Lexicon | None = None, max_chars: int = MAX_CHARS
) -> Briefing:
    """Extract one merged briefing from article files; unreadable files become problems."""
    raws: list[RawArticle] = []
    problems: list[Problem] = []
    for path in sorted(paths, key=lambda p: (p.name, str(p))):  # same briefing whatever the order given
        try:
            raws.append(read_article(path, max_chars))
        except ArticleError as err:
            problems.append(reported(str(path), err))
    return briefing_from_raw(raws, nlp, problems, lex)


def briefing_from_raw(
    raws: list[RawArticle],
    nlp: Language | None = None,
    problems: list[Problem] | None = None,
    lex: Lexicon | None = None,
) -> Briefing:
    """Extract one merged briefing from articles already read (default: every gazetteer)."""
    nlp = nlp or nlp_loader.load()
    lex = lex or default_lexicon()
    raws = sorted(raws, key=lambda r: (r.id, r.path))
    matchers = build_matchers(nlp, lex)
    problems = list(problems or [])
    articles: list[Article] = []
    parsed: dict[str, list] = {}
    owners: dict[str, str] = {}  # article id -> its file
    texts: dict[str, str] = {}  # the text, spaces folded -> its file
    for raw in raws:
        try:
            if raw.id in owners:
                raise ArticleError(f"{raw.path}: {Path(owners[raw.id]).name} already has the id '{raw.id}'")
            text = " ".join(raw.body.split())
            if text in texts:  # found before parsing: a copy costs nothing
                raise ArticleError(f"{raw.path}: the same text as {Path(texts[text]).name}; built once")
            owners[raw.id], texts[text] = raw.path, raw.path
            article, sents = prepare(nlp, raw, lex)
        except ArticleError as err:
            problems.append(reported(raw.path, err))
            continue
        articles.append(article)
        parsed[article.id] = [(p, find_mentions(p.doc, matchers, lex)) for p in sents]
    return extract(articles, parsed, problems, lex)


def extract(articles: list[Article], parsed: dict[str, list], problems: list[Problem], lex: Lexicon) -> Briefing:
    """Run every extractor over the resolved sentences."""
    res, office_links = add_offices(resolve(parsed, lex), lex)
    sentences = [s for a in articles for s in res.sentences[a.id]]
    types = {a.id: a.type for a in res.actors}
    relations = extract_relations(sentences, types, res.generic, lex, [*res.leaders, *office_links])
    place_names: dict[tuple[str, int], list[str]] = defaultdict(list)
    for place in res.places:
        for ref in dict.fromkeys(m.ref for m in place.mentions):
            place_names[(ref.article_id, ref.index)].append(place.name)
    casualties, rejected = extract_casualties(sentences, place_names, lex)
    actors_by_id = {a.id: a for a in res.actors}
    sources = extract_sources(sentences, actors_by_id, lex) + [article_source(a) for a in articles]
    events = extract_events(sentences, {a.id: a.published for a in articles})
    actors = keep_actors(list(res.actors), res.generic, relations, casualties, sources)
    return Briefing(
        articles=tuple(articles),
        actors=tuple(actors),
        places=tuple(res.places),
        relations=tuple(relations),
        casualties=tuple(casualties),
        rejected=tuple(rejected),
        sources=tuple(sources),
        events=tuple(events),
        problems=tuple(problems),
    )


def keep_actors(
    actors: list[Actor],
    generic: frozenset[str],
    relations: list[Relation],
    casualties: list[Casualty],
    sources: list[Source],
) -> list[Actor]:
    """A generic group ("jihadists", "militants") named once and doing nothing in the
    text is a passing phrase, not an actor to profile; named actors are always kept."""
    used = {r.source for r in relations} | {r.target for r in relations}
    used |= {c.reported_by for c in casualties} | {s.actor for s in sources} | {s.outlet for s in sources}
    return [a for a in actors if a.id not in generic or a.id in used or len(a.mentions) > 1]


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
    )
