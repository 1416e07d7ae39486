"""JSON Schema of briefing.json, derived from the model's type hints.

Closed sets (`Literal` types: polarity, outcome, actor type...) become
enums, optional fields accept null, tuples become arrays; field metadata
gives the exported key, as in export.py. The site ships the result as
data/briefing.schema.json.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any, Literal, get_args, get_origin, get_type_hints

from .. import model
from .export import FORMAT_VERSION

SCHEMA_ID = "https://briefing.invalid/schema/briefing.schema.json"
_SCALARS: dict[Any, dict] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    float: {"type": "number"},
    date: {"type": "string", "format": "date"},
}


def _literal_values(tp: Any) -> list:
    values: list = []
    for arg in get_args(tp):
        values += _literal_values(arg) if get_origin(arg) is Literal else [arg]
    return values


def _type_schema(tp: Any, defs: dict[str, dict]) -> dict:
    origin = get_origin(tp)
    if origin is Literal:
        return {"enum": _literal_values(tp)}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in get_args(tp) if a is not type(None)]
        nullable = type(None) in get_args(tp)
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if nullable else schema
    if origin in (tuple, list):
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs)}
    if is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    raise TypeError(f"no JSON Schema for {tp!r}")


def _define(cls: type, defs: dict[str, dict]) -> None:
    """Add a dataclass's object schema to `defs` (once)."""
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}
    hints = get_type_hints(cls, vars(model))
    props: dict[str, dict] = {}
    for f in fields(cls):
        meta = f.metadata
        if meta.get("flatten"):
            inner = _type_schema(hints[f.name], defs)
            props.update(defs[inner["$ref"].rsplit("/", 1)[1]]["properties"])
            continue
        schema = meta["schema"] if meta.get("schema") else _type_schema(hints[f.name], defs)
        props[meta.get("json", f.name)] = schema
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": sorted(props),
        "additionalProperties": False,
    }


def briefing_schema() -> dict:
    """The JSON Schema (draft 2020-12) that every briefing.json validates against."""
    defs: dict[str, dict] = {}
    _define(model.Briefing, defs)
    top = dict(defs.pop("Briefing"))
    top["properties"] = {"format": {"const": FORMAT_VERSION}, **top["properties"]}
    top["required"] = sorted(top["properties"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Conflict briefing",
        **top,
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    """The schema as deterministic JSON text."""
    return json.dumps(briefing_schema(), ensure_ascii=False, indent=2) + "\n"
