"""Parse cleaned articles with spaCy: sentences, each with its own parse.

Each sentence keeps its Doc (a copy of the block's parse, not a re-parse)
so later extractors work on small, self-contained parses and every fact
they find maps back to exactly one numbered sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.attrs import ENT_IOB
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import parsetree
from .clean import Block, drop_repeats
from .model import Sentence, SentenceRef


@dataclass(frozen=True)
class ParsedSentence:
    """A model Sentence, the spaCy parse of its text (what the phrase matchers read) and the
    same parse as plain objects (what every rule reads: generator/parsetree.py)."""

    sentence: Sentence
    parse: Doc
    doc: parsetree.Doc


PIECE_CHARS = 10_000  # five times the longest paragraph of a real news article
BATCH = 32  # texts parsed at once: at most BATCH * PIECE_CHARS characters in memory
SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"\u201d\u2019')\]]*\s+")


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """A paragraph cut at sentence ends into pieces of at most `limit` characters.

    A page scraped without line breaks can hold megabytes in one "paragraph"; parsed
    whole it costs gigabytes. Cut where a sentence ends (else at a space, else
    anywhere), the parse streams through small pieces and memory stays flat. Real
    paragraphs are far shorter than the limit and are never cut."""
    out = []
    while len(text) > limit:
        window = text[:limit]
        ends = [m.end() for m in SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or limit)
        out.append(text[:cut].strip())
        text = text[cut:]
    out.append(text.strip())
    return [p for p in out if p]


def block_pieces(blocks: list[Block]) -> list[tuple[str, bool]]:
    """The texts to parse: each paragraph (cut if huge) and whether it is a caption."""
    return [(piece, b.is_caption) for b in blocks for piece in pieces(b.text)]


def parse_many(nlp: Language, articles: list[list[str]]) -> list[list[Doc]]:
    """The parses of several articles' texts in one stream through the pipeline.

    One article is often one or two paragraphs; parsed alone, each pays for a batch of
    its own, and a season of articles costs a fifth more than one stream of them. A
    text's parse does not depend on the texts batched with it (checked: tests/test_batch.py)."""
    flat = [t for texts in articles for t in texts]
    docs = iter(nlp.pipe(flat, batch_size=BATCH))
    return [[next(docs) for _ in texts] for texts in articles]


def split_parsed(texts: list[tuple[str, bool]], docs: list[Doc]) -> list[tuple[str, bool, Doc]]:
    """Cut each parsed paragraph into sentences; captions stay whole.

    Each sentence keeps a copy of its part of the paragraph's parse
    (`sentence_doc`), so nothing is parsed twice.
    """
    out: list[tuple[str, bool, Doc]] = []
    for (text, caption), doc in zip(texts, docs, strict=True):
        if caption:
            out.append((text, True, doc))
            continue
        paragraph = Paragraph.read(doc)
        for span in _whole_sentences(doc):
            out.append((span.text, False, sentence_doc(span, paragraph)))
    return out


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph's annotations, read out once for all its sentences (Span.as_doc, and
    each reading of a span's words or entities, walks the whole paragraph again)."""

    attrs: tuple
    array: Any
    words: list[str]
    spaces: list[bool]
    ents: list[tuple[int, int]]

    @classmethod
    def read(cls, doc: Doc) -> Paragraph:
        attrs = doc._get_array_attrs()
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        return cls(attrs, doc.to_array(attrs), words, spaces, [(e.start, e.end) for e in doc.ents])


def sentence_doc(span: Span, paragraph: Paragraph) -> Doc:
    """A Doc holding a copy of one sentence's parse: what Span.as_doc copies that the rules read
    (words, tags, lemmas, the tree, the entities), without the span's vector and tensor, which
    as_doc also computes and copies and which nothing here reads (a tenth of a season's
    extraction time went to them)."""
    a, b = span.start, span.end
    doc = Doc(span.doc.vocab, words=paragraph.words[a:b], spaces=paragraph.spaces[a:b])
    head = paragraph.attrs
    rows = paragraph.array[a:b]  # a view: sentences are disjoint, each mends its own rows
    span._fix_dep_copy(head, rows)  # heads outside the span (a trimmed space) rewired inside it
    if len(rows) and ENT_IOB in head and rows[0][head.index(ENT_IOB)] == 1:
        rows[0][head.index(ENT_IOB)] = 3  # an entity cut at the start begins here
    doc.from_array(head, rows)
    whole = {(s - a, e - a) for s, e in paragraph.ents if a <= s and e <= b}
    ents = doc.ents
    for edge in (ents[:1], ents[-1:]) if ents else ():
        if edge and (edge[0].start, edge[0].end) not in whole:  # an entity the sentence cuts
            doc.set_ents([], missing=list(edge), default="unmodified")
    return doc


FINAL = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", "\u2026")


def _whole_sentences(doc: Doc) -> list:
    """The parser's sentences, a piece that does not end like a sentence joined to the
    next ("Two NSCN (Khaplang)" + "[...] cadres were killed"): within a paragraph every
    sentence ends with its punctuation."""
    pieces = [s for s in (_trimmed(sent) for sent in doc.sents) if s is not None]
    out = []
    start = None
    for k, piece in enumerate(pieces):
        start = piece.start if start is None else start
        last = k == len(pieces) - 1
        if last or piece.text.rstrip().endswith(FINAL):
            out.append(doc[start : piece.end])
            start = None
    return out


def _trimmed(sent):
    """A sentence without leading or trailing white space tokens (None when empty)."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def parse_sentences(
    article_id: str, texts: list[tuple[str, bool]], parsed_texts: list[Doc]
) -> tuple[list[ParsedSentence], int]:
    """The article's parsed sentences, from the parses of its texts, and how many repeats
    were dropped."""
    split = split_parsed(texts, parsed_texts)
    docs = {i: doc for i, (_, _, doc) in enumerate(split)}
    kept, dropped = drop_repeats([(text, caption) for text, caption, _ in split])
    kept_set = iter(kept)
    parsed: list[ParsedSentence] = []
    next_kept = next(kept_set, None)
    for i, (text, caption, _) in enumerate(split):
        if next_kept is not None and (text, caption) == next_kept:
            ref = SentenceRef(article_id, len(parsed))
            parsed.append(ParsedSentence(Sentence(ref, text, caption), docs[i], parsetree.plain(docs[i])))
            next_kept = next(kept_set, None)
    return parsed, dropped
