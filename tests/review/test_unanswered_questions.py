"""The case page lists what the person asked that the bot said it could not answer, so the
worker who contacts them answers it first (round 99: "is this even for me, it wasnt my house",
"is it arson?" and "who can go round" got "I can't answer your question here")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from core import records
from review.conversations import Turn, unanswered_questions
from tests.support import review_server
from tests.support.review_server import Client, Server
from tests.support.tracker_rows import said, write_events

WORKER = ("wendy", "W long pass phrase 1")
SENDER = "+447700900778"


def bot(text: str, response: str) -> dict[str, Any]:
    return {"event": "bot", "text": text, "data": {}, "metadata": {"utter_action": response}}


def test_a_question_met_with_cannot_answer_is_listed_once():
    turns = [
        Turn("user", 1.0, "yes. is it arson?"),
        Turn("bot", 2.0, "Thank you. I can't answer...", response="utter_question_beside_answer"),
        Turn("bot", 3.0, "How old are you?", response="utter_ask_age"),
        Turn("user", 4.0, "35"),
        Turn("bot", 5.0, "Do you know who did it?", response="utter_ask_relationship"),
        Turn("user", 6.0, "how do i get the fire brigade report"),
        Turn("bot", 7.0, "I'm sorry, I can't answer...", response="utter_cannot_answer"),
        Turn("bot", 8.0, "Sorry, I can't answer that.", response="utter_cannot_answer"),
    ]
    assert [t.text for t in unanswered_questions(turns)] == [
        "yes. is it arson?",
        "how do i get the fire brigade report",
    ]


def test_answered_questions_and_worker_replies_are_not_listed():
    turns = [
        Turn("user", 1.0, "will he find out?"),
        Turn("bot", 2.0, "No: this chat...", response="utter_will_he_know"),
        Turn("user", 3.0, "can i talk to a person"),
        Turn("worker", 4.0, "Hello, this is Wendy", worker="wendy"),
        Turn("bot", 5.0, "I'm sorry, I can't answer...", response="utter_cannot_answer"),
    ]
    assert unanswered_questions(turns) == []


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("review-unanswered")
    write_events(
        work / "rasa.db",
        SENDER,
        [
            said("yes the police came. is it arson? they said criminal damage", "twilio"),
            bot(
                "Thank you. I can't answer your question here, sorry.",
                "utter_question_beside_answer",
            ),
            bot("How old are you?", "utter_ask_age"),
            said("35", "twilio"),
        ],
    )
    records.save_case(
        records.open_db(work / "records.db"),
        sender_id=SENDER,
        channel="twilio",
        answers={"crime_type": "criminal_damage", "borough": "brent"},
        categories=[],
        reasons=[],
        referrals=[],
        contact={"referral_consent": True, "contact_safe": True},
    )
    with review_server.running(work, work / "rasa.db", work / "records.db") as running:
        running.add_user(WORKER[0], "worker", WORKER[1])
        yield running


@pytest.fixture
def client(server: Server) -> Client:
    client = server.client()
    assert client.login(*WORKER).status_code == 302
    return client


def test_the_case_page_shows_the_question_above_the_transcript(client: Client):
    key = re.search(r'href="/case/([^"/]+)"', client.get("/queue").text)
    assert key, "the queue links to the case"
    page = client.get(f"/case/{key.group(1)}").text
    section = page[page.index("Questions the bot could not answer") : page.index("Transcript")]
    assert "is it arson? they said criminal damage" in section
    assert "35" not in section


def test_every_could_not_answer_name_is_a_domain_response_that_says_so():
    # The review app may not import the custom actions, so it names these responses itself;
    # a renamed or reworded response would leave the list silently stale.
    from pathlib import Path

    from core import yaml_files
    from review.conversations import COULD_NOT_ANSWER

    domain = Path(__file__).resolve().parents[2] / "bot" / "domain"
    responses = {
        name: variants
        for path in sorted(domain.glob("*.yml"))
        for name, variants in (yaml_files.load(path.read_text()) or {}).get("responses", {}).items()
    }
    for name in COULD_NOT_ANSWER:
        texts = " ".join(str(v.get("text")) for v in responses[name])
        assert "can't answer" in texts or "sent what I know" in texts, name
