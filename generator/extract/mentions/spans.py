"""Span tidying: the words of a sentence that may name an actor or a place.

Named-entity spans, gazetteer names and runs of proper nouns the tagger
missed, repaired for what scraped text does to names (possessives that
lost their apostrophe, names run together without commas, bylines,
headline fragments). Deciding what a span names is classify.py's job.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc as SpacyDoc

from ...lexicon import Lexicon, fold
from ...parsetree import Doc, Span, Token
from .names import ACRONYM, NAME_LABELS, TIME_WORDS, initial_hits, org_type
from .runs import acronym_names, acronyms, propn_runs, town_runs


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


def build_matchers(nlp, lex: Lexicon) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over gazetteer names: case-blind for names, exact for acronyms."""
    lower, exact = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    names = set(lex.known_names)
    names |= {n for c in lex.countries for n in (c.name, *c.aliases, *c.metonyms)}
    for name in sorted(names):
        pattern = nlp.make_doc(name)
        if len(name) <= 5 and name.upper() == name:
            exact.add(name, [pattern, nlp.make_doc(name + "s")])  # "SANAs reporter": a lost apostrophe
        else:
            # "Nusra Fronts": the same name with a possessive whose apostrophe was lost
            lower.add(name, [pattern, nlp.make_doc(name + "s")])
    return lower, exact


OTHER_NAME_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # an unfamiliar name the tagger misread


def known_names(parse: SpacyDoc, matchers: tuple[PhraseMatcher, PhraseMatcher]) -> list[tuple[int, int]]:
    """Where the gazetteer names occur in a sentence (token offsets), case-blind and exact."""
    lower, exact = matchers
    return [(s, e) for _, s, e in list(lower(parse)) + list(exact(parse))]


def candidate_spans(doc: Doc, known_at: list[tuple[int, int]], lex: Lexicon) -> list[tuple[Span, str]]:
    """Named-entity spans and known names, longest first, without overlaps."""
    found: list[tuple[Span, str]] = []
    for s, e in known_at:
        if not any(t.is_title or t.is_upper or (len(t) > 2 and t.text[:-1].isupper()) for t in doc[s:e]):
            continue  # "further west", "the us": a common word, not the name
        found.append((doc[s:e], "KNOWN"))
    known = [span for span, _ in found]
    whole = [
        e
        for e in doc.ents
        if (e.label_ in NAME_LABELS or (e.label_ in OTHER_NAME_LABELS and titled_person(e, lex)))
        and not _tiled(e, known)
    ]
    whole = [part for e in whole for part in _split_alternatives(e)]
    found += [(ent, ent.label_ if ent.label_ in NAME_LABELS else "PERSON") for ent in whole]
    found += propn_runs(doc, lex)
    found += [(s, "ORG") for s in acronyms(doc, lex)]
    found += [(s, "ORG") for s in acronym_names(doc)]
    found += [(s, "GPE") for s in town_runs(doc, lex)]
    # longest first, counted without a leading "the" ("The Committee to Protect Journalists" is no
    # longer than the gazetteer's name inside it, which then wins)
    found.sort(key=lambda x: (-len(clean_span(x[0])), x[1] != "KNOWN", x[0].start))
    taken: set[int] = set()
    kept = []
    for span, label in found:
        span = clean_span(span)
        if label in {"ORG", "PERSON", "PROPN"}:
            span = _expand_right(_expand_left(span, lex), lex)
        if label != "KNOWN":
            span = tidy_span(span, label, lex)
            if span is None:
                continue
        if not len(span) or any(i in taken for i in range(span.start, span.end)):
            continue
        if label == "KNOWN" and any(
            e.start < span.start < e.end or e.start < span.end < e.end
            for e in map(clean_span, whole)
            if len(e) > len(span)
        ):
            continue  # a longer name around it ("the UN Security Council"), not "the" before it
        taken.update(range(span.start, span.end))
        kept.append((span, label))
    return sorted(kept, key=lambda x: x[0].start)


def _split_alternatives(ent: Span) -> list[Span]:
    """ "ISWAP and/or JAS": two names the tagger took for one, split at the slashed conjunction."""
    cuts = [t.i for t in ent if t.dep_ == "cc" and "/" in t.text]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    parts = [ent.doc[a + (a in cuts) : b] for a, b in pairwise(bounds)]
    return [Span(ent.doc, p.start, p.end, ent.label_) for p in parts if len(p)]


def titled_person(span: Span, lex: Lexicon) -> bool:
    """A name a person's title stands beside: "Twan Mrat Naing, the leader of the Arakan Army",
    "the spokesman, Nawaf Khalil". The tagger may call an unfamiliar name an organisation or
    a work of art; a leader, a commander or a spokesman is a person ("a member of" is not:
    states and groups are members too)."""
    titles = (lex.actors.leader_titles | lex.actors.member_titles) - {"member"}
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in titles for t in beside)


def _tiled(ent: Span, known: list[Span]) -> bool:
    """Two gazetteer names run together without a comma ("Nusra Front al Qaedas"): the
    entity the tagger made of them is the two names, not one."""
    inside = [k for k in known if ent.start <= k.start and k.end <= ent.end]
    longest = [k for k in inside if not any(o.start <= k.start and k.end <= o.end and len(o) > len(k) for o in inside)]
    if len(longest) < 2:
        return False
    ordered = sorted(longest, key=lambda s: s.start)
    return all(a.end <= b.start for a, b in pairwise(ordered))


def tidy_span(span: Span, label: str, lex: Lexicon) -> Span | None:
    """Repair what scraped text does to names, or drop what is not a name at all.

    Keeps the part after an inner "the" ("Eastern Ghouta the Observatory"), drops a
    possessive country whose apostrophe was lost ("Syrias Aleppo"), a leading
    demonym of a person ("Syrian Rami Abdel Rahman") and trailing numbers ("Daraa
    15"). Refuses navigation and bylines ("Subscribe TRT World", "REUTERS/Stringer")
    and headline fragments, which hold verbs ("Syrian Army Kills").
    """
    doc, start, end = span.doc, span.start, span.end
    cut_words = lex.actors.cut_words
    # "Eastern Ghouta the Observatory": names run together; not "Organisation for the Prohibition ..."
    inner_the = [t.i for t in span[1:] if t.lower_ == "the" and doc[t.i - 1].pos_ != "ADP"]
    if inner_the:
        start = inner_the[-1] + 1
    if end - start > 2 and doc[start].lower_ in lex.relations.prefixes and doc[start + 1].text == "-":
        start += 2  # "Pro-Turkey": the name is Turkey, the prefix a stance towards it
    compounds = lex.relations.compounds
    if (
        end - start > 1
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in compounds
        and doc[end - 1].lower_ not in lex.actors.name_heads
    ):
        end -= 1  # "Nusra Front Western-backed rebels": the last word belongs to "Western-backed";
        # not so "the Arakan Army-controlled district", where the whole name controls it
    while end - start > 1 and doc[end - 1].like_num:
        end -= 1
    while end - start > 1 and doc[start].lower_ in lex.actors.name_hedges:
        start += 1  # "Suspected ADF fighters": doubt about who, not a word of the name
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[0] : end]):
        end = opened[0]  # "the Chin National Front (CNF": the tagger stopped inside the bracket
    if (
        label == "PERSON"
        and end - start > 2
        and start > 0
        and doc[start - 1].lower_ in {"in", "at", "near", "from"}
        and (fold(doc[start].text) in lex.place_names or fold(doc[start].text) in lex.country_by_name)
    ):
        start += 1  # "in Aleppo Ibrahim Abu Leith told": a place and the speaker after it, the comma lost
    if (
        end - start > 2
        and fold(doc[start + 1 : end].text) in lex.known_by_name
        and (fold(doc[start].text) in lex.place_names or fold(doc[start].text) in lex.country_by_name)
    ):
        start += 1  # "north of Ouagadougou Human Rights Watch said": a place run into a known body's name
    if (
        end - start > 1
        and doc[start].is_sent_start
        and fold(doc[start + 1 : end].text) in lex.country_by_name
        and fold(doc[start:end].text) not in lex.country_by_name
    ):
        start += 1  # "Neighbouring Burkina Faso", "Landlocked Mali": a capital of the sentence, not of the name
    while end - start > 2 and doc[start].lower_ in TIME_WORDS and not doc[start + 1].like_num:
        start += 1  # "Sunday US Secretary of State John Kerry", "July Human Rights Watch"; not "Sunday Times"
    if end - start > 1:
        first = doc[start].text
        stem = fold(first[:-1]) if first.endswith("s") and not first.endswith("'s") else None
        if (stem and (stem in lex.country_by_name or stem in lex.country_by_metonym)) or (
            label == "PERSON" and fold(first) in lex.country_by_demonym
        ):
            start += 1
    for i in range(start + 1, end):
        word = doc[i]
        if word.lower_ in cut_words or (
            word.lower_ == "and" and _known_at(doc, i + 1, end, lex) and not _defined_whole(doc, start, i, end)
        ):
            end = i  # "Hizbollah on Zabadani", "al-Nusra Front and Daesh"
            break
    if (
        end - start > 1
        and fold(doc[start].text) in lex.country_by_name
        and doc[start].pos_ == "PROPN"
        and fold(doc[start:end].text) not in lex.known_by_name
    ):
        organ = doc[start + 1 : end]
        if all(t.lower_ in lex.actors.state_name_words for t in organ) and organ[-1].lower_ in lex.actors.state_heads:
            return doc[start : start + 1]  # "the Myanmar Military", "Sudan Armed Forces": the country's organ,
            # read as "the Myanmar military" is
        start += 1  # "Iraq Press TV", "U.S. Idlib": a run of names without commas
    if (
        end - start > 1
        and fold(doc[end - 1].text) in lex.country_by_name
        and fold(doc[start:end].text) not in lex.country_by_name
        and fold(doc[start:end].text) not in lex.known_by_name
        and fold(doc[start:end].text) not in lex.place_names  # "Port Sudan" is a town
        and doc[end - 2].lower_ not in {"in", "of", "for"}
        and not doc[end - 2].lower_.startswith(("north", "south", "east", "west", "central"))
        and not _acronym_follows(doc, end)
    ):
        end -= 1  # "Khan Sheikhun Syria", but not "Northern Syria" nor "Tehreek-e-Taliban Pakistan (TTP)"
    if start >= end:
        return None
    tidy = doc[start:end]
    words = {fold(t.text) for t in tidy} - ({fold(tidy[-1].text)} & set(lex.actors.name_heads))
    longest = 10 if any(t.lower_ in {"of", "for"} for t in tidy[1:-1]) else 8  # "Office for the Coordination of ..."
    if words & lex.actors.boilerplate or any(t.text == "/" or "/" in t.text for t in tidy) or len(tidy) > longest:
        return None
    if any(t.text == "-" and t.i > 0 and doc[t.i - 1].whitespace_ for t in tidy):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and not t.is_title for t in tidy) or any(
        t.tag_ in {"VBZ", "VBD", "VBG"} or _headline_verb(t, lex) for t in tidy
    ):
        return None
    if not any(t.is_title or t.is_upper or "-" in t.text for t in tidy):
        return None
    return tidy


def _acronym_follows(doc: Doc, end: int) -> bool:
    """The name is followed by its acronym in brackets, which says where it ends."""
    return end + 2 < len(doc) and doc[end].text == "(" and bool(ACRONYM.match(doc[end + 1].text))


def _defined_whole(doc: Doc, start: int, cut: int, end: int) -> bool:
    """The bracketed acronym after the name stands for all of it, not for the part after "and"
    ("the Islamic State in Iraq and Syria (ISIS)"; not "Turkey and the Syrian Democratic Forces (SDF)")."""
    if not _acronym_follows(doc, end):
        return False
    acronym = doc[end + 1].text
    return initial_hits(acronym, doc[start:end].text) > initial_hits(acronym, doc[cut + 1 : end].text)


def _known_at(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """A known name or country starts at token i."""
    for j in range(end, i, -1):
        key = fold(doc[i:j].text)
        if key in lex.known_by_name or key in lex.country_by_name:
            return True
    return False


def _expand_left(span: Span, lex: Lexicon) -> Span:
    """Take in a capitalised name word the tagger left out ("Hayat" of "Hayat Tahrir al-Sham")."""
    start = span.start
    while start > 0:
        prev = span.doc[start - 1]
        name = span.doc[start : span.end]
        if not (_left_name_word(prev, name, lex) or _demonym_of_body(prev, name, lex)):
            break
        start -= 1
    return span.doc[start : span.end] if start != span.start else span


def _expand_right(span: Span, lex: Lexicon) -> Span:
    """Take in the hyphenated word after a transliterated name that begins with a conjunction
    ("wal-Muslimin" of "Jama'at Nusrat al-Islam wal-Muslimin", "Ahl al-Sunna wal-Jama'a"):
    "and the" goes on with the name before it, it never starts one."""
    doc, end = span.doc, span.end
    while end + 2 < len(doc) + 1 and doc[end - 1].whitespace_:
        word = doc[end : end + 3]
        if not (
            len(word) == 3
            and word[0].lower_ in lex.actors.name_conjunctions
            and word[1].text == "-"
            and not word[0].whitespace_
            and not word[1].whitespace_
            and word[2].text[:1].isupper()
        ):
            break
        end += 3
    return doc[span.start : end] if end != span.end else span


def _left_name_word(prev: Token, name: Span, lex: Lexicon) -> bool:
    """A proper noun compounded into the name, that is no title, country or date."""
    key = fold(prev.text)
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.head.i in range(name.start, name.end)
        and prev.dep_ in {"compound", "nmod"}
        and prev.ent_type_ in {"", name.label_}
        and key not in lex.actors.person_titles
        and key not in lex.country_by_name
        and key not in lex.country_by_demonym
        and key not in TIME_WORDS
    )


def _demonym_of_body(prev: Token, name: Span, lex: Lexicon) -> bool:
    """ "Syrian" of "Syrian Observatory for Human Rights": a demonym the tagger left out of
    the name of a body that is not the state's own (a ministry stays the state's)."""
    type_, sure = org_type(name.text, lex)
    return (
        prev.is_title
        and fold(prev.text) in lex.country_by_demonym
        and prev.dep_ in {"compound", "amod"}
        and prev.head.i in range(name.start, name.end)
        and sure
        and type_ not in {"government_agency", "armed_group"}
        and len(name) > 1
    )


VERB_ENDINGS = ("s", "es", "ing", "ed", "d")


def _headline_verb(tok: Token, lex: Lexicon) -> bool:
    """A capitalised verb of a title-case headline the tagger took for a name's word ("Army
    Kills 20 Terrorists"): a known verb of violence, relation or saying in one of its forms,
    which the parse makes the sentence's root or gives a subject or an object all the same."""
    if not tok.is_title or not (tok.dep_ == "ROOT" or any(c.dep_ in {"nsubj", "dobj"} for c in tok.children)):
        return False
    word = tok.lower_
    stems = {word} | {word[: -len(e)] for e in VERB_ENDINGS if word.endswith(e) and len(word) > len(e) + 2}
    stems |= {s + "e" for s in stems}  # "Captures" -> "captur" -> "capture"
    lists = (lex.relations.verbs, lex.casualties.verbs, lex.attribution.reporting_verbs)
    return any(stem in words for stem in stems for words in lists)
