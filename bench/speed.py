"""Speed of the extraction against bare spaCy on the same texts, in one run.

    .venv/bin/python bench/speed.py [FILES...]

Prints the time of spaCy's pipeline alone (nlp.pipe over the same cleaned
sentences) and of the whole briefing extraction, and their ratio. Timing is
measured side by side on this machine; no test asserts on it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from generator import nlp as nlp_loader
from generator.clean import clean_blocks
from generator.pipeline import build_briefing
from generator.reader import read_article

ROOT = Path(__file__).resolve().parent.parent


def default_files() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus" / "fakes-dev"
    files = sorted(corpus.rglob("*.md")) if corpus.is_dir() else []
    return files or sorted((ROOT / "seeds").glob("*.txt"))


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv] or default_files()
    nlp = nlp_loader.load()
    texts = [b.text for f in files for b in clean_blocks(read_article(f).body)[0]]
    nlp("warm up")
    build_briefing(files[:1], nlp)  # one-off loads (language model, phrase matchers), as spaCy's is untimed
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    briefing = build_briefing(files, nlp)
    ours = time.perf_counter() - t0
    print(f"articles {len(files)}  actors {len(briefing.actors)}  relations {len(briefing.relations)}")
    print(f"bare spaCy      {bare:7.2f} s")
    print(f"briefing        {ours:7.2f} s")
    print(f"ratio           {ours / bare:7.2f} x bare spaCy")


if __name__ == "__main__":
    main(sys.argv[1:])
