"""Attributions: who said what, with which cue, through which outlet."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...model import Actor, Source
from ...parsetree import Token
from ..context import SentenceActors
from .attribution import attribution_of, closes_sentence

_QUOTE = re.compile('\u201c([^\u201d]{3,})\u201d?|"([^"]{3,})"')


class SourceRules:
    """Finds attributions in one sentence."""

    def __init__(self, actors: dict[str, Actor], lex: Lexicon):
        self.actors = actors
        self.att = attribution_of(lex)
        self.statement_acts = lex.attribution.statement_acts
        self.taken_lives = lex.attribution.taken_lives
        self.saying = lex.attribution.saying_verbs
        self.plain_verbs = lex.attribution.plain_verbs
        self.exhorting = lex.attribution.exhorting_verbs
        self.relaying = lex.attribution.relaying_verbs

    def sentence(self, s: SentenceActors) -> list[Source]:
        out: list[Source] = []
        for tok in s.doc:
            if not self.att.is_reporting(tok) or any(c.dep_ == "neg" for c in tok.children):
                continue
            relayed = self._relayed(s, tok)
            if relayed:
                out += relayed
                continue
            if not self._takes_content(tok):
                continue
            sp = self.att.speaker(s, tok)
            if sp is None or not sp.actors:
                outlet = self._outlet(s, tok)
                if outlet:  # "a source in the army told AFP": the agency is a source all the same
                    out.append(
                        self._source(s, outlet, f"interview ({tok.text})", self._content(s, tok), None, "told-outlet")
                    )
                continue
            out += self._sources(s, tok, sp.actors, sp.text)
        for _, actors in self.att.according_to(s):
            out += [self._source(s, a, "according to", self._content(s, None), None, "according-to") for a in actors]
        return out

    def _relayed(self, s: SentenceActors, verb: Token) -> list[Source]:
        """ "the agency quoted a source at the port police as saying ...": the one quoted speaks,
        through the outlet that quotes."""
        if verb.lemma_.lower() not in self.relaying or not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
        ):
            return []
        speakers = [a for c in verb.children if c.dep_ == "dobj" for a in self.att.speaker_actors(s, c)]
        if not speakers and any(c.dep_ == "dobj" for c in verb.children):
            # "quoted a source at the port police as saying": the parser hangs "at" on the verb
            speakers = [
                a
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in {"at", "in", "from", "within"}
                for p in c.children
                if p.dep_ == "pobj"
                for a in self.att.speaker_actors(s, p)
            ]
        said_by = self.att.speaker(s, verb)  # "AFP quoted", "a report on state TV quoted"
        subjects = [*self.att.syn.subjects(s, verb), *(said_by.actors if said_by else ())]
        outlets = [a for a in dict.fromkeys(subjects) if self.actors.get(a) and self.actors[a].type == "media"]
        content = self._content(s, verb)
        outlet = outlets[0] if outlets else None
        out = [self._source(s, a, f"{verb.text} as saying", content, outlet, "relayed") for a in speakers]
        if outlet:
            out.append(self._source(s, outlet, f"relayed ({verb.text})", content, None, "relayed"))
        return out

    def _takes_content(self, verb: Token) -> bool:
        """A statement has content: a clause, a quotation, or is a statement act itself; "in a
        statement" says so too ("the Council warned in a statement that ..."), as does a verb
        urging someone to act ("urged the parties to respect the truce")."""
        if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
            return True
        reported = verb.dep_ in {"ccomp", "xcomp"} and verb.head.i < verb.i and self.att.is_reporting(verb.head)
        if closes_sentence(verb, self.att.outlet_verbs) and not reported:
            return True  # not "X said the army would respond": the closing verb is what X said
        if any(
            c.dep_ == "prep" and any(p.lemma_.lower() in self.att.report_nouns for p in c.children)
            for c in verb.children
        ):
            return True
        if verb.lemma_.lower() in self.exhorting and any(c.dep_ == "xcomp" for c in verb.children):
            return True
        doc = verb.doc
        after = doc[verb.i + 1 : verb.i + 6].text
        if ":" in after or "\u201c" in after:
            return True
        if self.att.publishes(verb):
            return True
        if (
            verb.lemma_.lower() in self.saying
            and verb.dep_ in {"advcl", "parataxis"}
            and verb.head.pos_ in {"VERB", "AUX"}
            and verb.head.i < verb.i
        ):
            return True  # "the aid is late in Chad Deby said at a news conference": the content came first
        # "claimed the attack", and "claimed to have killed 29 militants", "denied attacking the camp"
        # ("claiming the lives of ten civilians" says nothing)
        said = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
        lives = any(c.lemma_.lower() in self.taken_lives or c.lower_ in self.taken_lives for c in said)
        return verb.lemma_.lower() in self.statement_acts and bool(said) and not lives

    def _sources(self, s: SentenceActors, verb: Token, speakers, subject_text: str) -> list[Source]:
        cue = verb.text
        if verb.lemma_.lower() not in self.plain_verbs or subject_text.split()[0].lower() in {"a", "the"}:
            first = (
                subject_text
                if not any(self.actors.get(a) and self.actors[a].name in subject_text for a in speakers)
                else ""
            )
            cue = f"{first} {verb.text}".strip() if first and len(first.split()) <= 6 else verb.text
        outlet = self._outlet(s, verb)
        content = self._content(s, verb)
        out = [self._source(s, a, cue, content, outlet, "reporting-verb") for a in speakers]
        if outlet:
            out.append(self._source(s, outlet, f"interview ({verb.text})", content, None, "told-outlet"))
        return out

    def _outlet(self, s: SentenceActors, verb: Token) -> str | None:
        if verb.lemma_.lower() not in self.att.outlet_verbs:
            return None
        for c in verb.children:
            if c.dep_ in {"dative", "dobj"}:
                # "told AFP", "told SANA's reporter"
                owners = [c, *(g for g in c.children if g.dep_ in {"poss", "compound"})]
                for a in (a for o in owners for a in s.actors_at(o)):
                    if self.actors.get(a) and self.actors[a].type != "person":
                        return a
        return None

    def _content(self, s: SentenceActors, verb: Token | None) -> tuple[str, bool]:
        text = s.text
        quotes = [a or b for a, b in _QUOTE.findall(text)]
        if quotes:
            return " ... ".join(q.strip() for q in quotes), True
        if verb is not None:
            for c in verb.children:
                if c.dep_ in {"ccomp"}:
                    return s.doc[c.left_edge.i : c.right_edge.i + 1].text, False
        return text, False

    def _source(
        self, s: SentenceActors, actor_id: str, cue: str, content: tuple[str, bool], outlet: str | None, rule: str
    ) -> Source:
        actor = self.actors.get(actor_id)
        name = actor.name if actor else actor_id
        kind = actor.type if actor else "unknown"
        return Source(
            name=name,
            kind=kind,
            cue=cue,
            content=content[0],
            ref=s.ref,
            actor=actor_id,
            outlet=outlet,
            is_quote=content[1],
            rule=rule,
        )


def extract_sources(sentences: list[SentenceActors], actors: dict[str, Actor], lex: Lexicon) -> list[Source]:
    """Every attribution of a briefing, in text order."""
    rules = SourceRules(actors, lex)
    seen: set[tuple] = set()
    out: list[Source] = []
    for s in sentences:
        for src in rules.sentence(s):
            key = (src.actor, src.ref, src.cue)
            if key not in seen:
                seen.add(key)
                out.append(src)
    return out
