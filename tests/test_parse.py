"""Sentence copies of a paragraph's parse (generator/parse.py)."""

from __future__ import annotations

import pytest

from generator.parse import Paragraph, _whole_sentences, sentence_doc

PARAGRAPHS = [
    "Ukrainian drones struck an oil depot in Novorossiysk on Monday. The Russian Defence Ministry said "
    "it had downed 40 drones over the Black Sea.",
    "Fighters of the Rapid Support Forces entered El Fasher.  The Sudanese army said it repelled them. "
    "  Aid agencies warned of famine in North Darfur.",
    "The M23 rebels, backed by Rwanda, seized Goma. U.N. Secretary-General Antonio Guterres condemned the offensive.",
]


def _reading(doc):
    tokens = [
        (t.text, t.whitespace_, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, str(t.morph))
        for t in doc
    ]
    return tokens, [(e.start, e.end, e.label_) for e in doc.ents], [s.start for s in doc.sents]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_a_sentence_copy_reads_as_spacys_own_copy(nlp, text):
    """Every annotation the rules read is what Span.as_doc would give (its vector and tensor,
    which nothing reads, are left out)."""
    doc = nlp(text)
    head = doc._get_array_attrs()
    sentences = _whole_sentences(doc)
    assert len(sentences) >= 2
    for span in sentences:
        ours = sentence_doc(span, Paragraph.read(doc))
        theirs = span.as_doc(array_head=head, array=doc.to_array(head))
        assert _reading(ours) == _reading(theirs)
        assert ours.text == theirs.text


def test_an_entity_a_sentence_end_cuts_is_no_entity_of_either_copy(nlp):
    """A name the tagger ran across a sentence end ("... Hamas. Brigades ..."): each copy
    drops the piece it holds, as Span.as_doc does, rather than keep half a name."""
    from spacy.tokens import Doc

    words = ["Fighters", "of", "Hamas", ".", "Brigades", "attacked", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, False, True, True, False, False],
        heads=[0, 0, 1, 0, 5, 5, 5],
        deps=["ROOT", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
    )
    head = doc._get_array_attrs()
    first, second = _whole_sentences(doc)
    for span in (first, second):
        ours = sentence_doc(span, Paragraph.read(doc))
        assert _reading(ours) == _reading(span.as_doc(array_head=head, array=doc.to_array(head)))
        assert not ours.ents
