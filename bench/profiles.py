"""Profiles that may be one actor, or one profile that may hold two sides, in a briefing.

    .venv/bin/python bench/profiles.py [FOLDER]   (default: the 30 Aleppo articles of ../shared/corpus)

Lists pairs of profiles whose names look alike (one name ends or contains the
other, or rapidfuzz's token-set ratio is 85 or more) and profiles that are both
hostile to and allied with the same actor. A reading aid for the closing note of
a change to cross-article merging, not a score.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import build_briefing  # noqa: E402
from generator.reader import find_seeds  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "fakes-dev" / "aleppo"
    b = build_briefing(find_seeds(folder))
    actors = [a for a in b.actors if not a.generic]
    print(f"{len(b.articles)} articles, {len(b.actors)} profiles ({len(b.actors) - len(actors)} role nouns)")
    print("\nnames alike, kept apart:")
    for a, c in combinations(actors, 2):
        x, y = a.name.casefold(), c.name.casefold()
        if x in y or y in x or fuzz.token_set_ratio(x, y) >= 85:
            print(f"  {a.name} ({a.type}) | {c.name} ({c.type})")
    print("\nprofiles on both sides of one actor:")
    names = {a.id: a.name for a in b.actors}
    for a in b.actors:
        signs: dict[str, set[str]] = {}
        for r in b.relations:
            if a.id in (r.source, r.target) and r.polarity != "neutral":
                other = r.target if r.source == a.id else r.source
                signs.setdefault(other, set()).add(r.polarity)
        both = [names[o] for o, s in signs.items() if len(s) == 2]
        if both:
            print(f"  {a.name}: hostile to and allied with {', '.join(both)}")


if __name__ == "__main__":
    main()
