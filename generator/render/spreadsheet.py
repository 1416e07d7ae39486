"""Casualty figures as CSV, with ACLED-like columns, for spreadsheets.

Spreadsheets run a cell that begins with "=", "+", "-" or "@" as a formula:
every text cell taken from an article is made inert before it is written.
"""

from __future__ import annotations

import csv
import io

from ..model import Briefing

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe
    (the OWASP advice on CSV injection); numbers and booleans pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_row(w, row: list[object]) -> None:
    w.writerow([inert_cell(v) for v in row])


def casualties_csv(b: Briefing) -> str:
    """Casualty figures with ACLED-like columns, for spreadsheets."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "id",
            "event_date",
            "outcome",
            "victims",
            "fatalities",
            "low",
            "high",
            "vague",
            "qualifier",
            "part_of",
            "reported_by",
            "location",
            "cumulative",
            "article",
            "sentence",
            "notes",
        ]
    )
    dates = {a.id: a.published.isoformat() if a.published else "" for a in b.articles}
    names = {a.id: a.name for a in b.actors}
    for c in b.casualties:
        ref = c.evidence[0]
        write_row(
            w,
            [
                c.id,
                dates.get(ref.article_id, ""),
                c.outcome,
                c.victims,
                c.count if c.count is not None else "",
                c.low or "",
                c.high or "",
                c.vague,
                c.qualifier or "",
                c.part_of or "",
                names.get(c.reported_by or "", ""),
                c.place or "",
                c.cumulative,
                ref.article_id,
                ref.index + 1,
                c.text,
            ],
        )
    return buf.getvalue()
