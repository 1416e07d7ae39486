"""Death tolls over the development corpus, in one process (fast to iterate).

    .venv/bin/python bench/toll.py [--verbose] [--corpus ../shared/corpus/acled-dev]

Same measure as ../shared/eval/toll.py (share of articles whose coded death
toll is among the briefing's `killed` figures, or for ACLED notes the sum of
them), but loads spaCy once.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from generator import nlp as nlp_loader
from generator.pipeline import build_briefing

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "fakes-dev"


def tolls(corpus: Path = CORPUS) -> list[tuple[Path, int, bool]]:
    """(file, coded toll, whether a sum of figures counts) for every coded row."""
    with open(corpus / "tolls.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        if "fatalities" in r:
            out.append((corpus / r["file"], int(r["fatalities"]), True))
        else:
            out.append((corpus / r["file"], int(r["civilians_killed"]) + int(r["noncivilians_killed"]), False))
    return [row for row in out if row[1] > 0]


def run(verbose: bool = False, corpus: Path = CORPUS) -> float:
    nlp = nlp_loader.load()
    found = 0
    rows = tolls(corpus)
    for path, total, sums in rows:
        b = build_briefing([path], nlp)
        killed = sorted({c.count for c in b.casualties if c.outcome == "killed" and c.count is not None})
        hit = total in killed or (sums and len(killed) > 1 and sum(killed) == total)
        found += hit
        if verbose and not hit:
            print("MISS", path.relative_to(corpus), "coded", total, "extracted", killed)
    rate = found / len(rows)
    print(f"articles {len(rows)}  toll found {rate:.3f}")
    return rate


if __name__ == "__main__":
    args = sys.argv[1:]
    where = Path(args[args.index("--corpus") + 1]) if "--corpus" in args else CORPUS
    run("--verbose" in args, where)
