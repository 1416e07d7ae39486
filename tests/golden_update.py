"""Regenerate the golden Markdown of the seed (run by `make golden` only).

Review `git diff tests/golden` before committing: a change there is a
change of what readers see.
"""

from __future__ import annotations

import shutil

from generator.pipeline import build_briefing
from generator.render.site import render_site

from .test_golden import GOLDEN, GOLDEN_FILES, SEED


def main() -> None:
    briefing = build_briefing([SEED])
    if briefing.problems or not briefing.articles:  # a crash would otherwise become the new truth
        raise SystemExit(f"the seed did not build, golden files left as they were: {briefing.problems}")
    files = render_site(briefing)
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for rel in GOLDEN_FILES(files):
        target = GOLDEN / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[rel], encoding="utf-8")
    print(f"wrote {len(GOLDEN_FILES(files))} golden files to {GOLDEN}")


if __name__ == "__main__":
    main()
