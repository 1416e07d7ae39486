"""Names and their variants: what the words of a name tell.

The type an organisation's name words give ("... Brigade" is an armed group),
a name without titles, a surname, initials that may be an acronym, the head
word of a name. Pure string functions over the Lexicon's word lists.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from ...lexicon import Lexicon, fold
from ...parsetree import Token

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}

PLACE_LABELS = {"GPE", "LOC", "FAC"}

# Month and day names: a capitalised word that names a time, never an actor.
TIME_WORDS = frozenset(
    [n.lower() for n in (*calendar.month_name[1:], *calendar.day_name)] + ["today", "yesterday", "tomorrow"]
)

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.'-]{1,9}$")


def name_words(text: str) -> list[str]:
    """The lower-case words of a name, split at spaces and hyphens."""
    return [w for w in re.split(r"[\s-]+", text.lower()) if w]


def org_type(text: str, lex: Lexicon) -> tuple[str | None, bool]:
    """Type of an organisation from the words of its name; (type, sure)."""
    words = name_words(text)
    if any(w in lex.armed_markers or w.replace("'", "") in lex.armed_markers for w in words):
        return "armed_group", True
    cut = next((i for i, w in enumerate(words) if i and w in {"of", "for", "in", "on", "against"}), len(words))
    for word in reversed(words[:cut]):
        if word in lex.actors.name_heads:
            return lex.actors.name_heads[word], True
    branch = BRANCH.split(text, maxsplit=1)
    known = lex.known_by_name.get(fold(branch[0])) if len(branch) > 1 else None
    if known is not None:
        return known.type, True  # "Islamic State in the Greater Sahara": a known body's branch is of its kind
    return None, False


BRANCH = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?=[A-Z])")


def is_acronym(text: str) -> bool:
    return text.isupper() and 2 <= len(text.replace(".", "")) <= 8


NAME_PARTS = re.compile(r"[\s\-'\u2019]+")


def abbreviates(acronym: str, name: str) -> bool:
    """Whether a bracketed acronym can stand for the name before it: at least half of its capitals
    are first letters of the name's words ("Tehreek-e-Taliban Pakistan (TTP)"; "Islamic State in
    the Greater Sahara (EIGS)", from the French, still fits). A person's party in brackets
    ("Amadou Sow (CDP)") or a unit's parent group ("Katiba Serma (JNIM)") is another actor, and
    taking it for the name's acronym would merge the two wherever the acronym recurs."""
    letters = [c for c in acronym if c.isupper()]
    return 2 * initial_hits(acronym, name) >= len(letters)


def initial_hits(acronym: str, name: str, capitals_only: bool = False) -> int:
    """How many capitals of the acronym are first letters of the name's words, each word used
    once; with `capitals_only`, of its capitalised words ("in", "the" seldom give a letter)."""
    initials = [p[0].lower() for p in NAME_PARTS.split(name) if p and (p[0].isupper() or not capitals_only)]
    hits = 0
    for c in (c.lower() for c in acronym if c.isupper()):
        if c in initials:
            initials.remove(c)
            hits += 1
    return hits


def head_word(name: str) -> str:
    """The head of a name: its last word before "of"/"for"/"in"."""
    words = name.split()
    for i, w in enumerate(words):
        if i and w in {"of", "for", "in", "on"}:
            return words[i - 1]
    return words[-1]


@cache
def _bare_titles(lex: Lexicon) -> frozenset[str]:
    """Person titles with and without their full stop, built once per Lexicon."""
    return frozenset(lex.actors.person_titles | {t.rstrip(".") for t in lex.actors.person_titles})


def strip_titles(text: str, lex: Lexicon) -> str:
    """A person's name without the titles before it ("President", "Col.")."""
    titles = _bare_titles(lex)
    words = text.split()
    while len(words) > 1:
        # the longest title first: "Defence Minister X", "Deputy Prime Minister Y"
        n = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]).lower().rstrip(".") in titles), 0)
        if not n:
            break
        words = words[n:]
    return " ".join(words)


def surname(name: str, lex: Lexicon) -> str:
    last = name.split()[-1].lower()
    for p in lex.actors.name_particles:
        if last.startswith(p + "-"):
            return last[len(p) + 1 :]
    return last


def initials(name: str, lex: Lexicon) -> str:
    letters = []
    for w in re.split(r"\s+", name):
        if w.lower() in {"of", "for", "the", "and", "in", "on", "de", "du"}:
            continue
        parts = w.split("-")
        core = parts[-1] if parts[0].lower() in lex.actors.name_particles and len(parts) > 1 else w
        if core[:1].isupper():
            letters.append(core[0])
    return "".join(letters)


def known_as(known: Token) -> list[Token]:
    """The name after "known as", read by position: the parser often makes it a new subject."""
    doc, i = known.doc, known.i + 2
    if i >= len(doc) or doc[i - 1].lower_ != "as":
        return []
    return [doc[i + 1]] if doc[i].lower_ in {"the", "a"} and i + 1 < len(doc) else [doc[i]]


NAMING_VERBS = frozenset({"call", "name", "dub", "style"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def named_as(acl: Token) -> list[Token]:
    """The name a participle after a noun gives it: "a militia known as the Janjaweed", "a group
    calling itself the Mountain Lions", "a faction called X"."""
    if acl.lower_ == "known":
        return known_as(acl)
    if acl.lemma_.lower() not in NAMING_VERBS:
        return []
    return [g for g in acl.children if g.dep_ in {"oprd", "attr", "xcomp", "dobj"} and g.lower_ not in REFLEXIVES]
