"""Names the tagger missed: runs of capitalised proper nouns that hold a group's word, end
in a body's noun or define an acronym, and bare acronyms where they act.

Each run is labelled here; tidying and classifying it is spans.py's and classify.py's job.
"""

from __future__ import annotations

from ...lexicon import Lexicon, fold
from ...parsetree import Doc, Span, Token
from .names import abbreviates, initial_hits, is_acronym, org_type, strip_titles

NAME_LINKS = frozenset({"of", "for", "in", "on", "the", "and", "de", "du", "des", "la", "le", "al", "el", "wal"})
LONGEST_DEFINED = 12  # words of a name an acronym may stand for ("Islamic State of Iraq and the Levant")


def propn_runs(doc: Doc, lex: Lexicon) -> list[tuple[Span, str]]:
    """Capitalised names the tagger missed: a run of proper nouns (joined by "of", "for
    the", "du", "de l'") holding an armed-group word ("Kataib ...") or ending in a body
    noun ("Army of Conquest", "Alliance for the Restoration of Peace"), or that defines
    an acronym ("Mouvement du Salut de l'Azawad (MSA)"), or a lone name a body noun
    describes ("Ansaru, a breakaway faction"); a person's name after a title ("Defence
    Minister Lena Ortiz", whose title is no body)."""
    runs, start = [], None

    def name_word(t: Token | None) -> bool:
        return t is not None and t.pos_ == "PROPN" and (t.is_title or t.is_upper or "-" in t.text or _elided(t))

    toks = list(doc)
    skip = 0
    for i, tok in enumerate([*toks, None]):
        if skip:
            skip -= 1
            continue
        joined = _joiner(toks, i) if start is not None else 0
        if name_word(tok) or joined or (start is not None and (_glued(toks, i) or _dated(toks, i))):
            start = i if start is None else start
            skip = max(0, joined - 1)
            continue
        if start is not None:
            end = i - 1 if toks[i - 1].text == "-" else i  # "Lashkar-" of "Lashkar-backed"
            end = _before_person(doc, start, end)
            found = _run_label(doc[start:end], lex) if end > start else None
            if found:
                runs.append((doc[start:end], found))
            start = None
    return runs


def _before_person(doc: Doc, start: int, end: int) -> int:
    """Where a run stops before "of" and a person's name ("the RSF of Mohamed Hamdan Dagalo",
    "the army of General X"): a body and its leader, not one name."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ == "of" and all(t.ent_type_ == "PERSON" or t.is_punct for t in doc[k + 1 : end]):
            return k
    return end


JOINERS = (("of", "the"), ("for", "the"), ("de", "l'"), ("de", "la"), ("of",), ("for",), ("du",), ("de",), ("des",))
JOINER_STARTS = frozenset(words[0] for words in JOINERS)


def _joiner(toks: list[Token], i: int) -> int:
    """How many lowercase words at `i` join two parts of one name ("of the", "du"), 0 if none."""
    if i >= len(toks) or toks[i].lower_ not in JOINER_STARTS:
        return 0
    for words in JOINERS:
        n = len(words)
        here = [t.lower_ for t in toks[i : i + n]]
        nxt = toks[i + n] if i + n < len(toks) else None
        if here == list(words) and nxt is not None and nxt.pos_ == "PROPN" and (nxt.is_title or _elided(nxt)):
            return n
    return 0


def _person_after_body(run: Span, lex: Lexicon) -> bool:
    """The tagger's body name, ending in a body's noun, and right after it a person's name
    inside one run ("Anadolu Agency Ahmed Yusuf"); not a title between them ("Congress MLA X")."""
    inside = [e for e in run.doc.ents if run.start <= e.start and e.end <= run.end]
    return any(
        a.label_ == "ORG" and b.label_ == "PERSON" and a.end == b.start and a[-1].lower_ in lex.actors.name_heads
        for a in inside
        for b in inside
    )


def _dated(toks: list[Token], i: int) -> bool:
    """A day's number inside a name, between two capitalised words ("March 23 Movement",
    "17 February Brigade")."""
    return (
        i + 1 < len(toks)
        and toks[i].like_num
        and toks[i].is_digit
        and i + 1 < len(toks)
        and toks[i + 1].is_title
        and toks[i + 1].tag_ == "NNP"  # not "On March 23 Rebels attacked", a plural after a date
        and toks[i - 1].is_title
    )


def _glued(toks: list[Token], i: int) -> bool:
    """A hyphen, or a proper noun after one, in the same word as the run before it: the
    tokenizer splits "Lashkar-e-Taiba" and "Tehreek-e-Taliban" into five tokens."""
    tok, prev = toks[i] if i < len(toks) else None, toks[i - 1]
    if tok is None or prev.whitespace_:
        return False
    if tok.text == "-":
        return True
    # a capitalised part, or a lower-case link between two parts ("-e-", "-ul-"), never "-backed"
    linked = i + 1 < len(toks) and toks[i + 1].text == "-" and not tok.whitespace_
    return prev.text == "-" and (tok.text[:1].isupper() or linked)


def _elided(tok: Token) -> bool:
    """A name behind an elided article: "l'Azawad", "d'Ivoire"."""
    return len(tok.text) > 2 and tok.text[1] == "'" and tok.text[2].isupper()


def _run_label(span: Span, lex: Lexicon) -> str | None:
    """What a run of proper nouns is taken for, or None when it is no name to keep."""
    doc = span.doc
    words = [_word_key(t.text) for t in span]
    name = strip_titles(span.text, lex)
    titled = name != span.text and len(name.split()) > 1 and not org_type(name, lex)[1]
    if titled and not any(w in lex.armed_markers for w in words):
        return "PERSON"
    if _person_after_body(span, lex):
        return None  # "Anadolu Agency Ahmed Yusuf said": an outlet and its reporter, run together
    if any(w in lex.armed_markers for w in words) or (len(span) > 1 and org_type(span.text, lex)[1]):
        return "PROPN"
    end = span.end
    acronym = doc[end + 1].text if len(span) > 1 and end + 2 < len(doc) and doc[end].text == "(" else ""
    if is_acronym(acronym) and abbreviates(acronym, span.text):
        return "ORG"  # bodies define acronyms
    if any(c.dep_ == "appos" and c.lemma_.lower() in lex.actors.name_heads for c in span.root.children):
        return "ORG"  # "Ansaru, a breakaway faction"
    if _armed_kind_after(span, lex):
        return "ORG"  # "the Mai-Mai Yakutumba militia", "the Kamuina Nsapu group"
    joined = any(t.lower_ in {"of", "for"} for t in span[1:-1])
    if len(span) >= 3 and joined and span.root.dep_ in {"nsubj", "nsubjpass"}:
        return "ORG"  # "Physicians for Human Rights said": a name of several words that acts
    return None


# Nouns of an armed group's kind that follow its name ("the X militia", "the Y brigade"); not
# "forces", "army" or "fighters", which also follow a leader's or a place's name ("Assad forces").
GROUP_KINDS = frozenset({"militia", "brigade", "battalion", "faction", "movement", "front"})


def _armed_kind_after(span: Span, lex: Lexicon) -> bool:
    """A name run the noun of an armed group's kind follows as its head ("the X militia"): the
    group's name, unless the run is a place's or a person's ("the Aleppo front")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or span.root.head.i != after.i or span.root.dep_ != "compound":
        return False
    armed = after.lemma_.lower() in GROUP_KINDS
    key = fold(span.text)
    named_place = key in lex.place_names or key in lex.country_by_name or key in lex.country_by_demonym
    return armed and not named_place and not any(t.ent_type_ in {"PERSON", "GPE", "LOC"} for t in span)


def acronym_names(doc: Doc) -> list[Span]:
    """The whole name an acronym in brackets stands for, read back from the bracket as far as
    its initials reach: "the Islamic State in the Greater Sahara (ISGS)", "al-Qaeda in the
    Islamic Maghreb (AQIM)", which the tagger cuts at "in"."""
    out = []
    for tok in doc[2:-2]:
        acronym = doc[tok.i + 1].text
        if tok.text != "(" or doc[tok.i + 2].text != ")" or not is_acronym(acronym):
            continue
        start = _defined_start(doc, tok.i, acronym)
        if start is not None and tok.i - start > 2 and abbreviates(acronym, doc[start : tok.i].text):
            out.append(doc[start : tok.i])
    return out


def _defined_start(doc: Doc, bracket: int, acronym: str) -> int | None:
    """Where the name before a bracket starts: the start whose words give the acronym most
    letters, those of capitalised words first ("in", "the" seldom give one); of two starts that
    give as many the nearer wins, so "Hamas and the Palestinian Islamic Jihad (PIJ)" is one
    name and Hamas another."""
    best, best_hits = None, (0, 0)
    for start in range(bracket - 1, max(-1, bracket - 1 - LONGEST_DEFINED), -1):
        word = doc[start]
        hyphened = start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_  # "Co-operation"
        if not (word.is_title or word.is_upper or word.lower_ in NAME_LINKS or word.text in {"-", "'"} or hyphened):
            break
        name = doc[start:bracket].text
        hits = (initial_hits(acronym, name, capitals_only=True), initial_hits(acronym, name))
        if any(c.isupper() for c in word.text) and hits > best_hits:
            best, best_hits = start, hits
    if best is not None and best > 1 and doc[best - 1].text == "-" and doc[best - 2].lower_ in NAME_LINKS:
        best -= 2  # "al-Qaeda in the Arabian Peninsula (AQAP)": the article glued to the first word
    return best


def acronyms(doc: Doc, lex: Lexicon) -> list[Span]:
    """A proper noun in capitals that the tagger left without a label, where it acts ("the TPLF
    said", "RSF fighters", "a JNIM-held town"): in news of war, the acronym of a body. Not in a
    line written all in capitals (a headline), not a country's ("US") or a page's word ("VIDEO")."""
    words = [t for t in doc if t.is_alpha and len(t) > 1]
    if not words or sum(t.is_upper for t in words) * 2 > len(words):
        return []
    return [
        doc[t.i : t.i + 1]
        for t in doc
        if t.pos_ in {"PROPN", "NOUN", "ADJ"}  # "SOHR chief X", "a FARDC position": tagged an adjective
        and not t.ent_type_
        and is_acronym(t.text)
        and t.text.replace("-", "").isalpha()
        and len(t) <= 6
        and fold(t.text) not in lex.actors.boilerplate
        and fold(t.text) not in lex.country_by_name
        and _acting(t, lex)
    ]


def _acting(tok: Token, lex: Lexicon) -> bool:
    head = tok.head
    if tok.dep_ == "conj" and head.i != tok.i:
        return _acting(head, lex)  # "ISWAP and JAS fighters": the conjunct acts as the first does
    if tok.dep_ in {"nsubj", "nsubjpass", "agent"}:
        return True
    if tok.dep_ in {"dobj", "dative"} and head.lemma_.lower() in lex.attribution.outlet_verbs:
        return True  # "a resident told DVB": whom a statement is told to
    if tok.dep_ == "pobj" and (tok.head.lower_ == "by" or _relation_word(tok.head.head, lex)):
        return True  # "attacks by the RSF", "loyal to ISWAP", "an offensive against the TPLF"
    if tok.dep_ == "dobj" and _relation_word(head, lex):
        return True  # "accused the RSF"
    return tok.dep_ in {"compound", "npadvmod", "nmod", "amod"} and (
        head.lower_ in lex.phrases.stand_in_nouns
        or head.lower_ in lex.phrases.holding_participles
        or head.lower_ in lex.phrases.military_assets  # "TPLF positions", "RSF bases"
    )


def _relation_word(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lex.relations.lemmas or tok.lower_ in lex.relations.adjectives


def _word_key(word: str) -> str:
    return word.lower().replace("\u2019", "'").strip("'")


PLACE_LINKS = frozenset(
    {"da", "de", "do", "dos", "das", "del", "di", "al", "el", "es", "ez", "ad", "ar", "as", "ash", "at"}
)


def town_runs(doc: Doc, lex: Lexicon) -> list[Span]:
    """Towns of several words as the world's gazetteer spells them, from end to end ("Mocimboa
    da Praia", "Port Sudan"): the whole name is the place, not the capital ("Praia") or the
    person the tagger may have read inside it."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and (doc[j].is_title or doc[j].text == "-" or _place_link(doc, j)):
            j += 1
        found = next(
            (doc[a:b] for a in range(i, j - 1) for b in range(j, a + 1, -1) if _town_name(doc[a:b], lex)), None
        )
        if found is not None and doc[found.start].is_title and doc[found.end - 1].is_title:
            out.append(found)
        i = max(j, i + 1)
    return out


def _town_name(span: Span, lex: Lexicon) -> bool:
    """A name of several words (not "The Eastern", one word after its article) the gazetteer lists."""
    key = fold(span.text)
    return " " in key and span[0].lower_ != "the" and key in lex.place_names


def _place_link(doc: Doc, j: int) -> bool:
    """A lower-case article inside a place's name, between two capitalised words ("da", "al-")."""
    return 0 < j < len(doc) - 1 and doc[j].lower_ in PLACE_LINKS and doc[j - 1].is_title and not doc[j + 1].is_lower
