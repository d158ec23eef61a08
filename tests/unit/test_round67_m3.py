"""Round 67, helper m3: Gareth (58), who paid a builder £6,000 up front; the builder vanished.
Evidence answers follow the crime, small claims is answered without "Yes." and with the
solicitor question, and "I know who it is, its Dean" is taken (someone known, no name kept)."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionAnswerRight
from actions.reading import corrections
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import RESPONSES, answer, said_answer, sources_above

GARETH_FIRST = (
    "I told you. builder, Dean, DJ Building Services. took 6k deposit in March, turned up twice, "
    "now phone off and his unit's empty. Is that actually fraud or is it 'just a civil matter' "
    "like everyone keeps telling me"
)
GARETH_SMALL_CLAIMS = (
    "no. well he's done other people too apparently, theres a facebook group. how does small "
    "claims work, do I need a solicitor"
)
GARETH = [GARETH_FIRST]
NEW = (
    "utter_m3r67_fraud_evidence",
    "utter_m3r67_crime_scene_evidence",
    "utter_m3r67_repair_car_first",
    "utter_m3r67_letters_evidence",
    "utter_m3r67_small_claims_solicitor",
    "utter_m3r67_small_claims_how",
    "utter_m3r67_will_police_bother_fraud",
)


@pytest.mark.parametrize(
    "text",
    [
        "what evidence do I need for report fraud then, I got his invoice and whatsapps and the "
        "bank transfer",
        "and what was all that about a note and doorbell cameras?? there wasnt any note. I asked "
        "what evidence for report fraud, I got invoice whatsapps and bank transfer.",
        "what evidence should I keep?",
        "what proof do the police need?",
    ],
)
def test_fraud_evidence_is_the_paper_trail(text):
    assert said_answer(text, "fraud", GARETH, age=58.0) == "utter_m3r67_fraud_evidence"
    said = RESPONSES["utter_m3r67_fraud_evidence"][0]["text"]
    assert "True Vision" not in said and "footage" not in said and "0300 123 2040" in said


def test_a_scam_told_in_words_gets_the_paper_trail_without_a_crime_type():
    said = ["I got scammed, paid a deposit by bank transfer"]
    assert said_answer("what evidence should I keep?", None, said) == "utter_m3r67_fraud_evidence"


def test_a_burglary_still_gets_the_crime_scene_without_true_vision():
    said = ["someone broke in last night and took my laptop"]
    got = said_answer("what evidence should I keep?", "burglary", said)
    assert got == "utter_m3r67_crime_scene_evidence"
    assert "True Vision" not in RESPONSES[got][0]["text"]


def test_hate_crime_still_gets_true_vision():
    said = ["my car was keyed and there was a racist note on the windscreen"]
    assert (
        said_answer("What about 2, the evidence?", "criminal_damage", said)
        == "utter_t4_hate_evidence"
    )
    assert answer("what evidence should I keep?", "criminal_damage", hate_motivated=True) == (
        "utter_t4_hate_evidence"
    )
    assert (
        answer(
            "Can I get the car repaired before reporting, or will the police need to see the "
            "damage?",
            "criminal_damage",
            hate_motivated=True,
        )
        == "utter_t4_repair_car_first"
    )


def test_true_vision_needs_hate():
    assert (
        answer(
            "Can I get the car repaired before reporting, or will the police need to see the "
            "damage?",
            "criminal_damage",
        )
        == "utter_m3r67_repair_car_first"
    )
    assert "True Vision" not in RESPONSES["utter_m3r67_repair_car_first"][0]["text"]
    assert "True Vision" not in RESPONSES["utter_m3r67_letters_evidence"][0]["text"]


def test_a_sexual_offence_evidence_question_is_not_taken():
    got = answer("what evidence should I keep?", "sexual_offence")
    assert got not in NEW


@pytest.mark.parametrize(
    "text",
    [
        GARETH_SMALL_CLAIMS,
        "do I need a lawyer for small claims?",
    ],
)
def test_small_claims_solicitor(text):
    assert said_answer(text, "fraud", GARETH) == "utter_m3r67_small_claims_solicitor"


def test_yes_what_do_i_need_a_solicitor_or_not():
    text = "yes what? do I need a solicitor or not. and no just the once, im not daft enough"
    got = said_answer(text, "fraud", [GARETH_FIRST, GARETH_SMALL_CLAIMS])
    assert got == "utter_m3r67_small_claims_solicitor"
    assert RESPONSES[got][0]["text"].startswith("No, you don't need a solicitor")


def test_how_does_small_claims_work_gets_no_yes():
    got = said_answer("how does small claims work?", "fraud", GARETH)
    assert got == "utter_m3r67_small_claims_how"
    assert not RESPONSES[got][0]["text"].startswith("Yes")


@pytest.mark.parametrize(
    ("said", "text"),
    [
        (
            ["my ex keeps turning up, I want a non-molestation order"],
            "do I need a solicitor?",
        ),
        (
            ["he hit me, I want a non molestation order"],
            "do I need a solicitor for the non molestation order or can I do small claims?",
        ),
    ],
)
def test_a_solicitor_for_an_order_is_not_small_claims(said, text):
    got = said_answer(text, "domestic_abuse", said)
    assert got not in ("utter_m3r67_small_claims_solicitor", "utter_m3r67_small_claims_how")


def test_police_bother_with_fraud_is_not_footage():
    text = "do the police actually do anything with report fraud or does it go in a drawer"
    assert said_answer(text, "fraud", GARETH) == "utter_m3r67_will_police_bother_fraud"
    assert "footage" not in RESPONSES["utter_m3r67_will_police_bother_fraud"][0]["text"]
    other = "do the police actually do anything or does it go in a drawer"
    assert said_answer(other, "assault", ["he punched me outside the pub"]) != (
        "utter_m3r67_will_police_bother_fraud"
    )


@pytest.mark.parametrize(
    "text",
    [
        "and what was all that about a note and doorbell cameras?? and you missed I know who it "
        "is, its Dean",
        "I havent got a video!! are you even reading this. the builder is Dean, I know who did it",
        "it was the builder",
        "the builder is Dean",
    ],
)
@pytest.mark.parametrize("known", [None, "unknown"])
def test_who_did_it_is_taken(text, known):
    answers = {"consent": True, "crime_type": "fraud", "relationship_to_offender": known}
    changes = corrections(text, answers)
    assert changes.get("relationship_to_offender") == "someone_known"
    assert "Dean" not in str(changes)


@pytest.mark.parametrize(
    "text",
    [
        "I dont know who it is",
        "not sure who did it",
        "the builder is gone, phone off",
    ],
)
def test_not_knowing_is_not_taken(text):
    answers = {"consent": True, "crime_type": "fraud", "relationship_to_offender": "unknown"}
    assert corrections(text, answers).get("relationship_to_offender") != "someone_known"


def test_a_known_offender_is_not_changed():
    answers = {"crime_type": "assault", "relationship_to_offender": "partner_or_ex"}
    assert "relationship_to_offender" not in corrections("I know who did it", answers)


def test_after_the_result_the_correction_is_taken_and_the_question_answered():
    slots = {
        "consent": True,
        "crime_type": "fraud",
        "relationship_to_offender": "unknown",
        "age": 58.0,
        "reported_to_police": False,
        "assessment_done": True,
        "results_shown": True,
        "referral_consent": False,
        "in_danger": False,
    }
    text = (
        "and what was all that about a note and doorbell cameras?? there wasnt any note. I asked "
        "what evidence for report fraud, I got invoice whatsapps and bank transfer. and you "
        "missed I know who it is, its Dean"
    )
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots, text=text, intent="ask_right", active_loop=None)
    events = ActionAnswerRight().run(dispatcher, tracker, {})
    sent = [m.get("response") or m.get("text") for m in dispatcher.messages]
    assert sent[0] == "utter_m3r67_fraud_evidence"
    assert "someone you know" in sent[1]
    assert {"event": "slot", "name": "relationship_to_offender", "value": "someone_known"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_short_and_sourced(name):
    assert all(len(v["text"]) <= 320 for v in RESPONSES[name])
    assert "SOURCES" in sources_above(name)
