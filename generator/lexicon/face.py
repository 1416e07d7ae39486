"""What every face of a word file shares: built from the file's plain lists of words by
the field names, checked against a shape made from the same fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from types import MappingProxyType
from typing import Any, ClassVar

from .schema import Record, Words


def frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


class Face:
    """A face's plain word-list fields are filled from the keys of the same name."""

    SHAPE: ClassVar[Record]

    @classmethod
    def build(cls, data: Mapping) -> Any:
        """The face of a file whose every key is a plain list of words (others override this)."""
        return cls(**cls.lists(data))

    @classmethod
    def lists(cls, data: Mapping) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.init and isinstance(cls.SHAPE.fields.get(f.name), Words):
                items = data.get(f.name) or ()
                out[f.name] = tuple(items) if str(f.type).startswith("tuple") else frozenset(items)
        return out


def _words_shape(cls: type, exclude: frozenset[str] = frozenset(), **special: Any) -> Record:
    """The shape of a face's file: a key per field, a list of words unless said otherwise
    (`exclude`: fields built from keys of other names)."""
    shapes = {f.name: special.get(f.name, Words()) for f in fields(cls) if f.init and f.name not in exclude}
    return Record({**shapes, **{k: v for k, v in special.items() if k not in shapes}})
