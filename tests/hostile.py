"""A seeds folder that attacks the generator: every kind of bad file next to good ones.

Written by hand for these tests (no corpus text). `hostile_seeds(folder)` fills the
folder and returns what each file should become: built, or named in a WARNING with
a reason. Also used by bench/hostile.py to time a build holding a huge file.
"""

from __future__ import annotations

import os
from pathlib import Path

from .pdfs import encrypted_pdf, scanned_pdf, text_pdf

XSS_TITLE = '<img src=x onerror=alert(1)> Raid "near" <!-- [x](javascript:alert(2))'
GOOD_BODY = (
    "Rebels of the Northern Liberation Front attacked an army post near Kidal on Monday, "
    "killing four soldiers, a military spokesman said.\n\n"
    "The Northern Liberation Front said its fighters had seized two trucks. "
    "Residents said the clashes lasted three hours.\n"
)
FORMULA_BODY = (
    '=HYPERLINK("http://example.invalid","x") Three civilians were killed in shelling of Mopti on '
    "Tuesday, the Red Cross said.\n\n+SUM(1,2) @cmd -2+3 The army denied any role in the shelling.\n"
)
SCRIPT_BODY = (
    "<script>alert(3)</script> Fighters of the Abu<svg onload=alert(4)> Brigade ambushed a police "
    "convoy near Goma on Friday, killing six officers, the governor said.\n\n"
    "The governor said <b onmouseover=alert(5)>the attackers</b> fled into the forest. "
    "LAST-SENTENCE-MARKER the roads were closed after the attack.\n"
)
FRENCH_BODY = (
    "Les rebelles du Front de libération ont attaqué un poste de l'armée près de Kidal lundi, "
    "tuant quatre soldats, selon un porte-parole militaire. Les habitants ont dit que les combats "
    "ont duré trois heures et que les routes ont été fermées.\n"
)


# A saved web page full of what must never reach the site: scripts, styles, handlers.
SAVED_PAGE = """<!doctype html><html><head><title>Ambush near Kalehe | Lakes Courier</title>
<meta property="og:site_name" content="Lakes Courier"><meta name="author" content="Amani Kito">
<meta property="article:published_time" content="2024-05-14T08:00:00Z">
<link rel="canonical" href="https://lakes-courier.example/news/ambush-kalehe">
<style>body { background: url(javascript:alert(9)) }</style><script>alert(10)</script></head>
<body onload="alert(11)"><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ambush near Kalehe</h1>
<p>Fighters of the Mai-Mai Brigade ambushed an army convoy near Kalehe on Sunday, killing five
soldiers, a military spokesman said.<script>alert(12)</script></p>
<p onmouseover="alert(13)">The Brigade said in a statement that its fighters had seized weapons.
Residents said the road to Bukavu was closed after the attack.</p></article>
<aside>Most read: Ten tips for travel</aside><footer>Copyright Lakes Courier</footer>
<iframe src="https://ads.example/"></iframe></body></html>
"""
REPORT_PAGES = [
    [
        "Kivu Situation Report No. 4 | April 2024",
        "Shelling of a displacement camp near Sake killed seven people and wounded",
        "twelve others on Tuesday, the provincial health ministry said in a state-",
        "ment.",
        "Page 1 of 3",
    ],
    [
        "Kivu Situation Report No. 4 | April 2024",
        "More than 2,000 families fled toward Goma after the shelling, the Red",
        "Cross said.",
        "Page 2 of 3",
    ],
    [
        "Kivu Situation Report No. 4 | April 2024",
        "Aid agencies said access to Minova remained cut.",
        "Page 3 of 3",
    ],
]


def _sentences(chars: int) -> str:
    """Invented English sentences, one paragraph of about `chars` characters."""
    line = "Government troops shelled rebel positions near Bunia on Monday, killing {} fighters, an officer said. "
    out, k = [], 0
    while sum(map(len, out)) < chars:
        out.append(line.format(2 + k % 40))
        k += 1
    return "".join(out)


def hostile_seeds(folder: Path, huge_chars: int = 3_000_000) -> dict[str, str]:
    """Write the hostile folder; return file name -> expected reason ("" = built)."""
    folder.mkdir(parents=True, exist_ok=True)
    w = lambda name, text, enc="utf-8": (folder / name).write_bytes(text.encode(enc))  # noqa: E731
    w("good.md", f"---\ntitle: A raid near Kidal\npublisher: Test Wire\npublished: 2024-03-04\n---\n{GOOD_BODY}")
    w("xss_title.md", f"---\ntitle: '{XSS_TITLE.replace(chr(39), chr(39) * 2)}'\n---\n{SCRIPT_BODY}")
    w("xss_first_line.txt", "<img src=y onerror=alert(6)> " + SCRIPT_BODY.replace("Goma", "Beni"))
    w("formula.txt", FORMULA_BODY)
    w("utf16.txt", GOOD_BODY.replace("Kidal", "Gao"), "utf-16")
    legacy = GOOD_BODY.replace("Kidal", "Tessalit").replace("said.", "said \u201cit\u2019s over\u201d.")
    w("legacy.txt", legacy, "cp1252")
    w("bad_date.md", "---\npublished: 2018-13-45\n---\n" + GOOD_BODY.replace("Kidal", "Menaka"))
    w("broken_yaml.md", "---\ntitle: [unclosed\npublisher: X\n---\n" + GOOD_BODY)
    w("good_copy.md", f"---\ntitle: A raid near Kidal\npublisher: Test Wire\npublished: 2024-03-04\n---\n{GOOD_BODY}")
    w("empty.txt", "   \n\n")
    w("french.txt", FRENCH_BODY)
    w(".hidden.txt", GOOD_BODY)
    w("_draft.txt", GOOD_BODY)
    w("README.md", "How this folder is organised.\n")
    w("notes.docx", "not an article")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (folder / "huge.txt").write_text(_sentences(huge_chars), encoding="utf-8")
    os.symlink("/etc/passwd", folder / "passwd.txt")
    w("saved_page.html", SAVED_PAGE)
    (folder / "report.pdf").write_bytes(text_pdf(REPORT_PAGES, title="Kivu situation report", created="D:20240402"))
    (folder / "scan.pdf").write_bytes(scanned_pdf())
    (folder / "locked.pdf").write_bytes(encrypted_pdf(text_pdf(REPORT_PAGES)))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    return {
        "saved_page.html": "",
        "report.pdf": "",
        "scan.pdf": "without a text layer",
        "locked.pdf": "encrypted",
        "broken.pdf": "not a readable PDF",
        "good.md": "",
        "xss_title.md": "",
        "xss_first_line.txt": "",
        "formula.txt": "",
        "utf16.txt": "",
        "legacy.txt": "",
        "bad_date.md": "not a date",
        "broken_yaml.md": "line 3, column 10",
        "good_copy.md": "the same text as good.md",
        "empty.txt": "no text",
        "french.txt": "French",
        ".hidden.txt": "hidden",
        "_draft.txt": "draft",
        "README.md": "read-me",
        "notes.docx": "not an article",
        "binary.txt": "binary",
        "huge.txt": "limit",
        "passwd.txt": "outside",
    }
