"""Pins of requirements.txt: every line `name==version` from the package index.

Why: `pip freeze` writes `name @ file:///...whl` for a package installed from a
local wheel. Such a pin installs only on the machine that had the file, so one
line of it broke every fresh install while CI, which had the file, stayed green.
`make lock` passes the freeze through `freeze()`, which writes the version the
environment holds instead of the reference (the fresh install in `.ci/run` then
proves the index has it), and `check()` refuses anything else.

    python -m tools.pins check requirements.txt
    pip freeze | python -m tools.pins freeze > requirements.txt
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib import metadata

from packaging.requirements import InvalidRequirement, Requirement

HEADER = (
    "# Pinned dependencies of the briefing generator (pip freeze of a working\n"
    "# environment, every line name==version from the package index). Update with: make lock\n"
)


def _requirement_lines(lines: Iterable[str]) -> Iterable[tuple[int, str]]:
    """(line number, text) of the lines that state a requirement: no blanks, comments or pip options."""
    for number, raw in enumerate(lines, start=1):
        text = raw.split(" #", 1)[0].strip()
        if text and not text.startswith("#"):
            yield number, text


def problem(text: str) -> str | None:
    """Why this requirement is not a pin from the index, or None when it is `name==version`."""
    if text.startswith("-"):
        return "a pip option (an index, a path or an editable install), not a pin"
    try:
        req = Requirement(text)
    except InvalidRequirement as error:
        return f"not a requirement ({error})"
    if req.url:
        return f"a direct reference ({req.url.split(':', 1)[0]}), not a version from the package index"
    specs = list(req.specifier)
    if len(specs) != 1 or specs[0].operator != "==" or "*" in specs[0].version:
        return "not pinned to one version with =="
    return None


def check(lines: Iterable[str], name: str = "requirements.txt") -> list[str]:
    """One message per bad line, naming the file, the line and the reason."""
    found = []
    for number, text in _requirement_lines(lines):
        reason = problem(text)
        if reason:
            found.append(f"{name}:{number}: {text!r}: {reason}")
    return found


def freeze(lines: Iterable[str]) -> list[str]:
    """A pip freeze with every direct reference replaced by the version installed.

    Raises ValueError naming the line when a package's version cannot be read,
    so `make lock` fails instead of writing a pin that cannot install."""
    pinned = []
    for _number, text in _requirement_lines(lines):
        if problem(text) is None:
            pinned.append(text)
            continue
        try:
            req = Requirement(text)
            version = metadata.version(req.name)
        except (InvalidRequirement, metadata.PackageNotFoundError) as error:
            raise ValueError(f"cannot pin {text!r} to a version: {error}") from error
        print(f"pins: {text!r} written as {req.name}=={version}", file=sys.stderr)
        pinned.append(f"{req.name}=={version}")
    return pinned


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "check":
        with open(argv[1], encoding="utf-8") as handle:
            messages = check(handle, argv[1])
        for message in messages:
            print(message, file=sys.stderr)
        return 1 if messages else 0
    if argv == ["freeze"]:
        try:
            lines = freeze(sys.stdin)
        except ValueError as error:
            print(f"pins: {error}", file=sys.stderr)
            return 1
        sys.stdout.write(HEADER + "".join(f"{line}\n" for line in lines))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
