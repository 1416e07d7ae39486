"""Corrections an analyst keeps in `curation.yml`, applied after every extraction.

The generator never writes this file; it reads it on every build, so a correction
survives the next build. Every entry names actors as the site shows them (a name
or an alias, compared without case). An entry that matches nothing is reported as
a WARNING (the text changed, or a typo), never silently ignored. The site marks
what a person changed.

    merge:                     # names of one actor; the first is kept
      - [Hayat Tahrir al-Sham, HTS, Tahrir al-Sham]
    hide: [Wednesday]          # never shown, with their relations
    types:                     # name -> actor type
      Wagner Group: armed_group
    relations:
      add:
        - {source: Russia, kind: support, target: Wagner Group, note: "Known from court papers"}
      remove:
        - {source: Human Rights Watch, kind: attack, target: Syria}
    casualties:
      drop:                    # a wrong figure: its article, sentence number and text
        - {article: report_12, sentence: 4, text: "15"}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, get_args

import yaml

from .lexicon import fold
from .model import ActorType, Briefing, Relation, RelationKind, polarity_of, type_label
from .operations import pooled, repointed

CURATION_FILE = "curation.yml"


class CurationError(ValueError):
    """curation.yml cannot be read at all (not YAML, not a mapping)."""


@dataclass(frozen=True)
class Curation:
    merge: tuple[tuple[str, ...], ...] = ()
    hide: tuple[str, ...] = ()
    types: tuple[tuple[str, str], ...] = ()
    add: tuple[Mapping[str, str], ...] = ()
    remove: tuple[Mapping[str, str], ...] = ()
    drop: tuple[Mapping[str, Any], ...] = ()
    problems: tuple[str, ...] = field(default=())  # entries that are malformed


def read_curation(path: Path) -> Curation:
    """The corrections of a curation file (an absent file: none)."""
    if not path.is_file():
        return Curation()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise CurationError(f"{path.name}: not valid YAML{where}") from err
    if not isinstance(data, dict):
        raise CurationError(f"{path.name}: must be a mapping (merge, hide, types, relations, casualties)")
    return parse_curation(data, path.name)


def parse_curation(data: Mapping, name: str = CURATION_FILE) -> Curation:
    problems: list[str] = []
    unknown = set(data) - {"merge", "hide", "types", "relations", "casualties"}
    problems += [f"{name}: unknown section '{k}'" for k in sorted(map(str, unknown))]
    merge = tuple(tuple(str(n) for n in group) for group in data.get("merge") or () if isinstance(group, list))
    types = tuple((str(k), str(v)) for k, v in (data.get("types") or {}).items())
    for actor, type_ in types:
        if type_ not in get_args(ActorType):
            problems.append(f"{name}: types: '{type_}' (for {actor}) is not an actor type")
    relations = data.get("relations") or {}
    add = tuple(r for r in relations.get("add") or () if _relation_ok(r, name, problems))
    remove = tuple(r for r in relations.get("remove") or () if _relation_ok(r, name, problems))
    drop = tuple(d for d in (data.get("casualties") or {}).get("drop") or () if isinstance(d, dict))
    hide = tuple(str(h) for h in data.get("hide") or ())
    return Curation(
        merge, hide, tuple(t for t in types if t[1] in get_args(ActorType)), add, remove, drop, tuple(problems)
    )


def _relation_ok(r: object, name: str, problems: list[str]) -> bool:
    if not isinstance(r, dict) or not {"source", "kind", "target"} <= set(r):
        problems.append(f"{name}: relations: {r!r} needs source, kind and target")
        return False
    if r["kind"] not in get_args(RelationKind):
        problems.append(f"{name}: relations: '{r['kind']}' is not a relation kind")
        return False
    return True


class _Names:
    """Actors by every name they go by."""

    def __init__(self, b: Briefing) -> None:
        self.ids: dict[str, str] = {}
        for a in b.actors:
            for n in (a.name, *a.aliases):
                self.ids.setdefault(fold(n), a.id)

    def find(self, name: str) -> str | None:
        return self.ids.get(fold(name))


def apply_curation(b: Briefing, cur: Curation) -> tuple[Briefing, list[str]]:
    """The briefing with the analyst's corrections, and a warning per entry that matched nothing."""
    warnings = list(cur.problems)
    b = _merge(b, cur, warnings)
    b = _types(b, cur, warnings)
    b = _relations(b, cur, warnings)
    b = _drop_figures(b, cur, warnings)
    b = _hide(b, cur, warnings)
    return b, warnings


def _note(actor, text: str):
    return replace(actor, curated=tuple(dict.fromkeys((*actor.curated, text))))


def _merge(b: Briefing, cur: Curation, warnings: list[str]) -> Briefing:
    for group in cur.merge:
        names = _Names(b)
        found = [(n, names.find(n)) for n in group]
        for n, i in found:
            if i is None:
                warnings.append(f"{CURATION_FILE}: merge: '{n}' matches no actor")
        ids = list(dict.fromkeys(i for _, i in found if i))
        if len(ids) < 2:
            continue
        keep, gone = ids[0], set(ids[1:])
        actors = {a.id: a for a in b.actors}
        absorbed = [actors[i] for i in ids[1:]]
        kept = _note(pooled(actors[keep], absorbed), "merged by an analyst with " + ", ".join(a.name for a in absorbed))
        b = repointed(b, lambda x, gone=gone, keep=keep: keep if x in gone else x)
        b = replace(b, actors=tuple(kept if a.id == keep else a for a in b.actors if a.id not in gone))
    return b


def _types(b: Briefing, cur: Curation, warnings: list[str]) -> Briefing:
    names = _Names(b)
    changed: dict[str, str] = {}
    for name, type_ in cur.types:
        i = names.find(name)
        if i is None:
            warnings.append(f"{CURATION_FILE}: types: '{name}' matches no actor")
        else:
            changed[i] = type_
    actors = tuple(
        _note(replace(a, type=changed[a.id]), f"type set by an analyst, was {type_label(a.type)}")
        if a.id in changed and a.type != changed[a.id]
        else a
        for a in b.actors
    )
    return replace(b, actors=actors)


def _relations(b: Briefing, cur: Curation, warnings: list[str]) -> Briefing:
    names = _Names(b)
    relations = list(b.relations)
    for r in cur.remove:
        s, t = names.find(r["source"]), names.find(r["target"])
        hit = [x for x in relations if (x.source, x.target, x.kind) == (s, t, r["kind"])]
        if not hit:
            warnings.append(
                f"{CURATION_FILE}: relations: remove: {r['source']} {r['kind']} {r['target']} matches nothing"
            )
        relations = [x for x in relations if x not in hit]
    for r in cur.add:
        s, t = names.find(r["source"]), names.find(r["target"])
        if s is None or t is None:
            missing = r["source"] if s is None else r["target"]
            warnings.append(f"{CURATION_FILE}: relations: add: '{missing}' matches no actor")
            continue
        note = str(r.get("note") or "added by an analyst")
        relations.append(
            Relation(s, t, r["kind"], polarity_of(r["kind"]), "analyst", (), note=note, rules=("analyst",))
        )
    return replace(b, relations=tuple(relations))


def _drop_figures(b: Briefing, cur: Curation, warnings: list[str]) -> Briefing:
    casualties = list(b.casualties)
    for d in cur.drop:
        hit = [
            c
            for c in casualties
            if c.evidence
            and c.evidence[0].article_id == str(d.get("article"))
            and c.evidence[0].index + 1 == d.get("sentence")
            and (d.get("text") is None or str(d["text"]) in c.text)
        ]
        if not hit:
            warnings.append(f"{CURATION_FILE}: casualties: drop: {dict(d)} matches no figure")
        gone = {c.id for c in hit}
        casualties = [replace(c, part_of=None) if c.part_of in gone else c for c in casualties if c.id not in gone]
    return replace(b, casualties=tuple(casualties))


def _hide(b: Briefing, cur: Curation, warnings: list[str]) -> Briefing:
    names = _Names(b)
    hidden = set()
    for name in cur.hide:
        i = names.find(name)
        if i is None:
            warnings.append(f"{CURATION_FILE}: hide: '{name}' matches no actor")
        else:
            hidden.add(i)
    b = repointed(b, lambda x: None if x in hidden else x)
    return replace(b, actors=tuple(a for a in b.actors if a.id not in hidden))
