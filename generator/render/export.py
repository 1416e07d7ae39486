"""The machine-readable briefing (briefing.json), derived from the model.

Nothing here lists fields by hand: every dataclass of generator/model.py is
written field by field as declared, with the key, conversion or flattening
its field metadata asks for (see `model.exported`). schema.py reads the same
declarations to write the JSON Schema, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any

from ..model import Briefing

FORMAT_VERSION = 1


def plain(value: Any) -> Any:
    """A model value as JSON-ready data (dicts, lists, strings, numbers)."""
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    spec = _spec(type(value))
    if spec is None:
        return value
    out: dict[str, Any] = {}
    for name, key, via, flatten in spec:
        item = getattr(value, name)
        item = plain(via(item) if via is not None else item)
        if flatten and isinstance(item, dict):
            out.update(item)
        else:
            out[key] = item
    return out


@cache
def _spec(kind: type) -> tuple[tuple[str, str, Any, bool], ...] | None:
    """How each field of a model class is written (name, key, conversion, flattened), read
    once per class: a season's briefing writes a hundred thousand model objects."""
    if not is_dataclass(kind):
        return None
    return tuple(
        (f.name, f.metadata.get("json", f.name), f.metadata.get("via"), bool(f.metadata.get("flatten")))
        for f in fields(kind)
    )


def to_dict(b: Briefing) -> dict:
    """A plain, JSON-ready dict of the whole briefing."""
    return {"format": FORMAT_VERSION, **plain(b)}


def to_json(b: Briefing) -> str:
    """Deterministic JSON text: same briefing, same bytes."""
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"
