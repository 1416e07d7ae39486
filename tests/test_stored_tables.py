"""Tables a build makes the same every time (the world's towns, their folded names) are kept
in the user's cache folder and read back by later processes (generator/lexicon/towns.py)."""

from __future__ import annotations

from generator.lexicon.towns import stored


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build, calls = _counting(frozenset({"goma", "bukavu"}))
    assert stored("places-test-1", build) == frozenset({"goma", "bukavu"})
    assert stored("places-test-1", build) == frozenset({"goma", "bukavu"})
    assert len(calls) == 1
    assert (tmp_path / "briefing" / "places-test-1.pickle").is_file()


def test_another_name_is_another_table(tmp_path, monkeypatch):
    """The name says what the table was made from (versions, a hash of the code): newer code
    never reads what older code stored."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    stored("places-v1", lambda: frozenset({"old"}))
    assert stored("places-v2", lambda: frozenset({"new"})) == frozenset({"new"})


def test_a_damaged_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "places-test.pickle").write_bytes(b"not a pickle")
    build, calls = _counting({"kherson": 1})
    assert stored("places-test", build) == {"kherson": 1}
    assert stored("places-test", build) == {"kherson": 1}
    assert len(calls) == 1


def test_a_cache_folder_that_cannot_be_written_still_gives_the_table(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    build, calls = _counting(("timbuktu",))
    assert stored("towns-test", build) == ("timbuktu",)
    assert stored("towns-test", build) == ("timbuktu",)
    assert len(calls) == 2
