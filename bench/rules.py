"""How often each extraction rule fires, and how often it is right.

    .venv/bin/python bench/rules.py [--half first|second] [--corpus DIR ...] [--verbose]

Every relation, casualty figure and source of briefing.json carries the id of the
rule that read it. This script extracts each hand-annotated article of
../shared/eval/gold on its own and scores every fact against the gold file the way
../shared/eval/score.py does (actors matched by name, relations by pair and sign),
crediting each rule with the facts it stated: right, wrong, or not scored (optional
in the gold). Over the corpus folders (default: the 60 FA-KES articles and the 200
ACLED notes) it counts how many facts each rule gives and in how many articles.

`--half first` (the gold files whose names sort first) or `second` keeps to one half
of the gold, so that misses are read on one half and measured on both; `--verbose`
prints the wrong relations of the half read, with their rule and sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from generator import nlp as nlp_loader
from generator.batch import RunOptions
from generator.extract.facts.relations import RULES
from generator.pipeline import build_briefing
from generator.render.export import to_dict

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "eval" / "gold"
CORPORA = [SHARED / "corpus" / "fakes-dev", SHARED / "corpus" / "acled-dev"]
PARTS = ("relations", "casualties", "sources")


def _score_module():
    sys.path.insert(0, str(SHARED / "eval"))
    import score  # the scorer of ../shared/eval, read as it is

    return score


def gold_files(half: str | None) -> list[Path]:
    files = sorted(GOLD.glob("*.yml"))
    middle = len(files) // 2
    return files[:middle] if half == "first" else files[middle:] if half == "second" else files


def article_of(gold: Path) -> Path | None:
    for root in (SHARED / "seeds", SHARED / "corpus"):
        for ext in (".txt", ".md"):
            hits = sorted(root.rglob(gold.stem + ext))
            if hits:
                return hits[0]
    return None


def _rules(fact: dict) -> list[str]:
    return list(fact.get("rules") or ([fact["rule"]] if fact.get("rule") else []))


def judge(pred: dict, gold_data: dict, score) -> dict[str, list[tuple[str, dict, bool | None]]]:
    """Per part, (rule, fact, right?) for every fact: True right, False wrong, None not scored."""
    gold = score.Gold(gold_data)
    _, mapping = score.score_actors(gold, pred.get("actors", []))
    relations = {
        (frozenset((r["a"], r["b"])), r["sign"]): bool(r.get("optional")) for r in gold_data.get("relations", [])
    }
    out: dict[str, list] = defaultdict(list)
    for r in pred.get("relations", []):
        sign = score.sign_of(r)
        if sign is None:
            continue
        a, b = mapping.get(str(r["source"])), mapping.get(str(r["target"]))
        key = (frozenset((a, b)), sign)
        if a is None or b is None or a == b:
            verdict = False
        elif key in relations:
            verdict = None if relations[key] else True
        elif gold.optional(a) or gold.optional(b):
            other = (frozenset((a, b)), "hostile" if sign == "friendly" else "friendly")
            verdict = False if other in relations else None
        else:
            verdict = False
        out["relations"] += [(rule, r, verdict) for rule in _rules(r)]
    golds = gold_data.get("casualties", [])
    scored = {"killed", "injured"} | {g["outcome"] for g in golds}
    for c in pred.get("casualties", []):
        if c.get("outcome") in scored:
            out["casualties"].append((c.get("rule", ""), c, any(score.casualty_matches(g, c) for g in golds)))
    wanted = {s["actor"]: set(s.get("alt", [])) for s in gold_data.get("sources", [])}
    for s in pred.get("sources", []):
        gid = (mapping.get(str(s.get("actor"))) if s.get("actor") else None) or gold.lookup([str(s.get("name", ""))])
        right = gid in wanted or any(gid in alts for alts in wanted.values())
        out["sources"].append((s.get("rule", ""), s, None if s.get("kind") == "article" and not right else right))
    return out


def fires(corpora: list[Path], nlp) -> dict[str, tuple[Counter, dict[str, set]]]:
    """Per part: the sentences each rule's facts rest on, and their articles, over the corpus folders
    (a relation stated by several rules is credited to each)."""
    count: dict[str, Counter] = {p: Counter() for p in PARTS}
    articles: dict[str, dict[str, set]] = {p: defaultdict(set) for p in PARTS}
    for folder in corpora:
        paths = sorted(p for p in folder.rglob("*") if p.suffix in {".txt", ".md"} and p.name != "README.md")
        data = to_dict(build_briefing(paths, nlp, options=RunOptions(workers=None)))
        for part in PARTS:
            for fact in data[part]:
                refs = fact.get("evidence") if isinstance(fact.get("evidence"), list) else [fact.get("evidence")]
                for rule in _rules(fact):
                    count[part][rule] += max(1, len([e for e in refs if e]))
                    articles[part][rule] |= {f"{folder.name}/{e['article']}" for e in refs if e}
    return {p: (count[p], articles[p]) for p in PARTS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("first", "second"))
    ap.add_argument("--corpus", nargs="*", type=Path, default=CORPORA)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print(f"no gold files at {GOLD}", file=sys.stderr)
        return 2
    import yaml

    score, nlp = _score_module(), nlp_loader.load()
    verdicts: dict[str, list] = defaultdict(list)
    golds = gold_files(args.half)
    for gold in golds:
        text = article_of(gold)
        if text is None:
            continue
        pred = to_dict(build_briefing([text], nlp))
        for part, rows in judge(pred, yaml.safe_load(gold.read_text(encoding="utf-8")), score).items():
            verdicts[part] += rows
            if args.verbose and part == "relations":
                names = {a["id"]: a["name"] for a in pred["actors"]}
                for rule, r, right in rows:
                    if right is False:
                        ev = r["evidence"][0]["sentence"] + 1 if r["evidence"] else "-"
                        who = f"{names[r['source']]} -{r['kind']}- {names[r['target']]}"
                        print(f"  WRONG {gold.stem} s{ev} [{rule}] {who}")
    corpus = fires(args.corpus, nlp)
    examples = {r.id: r.example for r in RULES}
    half = f", {args.half} half" if args.half else ""
    print(f"gold: {len(golds)} articles{half}; corpus: {', '.join(p.name for p in args.corpus)}")
    for part in PARTS:
        count, articles = corpus[part]
        judged: dict[str, Counter] = defaultdict(Counter)
        for rule, _, right in verdicts[part]:
            judged[rule][right] += 1
        label = {"relations": "relation", "casualties": "casualty", "sources": "source"}[part]
        print(f"\n{label + ' rule':28s} sentences articles  right  wrong  precision  example")
        for rule in sorted(set(count) | set(judged) | ({r.id for r in RULES} if part == "relations" else set())):
            right, wrong = judged[rule][True], judged[rule][False]
            precision = f"{right / (right + wrong):.2f}" if right + wrong else "-"
            print(
                f"{rule:28s} {count[rule]:9d} {len(articles.get(rule, ())):8d} {right:6d} {wrong:6d} "
                f"{precision:>10s}  {examples.get(rule, '')}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
