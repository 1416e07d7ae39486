"""The shape of the code: small modules, render reading only the model, an export with a schema."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path

import jsonschema
import pytest

from generator.render.export import to_dict
from generator.render.schema import briefing_schema

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
MAX_LINES = 400


@pytest.mark.parametrize("path", sorted(GENERATOR.rglob("*.py")), ids=lambda p: str(p.relative_to(GENERATOR)))
def test_no_module_is_too_long_to_hold_in_mind(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def _imports(path: Path) -> set[str]:
    """Modules a file imports, relative ones written as in the source ("..model", ".escape")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
    return found


@pytest.mark.parametrize("path", sorted((GENERATOR / "render").glob("*.py")), ids=lambda p: p.name)
def test_render_reads_only_the_model(path):
    """Rendering knows the model (and the digest of it, decided before rendering), its own modules
    and its libraries: no parse, no word lists."""
    for name in _imports(path):
        if name.startswith(".."):
            assert name in {"..model", "..digest", "..tally", ".."}, f"{path.name} imports {name}"
        assert not name.startswith(("spacy", "generator.extract", "generator.lexicon", "generator.pipeline"))


def test_the_tallies_read_only_the_model_and_dates():
    """The tolls the chart and the map draw are counted from the model alone (dates.py is pure)."""
    allowed = {"__future__", "collections", "dataclasses", "datetime", ".model", ".dates"}
    assert _imports(GENERATOR / "tally.py") <= allowed
    assert _imports(GENERATOR / "dates.py") <= {"__future__", "calendar", "re", "dataclasses", "datetime"}


def test_the_digest_reads_only_the_model():
    """What the overview says first is decided from the model alone."""
    assert _imports(GENERATOR / "digest.py") <= {"__future__", "collections", "dataclasses", "re", "typing", ".model"}


@pytest.mark.parametrize("path", sorted((GENERATOR / "extract").rglob("*.py")), ids=lambda p: p.name)
def test_extraction_steps_read_their_words_from_the_lexicon_they_are_given(path):
    """No global lexicon, no YAML lookups by key: a step reads the typed faces it is handed."""
    source = path.read_text(encoding="utf-8")
    assert "default_lexicon" not in source and "word_list(" not in source, path.name


def test_extraction_steps_reach_for_no_global_lexicon():
    for path in (GENERATOR / "extract").rglob("*.py"):
        assert "default_lexicon" not in path.read_text(encoding="utf-8"), path.name


def test_the_export_validates_against_its_schema(seed_briefing):
    schema = briefing_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(json.dumps(to_dict(seed_briefing)))
    jsonschema.validate(data, schema)


@pytest.mark.parametrize(
    "path, value",
    [
        (("relations", 0, "polarity"), "friendly"),
        (("actors", 0, "type"), "army"),
        (("casualties", 0, "outcome"), "hurt"),
        (("casualties", 0, "count"), "many"),
        (("articles", 0, "file"), None),
    ],
)
def test_the_schema_refuses_what_the_contract_does_not_allow(seed_briefing, path, value):
    data = copy.deepcopy(to_dict(seed_briefing))
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, briefing_schema())


def test_the_site_ships_the_schema(seed_briefing):
    from generator.render.site import render_site

    files = render_site(seed_briefing)
    assert json.loads(files["data/briefing.schema.json"]) == briefing_schema()
