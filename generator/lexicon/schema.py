"""The shape of every data file, checked when the Lexicon is built.

A misspelt key (`organizations:`) or a type that does not exist (`armed-group`) would
otherwise load nothing, silently. Each file is checked against the shape declared
here: an unknown key, a value of the wrong kind, an unknown actor type, relation kind
or outcome, a word listed twice in a list or in two classes of one table, a key
written twice, a name claimed by two gazetteer entries. Each is a `LexiconError`
that names the file, the line and the key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

import yaml

from ..model import RELATION_KINDS, ActorType, Outcome
from .folding import fold

Path = tuple[Any, ...]
Errors = list[tuple]  # (path, message) or (path, message, line)


class LexiconError(ValueError):
    """A data file or gazetteer that cannot be found, read, or is not of its shape."""


def _where(path: Path) -> str:
    return ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in path).replace(".[", "[")


class Shape:
    """What a value of a data file must be."""

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Shape):
    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if not isinstance(value, str) or not value.strip():
            errors.append((path, f"expected a word or phrase, found {value!r}"))


@dataclass(frozen=True)
class Flag(Shape):
    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if not isinstance(value, bool):
            errors.append((path, f"expected true or false, found {value!r}"))


@dataclass(frozen=True)
class Bound(Shape):
    """A count: a whole number, or null for an open end."""

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            errors.append((path, f"expected a whole number or null, found {value!r}"))


@dataclass(frozen=True)
class OneOf(Shape):
    values: frozenset[str]
    what: str

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if value not in self.values:
            errors.append((path, f"{value!r} is not {self.what} (one of: {', '.join(sorted(self.values))})"))


ACTOR_TYPE = OneOf(frozenset(get_args(ActorType)), "an actor type")
RELATION_KIND = OneOf(frozenset(RELATION_KINDS), "a relation kind")
OUTCOME = OneOf(frozenset(get_args(Outcome)), "an outcome")


@dataclass(frozen=True)
class Words(Shape):
    """A list of words or phrases, none twice (compared without case); `each` checks every one."""

    each: Shape = Text()

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if not isinstance(value, list):
            errors.append((path, f"expected a list, found {type(value).__name__}"))
            return
        seen: set[str] = set()
        for i, word in enumerate(value):
            self.each.check(word, (*path, i), errors)
            key = str(word).casefold()
            if key in seen:
                errors.append(((*path, i), f"{word!r} is listed twice"))
            seen.add(key)


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if not isinstance(value, list):
            errors.append((path, f"expected a list, found {type(value).__name__}"))
            return
        for i, item in enumerate(value):
            self.item.check(item, (*path, i), errors)


@dataclass(frozen=True)
class Row(Shape):
    """A list of fixed length, each place of its own shape (a gazetteer's state)."""

    items: tuple[Shape, ...]
    names: tuple[str, ...]

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if not isinstance(value, list) or len(value) != len(self.items):
            errors.append((path, f"expected [{', '.join(self.names)}], found {value!r}"))
            return
        for i, (item, shape) in enumerate(zip(value, self.items, strict=True)):
            shape.check(item, (*path, i), errors)


@dataclass(frozen=True)
class Record(Shape):
    """A mapping of known keys; `required` ones must be there; `extra` checks the whole."""

    fields: Mapping[str, Shape]
    required: frozenset[str] = frozenset()
    extra: Callable[[Mapping, Path, Errors], None] | None = None

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if value is None:
            value = {}
        if not isinstance(value, dict):
            errors.append((path, f"expected a mapping of {', '.join(self.fields)}, found {type(value).__name__}"))
            return
        for key, item in value.items():
            if key not in self.fields:
                known = ", ".join(sorted(self.fields))
                errors.append(((*path, key), f"unknown key '{key}' (known keys: {known})"))
            else:
                self.fields[key].check(item, (*path, key), errors)
        for key in sorted(self.required - set(value)):
            errors.append((path, f"'{key}' is missing"))
        if self.extra is not None and not errors:
            self.extra(value, path, errors)


@dataclass(frozen=True)
class Table(Shape):
    """A mapping of free keys (`keys` checks them) to values of one shape. With `disjoint`,
    no word is in two of its classes: the named word lists of the values (or the values
    themselves when they are lists) share no word."""

    value: Shape
    keys: Shape | None = None
    disjoint: tuple[str, ...] | bool = False

    def check(self, value: Any, path: Path, errors: Errors) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            errors.append((path, f"expected a mapping, found {type(value).__name__}"))
            return
        for key, item in value.items():
            if self.keys is not None:
                self.keys.check(key, (*path, key), errors)
            self.value.check(item, (*path, key), errors)
        if self.disjoint and not errors:
            for part in self.disjoint if isinstance(self.disjoint, tuple) else (None,):
                _disjoint(value, part, path, errors)


def _disjoint(table: Mapping, part: str | None, path: Path, errors: Errors) -> None:
    owner: dict[str, str] = {}
    for cls, item in table.items():
        words = item if part is None else (item or {}).get(part) or ()
        for i, word in enumerate(words):
            other = owner.setdefault(str(word).casefold(), cls)
            if other != cls:
                where = (*path, cls, i) if part is None else (*path, cls, part, i)
                errors.append((where, f"{word!r} is in two classes: {other} and {cls}"))


def distinct_names(entries: Iterable[tuple[Path, Iterable[str]]], path: Path, errors: Errors) -> None:
    """No name (folded) belongs to two entries of one gazetteer."""
    owner: dict[str, Path] = {}
    for where, names in entries:
        for name in dict.fromkeys(fold(str(n)) for n in names):
            first = owner.setdefault(name, where)
            if first != where:
                errors.append((where, f"the name {name!r} belongs to two entries (also {_where((*path, *first))})"))


# ---- where an error is in the file -----------------------------------------------------
@dataclass
class Located:
    """A data file's content with the YAML nodes it was built from, to give line numbers."""

    name: str
    data: Any
    node: yaml.Node | None = field(default=None, repr=False)

    def line(self, path: Path) -> int | None:
        """The line of the key (or list item) a path leads to, as far as the file has it."""
        node = self.node
        if node is None:
            return None
        mark = node.start_mark
        for step in path:
            if isinstance(node, yaml.MappingNode):
                hit = next(((k, v) for k, v in node.value if k.value == str(step)), None)
                if hit is None:
                    break
                mark, node = hit[0].start_mark, hit[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
                node = node.value[step]
                mark = node.start_mark
            else:
                break
        return mark.line + 1

    def fail(self, errors: Errors) -> LexiconError:
        lines = []
        for path, message, *at in errors:
            line = at[0] if at else self.line(path)
            place = f"{self.name}:{line}" if line else self.name
            lines.append(f"{place}: {_where(path) or '(top)'}: {message}")
        return LexiconError("\n".join(lines))


def duplicate_keys(node: yaml.Node | None, path: Path = ()) -> Errors:
    """Keys written twice in one mapping (YAML keeps the last without a word)."""
    errors: Errors = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                errors.append(((*path, key.value), f"the key '{key.value}' is written twice", key.start_mark.line + 1))
            seen.add(key.value)
            errors += duplicate_keys(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            errors += duplicate_keys(item, (*path, i))
    return errors


def validate(doc: Located, shape: Shape) -> None:
    """Raise a LexiconError naming every place where the file is not of its shape."""
    errors = duplicate_keys(doc.node)
    shape.check(doc.data, (), errors)
    if errors:
        raise doc.fail(errors)
