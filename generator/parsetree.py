"""A sentence's parse as plain Python objects, read out of spaCy once.

The rules ask each token many questions (its dependency, its head, its children, its
lemma) and walk the tree up and down many times. A spaCy Token is a view made anew on every
access (`doc[i]`, `tok.head`, each child of `tok.children`) and each string attribute is
looked up in the vocabulary again: over a season of articles the rules made some twenty
Token objects per token and spent more time on that than on their own logic. Here the
parse of a sentence is read once, through `Doc.to_array`, into tokens that hold their
strings, flags and tree links as plain attributes.

The classes answer the subset of spaCy's Token, Span and Doc interface the extraction uses,
with spaCy's own semantics (checked attribute by attribute against spaCy in
tests/test_parsetree.py): children in text order, a span's root found as spaCy finds it,
conjuncts gathered as spaCy gathers them. They are read-only; spaCy's Doc stays with the
sentence for the phrase matchers, which need it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy import attrs
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc as SpacyDoc

_STRINGS = (attrs.ORTH, attrs.LOWER, attrs.LEMMA, attrs.TAG, attrs.DEP, attrs.ENT_TYPE, attrs.MORPH)
_NUMBERS = (attrs.POS, attrs.HEAD, attrs.SPACY, attrs.SENT_START, attrs.ENT_IOB)
_FLAGS = (
    attrs.IS_TITLE,
    attrs.IS_UPPER,
    attrs.IS_LOWER,
    attrs.IS_ALPHA,
    attrs.IS_PUNCT,
    attrs.IS_DIGIT,
    attrs.IS_SPACE,
    attrs.LIKE_NUM,
)
_COLUMNS = (*_STRINGS, *_NUMBERS, *_FLAGS)
_SENT_START = {1: True, -1: False}  # spaCy's encoding; 0 (unknown) is None


class Morph:
    """A token's morphological features ("Number=Plur|Person=3"), read as spaCy's MorphAnalysis is."""

    __slots__ = ("_features",)

    def __init__(self, text: str) -> None:
        pairs = (f.split("=", 1) for f in text.split("|") if "=" in f)
        self._features = {k: v.split(",") for k, v in pairs}

    def get(self, field: str) -> list[str]:
        return list(self._features.get(field, ()))

    def __str__(self) -> str:
        return "|".join(f"{k}={','.join(v)}" for k, v in self._features.items())


class Token:
    """One token of a sentence, with its strings, flags and tree links as plain attributes."""

    __slots__ = (
        "_conjuncts",
        "_morph",
        "children",
        "dep_",
        "doc",
        "ent_type_",
        "head",
        "i",
        "is_alpha",
        "is_digit",
        "is_lower",
        "is_punct",
        "is_sent_start",
        "is_space",
        "is_title",
        "is_upper",
        "left_edge",
        "lefts",
        "lemma_",
        "like_num",
        "lower_",
        "pos_",
        "right_edge",
        "rights",
        "tag_",
        "text",
        "whitespace_",
    )

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __lt__(self, other: Token) -> bool:
        return self.i < other.i

    def __le__(self, other: Token) -> bool:
        return self.i <= other.i

    def __gt__(self, other: Token) -> bool:
        return self.i > other.i

    def __ge__(self, other: Token) -> bool:
        return self.i >= other.i

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def morph(self) -> Morph:
        return Morph(self._morph)

    @property
    def subtree(self) -> Iterator[Token]:
        """The token and its descendants, in spaCy's order (left subtrees, itself, right ones)."""
        for word in self.lefts:
            yield from word.subtree
        yield self
        for word in self.rights:
            yield from word.subtree

    @property
    def ancestors(self) -> Iterator[Token]:
        tok, seen = self, 0
        while tok.head is not tok and seen < len(self.doc):
            tok = tok.head
            seen += 1
            yield tok

    @property
    def conjuncts(self) -> tuple[Token, ...]:
        """The tokens coordinated with this one, gathered as spaCy does (from the first
        conjunct, through right children attached as "conj")."""
        if self._conjuncts is None:
            start = self
            while start.head is not start and start.dep_ == "conj":
                start = start.head
            queue = [start]
            output = [start]
            for word in queue:
                for child in word.rights:
                    if child.dep_ == "conj":
                        output.append(child)
                        queue.append(child)
            self._conjuncts = tuple(w for w in output if w is not self)
        return self._conjuncts

    def nbor(self, i: int = 1) -> Token:
        if not 0 <= self.i + i < len(self.doc):
            raise IndexError(f"no token at {self.i + i}")
        return self.doc.tokens[self.i + i]

    def is_ancestor(self, descendant: Token) -> bool:
        return descendant.doc is self.doc and any(a is self for a in descendant.ancestors)


class Span:
    """A slice of a sentence (a phrase, a named entity), as spaCy's Span reads it."""

    __slots__ = ("doc", "end", "label_", "start")

    def __init__(self, doc: Doc, start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Token]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, end = _normalize(len(self), i)
            return Span(self.doc, start + self.start, end + self.start)
        k = self.end + i if i < 0 else self.start + i
        if not self.start <= k < self.end:
            raise IndexError(f"no token {i} in a span of {len(self)}")
        return self.doc.tokens[k]

    def _key(self) -> tuple:
        return (id(self.doc), self.start, self.end, self.label_)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def text(self) -> str:
        toks = self.doc.tokens[self.start : self.end]
        return "".join(t.text + t.whitespace_ for t in toks[:-1]) + (toks[-1].text if toks else "")

    @property
    def text_with_ws(self) -> str:
        return "".join(t.text + t.whitespace_ for t in self.doc.tokens[self.start : self.end])

    @property
    def lemma_(self) -> str:
        toks = self.doc.tokens[self.start : self.end]
        return "".join(t.lemma_ + t.whitespace_ for t in toks).strip()

    @property
    def ents(self) -> list[Span]:
        return [e for e in self.doc.ents if self.start <= e.start and e.end <= self.end]

    @property
    def root(self) -> Token:
        """The token with the shortest path to the root of the sentence, the first of equals:
        spaCy's rule, with its preference for a word over a childless space or punctuation."""
        toks = self.doc.tokens
        for tok in toks[self.start : self.end]:
            if tok.head is tok:
                return tok
        best, root = len(toks), None
        for tok in toks[self.start : self.end]:
            if self.start <= tok.head.i < self.end:
                continue
            depth = _depth(tok)
            if depth < best:
                best, root = depth, tok
        return root if root is not None else toks[self.start]


class Doc:
    """One sentence: its tokens and its named entities."""

    __slots__ = ("ents", "text", "tokens")

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.ents: tuple[Span, ...] = ()
        self.text = ""

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, i):
        if i.__class__ is int:
            return self.tokens[i]
        if isinstance(i, slice):
            start, end = _normalize(len(self.tokens), i)
            return Span(self, start, end)
        return self.tokens[i]

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def release(self) -> None:
        """Unlink the tokens once the rules are done with the sentence: tokens and their
        sentence refer to each other, and a cycle left for the garbage collector makes every
        collection of a long run slower."""
        for tok in self.tokens:
            tok.doc = tok.head = tok.left_edge = tok.right_edge = None
            tok.children = tok.lefts = tok.rights = ()
            tok._conjuncts = None
        self.tokens = []
        self.ents = ()


def _normalize(length: int, i: slice) -> tuple[int, int]:
    """spaCy's normalize_slice: negative bounds count from the end, both clamped, no steps."""
    if i.step not in (None, 1):
        raise ValueError("a span has no step")
    start = 0 if i.start is None else (i.start + length if i.start < 0 else i.start)
    start = min(length, max(0, start))
    stop = length if i.stop is None else (i.stop + length if i.stop < 0 else i.stop)
    return start, min(length, max(start, stop))


def _depth(tok: Token) -> int:
    if (tok.is_space or tok.is_punct) and not tok.children:
        return len(tok.doc) - 1
    n = 0
    while tok.head is not tok:
        tok = tok.head
        n += 1
    return n


def plain(doc: SpacyDoc) -> Doc:
    """The plain copy of one parsed sentence."""
    array = doc.to_array(list(_COLUMNS)) if len(doc) else None
    hashes = array[:, : len(_STRINGS)].tolist() if array is not None else []  # unsigned: string ids
    numbers = array[:, len(_STRINGS) :].astype("int64").tolist() if array is not None else []  # signed
    strings = doc.vocab.strings
    names: dict[int, str] = {0: ""}
    out = Doc()
    for i, (ids, row) in enumerate(zip(hashes, numbers, strict=True)):
        for h in ids:
            if h not in names:
                names[h] = strings[h]
        tok = Token()
        tok.doc, tok.i = out, i
        tok.text, tok.lower_, tok.lemma_, tok.tag_, tok.dep_, tok.ent_type_, tok._morph = (names[h] for h in ids)
        pos, _, space, start, _ = row[:5]
        tok.pos_, tok.whitespace_, tok.is_sent_start = (
            POS_NAMES[pos] if pos else "",
            " " if space else "",
            _SENT_START.get(start),
        )
        (tok.is_title, tok.is_upper, tok.is_lower, tok.is_alpha, tok.is_punct, tok.is_digit, tok.is_space,
         tok.like_num) = map(bool, row[5:])  # fmt: skip
        tok._conjuncts = None
        out.tokens.append(tok)
    _link(out.tokens, [i + row[1] for i, row in enumerate(numbers)])
    out.ents = tuple(Span(out, a, b, label) for a, b, label in _entities(out.tokens, [row[4] for row in numbers]))
    out.text = "".join(t.text + t.whitespace_ for t in out.tokens)
    return out


def _entities(tokens: list[Token], iob: list[int]) -> list[tuple[int, int, str]]:
    """The named entities from each token's IOB code and type, read as spaCy's Doc.ents reads
    them (1 inside, 2 outside, 3 begins; an entity without a type is none)."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for tok, code in zip(tokens, iob, strict=True):
        if code == 1 and start == -1:
            raise ValueError(f"an entity inside nothing at '{tok.text}' ({tok.i})")
        if code in {0, 2} or (code == 3 and not tok.ent_type_):
            if start != -1:
                out.append((start, tok.i, label))
            start, label = -1, ""
        elif code == 3:
            if start != -1:
                out.append((start, tok.i, label))
            start, label = tok.i, tok.ent_type_
    if start != -1:
        out.append((start, len(tokens), label))
    return [e for e in out if e[2]]


def _link(tokens: list[Token], heads: list[int]) -> None:
    """Heads, children (in text order) and the edges of each subtree."""
    kids: list[list[Token]] = [[] for _ in tokens]
    for tok, h in zip(tokens, heads, strict=True):
        tok.head = tokens[h]
        if h != tok.i:
            kids[h].append(tok)
    lo, hi = _edges(heads)
    for tok, children in zip(tokens, kids, strict=True):
        tok.children = tuple(children)
        tok.lefts = tuple(c for c in children if c.i < tok.i)
        tok.rights = tuple(c for c in children if c.i > tok.i)
        tok.left_edge, tok.right_edge = tokens[lo[tok.i]], tokens[hi[tok.i]]


def _edges(heads: list[int]) -> tuple[list[int], list[int]]:
    """The left and right edge of each token's subtree as spaCy computes them
    (doc.pyx, set_children_from_heads): passes over the tokens, forwards then backwards,
    until every head lies within its sentence, at most twelve. On a non-projective parse the
    edges can fall short of the subtree ("fighting began last week, including 92 civilians",
    "including" hung from "fighting"); the rules were written against spaCy's edges."""
    n = len(heads)
    lo, hi = list(range(n)), list(range(n))
    for loop in range(12):
        for i in (*range(n), *reversed(range(n))):
            h = heads[i]
            lo[h], hi[h] = min(lo[h], lo[i]), max(hi[h], hi[i])
        if _heads_within(heads, lo) or loop > 10:
            break
    return lo, hi


def _heads_within(heads: list[int], lo: list[int]) -> bool:
    starts = {lo[i] for i, h in enumerate(heads) if h == i}
    first = 0
    for i in range(len(heads)):
        if (i > 0 and i in starts) or i == len(heads) - 1:
            if any(not first <= heads[j] <= i for j in range(first, i)):
                return False
            first = i
    return True
