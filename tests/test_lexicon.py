"""The Lexicon: a value handed to the extractors, and data files that agree with each other."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import yaml

from generator.extract.facts.numbers import quantity
from generator.lexicon import (
    GENERAL_FILES,
    Lexicon,
    LexiconError,
    available_gazetteers,
    fold,
    load_lexicon,
)
from generator.model import polarity_of
from generator.pipeline import briefing_from_raw
from generator.reader import RawArticle

from .conftest import actor_named

DATA = Path(str(resources.files("generator"))) / "data"


def _general() -> dict[str, dict]:
    return {Path(f).stem: yaml.safe_load((DATA / f).read_text(encoding="utf-8")) for f in GENERAL_FILES}


def _gazetteers() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DATA / "gazetteers").glob("*.yml"))}


# ---- a Lexicon is a value ---------------------------------------------------------


def test_a_small_hand_built_lexicon_drives_an_extractor(nlp):
    """Only the qualifiers this lexicon knows change a number's bounds."""
    small = Lexicon.from_data({"casualties": {"qualifiers": {"no fewer than": "lower"}, "vague": {}}})
    doc = nlp("No fewer than 40 people died, about 12 of them children.")
    first, second = (q for q in (quantity(t, small) for t in doc) if q)
    assert (first.count, first.low, first.high, first.qualifier) == (40, 40, None, "no fewer than")
    assert (second.count, second.low, second.high, second.qualifier) == (12, 12, 12, None)


def test_lexicon_is_immutable(lexicon):
    with pytest.raises(AttributeError):
        lexicon.state_nouns = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lexicon.known_by_name["x"] = None  # type: ignore[index]


def test_gazetteers_are_a_setting():
    assert available_gazetteers()[0] == "global"
    assert {"global", "syria"} <= set(available_gazetteers())
    only_global = load_lexicon(["global"])
    assert only_global.gazetteers == ("global",)
    assert "free syrian army" not in only_global.known_by_name
    assert "free syrian army" in load_lexicon().known_by_name
    with pytest.raises(LexiconError, match="no gazetteer 'atlantis'"):
        load_lexicon(["global", "atlantis"])


def test_a_gazetteer_of_ones_own_by_path(tmp_path, nlp):
    own = tmp_path / "sahel.yml"
    own.write_text("organisations:\n  - {name: Green Crescent Watch, type: ngo, aliases: [GCW]}\n", encoding="utf-8")
    lex = load_lexicon(["global", str(own)])
    assert lex.known_by_name["gcw"].name == "Green Crescent Watch"


WAR_ELSEWHERE = (
    "Fighters of the Northern Liberation Front attacked the village of Tamaru on Monday, the Malian army said. "
    "The Northern Liberation Front said its men had killed six soldiers."
)


def test_with_only_the_global_gazetteer_grammar_still_finds_the_actors(nlp):
    b = briefing_from_raw([RawArticle("t", "t.txt", WAR_ELSEWHERE, {"title": "T"})], nlp, lex=load_lexicon(["global"]))
    front = actor_named(b, "Northern Liberation Front")
    assert front is not None and front.type == "armed_group"
    assert actor_named(b, "Mali") is not None
    assert actor_named(b, "Tamaru") is None


REGIONAL = "FSA fighters beat back a night raid on Kafr Zita, the Free Syrian Army said."


def test_a_regional_gazetteer_only_sharpens_and_merges(nlp):
    raw = [RawArticle("t", "t.txt", REGIONAL, {"title": "T"})]
    plain = briefing_from_raw(raw, nlp, lex=load_lexicon(["global"]))
    regional = briefing_from_raw(raw, nlp, lex=load_lexicon(["global", "syria"]))
    assert actor_named(plain, "Free Syrian Army") is not None  # found by grammar alone
    fsa = actor_named(regional, "Free Syrian Army")
    assert fsa is not None and "FSA" in fsa.aliases and fsa.type == "armed_group"


# ---- the data files agree with each other ------------------------------------------


def _lists(node, path=""):
    """Every list of plain strings in a YAML tree, with where it sits."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _lists(v, f"{path}/{k}")
    elif isinstance(node, list) and node and all(isinstance(x, str) for x in node):
        yield path, node
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _lists(v, f"{path}[{i}]")


@pytest.mark.parametrize("name", [*GENERAL_FILES, *(f"gazetteers/{g}.yml" for g in available_gazetteers())])
def test_no_list_holds_an_entry_twice(name):
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    for where, items in _lists(data):
        seen = [x.casefold() for x in items]
        dupes = sorted({x for x in seen if seen.count(x) > 1})
        assert not dupes, f"{name}{where}: {dupes}"


def _gazetteer_names() -> dict[str, set[str]]:
    """Folded name -> the entries (across every gazetteer) that claim it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for gname, gaz in _gazetteers().items():
        for row in gaz.get("states") or ():
            for n in (row[0], *row[1], *row[3]):
                owners[fold(n)].add(f"{gname}:{row[0]}")
        for entry in gaz.get("organisations") or ():
            for n in (entry["name"], *(entry.get("aliases") or ())):
                owners[fold(n)].add(f"{gname}:{entry['name']}")
    return owners


def test_no_name_belongs_to_two_gazetteer_entries():
    clashes = {n: sorted(o) for n, o in _gazetteer_names().items() if len(o) > 1}
    assert not clashes


def test_general_lists_hold_no_gazetteer_names():
    """Named groups, bodies and states live in gazetteers, not among words of general language."""
    names = set(_gazetteer_names())
    general = _general()
    found = {
        (f"{file}{where}", word)
        for file, data in general.items()
        for where, items in _lists(data)
        for word in items
        if fold(word) in names and len(fold(word)) > 3
    }
    # compass points are parts of a place ("Aleppo's west"); "the West" is also a bloc
    assert not found - {("phrases/place_parts", "west")}


def test_word_classes_do_not_contradict_each_other(lexicon):
    """A word in two classes of one table is refused when the file is read (see the schema
    tests); across tables, no verb of cooperation is also one of hostility."""
    rel, cas = lexicon.relations, lexicon.casualties
    cooperative = {lem for lem, kind in rel.verbs.items() if polarity_of(kind) == "cooperative"}
    assert not rel.with_hostile & cooperative
    assert not set(cas.victims) & cas.not_people


def test_the_worlds_towns_and_provinces_are_places_in_any_war(nlp):
    """GeoNames towns and ISO 3166-2 provinces (maintained gazetteers), with only the global file."""
    lex = load_lexicon(["global"])
    assert {"goma", "maiduguri", "idlib", "borno"} <= lex.place_names
    text = "Rebels of the March 23 Movement seized Goma. Fighting also hit Dera Ghazi Khan, officials said."
    b = briefing_from_raw([RawArticle("t", "t.txt", text, {"title": "T"})], nlp, lex=lex)
    assert actor_named(b, "Goma") is None and actor_named(b, "Dera Ghazi Khan") is None
    assert any(p.name in {"Goma", "Dera Ghazi Khan"} for p in b.places)


def test_a_person_who_speaks_is_no_town_of_the_same_name(nlp):
    lex = load_lexicon(["global"])
    b = briefing_from_raw([RawArticle("t", "t.txt", "Obama said the talks had failed.", {"title": "T"})], nlp, lex=lex)
    assert actor_named(b, "Obama") is not None


# ---- every file is checked against its shape when read ------------------------------


def _load_own(tmp_path, text: str):
    own = tmp_path / "sahel.yml"
    own.write_text(text, encoding="utf-8")
    return load_lexicon(["global", str(own)])


def test_a_misspelt_gazetteer_key_names_file_line_and_key(tmp_path):
    text = "# groups of the Sahel\norganizations:\n  - {name: Kestrel Brigade, type: armed_group}\n"
    with pytest.raises(LexiconError, match=r"sahel\.yml:2: organizations: unknown key 'organizations'"):
        _load_own(tmp_path, text)


def test_an_actor_type_that_does_not_exist_names_file_line_and_key(tmp_path):
    text = (
        "organisations:\n  - {name: Green Crescent Watch, type: ngo}\n  - {name: Kestrel Brigade, type: armed-group}\n"
    )
    with pytest.raises(
        LexiconError, match=r"sahel\.yml:3: organisations\[1\]\.type: 'armed-group' is not an actor type"
    ):
        _load_own(tmp_path, text)


def test_a_name_claimed_by_two_entries_is_refused(tmp_path):
    text = (
        "organisations:\n"
        "  - {name: Kestrel Brigade, type: armed_group, aliases: [KB]}\n"
        "  - {name: Kivu Bloc, type: bloc, aliases: [KB]}\n"
    )
    with pytest.raises(LexiconError, match=r"sahel\.yml:3: organisations\[1\]: the name 'kb' belongs to two entries"):
        _load_own(tmp_path, text)


def test_a_key_written_twice_is_refused(tmp_path):
    text = "name_markers: [kestrel]\norganisations: []\nname_markers: [falcon]\n"
    with pytest.raises(LexiconError, match=r"sahel\.yml:3: name_markers: the key 'name_markers' is written twice"):
        _load_own(tmp_path, text)


def test_general_lists_are_checked_too():
    with pytest.raises(LexiconError, match=r"relations\.yml: verbs\.back\.kind: 'backing' is not a relation kind"):
        Lexicon.from_data({"relations": {"verbs": {"back": {"kind": "backing", "lemmas": ["back"]}}}})
    with pytest.raises(LexiconError, match=r"'ambush' is in two classes: attack and fighting"):
        Lexicon.from_data(
            {
                "relations": {
                    "verbs": {
                        "attack": {"kind": "attack", "lemmas": ["ambush"]},
                        "fighting": {"kind": "fighting", "lemmas": ["ambush"]},
                    }
                }
            }
        )
    with pytest.raises(LexiconError, match=r"actors\.yml: person_titles\[2\]: 'General' is listed twice"):
        Lexicon.from_data({"actors": {"person_titles": ["general", "colonel", "General"]}})
    with pytest.raises(LexiconError, match=r"no general file 'words\.yml'"):
        Lexicon.from_data({"words": {"cut_words": ["near"]}})


def test_the_shipped_files_have_every_key_of_their_shape():
    for name in GENERAL_FILES:
        data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        from generator.lexicon.faces import FACES

        assert set(data) == set(FACES[Path(name).stem].SHAPE.fields), name
