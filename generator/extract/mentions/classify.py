"""Classification: what one name span stands for in its sentence.

A person, an organisation (typed from the words of its name or an
apposition), a country acting as a state or named as a place, a place, or
nothing at all. Decided from the parse and the Lexicon, never from the
article's own names.
"""

from __future__ import annotations

from ...lexicon import Lexicon, NounClass, fold
from ...parsetree import Doc, Span, Token
from ..context import MentionSpan
from .names import ACRONYM, PLACE_LABELS, TIME_WORDS, abbreviates, named_as, org_type, strip_titles
from .spans import surface, titled_person
from .wordclass import (
    before_asset,
    hostile_noun,
    is_nominal,
    is_state_noun,
    is_subject,
    modified,
    organ_chain,
    parties,
    received_backing,
)


def _context_type(span: Span, label: str, lex: Lexicon) -> str | None:
    """Type from a common noun in apposition: "the Islamist group X", "X, a militia"."""
    root = span.root
    staff = root.head.lemma_.lower() in lex.actors.outlet_staff
    if label != "PERSON" and root.dep_ in {"compound", "poss", "amod"} and staff:
        return "media"  # "an ORTM reporter", "the Dawn correspondent"
    told = root.head.lemma_.lower() in lex.attribution.outlet_verbs and root.head.pos_ == "VERB"
    clause = told and any(c.dep_ == "ccomp" for c in root.head.children)
    if label != "PERSON" and root.dep_ in {"dobj", "dative"} and clause:
        return "media"  # "a resident told DVB that ...": an unfamiliar name a statement is told to
    nouns = [root.head] if root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN" else []
    if label == "PERSON" and root.dep_ in {"compound", "poss"} and root.head.lower_ in lex.actors.leader_bodies:
        nouns = []  # "President X forces", "the X regime": the body X leads, not a group named X
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}]
    # "a militia known as X", "a group calling itself X": the noun the name is given to
    before = root.doc[: span.start]  # the participle comes before the name it gives
    nouns += [t.head for t in before if t.dep_ == "acl" and any(span.start <= n.i < span.end for n in named_as(t))]
    if label != "PERSON" and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.tag_ == "NNS":
        nouns.append(root.head.head)  # "fighters of Ahl al-Sunna wal-Jama'a", "units of the Wagner Group"
    for noun in nouns:
        if noun.lemma_.lower() in lex.actors.name_heads:
            return lex.actors.name_heads[noun.lemma_.lower()]
        if noun.lower_ in lex.actors.name_heads:
            return lex.actors.name_heads[noun.lower_]
    return None


def _aimed_by_light_verb(prep: Token, lex: Lexicon) -> bool:
    """A preposition hung on a light verb that the verb's noun of relation takes: "declared war
    on X" (the parser hangs "on" from "declared")."""
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.relations.light_verbs:
        return False
    specs = [lex.relations.nouns.get(o.lemma_.lower()) for o in verb.children if o.dep_ == "dobj"]
    return any(spec is not None and prep.lower_ in spec.preps for spec in specs)


def is_locative(tok: Token, lex: Lexicon) -> bool:
    """A name after "in", "near", "village of"... is used as a location."""
    head = tok
    while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in lex.actors.place_nouns:
            return True
        if prep.lower_ in {"on", "to", "at", "from", "over", "with"}:
            return prep.lower_ in lex.actors.locative_preps and not _relation_head(prep.head, lex)
        return prep.lower_ in lex.actors.locative_preps
    if head.dep_ == "poss" and head.head.lemma_.lower() in lex.actors.place_nouns | lex.phrases.place_parts:
        return True
    return head.dep_ == "dobj" and head.head.lemma_ in lex.phrases.place_object_verbs


def _compound_relation(noun: Token, lex: Lexicon) -> NounClass | None:
    """The relation a noun's compound names: "an aid package for X", "an air campaign against X"."""
    found = (
        lex.relations.nouns.get(c.lemma_.lower()) or lex.relations.nouns.get(c.lower_)  # "arms" (lemma "arm")
        for c in noun.children
        if c.dep_ == "compound"
    )
    return next((spec for spec in found if spec is not None), None)


def _relation_head(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex.relations.lemmas


def _after_stance_prefix(tok: Token, lex: Lexicon) -> bool:
    """ "pro-Turkey rebels", "anti-Assad protesters": a stance towards an actor."""
    doc = tok.doc
    i = tok.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in lex.relations.prefixes


def _names_state(tok: Token, lex: Lexicon) -> bool:
    key = fold(tok.text)
    return key in lex.country_by_name or key in lex.country_by_metonym


def is_agentive(tok: Token, lex: Lexicon) -> bool:
    """Whether a country name is used for the state acting, not a location."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    dep = head.dep_
    if dep in {"nsubj", "nsubjpass", "agent"} or _after_stance_prefix(tok, lex):
        return True
    if dep == "poss":
        return head.head.lemma_.lower() not in lex.actors.place_nouns | lex.phrases.place_parts
    if dep in {"compound", "amod", "npadvmod", "nmod"}:
        return (
            is_state_noun(organ_chain(head, lex)[-1], lex)
            # "a US base", "a FARDC position" (a state's forces by their initials), not "a Kabul base"
            or (before_asset(head, lex) and (fold(tok.text) in lex.country_by_name or ACRONYM.match(tok.text)))
            or head.head.lower_ in lex.relations.compounds
            or (hostile_noun(modified(head), lex) and len(parties(modified(head))) > 1)  # "the Russia-Ukraine war"
        )
    if dep in {"dobj", "dative"}:  # "bombed Syria", "pitted Armenia against Azerbaijan", "gave Ukraine jets"
        verb = head.head.lemma_.lower()
        return (
            _relation_head(head.head, lex) or verb in lex.relations.pairing_verbs or verb in lex.relations.giving_verbs
        )
    if dep == "pobj":
        prep = head.head
        if prep.lower_ in {"by", "against", "with", "for", "of"} and _relation_head(prep.head, lex):
            return True
        if prep.lower_ == "of" and prep.head.lower_ in lex.actors.state_nouns:
            return True  # "the government of Mali", "the armed forces of Sudan": the state through its organ
        if prep.lower_ == "of" and prep.head.lemma_.lower() in lex.relations.client_nouns | lex.relations.backer_nouns:
            return True  # "a proxy of Iran", "the main backer of Sudan"
        if prep.lower_ == "of" and prep.head.lower_ in lex.relations.rivalry_nouns:
            return True  # "a long-time rival of Eritrea"
        relied = prep.head.lemma_.lower() in lex.relations.reliance_verbs
        if prep.lower_ == "to" and relied and any(c.lower_ == "for" for c in prep.head.children):
            return True  # "turned to Russia for help"
        held = prep.head.lemma_.lower() in lex.phrases.control_nouns and prep.head.head.lower_ == "under"
        if prep.lower_ == "of" and held:
            return True  # "areas under the control of Ukraine": the state that holds them
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "at" hung on "rockets"
        aimed = lex.relations.verbs_with_preps.get(verb.lemma_.lower())
        if aimed is not None and prep.lower_ in aimed.preps:
            return True  # "fired rockets at Israel"
        target = lex.relations.nouns.get(prep.head.lemma_.lower()) or _compound_relation(prep.head, lex)
        if target is not None and prep.lower_ in target.preps and is_nominal(prep.head):
            return True  # "strikes on Ukraine", "sanctions on Iran": the state a relation noun aims at
        if target is not None and target.kind == "support" and prep.lower_ == "from":
            return True  # "help from Iran": the state that gives it
        if _aimed_by_light_verb(prep, lex):
            return True  # "declared war on Azerbaijan", "imposed sanctions on Iran"
        stance = lex.relations.adjectives.get(prep.head.lower_)
        if stance and prep.lower_ in stance.preps:
            return True  # "loyal to Iran", "allied with Russia"
        if prep.lower_ == "in" and lex.relations.verbs.get(prep.head.lemma_.lower()) == "designation":
            return True  # "outlawed in Russia": the state that bans
        if prep.lower_ == "from" and received_backing(verb, lex.relations):
            return True  # "received drones from Iran": the state that gives them
        return prep.lower_ in {"against", "by"}
    return False


def classify(span: Span, label: str, lex: Lexicon) -> MentionSpan | None:
    """Turn a name span into a mention, or None when it names no actor or place."""
    text = surface(span)
    key = fold(text)
    root = span.root
    if not key or key in lex.actors.not_actors or key in TIME_WORDS or not any(c.isalpha() for c in text):
        return None
    if key.endswith("s") and key[:-1] in TIME_WORDS:
        return None  # "Fridays fighting": a day whose possessive lost its apostrophe
    m = MentionSpan(span.start, span.end, text, "org", root.i, tokens=list(range(span.start, span.end)))
    m.subject = is_subject(root)
    lost = key.endswith("s") and key not in lex.known_by_name and key not in lex.place_names
    if lost and (key[:-1] in lex.known_by_name or key[:-1] in lex.country_by_name or key[:-1] in lex.place_names):
        key, text = key[:-1], text[:-1]  # "Nusra Fronts", "Irans", "Idlibs": a possessive that lost its apostrophe
        m.text = text
    words = key.split()
    rest = " ".join(words[1:])
    if (
        len(words) > 1
        and key not in lex.known_by_name
        and (rest in lex.known_by_name or ACRONYM.match(text.split()[-1]))
        and (words[0] in lex.country_by_demonym or span[0].ent_type_ == "NORP" or span[0].pos_ == "ADJ")
    ):
        key, m.text = rest, text.split(" ", 1)[1]  # "Kurdish YPG" is the YPG
    if key in lex.known_by_name:
        m.type, m.type_evidence = lex.known_by_name[key].type, True
        return m
    head_country = lex.country_by_demonym.get(words[0]) or lex.country_by_name.get(words[0])
    if len(words) > 1 and head_country and all(w in lex.actors.state_name_words for w in words[1:]):
        m.category, m.country, m.agentive = "country", head_country.name, True  # "Syrian Arab Army"
        return m
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    owner_country = lex.country_by_name.get(fold(owner.text)) if owner is not None else None
    if owner_country and all(w in lex.actors.state_name_words for w in words):
        m.category, m.country, m.agentive = "country", owner_country.name, True  # "Russia's Defence Ministry"
        return m
    if key in lex.country_by_demonym and root.dep_ == "amod" and root.pos_ == "ADJ":
        return None  # "a Saudi outpost": an adjective, as "Emirati" is (demonym_states reads it)
    if key in lex.country_by_name or key in lex.country_by_metonym:
        country = lex.country_by_name.get(key) or lex.country_by_metonym[key]
        is_name = key in lex.country_by_name
        m.category, m.country = "country", country.name
        chain = organ_chain(root, lex)
        # "Russian military fighter jets"; "Kremlin spokesman Dmitry Peskov": up to the state's noun
        organs = [n for n, t in enumerate(chain) if is_state_noun(t, lex)]
        organ = root.dep_ in {"compound", "amod", "nmod", "poss"} and bool(organs)
        if organ:
            m.tokens += [t.i for t in chain[: organs[-1] + 1]]
        head = root
        while head.dep_ == "compound" and _names_state(head.head, lex):
            head = head.head  # "brokered by Moscow Ankara and Tehran": a list that lost its commas
        by_agent = head.dep_ == "pobj" and head.head.lower_ in {"by", "against"}
        m.agentive = organ or (is_agentive(head, lex) and (is_name or head.dep_ != "pobj" or by_agent))
        if not is_name and not m.agentive:  # "in Kinshasa"; but "Kremlin spokesman X" is Russia's
            m.category, m.country = "place", None
        return m
    if key in lex.country_by_demonym:
        return None  # "Ukrainian" alone is an adjective; demonym_states handles "Ukrainian troops"
    if label == "NORP" and ACRONYM.match(text):
        return _classify_name(m, span, "ORG", lex)  # "JNIM militants": a group's initials taken for a people
    if label == "NORP":
        if not is_locative(root, lex):
            return None
        m.category = "place"
        return m
    return _classify_name(m, span, label, lex)


def _classify_name(m: MentionSpan, span: Span, label: str, lex: Lexicon) -> MentionSpan | None:
    text = m.text
    # "Defence Minister Lena Ortiz": the words of a title say nothing of what the name is
    type_, sure = org_type(strip_titles(text, lex) if label == "PERSON" else text, lex)
    if label == "ORG" and not sure and (titled_person(span, lex) or _titled_name(text, lex)):
        label = "PERSON"  # "Twan Mrat Naing, the leader of the Arakan Army": an unfamiliar name, a person
    elif label == "PERSON" and _conjoined(span, lex):
        label = "ORG"  # "Ahl al-Sunna wal-Jama'a": "and the" joins the words of a body's name, never a person's
    ctx = _context_type(span, label, lex)
    single = len(span) == 1
    doc = span.doc
    bracket = doc[span.end + 1].text if span.end + 2 < len(doc) and doc[span.end].text == "(" else ""
    if ACRONYM.match(bracket) and abbreviates(bracket, text):
        sure = True  # "Armed Conflict Location and Event Data Project (ACLED)": bodies define acronyms
        type_ = type_ or "organisation"
    if single and fold(text) in lex.actors.name_heads:
        return None  # "Groups", "Monitoring": a common noun, not a name
    if _dateline_credit(span):
        m.type, m.type_evidence = "media", True
        return m
    if _world_place(m, span, label, sure, lex):
        m.category = "place"
        return m
    if label == "PERSON" and not sure and not ctx and not any(ch.isdigit() for ch in text):
        if len(text) <= 2 or _in_byline(span, lex):
            return None
        if _place_like(span, lex) and not _speaks(span, lex) and not _named_speaker(span, lex):
            m.category = "place"
            return m
        m.category, m.type = "person", "person"
        # a person who speaks, or whom a relation word names ("troops loyal to X"), acts in the text
        m.subject = m.subject or _speaks(span, lex) or is_agentive(span.root, lex)
        return m
    coded = any(ch.isdigit() for ch in text) and any(ch.isupper() for ch in text)  # "M23", "G5": no town
    if label in PLACE_LABELS and not sure and ctx != "armed_group" and not coded:  # "the Wazalendo militia"
        m.category = "place"
        return m
    if label == "PROPN" and not sure:
        return None
    if not sure and not ctx and (is_locative(span.root, lex) or _place_like(span, lex)) and not ACRONYM.match(text):
        m.category = "place"
        return m
    if single and not sure and not ctx and not ACRONYM.match(text):
        m.category = "unknown"  # one capitalised word: a place if named as one elsewhere, else nothing
        return m
    m.type = type_ or ctx or ("armed_group" if label == "PERSON" else "organisation")
    m.type_evidence = bool(type_ or ctx)
    return m


def _titled_name(text: str, lex: Lexicon) -> bool:
    """A person's title before a name of two words or more, taken for a body's name by the
    tagger ("Secretary of State Antony Blinken")."""
    name = strip_titles(text, lex)
    return name != text and len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split())


def _conjoined(span: Span, lex: Lexicon) -> bool:
    """A hyphened conjunction inside the name ("wal-Jama'a")."""
    return any(t.lower_ in lex.actors.name_conjunctions and t.nbor().text == "-" for t in span[1:-1])


def _world_place(m: MentionSpan, span: Span, label: str, sure: bool, lex: Lexicon) -> bool:
    """A town or province of the world's gazetteer ("Goma", "Maiduguri"), unless its name
    says it is a body, or a person so named speaks or acts ("Obama said")."""
    if sure or ACRONYM.match(m.text) or fold(m.text) not in lex.place_names:
        return False
    return label != "PERSON" or not (m.subject or _speaks(span, lex))


def _dateline_credit(span: Span) -> bool:
    """ "BEIRUT (Reuters)", "MOSCOW (Sputnik)": a name in brackets after a city in capitals
    is the agency a dateline credits (also when a scraper glued the dateline mid-text)."""
    doc = span.doc
    before = doc[span.start - 2] if span.start >= 2 else None
    return (
        before is not None
        and doc[span.start - 1].text == "("
        and span.end < len(doc)
        and doc[span.end].text == ")"
        and before.is_upper
        and before.is_alpha
        and len(before) > 2
    )


def _speaks(span: Span, lex: Lexicon) -> bool:
    """A name right before a verb of saying is its speaker ("... in Syria Obama said"), unless
    the verb has a subject of its own ("an AFP photographer in Douma said")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is None or nxt.pos_ != "VERB" or nxt.lemma_.lower() not in lex.attribution.reporting_verbs:
        return False
    return not any(c.dep_ == "nsubj" and not span.start <= c.i < span.end for c in nxt.children)


def _named_speaker(span: Span, lex: Lexicon) -> bool:
    """ "The UN rapporteur on human rights in Myanmar, Tom Andrews, said": a name of two words
    set off by commas before a verb of saying names the speaker, though the parser hangs it
    on the place before it."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        len(span) > 1
        and span.start > 0
        and doc[span.start - 1].text == ","
        and doc[span.end].text == ","
        and after is not None
        and after.lemma_.lower() in lex.attribution.reporting_verbs
    )


def _in_byline(span: Span, lex: Lexicon) -> bool:
    """ "Reporting by Tom Perry; Editing by Giles Elgood", an article opening "By X":
    journalists, not actors."""
    doc = span.doc
    if span.start == 1 and doc[0].lower_ == "by" and doc[0].is_sent_start:
        return True
    if span.start == 0 and all(t.is_punct for t in doc[span.end :]):
        return True  # a line that is only a name: the writer's credit at the foot of the page
    if _credit_line(doc, lex):
        return True  # "Manar al-Freih / Hazem Sabbagh": the writer's and editor's credits
    for start in range(span.start - 1, max(-1, span.start - 10), -1):
        words = " ".join(t.lower_ for t in doc[start : span.start])
        cue = next((c for c in lex.actors.byline_cues if words.startswith(c)), None)
        if cue:
            between = doc[start + len(cue.split()) : span.start]
            return not any(t.pos_ in {"VERB", "AUX"} for t in between)
    return False


def _credit_line(doc: Doc, lex: Lexicon) -> bool:
    """A line of capitalised names parted by slashes, and nothing else (no verb, no lowercase
    word): the credits of writers and editors at the foot of an agency's page ("Rasha Raslan /
    Haifa Said")."""
    return any(t.text == "/" for t in doc) and all(
        t.is_punct or t.text == "/" or t.is_title or t.lower_ in lex.actors.name_particles for t in doc
    )


def _place_like(span: Span, lex: Lexicon) -> bool:
    """A name used as a location: "in al-Midan", "al-Midan neighbourhood", "the town of X"."""
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lemma_.lower() in lex.actors.place_nouns:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in lex.actors.place_nouns for c in root.children):
        return True  # "struck Maaret al-Numan, a city south of Idlib"
    head = root
    while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ in {"in", "near", "at", "into", "inside", "outside", "around", "across", "throughout"}:
            return True
        return prep.lower_ == "of" and prep.head.lemma_.lower() in lex.actors.place_nouns | lex.actors.route_nouns
    return head.dep_ == "dobj" and head.head.lemma_.lower() in lex.phrases.town_object_verbs  # "shelled Ras al-Ain"
