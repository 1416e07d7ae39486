"""Find the words in one sentence that name an actor or a place.

A mention is classified from the parse and the word lists (never from the
article's own names): a named entity, a well-known organisation, a country
or its demonym standing for its state ("Russian jets"), or a collective
role noun ("Iranian-backed militias"). Resolution across sentences happens
in actors.py; this module only looks at one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..textdata import Lexicon, fold, lexicon, words

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRONOUNS = {"he", "him", "his", "she", "her", "they", "them", "their", "it", "its"}
TIME_WORDS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.'-]{1,9}$")


@dataclass
class Mention:
    """One naming of an actor or place in a sentence (mutable while resolving)."""

    start: int
    end: int
    text: str
    category: str  # person | org | country | place | role | state_role | pronoun
    head: int
    type: str | None = None
    country: str | None = None
    role: str | None = None
    qualifier: str | None = None  # country name qualifying a role noun
    backer: bool = False  # the qualifier backs the group ("Iran-backed", "Iran's proxies")
    person: str | None = None  # person text qualifying a state role ("Assad regime")
    agentive: bool = False
    subject: bool = False
    plural: bool = False
    acronym: str | None = None
    title: str | None = None
    leader_of: str | None = None  # country a leader title ties a person to
    description: str | None = None
    type_evidence: bool = False
    tokens: list[int] = field(default_factory=list)


def clean_span(span: Span) -> Span:
    """Drop a leading article and a trailing possessive or punctuation.

    A name the tagger cut after "in"/"of" ("the Islamic Resistance in" + "Iraq")
    takes in the proper noun that follows.
    """
    doc, start, end = span.doc, span.start, span.end
    if end < len(doc) and doc[end - 1].pos_ == "ADP" and doc[end].pos_ == "PROPN":
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    while end > start and doc[end - 1].pos_ in {"ADP", "CCONJ", "DET"}:
        end -= 1
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "'"}):
        end -= 1
    return doc[start:end]


def surface(span: Span) -> str:
    """Text of a span with a glued possessive removed ("al-Qaeda's")."""
    text = span.text
    text = re.sub(r"['\u2019]s$", "", text)
    return text.strip(" '\u2019\"")


def build_matchers(nlp) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over known names: case-blind for names, exact for acronyms."""
    lex = lexicon()
    lower, exact = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    names = {n for k in lex.known for n in (k.name, *k.aliases)}
    names |= {n for c in lex.countries for n in (c.name, *c.aliases, *c.metonyms)}
    for name in sorted(names):
        pattern = nlp.make_doc(name)
        if len(name) <= 5 and name.upper() == name:
            exact.add(name, [pattern])
        else:
            # "Nusra Fronts": the same name with a possessive whose apostrophe was lost
            lower.add(name, [pattern, nlp.make_doc(name + "s")])
    return lower, exact


def _candidate_spans(doc: Doc, matchers: tuple[PhraseMatcher, PhraseMatcher]) -> list[tuple[Span, str]]:
    """Named-entity spans and known names, longest first, without overlaps."""
    lower, exact = matchers
    found: list[tuple[Span, str]] = []
    for _, s, e in list(lower(doc)) + list(exact(doc)):
        if not any(t.is_title or t.is_upper for t in doc[s:e]):
            continue  # "further west", "the us": a common word, not the name
        found.append((doc[s:e], "KNOWN"))
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            found.append((ent, ent.label_))
    found += [(s, "PROPN") for s in _propn_runs(doc)]
    found.sort(key=lambda x: (-(x[0].end - x[0].start), x[1] != "KNOWN", x[0].start))
    taken: set[int] = set()
    kept = []
    for span, label in found:
        span = clean_span(span)
        if label in {"ORG", "PERSON", "PROPN"}:
            span = _expand_left(span)
        if label != "KNOWN":
            span = tidy_span(span, label)
            if span is None:
                continue
        if not len(span) or any(i in taken for i in range(span.start, span.end)):
            continue
        if label == "KNOWN" and any(
            e.start < span.start < e.end or e.start < span.end < e.end
            for e in doc.ents
            if e.label_ in NAME_LABELS and len(e) > len(span)
        ):
            continue
        taken.update(range(span.start, span.end))
        kept.append((span, label))
    return sorted(kept, key=lambda x: x[0].start)


def tidy_span(span: Span, label: str) -> Span | None:
    """Repair what scraped text does to names, or drop what is not a name at all.

    Keeps the part after an inner "the" ("Eastern Ghouta the Observatory"), drops a
    possessive country whose apostrophe was lost ("Syrias Aleppo"), a leading
    demonym of a person ("Syrian Rami Abdel Rahman") and trailing numbers ("Daraa
    15"). Refuses navigation and bylines ("Subscribe TRT World", "REUTERS/Stringer")
    and headline fragments, which hold verbs ("Syrian Army Kills").
    """
    lex = lexicon()
    doc, start, end = span.doc, span.start, span.end
    inner_the = [t.i for t in span[1:] if t.lower_ == "the"]
    if inner_the:
        start = inner_the[-1] + 1
    while end - start > 1 and doc[end - 1].like_num:
        end -= 1
    if end - start > 1:
        first = doc[start].text
        stem = fold(first[:-1]) if first.endswith("s") and not first.endswith("'s") else None
        if (stem and (stem in lex.country_by_name or stem in lex.country_by_metonym)) or (
            label == "PERSON" and fold(first) in lex.country_by_demonym
        ):
            start += 1
    for i in range(start + 1, end):
        word = doc[i]
        if word.lower_ in CUT_WORDS or (word.lower_ == "and" and _known_at(doc, i + 1, end, lex)):
            end = i  # "Hizbollah on Zabadani", "al-Nusra Front and Daesh"
            break
    if (
        end - start > 1
        and fold(doc[start].text) in lex.country_by_name
        and doc[start].pos_ == "PROPN"
        and fold(doc[start:end].text) not in lex.known_by_name
    ):
        start += 1  # "Iraq Press TV", "U.S. Idlib": a run of names without commas
    if (
        end - start > 1
        and fold(doc[end - 1].text) in lex.country_by_name
        and doc[end - 2].lower_ not in {"in", "of", "for"}
        and not doc[end - 2].lower_.startswith(("north", "south", "east", "west", "central"))
    ):
        end -= 1  # "Khan Sheikhun Syria", but not "Northern Syria"
    if start >= end:
        return None
    tidy = doc[start:end]
    words = {fold(t.text) for t in tidy}
    if words & lex.boilerplate or any(t.text == "/" or "/" in t.text for t in tidy) or len(tidy) > 8:
        return None
    if any(t.text == "-" and t.i > 0 and doc[t.i - 1].whitespace_ for t in tidy):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and not t.is_title for t in tidy) or any(
        t.tag_ in {"VBZ", "VBD", "VBG"} for t in tidy
    ):
        return None
    if not any(t.is_title or t.is_upper or "-" in t.text for t in tidy):
        return None
    return tidy


CUT_WORDS = words("cut_words")


def _known_at(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """A known name or country starts at token i."""
    for j in range(end, i, -1):
        key = fold(doc[i:j].text)
        if key in lex.known_by_name or key in lex.country_by_name:
            return True
    return False


def _expand_left(span: Span) -> Span:
    """Take in a capitalised name word the tagger left out ("Hayat" of "Hayat Tahrir al-Sham")."""
    lex = lexicon()
    start = span.start
    while start > 0:
        prev = span.doc[start - 1]
        key = fold(prev.text)
        if not (
            prev.pos_ == "PROPN"
            and prev.is_title
            and prev.head.i in range(start, span.end)
            and prev.dep_ in {"compound", "nmod"}
            and prev.ent_type_ in {"", span.label_}
            and key not in lex.person_titles
            and key not in lex.country_by_name
            and key not in lex.country_by_demonym
            and key not in TIME_WORDS
        ):
            break
        start -= 1
    return span.doc[start : span.end] if start != span.start else span


def _propn_runs(doc: Doc) -> list[Span]:
    """Capitalised names the tagger missed: a run of proper nouns (joined by "of"
    or "for") holding an armed-group word ("Kataib ...") or ending in a body noun
    ("Army of Conquest", "Free Idlib Army")."""
    lex = lexicon()
    runs, start = [], None

    def name_word(t: Token | None) -> bool:
        return t is not None and t.pos_ == "PROPN" and (t.is_title or t.is_upper or "-" in t.text)

    toks = list(doc)
    for i, tok in enumerate([*toks, None]):
        joiner = (
            tok is not None
            and tok.lower_ in {"of", "for"}
            and start is not None
            and i + 1 < len(toks)
            and name_word(toks[i + 1])
        )
        if name_word(tok) or joiner:
            start = i if start is None else start
            continue
        if start is not None:
            span = doc[start:i]
            words = [_word_key(t.text) for t in span]
            if any(w in lex.armed_markers for w in words) or (len(span) > 1 and org_type(span.text, lex)[1]):
                runs.append(span)
            start = None
    return runs


def _word_key(word: str) -> str:
    return word.lower().replace("\u2019", "'").strip("'")


def _name_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", text.lower()) if w]


def org_type(text: str, lex: Lexicon) -> tuple[str | None, bool]:
    """Type of an organisation from the words of its name; (type, sure)."""
    words = _name_words(text)
    if any(w in lex.armed_markers or w.replace("'", "") in lex.armed_markers for w in words):
        return "armed_group", True
    cut = next((i for i, w in enumerate(words) if i and w in {"of", "for", "in", "on", "against"}), len(words))
    for word in reversed(words[:cut]):
        if word in lex.name_heads:
            return lex.name_heads[word], True
    return None, False


def _context_type(span: Span, lex: Lexicon) -> str | None:
    """Type from a common noun in apposition: "the Islamist group X", "X, a militia"."""
    root = span.root
    nouns = [root.head] if root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN" else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in nouns:
        if noun.lemma_.lower() in lex.name_heads:
            return lex.name_heads[noun.lemma_.lower()]
        if noun.lower_ in lex.name_heads:
            return lex.name_heads[noun.lower_]
    return None


def is_locative(tok: Token, lex: Lexicon) -> bool:
    """A name after "in", "near", "village of"... is used as a location."""
    head = tok
    while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in lex.place_nouns:
            return True
        if prep.lower_ in {"on", "to", "at", "from", "over", "with"}:
            return prep.lower_ in lex.locative_preps and not _relation_head(prep.head, lex)
        return prep.lower_ in lex.locative_preps
    if head.dep_ == "poss" and head.head.lemma_.lower() in lex.place_nouns | {"city", "north", "south"}:
        return True
    return head.dep_ == "dobj" and head.head.lemma_ in {
        "enter",
        "cross",
        "reach",
        "leave",
        "visit",
        "capture",
        "seize",
        "take",
    }


@cache
def _relation_lemmas() -> frozenset[str]:
    """Every verb and noun lemma of the relation classes (built once, asked per token)."""
    rel = lexicon().relations
    return frozenset(lem for table in (rel["verbs"], rel["nouns"]) for v in table.values() for lem in v["lemmas"])


def _relation_head(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in _relation_lemmas()


def is_agentive(tok: Token, lex: Lexicon) -> bool:
    """Whether a country name is used for the state acting, not a location."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    dep = head.dep_
    if dep in {"nsubj", "nsubjpass", "agent"}:
        return True
    if dep == "poss":
        return head.head.lemma_.lower() not in lex.place_nouns | {
            "city",
            "north",
            "south",
            "east",
            "west",
            "part",
            "parts",
        }
    if dep in {"compound", "amod", "npadvmod", "nmod"}:
        return (
            head.head.lemma_.lower() in lex.state_nouns
            or head.head.lower_ in lex.state_nouns
            or head.head.lower_ in lex.relations["compounds"]
        )
    if dep == "dobj":
        return _relation_head(head.head, lex)
    if dep == "pobj":
        prep = head.head
        if prep.lower_ in {"by", "against", "with", "for", "of"} and _relation_head(prep.head, lex):
            return True
        return prep.lower_ in {"against", "by"}
    return False


def _is_plural(tok: Token) -> bool:
    if tok.tag_ in {"NNS", "NNPS"} or "Plur" in tok.morph.get("Number"):
        return True
    # A capitalised plural opening a sentence ("Rebels, led by ...") is often tagged NNP.
    return tok.tag_ == "NNP" and tok.is_sent_start and tok.lower_.endswith("s")


def classify(span: Span, label: str, lex: Lexicon) -> Mention | None:
    """Turn a name span into a mention, or None when it names no actor or place."""
    text = surface(span)
    key = fold(text)
    root = span.root
    if not key or key in lex.not_actors or key in TIME_WORDS or not any(c.isalpha() for c in text):
        return None
    m = Mention(span.start, span.end, text, "org", root.i, tokens=list(range(span.start, span.end)))
    m.subject = _is_subject(root)
    if key not in lex.known_by_name and key.endswith("s") and key[:-1] in lex.known_by_name | lex.country_by_name:
        key, text = key[:-1], text[:-1]  # "Nusra Fronts", "Irans": a possessive that lost its apostrophe
        m.text = text
    words = key.split()
    rest = " ".join(words[1:])
    if (
        len(words) > 1
        and key not in lex.known_by_name
        and (rest in lex.known_by_name or _ACRONYM.match(text.split()[-1]))
        and (words[0] in lex.country_by_demonym or span[0].ent_type_ == "NORP")
    ):
        key, m.text = rest, text.split(" ", 1)[1]  # "Kurdish YPG" is the YPG
    if key in lex.known_by_name:
        m.type, m.type_evidence = lex.known_by_name[key].type, True
        return m
    head_country = lex.country_by_demonym.get(words[0]) or lex.country_by_name.get(words[0])
    if len(words) > 1 and head_country and all(w in lex.state_name_words for w in words[1:]):
        m.category, m.country, m.agentive = "country", head_country.name, True  # "Syrian Arab Army"
        return m
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    owner_country = lex.country_by_name.get(fold(owner.text)) if owner is not None else None
    if owner_country and all(w in lex.state_name_words for w in words):
        m.category, m.country, m.agentive = "country", owner_country.name, True  # "Russia's Defence Ministry"
        return m
    if key in lex.country_by_name or key in lex.country_by_metonym:
        country = lex.country_by_name.get(key) or lex.country_by_metonym[key]
        is_name = key in lex.country_by_name
        m.category, m.country = "country", country.name
        if root.dep_ in {"compound", "amod", "nmod", "poss"} and (
            root.head.lemma_.lower() in lex.state_nouns or root.head.lower_ in lex.state_nouns
        ):
            m.tokens.append(root.head.i)
        m.agentive = is_agentive(root, lex) if is_name else (is_agentive(root, lex) and root.dep_ != "pobj")
        if not is_name and not m.agentive:
            m.category, m.country = "place", None
        return m
    if key in lex.country_by_demonym:
        return None  # "Ukrainian" alone is an adjective; demonym_states handles "Ukrainian troops"
    if label == "NORP":
        if not is_locative(root, lex):
            return None
        m.category = "place"
        return m
    return _classify_name(m, span, label, lex)


def _classify_name(m: Mention, span: Span, label: str, lex: Lexicon) -> Mention | None:
    text = m.text
    type_, sure = org_type(text, lex)
    ctx = _context_type(span, lex)
    single = len(span) == 1
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and _ACRONYM.match(doc[span.end + 1].text):
        sure = True  # "Armed Conflict Location and Event Data Project (ACLED)": bodies define acronyms
        type_ = type_ or "organisation"
    if single and fold(text) in lex.name_heads:
        return None  # "Groups", "Monitoring": a common noun, not a name
    if label == "PERSON" and not sure and not ctx and not any(ch.isdigit() for ch in text):
        if len(text) <= 2 or _in_byline(span, lex):
            return None
        if _place_like(span, lex):
            m.category = "place"
            return m
        m.category, m.type = "person", "person"
        return m
    if label in PLACE_LABELS and not sure:
        m.category = "place"
        return m
    if label == "PROPN" and not sure:
        return None
    if not sure and not ctx and (is_locative(span.root, lex) or _place_like(span, lex)) and not _ACRONYM.match(text):
        m.category = "place"
        return m
    if single and not sure and not ctx and not _ACRONYM.match(text):
        m.category = "unknown"  # one capitalised word: a place if named as one elsewhere, else nothing
        return m
    m.type = type_ or ctx or ("armed_group" if label == "PERSON" else "organisation")
    m.type_evidence = bool(type_ or ctx)
    return m


def _in_byline(span: Span, lex: Lexicon) -> bool:
    """ "Reporting by Tom Perry; Editing by Giles Elgood": journalists, not actors."""
    doc = span.doc
    for start in range(span.start - 1, max(-1, span.start - 10), -1):
        words = " ".join(t.lower_ for t in doc[start : span.start])
        cue = next((c for c in lex.byline_cues if words.startswith(c)), None)
        if cue:
            between = doc[start + len(cue.split()) : span.start]
            return not any(t.pos_ in {"VERB", "AUX"} for t in between)
    return False


def _place_like(span: Span, lex: Lexicon) -> bool:
    """A name used as a location: "in al-Midan", "al-Midan neighbourhood", "the town of X"."""
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lemma_.lower() in lex.place_nouns:
        return True
    head = root
    while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ in {"in", "near", "at", "into", "inside", "outside", "around", "across", "throughout"}:
            return True
        return prep.lower_ == "of" and prep.head.lemma_.lower() in lex.place_nouns
    return False


def _is_subject(tok: Token) -> bool:
    while tok.dep_ in {"conj", "appos", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}


def _role_of(tok: Token, lex: Lexicon) -> tuple[object, int] | None:
    """The role a noun heads: two-word forms ("rebel forces") before one-word."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.head.i == tok.i and prev.dep_ in {"compound", "amod"}:
        role = lex.role_by_noun.get(fold(f"{prev.text} {tok.text}"))
        if role:
            return role, prev.i
    role = lex.role_by_noun.get(fold(tok.text))
    if role is None:
        return None
    if role.state:
        if any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children
        ):
            return None  # "the Army of Conquest" is a name, not the state's army
        owned = any(c.dep_ in {"poss", "compound", "amod"} for c in tok.children)
        has_the = any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
        return (role, tok.i) if owned or has_the else None
    return (role, tok.i) if _is_plural(tok) else None


def _qualifier(tok: Token, lex: Lexicon) -> tuple[str | None, str | None, list[int]]:
    """Country (or person) that qualifies a role noun: "Turkish", "Iran-backed", "Iran's"."""
    tokens = []
    for child in tok.lefts:
        if child.dep_ not in {"amod", "compound", "poss", "npadvmod", "nmod"}:
            continue
        words = [child] + [g for g in child.children if g.dep_ in {"npadvmod", "compound", "amod", "nmod"}]
        for w in words:
            key = fold(w.text)
            country = lex.country_by_demonym.get(key) or lex.country_by_name.get(key) or lex.country_by_metonym.get(key)
            if country:
                tokens.append(w.i)
                backed = child.dep_ == "poss" or child.lower_ in lexicon().relations["compounds"]
                return (country.name, "backer" if backed else None, tokens)
            if w.ent_type_ == "PERSON" or (w.pos_ == "PROPN" and child.dep_ in {"poss", "compound"}):
                return None, w.text, [w.i]
    return None, None, tokens


def _left_edge(tok: Token) -> int:
    edge = tok.i
    for child in tok.lefts:
        if child.dep_ in {"amod", "compound", "npadvmod", "nmod", "punct"} and child.i < edge:
            edge = min(edge, child.left_edge.i)
    return edge


def role_mentions(doc: Doc, taken: set[int], lex: Lexicon) -> list[Mention]:
    """Collective actors named by a role noun: "rebel forces", "the regime"."""
    out = []
    for tok in doc:
        if tok.i in taken:
            continue
        found = _role_of(tok, lex)
        if not found:
            continue
        role, start = found
        country, person, _ = _qualifier(tok, lex)
        backer = person == "backer"
        if person and (not role.state or backer):
            person = None
        left = min(_left_edge(tok), start)
        while left < tok.i and (doc[left].is_punct or doc[left].lower_ in {"the", "a"}):
            left += 1
        text = doc[left : tok.i + 1].text
        first = doc[left]
        if (
            first.is_sent_start
            and first.ent_type_ not in NAME_LABELS
            and first.pos_ in {"NOUN", "ADJ", "PROPN"}
            and fold(first.text) not in lex.country_by_demonym
            and (first.pos_ != "PROPN" or left == tok.i)
        ):
            text = text[:1].lower() + text[1:]
        if role.state:
            text = (
                re.sub(r"^(?:the)\s+", "", doc[start : tok.i + 1].text, flags=re.I)
                if not (country or person)
                else doc[left : tok.i + 1].text
            )
        m = Mention(
            left,
            tok.i + 1,
            text,
            "state_role" if role.state else "role",
            tok.i,
            type=role.type,
            role=role.key,
            qualifier=country,
            person=person,
            backer=backer,
            agentive=True,
            plural=_is_plural(tok),
            tokens=[tok.i],
        )
        m.subject = _is_subject(tok)
        out.append(m)
    return out


def demonym_states(doc: Doc, taken: set[int], lex: Lexicon) -> list[Mention]:
    """A demonym before a state noun stands for the state: "Russian jets", "Iranian counterpart"."""
    out = []
    for tok in doc:
        country = lex.country_by_demonym.get(fold(tok.text))
        if not country or tok.i in taken:
            continue
        head = tok.head
        compounds = lex.relations["compounds"]
        if tok.dep_ in {"npadvmod", "compound", "amod"} and head.lower_ in compounds:
            m = Mention(
                tok.i, tok.i + 1, country.name, "country", tok.i, country=country.name, agentive=True, tokens=[tok.i]
            )
            out.append(m)
            continue
        phrase = fold(" ".join(t.text for t in doc[tok.i + 1 : head.i + 1])) if head.i > tok.i else ""
        if tok.dep_ in {"amod", "compound", "nmod"} and (
            head.lemma_.lower() in lex.state_nouns or head.lower_ in lex.state_nouns or phrase in lex.state_nouns
        ):
            if _role_of(head, lex) and not _role_of(head, lex)[0].state:
                continue
            m = Mention(
                tok.i,
                head.i + 1,
                doc[tok.i : head.i + 1].text,
                "country",
                head.i,
                country=country.name,
                agentive=True,
                tokens=[tok.i, head.i],
            )
            m.subject = _is_subject(head)
            out.append(m)
    return out


def pronoun_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Personal pronouns, to be resolved against earlier actors."""
    out = []
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.i not in taken and tok.pos_ == "PRON":
            m = Mention(tok.i, tok.i + 1, tok.text, "pronoun", tok.i, tokens=[tok.i])
            m.subject = _is_subject(tok)
            m.plural = tok.lower_ in {"they", "them", "their"}
            out.append(m)
    return out


def find_mentions(doc: Doc, matchers: tuple[PhraseMatcher, PhraseMatcher]) -> list[Mention]:
    """Every actor, place and pronoun mention of one sentence, in text order."""
    lex = lexicon()
    mentions: list[Mention] = []
    for span, label in _candidate_spans(doc, matchers):
        m = classify(span, label, lex)
        if m:
            _attach_acronym(m, doc)
            mentions.append(m)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += demonym_states(doc, taken, lex)
    taken |= {i for m in mentions for i in m.tokens}
    mentions += _roles_outside_names(role_mentions(doc, taken, lex), mentions)
    taken |= {i for m in mentions for i in m.tokens}
    mentions += pronoun_mentions(doc, taken)
    _absorb_nested(mentions)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _roles_outside_names(roles: list[Mention], names: list[Mention]) -> list[Mention]:
    """ "Islamic State extremists" are the group itself: the role noun joins the name."""
    kept = []
    for role in roles:
        owner = next((n for n in names if n.category == "org" and role.start <= n.start and n.end <= role.end), None)
        if owner:
            owner.tokens.append(role.head)
        else:
            kept.append(role)
    return kept


def _attach_acronym(m: Mention, doc: Doc) -> None:
    """ "Hayat Tahrir al-Sham (HTS)": the bracketed acronym is an alias."""
    if m.category in {"place", "country"}:
        return
    i = m.end
    if (
        i + 2 < len(doc) + 1
        and i < len(doc)
        and doc[i].text == "("
        and i + 2 <= len(doc) - 1
        and doc[i + 2].text == ")"
        and _ACRONYM.match(doc[i + 1].text)
    ):
        m.acronym = doc[i + 1].text
        m.tokens.append(i + 1)


def _absorb_nested(mentions: list[Mention]) -> None:
    """Drop a mention that is the acronym of the mention before it."""
    acronyms = {m.acronym for m in mentions if m.acronym}
    mentions[:] = [
        m
        for m in mentions
        if not (
            m.text in acronyms
            and m.category == "org"
            and any(o.acronym == m.text and o.end + 1 == m.start for o in mentions)
        )
    ]
