"""Normalise date expressions against a publication date.

Pure functions over strings and datetime.date: "27 November", "December 2",
"yesterday", "last week", "on Tuesday", "today (tues)", "2011". No date is
ever invented: without an anchor a relative expression stays undated.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_MONTH = r"(?P<month>{})\.?".format("|".join(sorted(MONTHS, key=len, reverse=True)))
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+(?P<year>\d{4})\b", re.I)
_MONTH_ONLY = re.compile(r"(?:(?:since|in|until|by|from|early|late|mid|last)[ -])?" + _MONTH, re.I)
_YEAR = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(?P<wd>{})\b".format("|".join(sorted(WEEKDAYS, key=len, reverse=True))), re.I)
_TODAY_HINT = re.compile(r"\btoday\s*\(\s*(?P<wd>[a-z]+)\.?\s*\)|\btoday,?\s+(?P<wd2>[A-Z][a-z]+day)\b", re.I)


@dataclass(frozen=True)
class NormalDate:
    """A normalised date and how precise it is."""

    iso: str
    precision: str  # day | week | month | year


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: date) -> int:
    """A day-month without a year is the one nearest before (or just after) the anchor."""
    candidate = _safe(anchor.year, month, day)
    if candidate and candidate > anchor + timedelta(days=31):
        return anchor.year - 1
    return anchor.year


def absolute(text: str, anchor: date | None) -> NormalDate | None:
    """Dates written out: "27 November", "December 2, 2024", "July 2016", "2011"."""
    for rx in (_DAY_MONTH, _MONTH_DAY):
        m = rx.search(text)
        if m:
            month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else (_year_for(month, day, anchor) if anchor else None)
            if year is None:
                return None
            d = _safe(year, month, day)
            return NormalDate(d.isoformat(), "day") if d else None
    m = _MONTH_YEAR.search(text)
    if m:
        return NormalDate(f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}", "month")
    m = _MONTH_ONLY.fullmatch(text.strip())
    if m and anchor:  # "since April": the last April up to publication
        month = MONTHS[m.group("month").lower()]
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return NormalDate(f"{year:04d}-{month:02d}", "month")
    m = _YEAR.search(text)
    if m and not re.search(r"\d\s*-\s*year|years?\b", text.lower()):
        return NormalDate(m.group("year"), "year")
    return None


def relative(text: str, anchor: date | None, future: bool = False) -> NormalDate | None:
    """Dates relative to publication: "yesterday", "last week", "on Tuesday"."""
    if anchor is None:
        return None
    t = text.lower()
    fixed = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
    }
    for phrase, days in sorted(fixed.items(), key=lambda x: -len(x[0])):
        if re.search(rf"\b{phrase}\b", t):
            return NormalDate((anchor + timedelta(days=days)).isoformat(), "day")
    m = re.search(r"\b(\w+) (days?|weeks?) ago\b", t)
    if m:
        n = _small_number(m.group(1))
        if n is not None:
            days = n * (7 if m.group(2).startswith("week") else 1)
            return NormalDate((anchor - timedelta(days=days)).isoformat(), "day" if days < 7 else "week")
    if "last week" in t:
        return NormalDate((anchor - timedelta(days=anchor.weekday() + 7)).isoformat(), "week")
    if "this week" in t:
        return NormalDate((anchor - timedelta(days=anchor.weekday())).isoformat(), "week")
    if "last month" in t:
        first = anchor.replace(day=1) - timedelta(days=1)
        return NormalDate(f"{first.year:04d}-{first.month:02d}", "month")
    if "last year" in t:
        return NormalDate(str(anchor.year - 1), "year")
    if "this year" in t:
        return NormalDate(str(anchor.year), "year")
    m = _WEEKDAY.search(t)
    if m and not re.search(r"\b(every|each)\b", t):
        return NormalDate(weekday_near(WEEKDAYS[m.group("wd").lower()], anchor, future).isoformat(), "day")
    return None


def _small_number(word: str) -> int | None:
    words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": None}
    if word.isdigit():
        return int(word)
    return words.get(word)


def weekday_near(weekday: int, anchor: date, future: bool = False) -> date:
    """The named weekday closest to publication: the past one unless the text looks ahead."""
    delta = (anchor.weekday() - weekday) % 7
    if future and delta:
        return anchor + timedelta(days=7 - delta)
    return anchor - timedelta(days=delta)


def normalise(text: str, anchor: date | None, future: bool = False) -> NormalDate | None:
    """Absolute forms first, then relative ones."""
    return absolute(text, anchor) or relative(text, anchor, future)


def infer_publication(body: list[str], captions: list[str]) -> tuple[date | None, str | None]:
    """A publication date the text makes certain enough, with how it was found.

    Needs a weekday for "today" ("today (tues)") and a dated photo caption:
    the article appeared on that weekday, on the caption's day or the next.
    The year is the first, not before the latest year the text names, in
    which that works out. Without both clues the date stays unknown.
    """
    text = " ".join(body + captions)
    hint = _TODAY_HINT.search(text)
    if not hint:
        return None, None
    wd_word = (hint.group("wd") or hint.group("wd2") or "").lower()
    if wd_word not in WEEKDAYS:
        return None, None
    weekday = WEEKDAYS[wd_word]
    anchors = []
    for cap in captions:
        for rx in (_DAY_MONTH, _MONTH_DAY):
            for m in rx.finditer(cap):
                anchors.append((MONTHS[m.group("month").lower()], int(m.group("day"))))
    years = [int(y) for y in _YEAR.findall(text)]
    if not anchors or not years:
        return None, None
    month, day = max(anchors)
    for year in range(max(years), max(years) + 12):
        for offset in (0, 1):
            d = _safe(year, month, day)
            if d and (d + timedelta(days=offset)).weekday() == weekday:
                pub = d + timedelta(days=offset)
                note = (
                    f"inferred: 'today' is a {calendar.day_name[weekday]}, photo captions are dated "
                    f"{calendar.month_name[month]} {day}, and the latest year the text names is {max(years)}"
                )
                return pub, note
    return None, None
