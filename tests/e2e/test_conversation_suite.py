"""The conversation suite (tests/conversations/) against the running bot, with its marks.

Prints the report; writes the transcripts to results/conversations.md and the figures to
results/conversations.json. The build fails under any mark of issue 10.
"""

from __future__ import annotations

import pytest
from conftest import API_TOKEN
from conversation_suite import Bot, run

from bench.stack import REST_TOKEN

pytestmark = pytest.mark.e2e


def test_whole_conversations_meet_the_marks(bot):
    report = run(Bot(bot.url, API_TOKEN, REST_TOKEN))
    print(report.text())
    assert not report.failures(), "\n".join(report.failures()) + "\n\n" + report.text()
