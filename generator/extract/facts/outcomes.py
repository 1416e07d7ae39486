"""Outcomes: which words say that people were killed, injured, displaced or detained.

"were killed", "killing", "shot dead", "gunned down", "tortured to death", "the
death toll rose to", "25 wounded": the outcome a counted phrase is tied to,
read from the verb, adjective or noun it hangs on, or from the words after it
when scraped text defeats the parse.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ...parsetree import Token
from ..context import SentenceActors


class Outcomes:
    """The outcome word lists of the Lexicon, applied to the parse."""

    def __init__(self, lex: Lexicon):
        cas = lex.casualties
        self.verbs = cas.verbs
        self.adjectives = cas.adjectives
        self.nouns = cas.nouns
        self.killing_phrases = cas.killing_phrases
        self.victim_subject_verbs = cas.victim_subject_verbs
        self.weak_nouns = cas.weak_outcome_nouns
        self.before_outcome = cas.before_outcome
        self.killing_objects = cas.killing_objects
        self.finding_verbs, self.body_nouns = cas.finding_verbs, cas.body_nouns
        self.toll_nouns = cas.toll_nouns

    def word(self, tok: Token) -> str | None:
        word = tok.lower_
        return self.adjectives.get(word) or (self.verbs.get(tok.lemma_.lower()) if tok.tag_ in {"VBN", "VBD"} else None)

    def following(self, s: SentenceActors, anchor: Token) -> str | None:
        """ "15 civilians were killed", "three killed and 30 wounded": the words that follow."""
        for tok in s.doc[anchor.i + 1 : anchor.i + 5]:
            if tok.lower_ in self.before_outcome:
                continue
            if tok.lemma_.lower() in self.victim_subject_verbs:
                return self.verbs[tok.lemma_.lower()]
            return self.word(tok) if tok.tag_ in {"VBN", "JJ", "VBD"} else None
        return None

    def of_phrase(self, s: SentenceActors, anchor: Token) -> str | None:
        """Outcome from the verb, adjective or noun the counted phrase hangs on."""
        own = self.nouns.get(anchor.lower_) or self.adjectives.get(anchor.lower_)
        if own and anchor.lower_ not in self.weak_nouns:
            return own
        main = self.predicate(anchor) or self.among_outcome(anchor)
        if main:  # "a thief arrested by X was shot dead": the clause's verb before a participle
            return main
        for c in anchor.children:
            if c.dep_ in {"amod", "acl", "relcl", "oprd", "ccomp", "xcomp"}:
                out = self.adjectives.get(c.lower_) or self.of_verb(c)
                if out:
                    return out
        cur = anchor
        for _ in range(4):
            head = cur.head
            if head.i == cur.i:
                break
            if cur.dep_ in {"nsubjpass", "nsubj", "dobj", "attr", "conj", "appos", "npadvmod"} or head.pos_ in {
                "VERB",
                "AUX",
            }:
                out = self.of_verb(head)
                if out and (cur.dep_ != "nsubj" or head.lemma_.lower() in self.victim_subject_verbs):
                    return out
            toll = self.toll_near(head)
            if toll:
                return toll
            if head.pos_ in {"VERB", "AUX"} and cur.dep_ in {"dobj", "nsubjpass", "nsubj", "attr"}:
                break
            cur = head
        for c in anchor.children:
            if c.dep_ == "amod" and c.lower_ in self.adjectives:
                return self.adjectives[c.lower_]
        return None

    def among_outcome(self, noun: Token) -> str | None:
        """ "six children were among the dead", "among those wounded": the outcome of those the
        counted are among, when the whole has no number of its own."""
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
            return None
        for p in (p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children):
            if any(t.like_num for t in p.subtree):
                return None  # "among 48 people killed": a figure of its own, which the subset joins
            out = self.nouns.get(p.lower_) or self.adjectives.get(p.lower_)
            out = out or next((self.of_verb(c) for c in p.children if c.dep_ in {"acl", "relcl"}), None)
            if out:
                return out
        return None

    def predicate(self, noun: Token) -> str | None:
        """The outcome of the verb a noun is the patient of, or of a verb coordinated with it
        ("was shot and killed", "abducted and executed")."""
        verb = noun.head
        passive_subject = noun.dep_ == "nsubjpass"
        if not (passive_subject or noun.dep_ == "dobj") or verb.pos_ not in {"VERB", "AUX"}:
            return None
        # "was shot and killed": a coordinated verb without an object of its own shares this one;
        # "ambushed three policemen and killed one of them" does not
        shared = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_ in {"dobj", "nsubj", "nsubjpass"} for g in c.children)
        ]
        verbs = (verb, *shared)
        own = (self.of_verb(c) for c in noun.children if c.dep_ in {"acl", "amod"})  # "left a student killed"
        found = [self.of_verb(v) for v in verbs] + list(own) + [self.complement(v) for v in verbs]
        return next((out for out in found if out), None)

    def preceding(self, s: SentenceActors, start: int) -> str | None:
        """ "gunmen shot dead two policemen", where the parse took "shot" for a noun: a
        killing said right before the counted phrase, read from the words themselves."""
        i = start - 1
        while i >= 0 and s.doc[i].lower_ in {"a", "an", "the"}:
            i -= 1
        if i < 1:
            return None
        last, before = s.doc[i], s.doc[i - 1]
        phrases = self.killing_phrases
        if last.lower_ in phrases.complements and before.tag_ in {"VBD", "VBN", "NN"}:
            return "killed"  # "shot dead"
        if before.lemma_.lower() in phrases.particles.get(last.lower_, ()):
            return "killed"  # "gunned down"
        return None

    def complement(self, verb: Token) -> str | None:
        """ "was found dead", "was found beheaded": the outcome in the verb's complement."""
        for c in verb.children:
            if c.dep_ in {"oprd", "acomp", "xcomp", "advcl"} and c.i > verb.i:
                out = self.adjectives.get(c.lower_) or (self.of_verb(c) if c.tag_ == "VBN" else None)
                if out:
                    return out
        return None

    def of_verb(self, tok: Token) -> str | None:
        if tok.pos_ not in {"VERB", "AUX", "ADJ"}:
            return None
        lemma = tok.lemma_.lower()
        needed = self.killing_objects.get(lemma)
        if needed is not None and not any(c.lower_ in needed for c in tok.children):
            return None
        if self.kills_by_phrase(tok):
            return "killed"
        if lemma in self.finding_verbs and any(c.lower_ in self.body_nouns for c in tok.children):
            return "killed"  # "recovered 12 bodies", "bodies were found"
        return self.verbs.get(lemma) or (self.adjectives.get(tok.lower_) if tok.tag_ == "VBN" else None)

    def kills_by_phrase(self, verb: Token) -> bool:
        """ "shot dead", "gunned down", "tortured to death": killing said in two words."""
        phrases = self.killing_phrases
        for c in verb.children:
            if c.lower_ in phrases.complements and c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "amod"}:
                return True
            if c.dep_ == "prt" and verb.lemma_.lower() in phrases.particles.get(c.lower_, ()):
                return True
            if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in phrases.objects_of_to for g in c.children):
                return True
        return False

    def toll_near(self, tok: Token) -> str | None:
        """ "the death toll rose to 45", "put the toll at 470000"."""
        words = [tok] + [c for c in tok.children if c.dep_ in {"nsubj", "dobj", "nsubjpass"}]
        for w in words:
            if w.lemma_.lower() in self.toll_nouns and w.pos_ == "NOUN":
                return "killed"
        return None
