"""The plain copy of a sentence's parse (generator/parsetree.py) answers as spaCy does.

Every attribute the rules read is compared with spaCy's own answer, token by token and
span by span, on sentences parsed by the pipeline and on a hand-built non-projective tree
(where spaCy's subtree edges are not the subtree's bounds)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc as SpacyDoc

from generator import parsetree
from generator.parse import Paragraph, _whole_sentences, sentence_doc

PARAGRAPHS = [
    "Ukrainian and Polish officials met in Rzeszow on Tuesday. Russia's Defence Ministry said its air defences "
    "had downed 40 drones over Bryansk, Kursk and the Black Sea, while Ukraine's air force reported 12 missiles.",
    "Fighters of the Rapid Support Forces (RSF), backed by the UAE according to UN experts, entered El Fasher. "
    "The army, aided by allied militias, said it had repelled them; aid agencies warned of famine.",
    "M23 rebels seized Goma and Bukavu. The U.N. mission said at least 700 people - many of them civilians - were "
    "killed, and Kinshasa accused Kigali of sending 4,000 troops.",
    "Al-Shabaab claimed the attack on the Kenyan army base in Lamu, which killed three U.S. personnel, "
    "a Kenyan military spokesman said.",
]

TOKEN_ATTRS = (
    "text",
    "text_with_ws",
    "lower_",
    "lemma_",
    "tag_",
    "dep_",
    "ent_type_",
    "pos_",
    "whitespace_",
    "is_sent_start",
    "is_title",
    "is_upper",
    "is_lower",
    "is_alpha",
    "is_punct",
    "is_digit",
    "is_space",
    "like_num",
)
TOKEN_LINKS = ("head", "left_edge", "right_edge")
TOKEN_SEQUENCES = ("children", "lefts", "rights", "conjuncts", "subtree", "ancestors")


def _same(theirs: SpacyDoc, ours: parsetree.Doc) -> None:
    assert len(ours) == len(theirs)
    assert ours.text == theirs.text
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]
    for a, b in zip(theirs, ours, strict=True):
        assert b.i == a.i and len(b) == len(a)
        for name in TOKEN_ATTRS:
            assert getattr(b, name) == getattr(a, name), (a.i, a.text, name)
        for name in TOKEN_LINKS:
            assert getattr(b, name).i == getattr(a, name).i, (a.i, a.text, name)
        for name in TOKEN_SEQUENCES:
            assert [t.i for t in getattr(b, name)] == [t.i for t in getattr(a, name)], (a.i, a.text, name)
        assert str(b.morph) == str(a.morph) and b.morph.get("Number") == a.morph.get("Number")
    for i in range(len(theirs)):
        for j in range(i + 1, len(theirs) + 1):
            x, y = theirs[i:j], ours[i:j]
            assert (y.start, y.end, y.text, y.text_with_ws, y.lemma_) == (
                x.start,
                x.end,
                x.text,
                x.text_with_ws,
                x.lemma_,
            )
            assert y.root.i == x.root.i, (i, j)
            assert [(e.start, e.end) for e in y.ents] == [(e.start, e.end) for e in x.ents]
    for k in range(-4, 4):
        assert ours[k:].text == theirs[k:].text and ours[:k].text == theirs[:k].text
        assert ours[k].i == theirs[k].i


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_each_sentence_reads_as_spacys_copy(nlp, text):
    doc = nlp(text)
    paragraph = Paragraph.read(doc)
    for span in _whole_sentences(doc):
        theirs = sentence_doc(span, paragraph)
        _same(theirs, parsetree.plain(theirs))


def test_a_non_projective_tree_keeps_spacys_edges(nlp):
    """'including' hung from 'shelling' across the verb: spaCy's right edge of 'hurt' stops short
    of its subtree, and the rules were written against spaCy's edges."""
    words = [
        "Officials",
        "said",
        "300",
        "were",
        "hurt",
        "since",
        "shelling",
        "resumed",
        "on",
        "Friday",
        ",",
        "including",
        "40",
        "children",
        ".",
    ]
    heads = [1, 1, 4, 4, 1, 7, 7, 4, 7, 8, 7, 6, 13, 11, 1]
    deps = ["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "mark", "nsubj", "advcl", "prep", "pobj", "punct"]
    deps += ["prep", "nummod", "pobj", "punct"]
    theirs = SpacyDoc(nlp.vocab, words=words, heads=heads, deps=deps)
    ours = parsetree.plain(theirs)
    _same(theirs, ours)
    hurt = ours[4]
    assert hurt.right_edge.i == 10
    assert max(t.i for t in hurt.subtree) == 13


def test_a_released_sentence_holds_no_tokens(nlp):
    ours = parsetree.plain(nlp("Houthi forces fired two missiles at a tanker in the Red Sea."))
    tok = ours[0]
    ours.release()
    assert len(ours) == 0 and not ours.ents
    assert tok.head is None and tok.children == ()
