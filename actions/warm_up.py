"""Everything the first message would wait for, done before the action server listens.

The readers load their data files and build their patterns on first use. After a restart on a
busy machine that took longer than Rasa waits for an action (``core.settings.action_timeout``),
and the first person to write got the "part of this service is not working" reply instead of
the next question (CI, stop 43).
"""

from __future__ import annotations

from actions import answer_facts, topics
from actions.questions import domain_responses
from core import code_rules, vocabulary


def warm_up() -> None:
    code_rules.load_code()
    vocabulary.compile_patterns()
    answer_facts.facts()
    topics.topics()
    domain_responses()
