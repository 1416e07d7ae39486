"""Which profiles of different articles are one actor.

Exact evidence first: the same name, a name that is the other's alias, an
acronym and its long form, spelled with or without the articles of
transliterated names ("al-", "el-"). Then three guarded rules for names that
articles spell differently, each applied only when it points at exactly one
other actor of the same type:

- a possessive that lost its apostrophe ("Bashar al-Assads" is Bashar al-Assad);
- a name that ends another, longer name ("Tahrir al-Sham" in "Hayat Tahrir
  al-Sham", "Democratic Forces" in "Syrian Democratic Forces"); two or more
  longer candidates ("Aleppo Police Command", "Hama Police Command") keep it apart;
- a one-word name one letter away from another (rapidfuzz's Levenshtein
  distance: "Daesj", "Daesh"), or a longer name a vowel away ("Jaish al-Islam",
  "Jaysh al-Islam"), never two names a gazetteer knows as different actors;
- two news outlets named with and without a word such as "News" or "TV" ("Sputnik News").

Role nouns ("militants", "rebels") name different groups in different articles:
they join only the same role noun, and never one that the articles set on the
other side of a fight (hostile to an actor the other supports, or the reverse).
A person never joins a group.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from .lexicon import Lexicon, fold
from .model import Actor, Analysis

Member = tuple[int, str]  # (part index, actor id in that part)
MIN_FUZZY_LETTERS = 5


def name_key(name: str, articles: frozenset[str]) -> str:
    """A name as two articles may spell it differently: case, hyphens, spaces and the
    articles of transliterated names aside ("Al Qaeda", "al-Qaeda")."""
    words = re.findall(r"\w+", fold(name).replace("'", ""))
    kept = [w for w in words if w not in articles] or words
    return " ".join(kept)


def _kind(actor: Actor) -> str:
    if actor.generic:
        return "generic"
    return "person" if actor.type == "person" else "group"


class _Groups:
    """Union-find over members. A group may carry an anchor, the gazetteer's name for what
    its profiles are called by ("Syria", "Islamic State"); two groups of different anchors
    never join, whatever alias a slip in one article gave them."""

    def __init__(self) -> None:
        self.parent: dict[Member, Member] = {}
        self.anchor: dict[Member, str] = {}

    def find(self, x: Member) -> Member:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Member, b: Member) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        anchors = {self.anchor[r] for r in (ra, rb) if r in self.anchor}
        if len(anchors) > 1:
            return
        self.parent[max(ra, rb)] = min(ra, rb)
        if anchors:
            self.anchor[min(ra, rb)] = anchors.pop()


def _sides(part: Analysis, actor_id: str, names: dict[str, str]) -> set[tuple[str, str]]:
    """(polarity, folded name of the other end) of an actor's relations in its article."""
    out = set()
    for r in part.relations:
        if actor_id in (r.source, r.target) and r.polarity != "neutral":
            other = r.target if r.source == actor_id else r.source
            out.add((r.polarity, fold(names.get(other, other))))
    return out


def _conflict(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    flip = {"hostile": "cooperative", "cooperative": "hostile"}
    return any((flip[p], o) in b for p, o in a)


VOWELS = frozenset("aeiouy")


def _spelling_variant(a: str, b: str) -> bool:
    """One name spelled two ways: one word one letter apart ("Daesj", "Daesh"); in a name of
    several words, only a vowel for a vowel or a vowel more or less, as transliterations
    differ ("Jaish al-Islam", "Jaysh al-Islam"), never another consonant ("Islam", "Islah")."""
    if a == b or Levenshtein.distance(a, b, score_cutoff=1) > 1:
        return False
    if " " not in a and " " not in b:
        return True
    if len(a.split()) != len(b.split()):
        return False
    ops = Levenshtein.editops(a, b)
    return all(
        (op.tag != "insert" or b[op.dest_pos] in VOWELS)
        and (op.tag != "delete" or a[op.src_pos] in VOWELS)
        and (op.tag != "replace" or (a[op.src_pos] in VOWELS and b[op.dest_pos] in VOWELS))
        for op in ops
    )


class Identity:
    """Groups the actors of every part; `of(member)` is the representative of its group."""

    def __init__(self, parts: list[Analysis], lex: Lexicon) -> None:
        self.lex = lex
        self.articles = lex.actors.name_articles
        self.known = {name_key(n, self.articles): k for k in lex.known for n in (k.name, *k.aliases)}
        self.groups = _Groups()
        self.actor: dict[Member, Actor] = {}
        self._exact(parts)
        self._near()

    def of(self, member: Member) -> Member:
        return self.groups.find(member)

    def members(self) -> list[Member]:
        return list(self.actor)

    def _exact(self, parts: list[Analysis]) -> None:
        owner: dict[tuple[str, str], Member] = {}
        generic_owners: dict[str, list[tuple[Member, set]]] = defaultdict(list)
        for k, part in enumerate(parts):
            names = {a.id: a.name for a in part.actors}
            for actor in part.actors:
                me = (k, actor.id)
                self.actor[me] = actor
                self.groups.find(me)
                anchor = self._anchor(actor)
                if anchor:
                    self.groups.anchor[me] = anchor
                if actor.generic:
                    self._join_role_noun(me, _sides(part, actor.id, names), generic_owners)
                    continue
                keys = {name_key(n, self.articles) for n in (actor.name, *actor.aliases, actor.long_name) if n}
                slots = {(_kind(actor), key) for key in keys}
                if actor.type == "media":  # outlets meet outlets only
                    slots |= {("outlet", self._outlet(k)) for k in keys}
                for slot in sorted(slots):
                    if slot in owner:
                        self.groups.union(owner[slot], me)
                    else:
                        owner[slot] = me

    def _anchor(self, actor: Actor) -> str | None:
        """The country or known actor a profile's own name is, by the gazetteer (not its aliases:
        those are where a resolution slip shows)."""
        if actor.generic or actor.type == "person":
            return None
        country = self.lex.country_by_name.get(fold(actor.name))
        if country:
            return "country:" + country.name
        known = self.known.get(name_key(actor.name, self.articles))
        return "known:" + known.name if known else None

    def _outlet(self, key: str) -> str:
        """A media name without the words that end outlets' names ("sputnik news" -> "sputnik")."""
        words = key.split()
        while len(words) > 1 and words[-1] in self.lex.actors.media_suffixes:
            words.pop()
        return " ".join(words)

    def _join_role_noun(self, me: Member, sides: set, owners: dict[str, list[tuple[Member, set]]]) -> None:
        """The same role noun, unless the articles put the two on opposite sides ("state TV" and
        "state television" are one outlet's role noun, as outlets' names are)."""
        actor = self.actor[me]
        key = name_key(actor.name, self.articles)
        if actor.type == "media":
            key = self._outlet(key)
        for i, (other, their_sides) in enumerate(owners[key]):
            if not _conflict(sides, their_sides):
                self.groups.union(other, me)
                owners[key][i] = (other, their_sides | sides)
                return
        owners[key].append((me, sides))

    # ---- names spelled differently ------------------------------------------------
    def _group_names(self) -> dict[Member, tuple[str, str, set[str]]]:
        """Representative -> (kind, type, name keys) of every group."""
        out: dict[Member, tuple[str, str, set[str]]] = {}
        for m, actor in self.actor.items():
            r = self.of(m)
            kind, type_, keys = out.get(r, (_kind(actor), actor.type, set()))
            keys |= {name_key(n, self.articles) for n in (actor.name, *actor.aliases) if n}
            out[r] = (kind, type_, keys)
        return out

    def _near(self) -> None:
        groups = self._group_names()
        by_key: dict[tuple[str, str], set[Member]] = defaultdict(set)
        for r, (kind, _, keys) in groups.items():
            for key in keys:
                by_key[(kind, key)].add(r)
        for r, (kind, type_, keys) in sorted(groups.items()):
            if kind == "generic":
                target = self._named_alias(r, by_key)
                if target is not None:
                    self.groups.union(target, r)
                continue
            for key in sorted(keys):
                target = self._possessive(kind, key, by_key) or self._suffix(kind, type_, key, r, groups)
                target = target or self._one_letter(kind, type_, key, r, groups)
                target = target or self._head_left_out(kind, key, r, by_key) or self._persons_name(kind, key, r, by_key)
                if target is not None and target != r:
                    self.groups.union(target, r)

    def _named_alias(self, me: Member, by_key: dict) -> Member | None:
        """A group named by a qualified role phrase ("Assad regime", "Syrian regime forces") that one
        profile already lists among its names is that profile; a bare role noun ("rebels") is not."""
        actor = self.actor[me]
        if fold(actor.name) in self.lex.actors.role_by_noun:
            return None
        key = name_key(actor.name, self.articles)
        found = by_key.get(("group", key), set()) or (by_key.get(("generic", key), set()) - {self.of(me)})
        return next(iter(found)) if len(found) == 1 else None

    def _head_left_out(self, kind: str, key: str, me: Member, by_key: dict) -> Member | None:
        """ "Fateh al-Sham Front" is the "Fateh al-Sham" another profile is named: a name and the
        same name with its head word ("Front", "Group", "Movement") are one group."""
        words = key.split()
        if kind != "group" or len(words) < 3 or words[-1] not in self.lex.actors.name_heads:
            return None
        found = by_key.get((kind, " ".join(words[:-1])), set()) - {me}
        return next(iter(found)) if len(found) == 1 else None

    def _persons_name(self, kind: str, key: str, me: Member, by_key: dict) -> Member | None:
        """A name that is a person's in one article is never a group's in another (where the tagger
        took it for an organisation); a group the gazetteer knows keeps its own profile."""
        if kind != "group" or self.groups.anchor.get(me) or self.actor[me].type in {"state", "media"}:
            return None
        found = by_key.get(("person", key), set())
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _possessive(kind: str, key: str, by_key: dict) -> Member | None:
        if kind != "person" or not key.endswith("s") or key.endswith("ss"):
            return None
        found = by_key.get((kind, key[:-1]), set())
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _suffix(kind: str, type_: str, key: str, me: Member, groups: dict) -> Member | None:
        if kind != "group" or len(key.split()) < 2:
            return None
        longer = {
            r
            for r, (k, t, keys) in groups.items()
            if r != me and k == kind and t == type_ and any(x.endswith(" " + key) for x in keys)
        }
        return next(iter(longer)) if len(longer) == 1 else None

    def _one_letter(self, kind: str, type_: str, key: str, me: Member, groups: dict) -> Member | None:
        if kind != "group" or len(key) < MIN_FUZZY_LETTERS:
            return None
        near = {
            r
            for r, (k, t, keys) in groups.items()
            if r != me and k == kind and t == type_ and any(_spelling_variant(key, x) for x in keys)
        }
        if len(near) != 1:
            return None
        target = next(iter(near))
        mine = self.known.get(key)
        theirs = next((self.known[x] for x in sorted(groups[target][2]) if x in self.known), None)
        return None if mine and theirs and mine is not theirs else target
