"""Analyse cleaned articles with spaCy: sentences, each with its own parse.

Each sentence keeps its Doc (a copy of the block's parse, not a re-parse)
so later extractors work on small, self-contained parses and every fact
they find maps back to exactly one numbered sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..clean import Block, drop_repeats
from ..model import Sentence, SentenceRef


@dataclass(frozen=True)
class ParsedSentence:
    """A model Sentence and the spaCy parse of its text."""

    sentence: Sentence
    doc: Doc


def split_blocks(nlp: Language, blocks: list[Block]) -> list[tuple[str, bool]]:
    """Split paragraphs into sentences with the parser; captions stay whole."""
    texts = [b.text for b in blocks]
    out: list[tuple[str, bool]] = []
    for block, doc in zip(blocks, nlp.pipe(texts), strict=True):
        if block.is_caption:
            out.append((block.text, True))
            continue
        out.extend((s.text.strip(), False) for s in doc.sents if s.text.strip())
    return out


def analyse(nlp: Language, article_id: str, blocks: list[Block]) -> tuple[list[ParsedSentence], int]:
    """Return the article's parsed sentences and how many repeats were dropped."""
    sentences, dropped = drop_repeats(split_blocks(nlp, blocks))
    docs = nlp.pipe(text for text, _ in sentences)
    parsed = [
        ParsedSentence(Sentence(SentenceRef(article_id, i), text, caption), doc)
        for i, ((text, caption), doc) in enumerate(zip(sentences, docs, strict=True))
    ]
    return parsed, dropped
