"""The re module's cache holds every pattern the actions write inline, so a message compiles
none of them again (actions/__init__.py)."""

import re
from pathlib import Path

import actions

ACTIONS = Path(actions.__file__).parent
INLINE = re.compile(r"\bre\.(?:search|match|fullmatch|sub|subn|split|findall|finditer)\(")


def test_the_cache_is_larger_than_the_inline_patterns() -> None:
    written = sum(len(INLINE.findall(path.read_text())) for path in ACTIONS.glob("*.py"))
    assert written > 512  # why the cache was raised
    assert re._MAXCACHE >= 4 * written  # type: ignore[attr-defined]


def test_a_message_read_twice_compiles_no_pattern_again(monkeypatch) -> None:
    import sre_compile

    from actions.questions import known_answer

    message = "will I get the money back?? thats my pension"
    known_answer(message, "burglary", answers={"said": ["my house was burgled"]})
    compiled = []
    real = sre_compile.compile
    monkeypatch.setattr(sre_compile, "compile", lambda *args: compiled.append(args) or real(*args))
    known_answer(message, "burglary", answers={"said": ["my house was burgled"]})
    assert compiled == []
