"""Casualty figures: how many were killed, injured, displaced, and who says so.

A number becomes a casualty figure only when the parse ties it to an
outcome ("were killed", "killing 16", "the death toll rose to 45", "25
wounded"). Subsets ("including 92 civilians") point at their total and are
never added to it; numbers of attacks, troops, hospitals, years and dates
are kept apart with the reason, for the reader to audit.
"""

from __future__ import annotations

import calendar

from ...lexicon import Lexicon
from ...model import Casualty, RejectedNumber
from ...parsetree import Span, Token
from ..context import SentenceActors
from .attribution import attribution_of
from .figures import Figure, coordinated_totals, to_casualties
from .numbers import Quantity, quantity
from .outcomes import Outcomes
from .singles import SingleVictims

DATE_LABELS = {"DATE", "TIME"}
PARTITIVE_PRONOUNS = {"them", "those", "whom"}  # "one of them", "two of those"
MONTHS = {m.lower() for m in calendar.month_name[1:]} | {m.lower() for m in calendar.month_abbr[1:]} | {"sept"}
NOT_COUNTS = {
    "MONEY": "an amount of money",
    "PERCENT": "a percentage",
    "ORDINAL": "an ordinal",
    "QUANTITY": "a measure",
}


class CasualtyRules(SingleVictims):
    """Applies the casualty word lists to one sentence at a time."""

    def __init__(self, place_names: dict[tuple[str, int], list[str]], lex: Lexicon):
        cas = lex.casualties
        self.lex = lex
        self.outcomes = Outcomes(lex)
        self.bodies = set(lex.actors.name_heads)  # words that name organisations: "group", "army", "council"
        self.places = set(lex.actors.place_nouns)
        self.victims = cas.victims
        self.not_people = cas.not_people
        self.not_victims = self.not_people | self.bodies | self.places  # built once, asked per noun
        self.cumulative = cas.cumulative
        self.subset_cues = cas.subset_cues
        self.age_words = cas.age_words
        self.age_phrases = cas.age_phrases
        self.attribution = attribution_of(lex)
        self.place_names = place_names

    # ---- per sentence -------------------------------------------------------
    def sentence(self, s: SentenceActors) -> tuple[list[Figure], list[RejectedNumber]]:
        figures: list[Figure] = []
        rejected: list[tuple[int, RejectedNumber]] = []  # kept in text order
        undecided: list[tuple[Token, Quantity, RejectedNumber]] = []
        seen: set[int] = set()
        for tok in s.doc:
            if tok.i in seen:
                continue
            q = quantity(tok, self.lex)
            if q is None:
                continue
            seen.update(range(q.start, q.end))
            reason = self._not_a_count(s, tok, q)
            if reason:
                rejected.append((q.start, RejectedNumber(q.text, reason, s.ref)))
                continue
            fig, reason = self._figure(s, tok, q, figures)
            if fig:
                figures.append(fig)
            else:
                undecided.append((tok, q, RejectedNumber(q.text, reason, s.ref)))
        for tok, q, why in undecided:
            fig = self._among(s, tok, q, figures)
            if fig is not None:
                figures.append(fig)
            else:
                rejected.append((q.start, why))
        figures += self._single_victims(s, seen, figures)
        figures += self._pronoun_victims(s, figures)
        return coordinated_totals(s, figures), [r for _, r in sorted(rejected, key=lambda x: x[0])]

    def _among(self, s: SentenceActors, tok: Token, q: Quantity, figures: list[Figure]) -> Figure | None:
        """ "30 children were among 39 people killed": a part of the figure it is among,
        with that figure's outcome, never added to it."""
        noun = self._noun(s, tok, q)
        if noun is None or not self._counted(noun) or noun.head.lemma_ != "be":
            return None
        among = [p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children]
        whole = next((k for k, f in enumerate(figures) for p in among if f.anchor == p.i), None)
        if whole is None:
            return None
        total = figures[whole]
        fig = Figure(
            q, total.outcome, self._victims(noun, total.outcome), s.ref, noun.i, subset_of=whole, rule="among-total"
        )
        self._context(s, noun, fig, figures)
        return fig

    def _not_a_count(self, s: SentenceActors, tok: Token, q: Quantity) -> str | None:
        nxt = s.doc[q.end] if q.end < len(s.doc) else None
        if nxt is not None and nxt.text == "-" and q.end + 1 < len(s.doc):
            return f"part of a compound ({s.doc[q.start : q.end + 2].text})"
        before = [t.lower_.rstrip(".") for t in s.doc[max(0, q.start - 3) : q.start]]
        around = {t.lower_.rstrip(".") for t in s.doc[max(0, q.start - 1) : q.end + 1]} - {tok.lower_}
        if around & MONTHS and not q.vague:
            return "a date"
        after = " ".join(t.lower_ for t in s.doc[q.end : q.end + 2])
        if self.age_words & set(before) or after in self.age_phrases:
            return "an age"
        ent = tok.ent_type_
        dateish = q.vague or q.count is None or q.count <= 31 or 1800 <= q.count <= 2100
        if ent in DATE_LABELS and dateish:
            return "a year" if q.count and 1800 <= q.count <= 2100 and not q.vague else "a date or time"
        if ent in NOT_COUNTS:
            return NOT_COUNTS[ent]
        if (
            q.count is not None
            and 1800 <= q.count <= 2100
            and not q.qualifier
            and (nxt is None or not self._counted(nxt))
        ):
            return "a year"
        return None

    def _counted(self, tok: Token) -> bool:
        """A noun for people, or a pronoun standing for them ("one of them")."""
        return tok.lower_ in self.victims or tok.lemma_.lower() in self.victims or tok.lower_ in PARTITIVE_PRONOUNS

    def _noun(self, s: SentenceActors, tok: Token, q: Quantity) -> Token | None:
        """The noun a number counts: "500 people", "hundreds of militias", "several people"."""
        after = self._next_victim(s, q.end)
        if after is not None:
            return after
        head = s.doc[q.end - 1]
        if head.dep_ in {"nummod", "amod", "quantmod", "compound"} and head.head.pos_ in {"NOUN", "PROPN"}:
            noun = head.head
            return noun if noun.i >= q.end else None
        if q.end < len(s.doc) and s.doc[q.end].lower_ == "of":
            for c in s.doc[q.end].children:
                if c.dep_ == "pobj":
                    return c
        if head.dep_ in {"nummod", "amod"} and head.head.i > head.i and not self.outcomes.word(head.head):
            return head.head
        return None

    def _next_victim(self, s: SentenceActors, i: int) -> Token | None:
        """A people noun right after the number ("15 civilians"), trusted over a parse that
        scraped text without commas often gets wrong ("Daraa 15 civilians"). A bracketed
        aside is skipped ("two NSCN (Khaplang) cadres")."""
        words = 0
        depth = 0
        for tok in s.doc[i : i + 24]:
            if tok.text in {"(", "["}:
                depth += 1
                continue
            if tok.text in {")", "]"}:
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            if self._counted(tok):
                return tok
            words += 1
            if words > 3 or (tok.pos_ not in {"ADJ", "PROPN"} and tok.ent_type_ != "NORP"):
                return None
        return None

    def _figure(
        self, s: SentenceActors, tok: Token, q: Quantity, earlier: list[Figure], noun: Token | None = None
    ) -> tuple[Figure | None, str]:
        noun = noun if noun is not None else self._noun(s, tok, q)
        anchor = noun if noun is not None else s.doc[q.end - 1]
        if noun is not None and (noun.lemma_.lower() in self.not_people or noun.lower_ in self.not_people):
            return None, f"counts {noun.lower_}, not people"
        if (
            noun is not None
            and not self._counted(noun)
            and noun.lower_ not in self.outcomes.nouns
            and noun.lemma_.lower() not in self.outcomes.nouns
            and not self._killed_patient(noun)
            and not self.outcomes.preceding(s, q.start)
        ):
            return None, f"counts {noun.lower_}, not people"
        subset = self._subset_of(s, anchor, earlier)
        outcome, rule = self.outcomes.of_phrase(s, anchor), "outcome-of-phrase"
        if outcome is None:
            outcome, rule = self.outcomes.following(s, anchor), "outcome-after"
        if outcome is None:
            outcome, rule = self.outcomes.preceding(s, q.start), "outcome-before"
        if outcome is None and subset is not None:
            outcome, rule = earlier[subset].outcome, "part-of-total"
        if outcome is None:
            return None, "no word of killing, injury or displacement ties it to people"
        ceiling = self.lex.casualties.vague_ceiling
        if q.vague and outcome in {"killed", "injured"} and ceiling is not None and (q.low or 0) >= ceiling:
            return None, "a magnitude of speech, not a count of the dead or wounded"
        victims = self._victims(noun, outcome)
        fig = Figure(q, outcome, victims, s.ref, anchor.i, subset_of=subset, rule=rule)
        self._context(s, anchor, fig, earlier)
        return fig, ""

    def _killed_patient(self, noun: Token) -> bool:
        """A noun of no known class that a verb of killing acts on ("executed seventeen
        worshipers", "killed a butcher"): what is killed is people."""
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}:
            return False
        lemma = noun.lemma_.lower()
        forms = {lemma, noun.lower_, lemma + "s", lemma + "es"}
        if forms & self.not_victims or lemma in self.outcomes.nouns:
            return False  # "the group", "a toll", "the province": a body, a count or a place
        return self.outcomes.predicate(noun) == "killed"

    def _victims(self, noun: Token | None, outcome: str) -> str:
        if noun is None:
            return "people"
        cat = self.victims.get(noun.lower_) or self.victims.get(noun.lemma_.lower())
        return cat or "people"

    def _subset_of(self, s: SentenceActors, anchor: Token, earlier: list[Figure]) -> int | None:
        """ "including 92 civilians" / "among them 5 children": a part of the figure before."""
        if not earlier:
            return None
        cur = anchor
        for _ in range(3):
            if cur.dep_ == "pobj" and cur.head.lower_ in self.subset_cues.prepositions:
                return len(earlier) - 1
            if cur.head.i == cur.i:
                break
            cur = cur.head
        window = s.doc[max(0, anchor.i - 6) : anchor.i]
        text = " ".join(t.lower_ for t in window)
        if any(cue in text for cue in self.subset_cues.phrases):
            return len(earlier) - 1
        return None

    def _of_a_war(self, anchor: Token) -> bool:
        """ "the war has killed 280,000", "the conflict, which has killed ...", "killed in the war":
        the dead of a war to date, not of one event."""
        verb = _outcome_verb(anchor)
        if verb is None:
            return False
        wars = self.cumulative.war_nouns
        subject = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.dep_ == "relcl":
            subject.append(verb.head)
        if any(t.lemma_.lower() in wars and t.pos_ == "NOUN" for t in subject):
            return True
        within = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"in", "during", "throughout"}
            for p in c.children
        ]
        return any(p.dep_ == "pobj" and p.lemma_.lower() in wars and p.pos_ == "NOUN" for p in within)

    def _context(self, s: SentenceActors, anchor: Token, fig: Figure, earlier: list[Figure]) -> None:
        clause = _clause(anchor)
        reporters = self.attribution.reporter_of(s, anchor)
        fig.reported_by = reporters[0] if reporters else None
        places = self.place_names.get((s.ref.article_id, s.ref.index), [])
        words = {t.lower_ for t in clause}
        fig.place = next((p for p in places if p.lower() in clause.text.lower()), None)
        dates = [e.text for e in s.doc.ents if e.label_ == "DATE" and clause.start <= e.start < clause.end]
        fig.when = dates[0] if dates else None
        text = clause.text.lower()
        cum = self.cumulative
        size = fig.q.count or fig.q.low or 0
        fig.cumulative = (
            bool(words & cum.clause_words)
            or any(c in text for c in cum.phrases)
            or bool(words & cum.war_nouns and words & cum.toll_words)
            or self._of_a_war(anchor)
            or (fig.outcome == "killed" and cum.event_ceiling is not None and size >= cum.event_ceiling)
        )
        if fig.subset_of is not None:
            parent = earlier[fig.subset_of]
            fig.reported_by = fig.reported_by or parent.reported_by
            fig.cumulative = parent.cumulative
            fig.place = fig.place or parent.place
            fig.when = fig.when or parent.when


def _outcome_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _clause(tok: Token) -> Span:
    """The verb clause a token belongs to, for place, date and "since" look-ups."""
    cur = tok
    while cur.head.i != cur.i and not (cur.pos_ in {"VERB", "AUX"} and cur.dep_ in {"ROOT", "ccomp", "conj"}):
        cur = cur.head
    return tok.doc[cur.left_edge.i : cur.right_edge.i + 1]


def extract_casualties(
    sentences: list[SentenceActors], place_names: dict[tuple[str, int], list[str]], lex: Lexicon
) -> tuple[list[Casualty], list[RejectedNumber]]:
    """Casualty figures of a briefing, one per figure even when repeated, and the rejected numbers."""
    rules = CasualtyRules(place_names, lex)
    per_sentence: list[list[Figure]] = []
    rejected: list[RejectedNumber] = []
    for s in sentences:
        figures, rej = rules.sentence(s)
        per_sentence.append(figures)
        rejected += rej
    return to_casualties(per_sentence), rejected
