"""Golden files: the seed's generated Markdown and JSON, byte for byte.

Regenerate only with `make golden`, and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.site import render_site

from .conftest import SEED

GOLDEN = Path(__file__).parent / "golden" / "seed"


def GOLDEN_FILES(files: dict[str, str]) -> list[str]:
    """Every generated page and data file is under golden control."""
    return sorted(files)


@pytest.fixture(scope="module")
def rendered(seed_briefing):
    return render_site(seed_briefing)


def test_golden_files_exist():
    assert GOLDEN.is_dir(), "run `make golden` to create the golden files"


def test_same_set_of_files(rendered):
    on_disk = sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*") if p.is_file())
    assert on_disk == GOLDEN_FILES(rendered)


@pytest.mark.parametrize(
    "rel", sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*") if p.is_file()) if GOLDEN.is_dir() else []
)
def test_page_matches_golden(rendered, rel):
    expected = (GOLDEN / rel).read_text(encoding="utf-8")
    assert rendered.get(rel) == expected, f"{rel} differs from its golden file; run `make golden` and review the diff"


def test_rendering_is_deterministic(seed_briefing, nlp):
    from generator.pipeline import build_briefing

    again = render_site(build_briefing([SEED], nlp))
    assert again == render_site(seed_briefing)


@pytest.mark.slow
def test_output_is_identical_across_processes(tmp_path):
    """Set iteration order changes with the hash seed; the pages must not."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "pages", "--seeds", str(SEED.parent), "--output", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1]
