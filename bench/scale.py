"""Scale: extraction and site builds at 60, 200 and 800 articles, against anchors
measured in the same run.

    .venv/bin/python bench/scale.py [--sizes 60 200 800] [--workers N] [--rounds 3]

Articles: the 60 real FA-KES articles of ../shared/corpus/fakes-dev, then variants
of them (sentences rotated, numbers shifted: a different text of the same kind and
length) up to the size asked. Anchors: one bare spaCy process running nlp.pipe over
the same cleaned texts, and a bare Material build of a plain site of the same size
(one page per article holding its text, one page per actor). Measured: extraction
with every core and with one worker; a cold `mkdocs build` (empty cache); a rebuild
after one article changed (warm cache, new process, as after saving a file); peak
memory. Nothing here is asserted by a test.

The same machine is not always as fast (two runs of bare spaCy a minute apart differ by
a third on a shared 2-core machine), so the anchors and what they anchor are timed in
rounds, side by side, and each is the fastest of its rounds: a ratio of two times
taken minutes apart measures the machine, not the code.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import frontmatter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import nlp as nlp_loader  # noqa: E402
from generator.batch import RunOptions, default_workers  # noqa: E402
from generator.clean import clean_blocks  # noqa: E402
from generator.pipeline import build_briefing  # noqa: E402
from generator.reader import read_article  # noqa: E402
from generator.slug import slugify  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "fakes-dev"
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def variant(text: str, v: int) -> str:
    """The same article told in another order with other figures."""
    post = frontmatter.loads(text)
    sentences = SENTENCE.split(post.content.strip())
    k = v % max(1, len(sentences))
    post.content = re.sub(r"\d+", lambda m: str(int(m.group()) + v), " ".join(sentences[k:] + sentences[:k]))
    if post.metadata.get("title"):
        post.metadata["title"] = f"{post.metadata['title']} ({v})"
    return frontmatter.dumps(post) + "\n"


def make_seeds(folder: Path, n: int) -> list[Path]:
    real = sorted(CORPUS.rglob("*.md"))
    folder.mkdir(parents=True)
    for i in range(n):
        src = real[i % len(real)]
        text = src.read_text(encoding="utf-8")
        (folder / f"{i:04d}_{src.stem}.md").write_text(text if i < len(real) else variant(text, i), encoding="utf-8")
    return sorted(folder.glob("*.md"))


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def mkdocs_build(project: Path, dest: Path) -> float:
    """A build in a new process; the project's own copy of the generator comes first on the
    path, so that editing the working tree during a long run cannot change what is measured."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    t, result = timed(
        lambda: subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(dest)],
            capture_output=True,
            text=True,
            env=env,
            cwd=project,
        )
    )
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
    return t


def serve_rebuild(project: Path, changed: Path) -> float:
    """Seconds from saving one article to the rebuilt site in a running `mkdocs serve`, the
    way a person works: the process keeps the pipeline, the lexicon and the analyses loaded."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    port = 18000 + os.getpid() % 1000
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # until the first build is served
            if "Serving on" in line:
                break
        time.sleep(1)
        t0 = time.perf_counter()
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA second late line.\n", encoding="utf-8")
        for line in proc.stderr:
            if "Documentation built in" in line:
                return time.perf_counter() - t0
        raise SystemExit("mkdocs serve stopped before rebuilding")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def project_copy(work: Path, seeds: Path) -> Path:
    project = work / "project"
    ignore = shutil.ignore_patterns(".venv", "site", ".git", "tests", "seeds", ".cache", "test-artifacts", "bench")
    shutil.copytree(ROOT, project, ignore=ignore)
    shutil.copytree(seeds, project / "seeds")
    return project


def plain_site(work: Path, paths: list[Path], actor_names: list[str]) -> Path:
    """The anchor: Material over one page per article (its text) and one per actor."""
    site = work / "plain"
    (site / "docs" / "articles").mkdir(parents=True)
    (site / "docs" / "actors").mkdir()
    (site / "docs" / "index.md").write_text("# Plain site\n", encoding="utf-8")
    for p in paths:
        raw = read_article(p)
        (site / "docs" / "articles" / f"{raw.id}.md").write_text(f"# {raw.id}\n\n{raw.body}\n", encoding="utf-8")
    for name in actor_names:
        (site / "docs" / "actors" / f"{slugify(name)}.md").write_text(f"# {name}\n\nAn actor.\n", encoding="utf-8")
    (site / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n", encoding="utf-8"
    )
    return site


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run(n: int, workers: int, rounds: int) -> None:
    nlp = nlp_loader.load()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = make_seeds(work / "seeds", n)
        texts = [b.text for f in paths for b in clean_blocks(read_article(f).body)[0]]
        nlp("warm up")
        briefing = build_briefing(paths[:1], nlp)  # one-off loads (model, phrase matchers), as spaCy's is untimed
        project = project_copy(work, work / "seeds")
        plain_project = None
        times: dict[str, list[float]] = {"bare": [], "ours": [], "one": [], "cold": [], "plain": []}
        for k in range(rounds):  # each anchor beside what it anchors, round after round
            times["bare"].append(timed(lambda: [None for _ in nlp.pipe(texts)])[0])
            t, briefing = timed(lambda: build_briefing(paths, nlp, options=RunOptions(workers=workers)))
            times["ours"].append(t)
            times["one"].append(timed(lambda: build_briefing(paths, nlp, options=RunOptions(workers=1)))[0])
            plain_project = plain_project or plain_site(work, paths, [a.name for a in briefing.actors])
            times["plain"].append(mkdocs_build(plain_project, work / f"plain{k}"))
            shutil.rmtree(project / ".cache", ignore_errors=True)
            times["cold"].append(mkdocs_build(project, work / "site1"))
        bare, ours, one, cold, plain = (min(times[k]) for k in ("bare", "ours", "one", "cold", "plain"))
        changed = sorted((project / "seeds").glob("*.md"))[n // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA late line was added to this report.\n")
        rebuild = mkdocs_build(project, work / "site2")
        served = serve_rebuild(project, changed)
        weight = sum(f.stat().st_size for f in (work / "site1").rglob("*") if f.is_file()) / 1e6
        own, children = peak_mb()
    print(f"\n== {n} articles ({len(briefing.actors)} actors, {len(briefing.relations)} relations), {workers} workers")
    print(f"fastest of {rounds} rounds; " + ", ".join(f"{k} {min(v):.1f}-{max(v):.1f} s" for k, v in times.items()))
    print(f"bare spaCy (nlp.pipe, 1 process) {bare:7.2f} s")
    print(f"bare Material build (plain site) {plain:7.2f} s")
    print(f"extraction, {workers} workers          {ours:7.2f} s  = {ours / bare:.2f}x bare spaCy (goal <= 0.90x)")
    print(f"extraction, 1 worker            {one:7.2f} s  = {one / bare:.2f}x bare spaCy (goal <= 1.15x)")
    goal = 0.75 * bare + 1.5 * plain
    print(f"cold build             {cold:7.2f} s  = {cold / goal:.2f}x (0.75 spaCy + 1.5 Material {goal:.1f} s)")
    goal = 1.5 * plain + 2
    print(f"rebuild, one changed   {rebuild:7.2f} s  = {rebuild / goal:.2f}x (1.5 Material + 2 s {goal:.1f} s)")
    print(f"saved to rebuilt, in serve {served:7.2f} s  = {served / goal:.2f}x (the same budget)")
    print(f"site weight {weight:.1f} MB; peak memory: this process {own:.0f} MB, largest build {children:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 200])
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--rounds", type=int, default=3, help="each time is the fastest of this many rounds")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"needs the corpus at {CORPUS}")
    for n in args.sizes:
        run(n, args.workers, args.rounds)


if __name__ == "__main__":
    main()
