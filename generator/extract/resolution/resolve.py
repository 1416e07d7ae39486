"""Resolve mentions into actors and places across every article.

One actor is every way the text names it: acronyms defined in brackets,
initials, surnames and honorific first names, demonyms and metonyms for a
state, bare role nouns for the one group of that role in an article, and
pronouns for the actor last in focus (coref.py). A president is never merged
with his state; the relation stage links them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from ...lexicon import Lexicon, fold
from ...model import Actor, Mention, Place, SentenceRef, polarity_of
from ...parse import ParsedSentence
from ...parsetree import Doc
from ...slug import slugify, unique_slug
from ..context import EntityKey, Link, MentionSpan, Resolution, SentenceActors
from ..mentions.names import head_word, initials, is_acronym, strip_titles, surname
from .aliases import aliases
from .bare import merge_bare_roles
from .coref import definite_descriptions, resolve_pronouns, the_group
from .describe import describe
from .setting import bare_state_roles, located_in, main_country

Members = list[tuple[MentionSpan, SentenceActors]]


def quoted(m: MentionSpan, s: SentenceActors) -> Mention:
    """A mention as the sentence writes it ("Rebels" at the start of a sentence), even
    when the actor's name was normalised ("rebels"): the site quotes its sources."""
    return Mention(s.doc[m.start : m.end].text, s.ref)


class Resolver:
    """Gives every mention an entity key, then builds actors and places."""

    def __init__(self, parsed: dict[str, list[tuple[ParsedSentence, list[MentionSpan]]]], lex: Lexicon):
        self.lex = lex
        self.sents = {aid: [SentenceActors(ps, list(ms)) for ps, ms in rows] for aid, rows in parsed.items()}
        self.acronyms: dict[str, EntityKey] = {}
        self.defined: dict[str, EntityKey] = {}  # folded names whose bracketed acronym is a known body's
        self.places_text: set[str] = set()
        self.persons: dict[str, EntityKey] = {}
        self.person_country: dict[str, str] = {}
        self.bare_leaders: dict[str, tuple[str, SentenceRef]] = {}
        self.orgs: dict[str, EntityKey] = {}
        self.mains: dict[str, str | None] = {}  # the country each article is set in
        self.folds: dict[str, set[str]] = defaultdict(set)
        self.hostile_words = frozenset(v for v, k in lex.relations.verbs.items() if polarity_of(k) == "hostile") | {
            n for n, spec in lex.relations.nouns.items() if polarity_of(spec.kind) == "hostile"
        }
        self.name_words = {
            surname(t.text, lex) for rows in self.sents.values() for s in rows for t in s.doc if t.is_title
        }

    # ---- keys -------------------------------------------------------------
    def _repair_possessives(self) -> None:
        """Person names that lost a possessive's apostrophe get their own form back."""
        for sents in self.sents.values():
            for s in sents:
                for i, m in enumerate(s.mentions):
                    if m.category == "person" and len(m.text.split()) > 1 and self._lost_apostrophe(m.text):
                        s.mentions[i] = replace(m, text=m.text[:-1])

    def _collect_names(self) -> None:
        """First pass: full names, acronym definitions, places used as places."""
        self._repair_possessives()
        for aid, sents in self.sents.items():
            main = self.mains[aid] = main_country(sents, self.lex)
            for s in sents:
                for m in s.mentions:
                    if m.category == "place":
                        self.places_text.add(fold(m.text))
                    self.folds[m.category].add(fold(m.text))
                    if m.category == "person" and len(strip_titles(m.text, self.lex).split()) > 1:
                        name = self._person_fold(strip_titles(m.text, self.lex))
                        self.persons.setdefault(name, EntityKey("person", name))
                        country = self._title_country(s.doc, m.start)
                        if country:
                            self.person_country.setdefault(name, country)
                        elif main and self._bare_head_of_state(s.doc, m.start):
                            self.bare_leaders.setdefault(name, (main, s.ref))
                    if m.category == "org" and m.acronym:
                        self.acronyms.setdefault(m.acronym, self._defined_key(m.text, m.acronym))
                    if m.category == "country" and m.acronym and m.country:
                        # "the Indian Border Security Force (BSF)": the state's forces, by their initials
                        self.acronyms.setdefault(m.acronym, EntityKey("country", m.country))
        self._add_acronym_mentions()
        for sents in self.sents.values():
            for s in sents:
                for m in s.mentions:
                    if m.category == "org" and len(m.text.split()) > 1:
                        self.orgs.setdefault(fold(m.text), self._org_key(m.text))
                        ini = initials(m.text, self.lex)
                        if len(ini) >= 2:
                            self.acronyms.setdefault(ini, self._org_key(m.text))

    def _lost_apostrophe(self, name: str) -> bool:
        """ "Bashar al-Assads father": a possessive whose apostrophe a scraper dropped, told by
        the same surname without the "s" elsewhere in the articles ("the Assad clan")."""
        last = surname(name, self.lex)
        return last.endswith("s") and not last.endswith("ss") and last[:-1] in self.name_words

    def _person_fold(self, name: str) -> str:
        """Names compared without Arabic articles: "Bashar Assad" is "Bashar al-Assad"."""
        words = [w for w in fold(name).split() if w not in self.lex.actors.person_name_articles]
        return " ".join(words)

    def _title_country(self, doc: Doc, start: int) -> str | None:
        """ "Syrian President Bashar al-Assad": the state a leader's title ties him to."""
        words = [t for t in doc[max(0, start - 4) : start]]
        titled = any(t.lower_ in self.lex.actors.leader_titles for t in words)
        for t in words:
            c = self.lex.country_of(t.text, doc[t.i - 1].text if t.i else "", "demonym name")
            if c and titled:
                return c.name
        return None

    def _bare_head_of_state(self, doc: Doc, start: int) -> bool:
        """ "President X" with no country or body before the title: by the convention of news
        writing, the head of the state the article is set in (foreign ones carry a demonym)."""
        titles = self.lex.actors.head_of_state_titles
        at = next((i for i in (start, start - 1) if 0 <= i < len(doc) and doc[i].lower_ in titles), None)
        if at is None:
            return False
        prev = doc[at - 1] if at else None
        return prev is None or not (prev.pos_ in {"PROPN", "ADJ", "NOUN"} or prev.tag_ == "POS")

    def _leader_links(self, ids: dict[EntityKey, str]) -> tuple[Link, ...]:
        """Leadership of bare "President X" over the article's state, when that state acts in it."""
        links = []
        for name, (country, ref) in self.bare_leaders.items():
            person, state = self.persons.get(name), EntityKey("country", country)
            if name not in self.person_country and person in ids and state in ids:
                links.append(Link(ids[person], ids[state], ref, "head of state", "head-of-state"))
        return tuple(links)

    def _short_org(self, text: str) -> EntityKey | None:
        """ "the Observatory", "Tahrir al-Sham": the one longer name this is the head or the tail of."""
        key = fold(text)
        words = key.split()
        if len(words) == 1:
            hits = {k for full, k in self.orgs.items() if head_word(full) == key}
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
                        m = MentionSpan(tok.i, tok.i + 1, tok.text, "org", tok.i, tokens=[tok.i])
                        s.mentions.append(m)
                s.mentions.sort(key=lambda m: (m.start, m.end))

    def _defined_key(self, text: str, acronym: str) -> EntityKey:
        """ "the Islamic State in Iraq and Syria (ISIS)": a name the lexicon lacks, in brackets a known
        body's acronym, is that body's; the name then names it wherever it recurs."""
        key = self._org_key(text)
        known = self.lex.known_by_name.get(fold(acronym))
        if key.kind != "known" and known is not None:
            key = self.defined.setdefault(fold(text), EntityKey("known", known.name))
        return key

    def _org_key(self, text: str) -> EntityKey:
        known = self.lex.known_by_name.get(fold(text))
        return EntityKey("known", known.name) if known else EntityKey("org", fold(text))

    def _leader_country(self, person: str | None) -> str | None:
        if not person:
            return None
        last = surname(person, self.lex)
        hits = {c for full, c in self.person_country.items() if surname(full, self.lex) == last}
        if not hits and last.endswith("s"):  # "Assads forces": a possessive that lost its apostrophe
            hits = {c for full, c in self.person_country.items() if surname(full, self.lex) == last[:-1]}
        return next(iter(hits)) if len(hits) == 1 else None

    def _person_key(self, m: MentionSpan, doc: Doc) -> EntityKey:
        name = strip_titles(m.text, self.lex)
        key = self._person_fold(name)
        if key.endswith("s") and key[:-1] in self.persons:
            return self.persons[key[:-1]]  # "Bashar al-Assads": a lost apostrophe
        if len(name.split()) > 1:
            longer = {k for full, k in self.persons.items() if full != key and full.endswith(" " + key)}
            if len(longer) == 1:
                return next(iter(longer))  # "Abdel Rahman" is "Rami Abdel Rahman"
            return self.persons.get(key, EntityKey("person", key))
        titles = {doc[m.start - 1].lower_} if m.start else set()
        titles |= {w.lower() for w in m.text.split()[: len(m.text.split()) - len(name.split())]}  # "Dame Carla"
        first_name = bool(titles & self.lex.actors.first_name_titles)
        if key.endswith("s") and not any(surname(full, self.lex) == key for full in self.persons):
            key = key[:-1]  # "Assads": a surname whose possessive lost its apostrophe
            name = name[:-1]
        hits = [
            k
            for full, k in self.persons.items()
            if (first_name and full.split()[0] == key)
            or (not first_name and surname(full, self.lex) == surname(name, self.lex))
        ]
        return hits[0] if len(hits) == 1 else EntityKey("person", key)

    def _key(self, m: MentionSpan, s: SentenceActors, main: str | None) -> EntityKey | None:
        if m.category == "country":
            return EntityKey("country", m.country)
        if m.category == "state_role":
            country = m.qualifier or self._leader_country(m.person) or main
            if country:
                return EntityKey("country", country)
            if m.person and s.doc[m.head].lower_ in self.lex.actors.personal_forces:
                # "Haftar's forces" where no state is in view: the side of the man who leads them
                return self._person_key(replace(m, text=m.person), s.doc)
            return EntityKey("role", m.role)
        if m.category == "role":
            q = None if m.qualifier == main and not m.backer else m.qualifier
            return EntityKey("role", m.role, q, m.backer)
        if m.category == "person":
            if m.text in self.acronyms:  # "MSA patrols", defined as a body's acronym: never a person
                return self.acronyms[m.text]
            if fold(m.text) in self.places_text:
                return EntityKey("place", fold(m.text))
            return self._person_key(m, s.doc)
        if m.category == "org":
            if m.text in self.acronyms:
                return self.acronyms[m.text]
            if fold(m.text) in self.defined:
                return self.defined[fold(m.text)]
            if fold(m.text).endswith("s") and self._person_fold(m.text[:-1]) in self.persons:
                return self.persons[self._person_fold(m.text[:-1])]
            text = self._unpossessed(m.text, "org")
            if fold(text) in self.places_text and not m.type_evidence:
                return EntityKey("place", fold(text))
            if fold(text) not in self.orgs and fold(text) not in self.lex.known_by_name:
                # a gazetteer's name is its own group's: "the Taliban" beside "the Pakistani Taliban"
                short = self._short_org(text)
                if short:
                    return short
            return self._org_key(text)
        if m.category == "place":
            return EntityKey("place", fold(self._unpossessed(m.text, "place")))
        if m.category == "unknown":
            text = fold(self._unpossessed(m.text, "place"))
            return EntityKey("place", text) if text in self.places_text else None
        return None

    def _assign_keys(self) -> None:
        for aid, sents in self.sents.items():
            where = [located_in(s, self.lex) for s in sents]
            for n, s in enumerate(sents):
                local = where[n] or (where[n - 1] if n else None) or self.mains[aid]
                for i, m in enumerate(s.mentions):
                    key = self._key(m, s, local)
                    if key:
                        s.keys[i] = key
            merge_bare_roles(sents, self.lex)
            bare_state_roles(sents, self.lex)

    # ---- actors -------------------------------------------------------------
    def _is_actor_key(self, key: EntityKey, agentive: dict[EntityKey, bool], members: Members) -> bool:
        if key.kind == "place":
            return False
        if key.kind == "country":
            return agentive.get(key, False)
        return not self._stray(key, members)

    def _stray(self, key: EntityKey, members: Members) -> bool:
        """A name seen once with nothing saying what it is, or a lone word taken for a
        person that never acts, is more likely a scraped fragment or a place than an actor."""
        if key.kind == "org" and len(members) == 1:
            m = members[0][0]
            return not m.type_evidence and not m.acronym and not is_acronym(m.text) and not m.subject
        if key.kind == "person" and len(key.name.split()) == 1:
            titled = any(s.doc[m.start - 1].lower_ in self.lex.actors.person_titles for m, s in members if m.start)
            return not titled and not any(m.subject for m, _ in members)
        return False

    def resolve(self) -> Resolution:
        self._collect_names()
        self._assign_keys()
        groups: dict[EntityKey, list[tuple[MentionSpan, SentenceActors]]] = defaultdict(list)
        agentive: dict[EntityKey, bool] = defaultdict(bool)
        for sents in self.sents.values():
            for s in sents:
                for i, key in s.keys.items():
                    groups[key].append((s.mentions[i], s))
                    agentive[key] |= s.mentions[i].agentive or s.mentions[i].category == "state_role"
        ids: dict[EntityKey, str] = {}
        taken: set[str] = set()
        actors: list[Actor] = []
        keys: list[EntityKey] = []
        places: list[Place] = []
        for key in sorted(groups, key=lambda k: min((s.ref, m.start) for m, s in groups[k])):
            members = groups[key]
            if self._is_actor_key(key, agentive, members):
                actor = self._build_actor(key, members, taken)
                ids[key] = actor.id
                actors.append(actor)
                keys.append(key)
            if key.kind == "place" or (key.kind == "country" and any(not m.agentive for m, _ in members)):
                places.append(self._build_place(key, members, taken))
        self._fill_tokens(ids)
        for sents in self.sents.values():
            definite_descriptions(sents, ids, self.lex)
            the_group(sents, {a.id: a.type for a in actors}, self.lex)
            resolve_pronouns(sents, ids, self.hostile_words)
        generic = frozenset(ids[k] for k in keys if k.generic)
        return Resolution(tuple(actors), tuple(places), self.sents, generic, self._leader_links(ids))

    def _best_name(self, key: EntityKey, members: Members) -> str:
        if key.kind == "country":
            return key.name
        texts = [m.text if m.category != "person" else strip_titles(m.text, self.lex) for m, _ in members]
        if key.kind in {"person", "org"}:  # "Haftar's forces" count as the man's, "two militants" as the
            # group's ("JNIM militants"), but a role noun is not a name
            named = {"person"} if key.kind == "person" else {"org", "person", "unknown"}
            texts = [t for t, (m, _) in zip(texts, members, strict=True) if m.category in named] or texts
        if key.kind == "known":  # "Qaeda-linked": a gazetteer name without its article is no name to show
            entry = self.lex.known_by_name[fold(key.name)]
            written = {fold(n) for n in (entry.name, *entry.aliases)}
            texts = [t for t in texts if fold(t) in written] or [entry.name]
        counts = Counter(texts)
        return max(counts, key=lambda t: (len(t.split()) > 1, counts[t], len(t), t))

    def _type(self, key: EntityKey, members: Members) -> str:
        if key.kind == "country":
            return "state"
        if key.kind == "known":
            return self.lex.known_by_name[fold(key.name)].type
        if key.kind == "person":
            return "person"
        typed = Counter(m.type for m, _ in members if m.type and m.type_evidence)
        if typed:
            return typed.most_common(1)[0][0]
        types = Counter(m.type for m, _ in members if m.type)
        return types.most_common(1)[0][0] if types else "organisation"

    def _build_actor(self, key: EntityKey, members: Members, taken: set[str]) -> Actor:
        name = self._best_name(key, members)
        mentions = tuple(
            sorted(
                {quoted(m, s) for m, s in members if m.agentive or key.kind != "country"},
                key=lambda x: (x.ref, x.text),
            )
        )
        return Actor(
            id=unique_slug(slugify(name), taken),
            name=name,
            type=self._type(key, members),
            aliases=aliases(name, key, members, self.acronyms, self.lex),
            description=describe(members, self.lex),
            mentions=mentions,
            long_name=self._expansion(name),
        )

    def _expansion(self, name: str) -> str | None:
        """What an acronym name stands for, from the gazetteer ("OPCW")."""
        entry = self.lex.known_by_name.get(fold(name)) if is_acronym(name) else None
        if entry is None:
            return None
        return next((n for n in (entry.name, *entry.aliases) if not is_acronym(n)), None)

    def _build_place(self, key: EntityKey, members: Members, taken: set[str]) -> Place:
        name = key.name if key.kind == "country" else Counter(m.text for m, _ in members).most_common(1)[0][0]
        pid = unique_slug("place-" + slugify(name), taken)
        mentions = tuple(
            sorted(
                {quoted(m, s) for m, s in members if key.kind == "place" or not m.agentive},
                key=lambda x: (x.ref, x.text),
            )
        )
        return Place(pid, name, mentions)

    def _fill_tokens(self, ids: dict[EntityKey, str]) -> None:
        for sents in self.sents.values():
            for s in sents:
                for i, key in s.keys.items():
                    m = s.mentions[i]
                    if key in ids:
                        for t in set(m.tokens) | set(range(m.start, m.end)):
                            s.tokens[t] = tuple(dict.fromkeys((*s.tokens.get(t, ()), ids[key])))


def resolve(parsed: dict[str, list[tuple[ParsedSentence, list[MentionSpan]]]], lex: Lexicon) -> Resolution:
    """Resolve the mentions of every article into one set of actors and places."""
    return Resolver(parsed, lex).resolve()
