"""Death tolls over the development corpus, in one process (fast to iterate).

    .venv/bin/python bench/toll.py [--verbose]

Same measure as ../shared/eval/toll.py (share of articles whose coded death
toll is among the briefing's `killed` figures), but loads spaCy once.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from generator import nlp as nlp_loader
from generator.pipeline import build_briefing

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "fakes-dev"


def tolls(corpus: Path = CORPUS) -> list[tuple[Path, int]]:
    with open(corpus / "tolls.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = [(corpus / r["file"], int(r["civilians_killed"]) + int(r["noncivilians_killed"])) for r in rows]
    return [(p, t) for p, t in out if t > 0]


def run(verbose: bool = False) -> float:
    nlp = nlp_loader.load()
    found = 0
    rows = tolls()
    for path, total in rows:
        b = build_briefing([path], nlp)
        killed = sorted({c.count for c in b.casualties if c.outcome == "killed" and c.count is not None})
        hit = total in killed
        found += hit
        if verbose and not hit:
            print("MISS", path.relative_to(CORPUS), "coded", total, "extracted", killed)
    rate = found / len(rows)
    print(f"articles {len(rows)}  toll found {rate:.3f}")
    return rate


if __name__ == "__main__":
    run("--verbose" in sys.argv)
