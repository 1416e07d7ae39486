"""People counted without a number: "a girl was killed", "a senior officer and soldier",
"killed them" after a count, "X, 30, was gunned down".

A mixin of the casualty rules (casualties.py): it asks the same questions of the parse
(`_figure`, `_counted`, `_context`, `outcomes`) and adds figures of one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...parsetree import Token
from ..context import SentenceActors
from .figures import Figure
from .numbers import Quantity, quantity

if TYPE_CHECKING:
    from ...lexicon import Lexicon
    from .outcomes import Outcomes


class SingleVictims:
    """Figures of one person, or a pronoun standing for people counted before it."""

    outcomes: Outcomes  # given by CasualtyRules, as are _figure, _counted, _killed_patient, _victims, _context
    lex: Lexicon

    def _pronoun_victims(self, s: SentenceActors, earlier: list[Figure]) -> list[Figure]:
        """ "kidnapped two villagers and killed them", "abducted a councilman, then killed him":
        a pronoun killed stands for the people counted before it in the sentence."""
        out: list[Figure] = []
        for tok in s.doc:
            if tok.lower_ not in {"him", "her", "them", "he", "she", "they"} or tok.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if self.outcomes.predicate(tok) != "killed":  # "killed them", "she was found beheaded"
                continue
            group = self._antecedent_count(s, tok)
            if group is None or any(f.outcome == "killed" and f.anchor == group[1].i for f in earlier + out):
                continue
            q, noun = group
            fig = Figure(q, "killed", self._victims(noun, "killed"), s.ref, noun.i, rule="pronoun-victims")
            self._context(s, tok, fig, earlier + out)
            out.append(fig)
        return out

    def _antecedent_count(self, s: SentenceActors, pronoun: Token) -> tuple[Quantity, Token] | None:
        """The last counted people before a pronoun: a number for "them", "a/an" for "him"/"her"."""
        plural = pronoun.lower_ in {"them", "they"}
        for tok in reversed(s.doc[: pronoun.i]):
            if not self._counted(tok):
                continue
            if plural and tok.tag_ in {"NNS", "NNPS"}:
                number = next((c for c in tok.children if c.dep_ == "nummod"), None)
                q = quantity(number, self.lex) if number is not None else None
                return (q, tok) if q is not None else None
            if not plural and tok.tag_ == "NN" and any(c.lower_ in {"a", "an", "one"} for c in tok.children):
                return Quantity(tok.text, 1, 1, 1, False, None, tok.i, tok.i + 1), tok
        return None

    def _single_victims(self, s: SentenceActors, seen: set[int], earlier: list[Figure]) -> list[Figure]:
        """ "A girl was killed", "killing a soldier": one person, counted only with an outcome.

        A singular person without an outcome ("a woman mourns") is no figure and
        is not listed among the numbers either: it is no number.
        """
        out: list[Figure] = []
        for tok in s.doc:
            # "an army jawan", "a female IDP": common nouns the tagger took for names
            common = tok.tag_ == "NN" or (tok.tag_ == "NNP" and (tok.is_lower or (tok.is_upper and self._counted(tok))))
            if not common or not (self._counted(tok) or self._killed_patient(tok)) or tok.i in seen:
                continue
            # "the" too when a verb of killing acts on the noun ("assassinated the village chief")
            singles = {"a", "an", "one", "the"} if self.outcomes.predicate(tok) == "killed" else {"a", "an", "one"}
            det = next((c for c in tok.children if c.dep_ in {"det", "nummod"} and c.lower_ in singles), None)
            if det is None:
                continue
            q = Quantity(s.doc[det.i : tok.i + 1].text, 1, 1, 1, False, None, det.i, det.i + 1)
            fig, _ = self._figure(s, det, q, earlier + out, noun=tok)
            if fig is not None and fig.subset_of is None:
                fig.rule = "single-victim"
                out.append(fig)
                out += self._bare_conjuncts(s, tok, seen, earlier + out)
        return out + (self._named_victim(s) if not earlier and not out else [])

    def _named_victim(self, s: SentenceActors) -> list[Figure]:
        """ "Nazrul Islam, 28, was gunned down": a person named as the one a verb of killing acts
        on is one dead, when the sentence counts no one else (a name among counted dead is one
        of them, not one more)."""
        for m in s.mentions:
            tok = s.doc[m.head]
            if m.category == "person" and self.outcomes.predicate(tok) == "killed":
                q = Quantity(m.text, 1, 1, 1, False, None, m.start, m.end)
                fig = Figure(q, "killed", "people", s.ref, tok.i, rule="named-victim")
                self._context(s, tok, fig, [])
                return [fig]
        return []

    def _bare_conjuncts(self, s: SentenceActors, noun: Token, seen: set[int], earlier: list[Figure]) -> list[Figure]:
        """ "a senior officer and soldier were killed": a conjoined noun without its own
        determiner is one more person."""
        out: list[Figure] = []
        bare = [
            c
            for c in noun.children
            if c.dep_ == "conj"
            and c.tag_ == "NN"
            and self._counted(c)
            and c.i not in seen
            # "a woman and her child": a possessive pronoun leaves it one person
            and not any(g.dep_ in {"det", "nummod"} or (g.dep_ == "poss" and g.pos_ != "PRON") for g in c.children)
        ]
        for c in bare:
            q = Quantity(c.text, 1, 1, 1, False, None, c.i, c.i + 1)
            fig, _ = self._figure(s, c, q, earlier + out, noun=c)
            if fig is not None:
                fig.rule = "bare-conjunct"
                out.append(fig)
        return out
