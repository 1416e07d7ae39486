"""Resolve mentions into actors and places across every article.

One actor is every way the text names it: acronyms defined in brackets,
initials, surnames and honorific first names, demonyms and metonyms for a
state, bare role nouns for the one group of that role in an article, and
pronouns for the actor last in focus. A president is never merged with his
state; the relation stage links them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import Actor, Place, SentenceRef
from ..model import Mention as ModelMention
from ..slug import slugify, unique_slug
from ..textdata import Lexicon, fold, lexicon, words
from .analyse import ParsedSentence
from .mentions import Mention

STATE_HEADS = words("state_heads")
ALIAS_HEADS = words("alias_heads")
Key = tuple


@dataclass
class SentenceActors:
    """Who each token of a sentence refers to, after resolution."""

    sentence: ParsedSentence
    mentions: list[Mention]
    keys: dict[int, Key] = field(default_factory=dict)  # mention index -> entity key
    tokens: dict[int, tuple[str, ...]] = field(default_factory=dict)  # token -> actor ids

    @property
    def doc(self) -> Doc:
        return self.sentence.doc

    @property
    def ref(self) -> SentenceRef:
        return self.sentence.sentence.ref

    def actors_at(self, tok: Token) -> tuple[str, ...]:
        return self.tokens.get(tok.i, ())


@dataclass
class Resolution:
    """The actors and places of a briefing and the per-sentence token maps."""

    actors: list[Actor]
    places: list[Place]
    sentences: dict[str, list[SentenceActors]]  # article id -> sentences
    keys: list[Key]  # the entity key of each actor, in the same order


def main_country(sents: list[SentenceActors], lex: Lexicon) -> str | None:
    """The country where an article's events happen: most named, places counting double.

    "Government forces", "the regime" and "the army" without a demonym are that
    country's; a foreign air force bombing it is named as its own state.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for s in sents:
        for tok in s.doc:
            c = lex.country_by_name.get(fold(tok.text)) or lex.country_by_demonym.get(fold(tok.text))
            if c and tok.pos_ in {"PROPN", "ADJ", "NOUN"}:
                located = tok.dep_ == "pobj" and tok.head.lower_ in lex.locative_preps
                counts[c.name] += 2 if located else 1
                first.setdefault(c.name, len(first))
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if not ranked or counts[ranked[0]] < 2 or (len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]):
        return None
    return ranked[0]


def _is_acronym(text: str) -> bool:
    return text.isupper() and 2 <= len(text.replace(".", "")) <= 8


def _head_word(name: str) -> str:
    """The head of a name: its last word before "of"/"for"/"in"."""
    words = name.split()
    for i, w in enumerate(words):
        if i and w in {"of", "for", "in", "on"}:
            return words[i - 1]
    return words[-1]


def _strip_titles(text: str, lex: Lexicon) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in lex.person_titles | {
        t.rstrip(".") for t in lex.person_titles
    }:
        words = words[1:]
    return " ".join(words)


def _surname(name: str, lex: Lexicon) -> str:
    last = name.split()[-1].lower()
    for p in lex.name_particles:
        if last.startswith(p + "-"):
            return last[len(p) + 1 :]
    return last


def _initials(name: str, lex: Lexicon) -> str:
    letters = []
    for w in re.split(r"\s+", name):
        if w.lower() in {"of", "for", "the", "and", "in", "on", "de", "du"}:
            continue
        parts = w.split("-")
        core = parts[-1] if parts[0].lower() in lex.name_particles and len(parts) > 1 else w
        if core[:1].isupper():
            letters.append(core[0])
    return "".join(letters)


class Resolver:
    """Gives every mention an entity key, then builds actors and places."""

    def __init__(self, parsed: dict[str, list[tuple[ParsedSentence, list[Mention]]]]):
        self.lex = lexicon()
        self.sents = {aid: [SentenceActors(ps, ms) for ps, ms in rows] for aid, rows in parsed.items()}
        self.acronyms: dict[str, Key] = {}
        self.places_text: set[str] = set()
        self.persons: dict[str, Key] = {}
        self.person_country: dict[str, str] = {}
        self.orgs: dict[str, Key] = {}
        self.folds: dict[str, set[str]] = defaultdict(set)

    # ---- keys -------------------------------------------------------------
    def _collect_names(self) -> None:
        """First pass: full names, acronym definitions, places used as places."""
        for sents in self.sents.values():
            for s in sents:
                for m in s.mentions:
                    if m.category == "place":
                        self.places_text.add(fold(m.text))
                    self.folds[m.category].add(fold(m.text))
                    if m.category == "person" and len(_strip_titles(m.text, self.lex).split()) > 1:
                        name = self._person_fold(_strip_titles(m.text, self.lex))
                        self.persons.setdefault(name, ("person", name))
                        country = self._title_country(s.doc, m.start)
                        if country:
                            self.person_country.setdefault(name, country)
                    if m.category == "org" and m.acronym:
                        self.acronyms.setdefault(m.acronym, self._org_key(m.text))
        self._add_acronym_mentions()
        for sents in self.sents.values():
            for s in sents:
                for m in s.mentions:
                    if m.category == "org" and len(m.text.split()) > 1:
                        self.orgs.setdefault(fold(m.text), self._org_key(m.text))
                        ini = _initials(m.text, self.lex)
                        if len(ini) >= 2:
                            self.acronyms.setdefault(ini, self._org_key(m.text))

    def _person_fold(self, name: str) -> str:
        """Names compared without Arabic articles: "Bashar Assad" is "Bashar al-Assad"."""
        words = [w for w in fold(name).split() if w not in {"al", "el"}]
        return " ".join(words)

    def _title_country(self, doc: Doc, start: int) -> str | None:
        """ "Syrian President Bashar al-Assad": the state a leader's title ties him to."""
        words = [t for t in doc[max(0, start - 4) : start]]
        titled = any(t.lower_ in self.lex.leader_titles for t in words)
        for t in words:
            c = self.lex.country_by_demonym.get(fold(t.text)) or self.lex.country_by_name.get(fold(t.text))
            if c and titled:
                return c.name
        return None

    def _short_org(self, text: str) -> Key | None:
        """ "the Observatory", "Tahrir al-Sham": the one longer name this is the head or the tail of."""
        key = fold(text)
        words = key.split()
        if len(words) == 1:
            hits = {k for full, k in self.orgs.items() if _head_word(full) == key}
        else:
            hits = {k for full, k in self.orgs.items() if full != key and full.endswith(" " + key)}
        return next(iter(hits)) if len(hits) == 1 else None

    def _unpossessed(self, text: str, category: str) -> str:
        """ "Aleppos", "Observatorys": a possessive whose apostrophe a scraper dropped."""
        key = fold(text)
        if key.endswith("s") and key[:-1] in self.folds[category] and key not in self.persons:
            return text[:-1]
        return text

    def _add_acronym_mentions(self) -> None:
        """An acronym defined once ("(HTS)") names the group wherever it recurs."""
        for sents in self.sents.values():
            for s in sents:
                covered = {i for m in s.mentions if m.category != "pronoun" for i in range(m.start, m.end)}
                for tok in s.doc:
                    if tok.text in self.acronyms and tok.i not in covered:
                        m = Mention(tok.i, tok.i + 1, tok.text, "org", tok.i, tokens=[tok.i])
                        s.mentions.append(m)
                s.mentions.sort(key=lambda m: (m.start, m.end))

    def _org_key(self, text: str) -> Key:
        known = self.lex.known_by_name.get(fold(text))
        return ("known", known.name) if known else ("org", fold(text))

    def _leader_country(self, person: str | None) -> str | None:
        if not person:
            return None
        surname = _surname(person, self.lex)
        hits = {c for full, c in self.person_country.items() if _surname(full, self.lex) == surname}
        return next(iter(hits)) if len(hits) == 1 else None

    def _person_key(self, m: Mention, doc: Doc) -> Key:
        name = _strip_titles(m.text, self.lex)
        key = self._person_fold(name)
        if key.endswith("s") and key[:-1] in self.persons:
            return self.persons[key[:-1]]  # "Bashar al-Assads": a lost apostrophe
        if len(name.split()) > 1:
            longer = {k for full, k in self.persons.items() if full != key and full.endswith(" " + key)}
            if len(longer) == 1:
                return next(iter(longer))  # "Abdel Rahman" is "Rami Abdel Rahman"
            return self.persons.get(key, ("person", key))
        title = doc[m.start - 1].lower_ if m.start else ""
        first_name = title in self.lex.first_name_titles
        if key.endswith("s") and not any(_surname(full, self.lex) == key for full in self.persons):
            key = key[:-1]  # "Assads": a surname whose possessive lost its apostrophe
            name = name[:-1]
        hits = [
            k
            for full, k in self.persons.items()
            if (first_name and full.split()[0] == key)
            or (not first_name and _surname(full, self.lex) == _surname(name, self.lex))
        ]
        return hits[0] if len(hits) == 1 else ("person", key)

    def _key(self, m: Mention, s: SentenceActors, main: str | None) -> Key | None:
        if m.category == "country":
            return ("country", m.country)
        if m.category == "state_role":
            country = m.qualifier or self._leader_country(m.person) or main
            return ("country", country) if country else ("role", m.role, None, False)
        if m.category == "role":
            q = None if m.qualifier == main and not m.backer else m.qualifier
            return ("role", m.role, q, m.backer)
        if m.category == "person":
            if fold(m.text) in self.places_text:
                return ("place", fold(m.text))
            return self._person_key(m, s.doc)
        if m.category == "org":
            if m.text in self.acronyms:
                return self.acronyms[m.text]
            if fold(m.text).endswith("s") and self._person_fold(m.text[:-1]) in self.persons:
                return self.persons[self._person_fold(m.text[:-1])]
            text = self._unpossessed(m.text, "org")
            if fold(text) in self.places_text and not m.type_evidence:
                return ("place", fold(text))
            if fold(text) not in self.orgs:
                short = self._short_org(text)
                if short:
                    return short
            return self._org_key(text)
        if m.category == "place":
            return ("place", fold(self._unpossessed(m.text, "place")))
        if m.category == "unknown":
            text = fold(self._unpossessed(m.text, "place"))
            return ("place", text) if text in self.places_text else None
        return None

    def _assign_keys(self) -> None:
        for sents in self.sents.values():
            main = main_country(sents, self.lex)
            for n, s in enumerate(sents):
                local = self._located_in(s) or (self._located_in(sents[n - 1]) if n else None) or main
                for i, m in enumerate(s.mentions):
                    key = self._key(m, s, local)
                    if key:
                        s.keys[i] = key
            self._merge_bare_roles(sents)

    def _located_in(self, s: SentenceActors) -> str | None:
        """The one country a sentence places its events in ("In Sudan, fighting between
        the army and the RSF"): whose army "the army" is there."""
        found = set()
        for tok in s.doc:
            c = self.lex.country_by_name.get(fold(tok.text))
            if c and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "inside", "across", "throughout"}:
                found.add(c.name)
        return next(iter(found)) if len(found) == 1 else None

    def _merge_bare_roles(self, sents: list[SentenceActors]) -> None:
        """A bare "militias" is the article's one backed militia group, if unique."""
        qualified: dict[str, set[Key]] = defaultdict(set)
        for s in sents:
            for key in s.keys.values():
                if key[0] == "role" and key[2] and key[3]:
                    qualified[key[1]].add(key)
        for s in sents:
            for i, key in list(s.keys.items()):
                if key[0] == "role" and key[2] is None and len(qualified[key[1]]) == 1:
                    s.keys[i] = next(iter(qualified[key[1]]))

    # ---- actors -------------------------------------------------------------
    def _is_actor_key(self, key: Key, agentive: dict[Key, bool], members: list) -> bool:
        if key[0] == "place":
            return False
        if key[0] == "country":
            return agentive.get(key, False)
        return not self._stray(key, members)

    def _stray(self, key: Key, members: list[tuple[Mention, SentenceActors]]) -> bool:
        """A name seen once with nothing saying what it is, or a lone word taken for a
        person that never acts, is more likely a scraped fragment or a place than an actor."""
        if key[0] == "org" and len(members) == 1:
            m = members[0][0]
            return not m.type_evidence and not m.acronym and not _is_acronym(m.text)
        if key[0] == "person" and len(key[1].split()) == 1:
            titled = any(s.doc[m.start - 1].lower_ in self.lex.person_titles for m, s in members if m.start)
            return not titled and not any(m.subject for m, _ in members)
        return False

    def resolve(self) -> Resolution:
        self._collect_names()
        self._assign_keys()
        groups: dict[Key, list[tuple[Mention, SentenceActors]]] = defaultdict(list)
        agentive: dict[Key, bool] = defaultdict(bool)
        for sents in self.sents.values():
            for s in sents:
                for i, key in s.keys.items():
                    groups[key].append((s.mentions[i], s))
                    agentive[key] |= s.mentions[i].agentive or s.mentions[i].category == "state_role"
        ids: dict[Key, str] = {}
        taken: set[str] = set()
        actors: list[Actor] = []
        keys: list[Key] = []
        places: list[Place] = []
        for key in sorted(groups, key=lambda k: min((s.ref, m.start) for m, s in groups[k])):
            members = groups[key]
            if self._is_actor_key(key, agentive, members):
                actor = self._build_actor(key, members, taken)
                ids[key] = actor.id
                actors.append(actor)
                keys.append(key)
            if key[0] == "place" or (key[0] == "country" and any(not m.agentive for m, _ in members)):
                places.append(self._build_place(key, members, taken))
        self._fill_tokens(ids)
        self._definite_descriptions(ids)
        self._resolve_pronouns(ids)
        return Resolution(actors, places, self.sents, keys)

    def _definite_descriptions(self, ids: dict[Key, str]) -> None:
        """ "The observatory said": "the" + the head noun of the one organisation of the
        article with that head ("Syrian Observatory for Human Rights") names it again."""
        for sents in self.sents.values():
            heads: dict[str, set[str]] = defaultdict(set)
            for s in sents:
                for i, key in s.keys.items():
                    m = s.mentions[i]
                    if key in ids and key[0] in {"org", "known"} and len(m.text.split()) > 1:
                        heads[_head_word(fold(m.text))].add(ids[key])
            for s in sents:
                for tok in s.doc:
                    owners = heads.get(tok.lower_, set())
                    if (
                        len(owners) == 1
                        and tok.pos_ == "NOUN"
                        and tok.lower_ not in STATE_HEADS
                        and not s.actors_at(tok)
                        and any(c.lower_ == "the" for c in tok.children)
                    ):
                        s.tokens[tok.i] = tuple(owners)

    def _best_name(self, key: Key, members: list[tuple[Mention, SentenceActors]]) -> str:
        if key[0] == "country":
            return key[1]
        texts = [m.text if m.category != "person" else _strip_titles(m.text, self.lex) for m, _ in members]
        counts = Counter(texts)
        return max(counts, key=lambda t: (len(t.split()) > 1, counts[t], len(t), t))

    def _aliases(self, name: str, key: Key, members: list[tuple[Mention, SentenceActors]]) -> tuple[str, ...]:
        out: set[str] = set()
        for m, _ in members:
            text = _strip_titles(m.text, self.lex) if m.category == "person" else m.text
            if m.category == "country" and len(m.text.split()) > 1 and m.text.split()[-1].lower() not in ALIAS_HEADS:
                continue
            if m.category == "state_role" and not (m.qualifier or m.person):
                continue
            out.add(text)
            if m.acronym:
                out.add(m.acronym)
        for acr, k in self.acronyms.items():
            if k == key and any(m.text == acr or m.acronym == acr for m, _ in members):
                out.add(acr)
        out.discard(name)
        return tuple(sorted(out, key=str.casefold))

    def _type(self, key: Key, members: list[tuple[Mention, SentenceActors]]) -> str:
        if key[0] == "country":
            return "state"
        if key[0] == "known":
            return self.lex.known_by_name[fold(key[1])].type
        if key[0] == "person":
            return "person"
        typed = Counter(m.type for m, _ in members if m.type and m.type_evidence)
        if typed:
            return typed.most_common(1)[0][0]
        types = Counter(m.type for m, _ in members if m.type)
        return types.most_common(1)[0][0] if types else "organisation"

    def _build_actor(self, key: Key, members: list[tuple[Mention, SentenceActors]], taken: set[str]) -> Actor:
        name = self._best_name(key, members)
        mentions = tuple(
            sorted(
                {ModelMention(m.text, s.ref) for m, s in members if m.agentive or key[0] != "country"},
                key=lambda x: (x.ref, x.text),
            )
        )
        return Actor(
            id=unique_slug(slugify(name), taken),
            name=name,
            type=self._type(key, members),
            aliases=self._aliases(name, key, members),
            description=describe(members, self.lex),
            mentions=mentions,
        )

    def _build_place(self, key: Key, members: list[tuple[Mention, SentenceActors]], taken: set[str]) -> Place:
        name = key[1] if key[0] == "country" else Counter(m.text for m, _ in members).most_common(1)[0][0]
        pid = unique_slug("place-" + slugify(name), taken)
        mentions = tuple(
            sorted(
                {ModelMention(m.text, s.ref) for m, s in members if key[0] == "place" or not m.agentive},
                key=lambda x: (x.ref, x.text),
            )
        )
        return Place(pid, name, mentions)

    def _fill_tokens(self, ids: dict[Key, str]) -> None:
        for sents in self.sents.values():
            for s in sents:
                for i, key in s.keys.items():
                    m = s.mentions[i]
                    if key in ids:
                        for t in set(m.tokens) | set(range(m.start, m.end)):
                            s.tokens[t] = tuple(dict.fromkeys((*s.tokens.get(t, ()), ids[key])))

    # ---- pronouns -----------------------------------------------------------
    def _resolve_pronouns(self, ids: dict[Key, str]) -> None:
        for sents in self.sents.values():
            history: list[tuple[int, int, str, str, bool]] = []  # (sent, token, actor, kind, subject)
            for n, s in enumerate(sents):
                local = []
                for i, m in enumerate(s.mentions):
                    if m.category == "pronoun":
                        got = self._antecedent(m, s, n, history + local)
                        if got:
                            s.tokens[m.head] = got
                        continue
                    key = s.keys.get(i)
                    if key in ids:
                        kind = "person" if key[0] == "person" else ("group" if key[0] == "role" else "body")
                        local.append((n, m.head, ids[key], kind, m.subject))
                if not s.sentence.sentence.is_caption:
                    history += local

    def _antecedent(self, m: Mention, s: SentenceActors, n: int, history: list) -> tuple[str, ...]:
        word = s.doc[m.head].lower_
        if word in {"he", "him", "his", "she", "her"}:
            kinds = {"person"}
        elif word in {"it", "its"}:
            kinds = {"body"}
        else:
            kinds = {"group", "body"}
        if word in {"their", "they", "them"}:
            same = self._clause_subjects(s, m)
            if len(same) > 1:
                return same
        before = [h for h in history if h[3] in kinds and (h[0] < n or h[1] < m.head)]
        if not before:
            return ()
        if word in {"they", "them", "their"}:
            groups = [h for h in before if h[3] == "group"]
            before = groups or before
        latest = [h for h in before if h[0] == before[-1][0]]
        subjects = [h for h in latest if h[4]]
        pick = (subjects or latest)[-1]
        return (pick[2],)

    def _clause_subjects(self, s: SentenceActors, m: Mention) -> tuple[str, ...]:
        """ "Russia and Iran vowed to continue their support": their = both."""
        tok = s.doc[m.head]
        verb = tok
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj:
            return ()
        ids: list[str] = []
        for t in [subj[0], *subj[0].conjuncts]:
            ids += s.actors_at(t)
        return tuple(dict.fromkeys(ids))


def describe(members: list[tuple[Mention, SentenceActors]], lex: Lexicon) -> str | None:
    """A one-line description from an appositive, a relative clause or a title."""
    found: list[tuple[int, str]] = []
    for m, s in members:
        doc = s.doc
        head = doc[m.head]
        for rank, text in _descriptions(head, m, doc, lex):
            found.append((rank, text))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    return found[0][1]


def _trim(text: str, limit: int = 24) -> str:
    words = text.strip(" ,").split()
    text = " ".join(words[:limit]) + (" ..." if len(words) > limit else "")
    return text.rstrip(",")


def _descriptions(head: Token, m: Mention, doc: Doc, lex: Lexicon):
    if m.category in {"country", "role", "state_role", "place"}:
        return
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            yield 0, _trim(doc[c.left_edge.i : c.right_edge.i + 1].text)
        if c.dep_ == "relcl" and c.left_edge.lower_ in {"who", "which"}:
            yield 2, _trim(doc[c.left_edge.i : c.right_edge.i + 1].text)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < m.start:
        parent = head.head
        yield 0, _trim(doc[parent.left_edge.i : parent.i + 1].text)
    if head.dep_ in {"nsubj"} and head.head.lemma_ == "be":
        for c in head.head.children:
            if c.dep_ == "attr" and c.pos_ == "NOUN":
                yield 1, _trim(doc[c.left_edge.i : c.right_edge.i + 1].text)
    pre = _premodifiers(doc, m.start, lex)
    if pre:
        yield 3, pre


def _premodifiers(doc: Doc, start: int, lex: Lexicon) -> str | None:
    """Titles and modifiers right before a name: "Russian premier", "British-based"."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        modifier = prev.dep_ in {"compound", "amod", "nmod", "npadvmod"} or prev.text == "-"
        if not modifier or prev.pos_ == "DET" or prev.lower_ in {"other", "such", "many", "several", "some", "both"}:
            break
        i -= 1
    words = [t.text for t in doc[i:start]]
    while words and words[0].lower() in lex.first_name_titles | {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "dr."}:
        words = words[1:]
    text = " ".join(words).replace(" - ", "-")
    return text or None


def resolve(parsed: dict[str, list[tuple[ParsedSentence, list[Mention]]]]) -> Resolution:
    """Resolve the mentions of every article into one set of actors and places."""
    return Resolver(parsed).resolve()
