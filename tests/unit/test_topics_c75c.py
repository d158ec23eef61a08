"""Round 75, helper c75c: help for young children who saw a crime (Aisha), for a partner who saw
it (Danny), the police or adult social care and cash handed over (Ruth), the bank refund and a
two-part question (Frank), an insurer refusing cover (Mehmet) and getting to work without a
van's hand controls (Kwame); with other people's messages that must keep their readings."""

from __future__ import annotations

from typing import Any

import pytest

from actions import topics
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionOutsideQuestions, ActionShowDetails
from actions.questions import question_parts
from core.text import SMS_LIMIT
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    ALL_RESPONSES,
    ORGANISATIONS,
    PHONE,
    answer_in_conversation,
    said_answer,
    sendable,
)

NEW = [
    "utter_c75c_police_or_safeguarding",
    "utter_c75c_cash_money_back",
    "utter_c75c_insurer_refuses",
    "utter_c75c_getting_to_work",
]


def answered(text: str, facts: dict[str, Any]) -> str | None:
    say = topics.topic_answer(text, facts)
    return say.response if say else None


def told(facts: dict[str, Any], *words: str) -> dict[str, Any]:
    """The facts with the conversation's earlier words (actions/answer_facts.py)."""
    return {**facts, "said": list(words)}


def with_earlier(tracker: Any, said: list[str]) -> Any:
    """The tracker with the person's earlier messages before this one."""
    tracker.events[:0] = [
        {"event": "user", "text": text, "parse_data": {"text": text, "intent": {}, "entities": []}}
        for text in said
    ]
    return tracker


@pytest.mark.parametrize("name", [*NEW, "utter_n6_support_for_child_who_saw"])
def test_each_answer_is_one_sms_with_directory_numbers(name: str) -> None:
    numbers = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}
    for variant in ALL_RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT
        assert set(PHONE.findall(variant["text"])) <= numbers


# -- 1. Aisha: help for young children who saw it -----------------------------------------------

AISHA = {"age": 34.0, "relationship_to_offender": "stranger", "reported_to_police": True}
AISHA_SAID = [
    "Hello, I was attacked on the bus two days ago. A man pulled my headscarf and shouted at me "
    "in front of my children. I reported it to the police and have a crime number.",
    "Yes, that's OK",
    "No, I'm safe now",
    "34",
    "A stranger. I had never seen him before.",
    "No, the first time. But I am scared to take the bus now.",
]
AISHA_ASKS = [
    "No, I don't. But my younger son, he is 6, he has nightmares since it happened. Can my "
    "children get help too?",
    "They are 6 and 9, they can't call anyone themselves. Is there something for children? And "
    "yes, I would be scared to go to court if he is there.",
    "Thank you. But what about my children, you have not said anything for children. And what "
    "will the police do now?",
    "You keep not answering about my children. My son is 6 and he wakes up screaming. Who can "
    "help him?",
    "Yes please. Can they help my children too?",
]


@pytest.mark.parametrize("asked", range(len(AISHA_ASKS)))
def test_aisha_is_told_of_help_for_her_young_children(asked: int) -> None:
    earlier = [*AISHA_SAID, *AISHA_ASKS[:asked]]
    assert said_answer(AISHA_ASKS[asked], "assault", earlier, **AISHA) == (
        "utter_n6_support_for_child_who_saw"
    )


def test_the_childrens_answer_fits_young_children() -> None:
    (text,) = sendable("utter_n6_support_for_child_who_saw")
    assert "you can ask for it for them" in text
    assert "GP" in text and "school" in text and "0808 800 5000" in text
    # Childline is for children who can call for themselves: last, for older children.
    assert text.index("Childline") > text.index("NSPCC")
    assert "Older children" in text


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # The child was hurt: the child-victim answer (Fatima, round 31).
        ("is there help for my son too?", ["a boy punched my son at the park, he was crying"]),
        # An adult asked about, no child told.
        ("my brother is in a state. who can help him?", ["a man punched me on the bus"]),
        ("can my children get help too?", ["a man punched me on the bus"]),
    ],
)
def test_no_childrens_answer_without_a_child_who_saw_it(text: str, earlier: list[str]) -> None:
    got = said_answer(text, "assault", earlier, age=40.0)
    assert got != "utter_n6_support_for_child_who_saw"


def test_at_the_referral_question_a_question_is_not_taken_for_why(dispatcher, domain) -> None:
    # The classifier heard WHY in "you have not said anything for children": once the result
    # is shown, a question is answered as one, not with the reasons of the result.
    slots = {"consent": True, "in_danger": False, "crime_type": "assault", **AISHA}
    tracker = make_tracker(
        slots={**slots, "results_shown": True},
        text=AISHA_ASKS[2],
        intent="show_reasons",
        requested_slot="referral_consent",
        turn={},
    )
    ActionShowDetails().run(dispatcher, with_earlier(tracker, AISHA_SAID), domain)
    # j91e (round 91): "And what will the police do now?" is answered after it (Right 6).
    assert responses(dispatcher) == [
        "utter_n6_support_for_child_who_saw",
        "utter_g76e_police_keep_you_updated",
    ]


def test_why_at_the_referral_question_still_gives_the_reasons(dispatcher, domain) -> None:
    slots = {"consent": True, "in_danger": False, "crime_type": "assault", **AISHA}
    tracker = make_tracker(
        slots={**slots, "hate_motivated": True, "results_shown": True},
        text="why",
        intent="show_reasons",
        requested_slot="referral_consent",
        turn={},
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert any("Why:" in (message.get("text") or "") for message in dispatcher.messages)


# -- 2. Danny: can his girlfriend get help ---------------------------------------------------------

DANNY = {"age": 27.0, "relationship_to_offender": "stranger", "reported_to_police": True}
DANNY_SAID = [
    "some random c*nt punched me outside the pub friday broke my nose",
    "yeah the old bill came to a&e took a statement, my girlfriend gave one too she was there.",
]
DANNY_FIRST = (
    "adhd if that counts. oh and my girlfriend is proper shook up too can she get help or is it "
    "just me"
)
DANNY_SECOND = (
    "yeah go on then. but what about my girlfriend she seen it all she was crying all weekend "
    "can she get help"
)


@pytest.mark.parametrize("text", [DANNY_FIRST, DANNY_SECOND])
def test_danny_is_told_his_girlfriend_can_get_help(text: str) -> None:
    assert said_answer(text, "assault", DANNY_SAID, **DANNY) == (
        "utter_g2_others_affected_can_contact"
    )


def test_what_about_my_girlfriend_once_asked_is_the_same_question() -> None:
    text = (
        "wait what about my girlfriend tho. nobody answered me. and is it even worth it going "
        "through all this if they dont catch him"
    )
    assert said_answer(text, "assault", [*DANNY_SAID, DANNY_FIRST], **DANNY) == (
        "utter_g2_others_affected_can_contact"
    )
    # Not asked before: "what about my girlfriend" alone is not this question.
    assert said_answer("what about my girlfriend", "assault", DANNY_SAID, **DANNY) != (
        "utter_g2_others_affected_can_contact"
    )


async def test_the_yes_beside_it_is_still_the_yes(dispatcher, domain) -> None:
    slots = {
        "consent": True,
        "in_danger": False,
        "crime_type": "assault",
        **DANNY,
        "impairment": True,
        "fear_of_giving_evidence": False,
        "needs": ["compensation", "emotional"],
        "language": "English",
        "borough": "hackney",
        "results_shown": True,
    }
    tracker = make_tracker(
        slots=slots, text=DANNY_SECOND, requested_slot="referral_consent", turn={}
    )
    events = await ValidateNeedsAssessmentForm().run(
        dispatcher, with_earlier(tracker, DANNY_SAID), domain
    )
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("referral_consent") is True
    assert "utter_g2_others_affected_can_contact" in responses(dispatcher)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Her partner did it: not "he can get support in his own right".
        (
            "my boyfriend is in bits too, can he get help",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
        ),
        # Someone writing for another: the one they name may be the one it happened to.
        (
            "my mum is so upset, can she get help?",
            {"crime_type": "theft", "for_someone_else": True},
        ),
        ("my girlfriend says she can help me fill it in", {"crime_type": "assault"}),
    ],
)
def test_others_get_other_answers(text: str, facts: dict[str, Any]) -> None:
    got = said_answer(text, facts.pop("crime_type"), ["hi"], **facts)
    assert got != "utter_g2_others_affected_can_contact"


# -- 3 and 4. Ruth: the police or social services, and the cash back ------------------------------

RUTH = {
    "for_someone_else": True,
    "impairment": True,
    "reported_to_police": False,
    "age": 48.0,
    "relationship_to_offender": "someone_known",
}
RUTH_SAID = [
    "Hello, I'm writing on behalf of my sister Gill, she has a learning disability and I think "
    "someone has been taking her money",
    "No, not yet. That's partly why I'm here, I don't know if I should go to the police or "
    "social services? She's been taking Gill to the cashpoint for months and taking her benefits",
    "Someone they know - a woman she met at her day centre, calls herself her friend",
]


@pytest.mark.parametrize(
    "text",
    [
        "No, not yet. That's partly why I'm here, I don't know if I should go to the police or "
        "social services? She's been taking Gill to the cashpoint for months and taking her "
        "benefits",
        "Before I say yes - should we be going to the police or to Wandsworth social services "
        "about this? Nobody has told me",
    ],
)
def test_ruth_is_told_the_police_and_adult_social_care(text: str) -> None:
    facts = told({"crime_type": "theft", **RUTH}, *RUTH_SAID[:1])
    assert answered(text, facts) == "utter_c75c_police_or_safeguarding"


def test_should_i_report_it_for_an_adult_with_care_needs() -> None:
    text = (
        "It's not about stopping cards, she handed over the cash herself. Anyway. Should I "
        "report it to the police then? yes or no?"
    )
    assert said_answer(text, "theft", RUTH_SAID, **RUTH) == "utter_c75c_police_or_safeguarding"
    for variant in sendable("utter_c75c_police_or_safeguarding", for_someone_else=True):
        assert "Care Act 2014" in variant and "they decide" in variant


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # For themselves, or for an adult without care needs: "That's your choice" stands.
        ("should i report it to the police?", {"age": 30.0}),
        ("should I report it to the police?", {"for_someone_else": True, "age": 30.0}),
    ],
)
def test_should_i_report_keeps_its_answer(text: str, facts: dict[str, Any]) -> None:
    assert said_answer(text, "theft", ["someone stole my bike"], **facts) == (
        "utter_telling_the_police"
    )


@pytest.mark.parametrize(
    "text",
    [
        "should i call the police or social services about the kids next door",
        "should i call the police or the council about the noise",
        "the social worker said the police would ring me",
    ],
)
def test_not_the_police_or_adult_social_care(text: str) -> None:
    assert answered(text, {"crime_type": "theft", "age": 40.0}) != (
        "utter_c75c_police_or_safeguarding"
    )


def test_ruth_cash_handed_over_is_not_the_card_answer() -> None:
    text = "Thank you. Last thing, can the bank or anyone get Gill's money back? It's about £3000"
    assert said_answer(text, "theft", RUTH_SAID, **RUTH) == "utter_c75c_cash_money_back"
    (text_for_them,) = sendable("utter_c75c_cash_money_back", for_someone_else=True)
    assert "convicted" in text_for_them and "bank" in text_for_them
    assert "stop your cards" not in text_for_them


@pytest.mark.parametrize(
    ("text", "crime", "earlier"),
    [
        # A card taken and used: the unauthorised-payment answer.
        ("can the bank get my money back?", "theft", ["they nicked my purse and used my card"]),
        # No cash told: what to do about the card.
        ("can the bank get my money back?", "theft", ["someone stole my bag with my cards"]),
        # Robbed of cash in the street: not "cash you handed over".
        ("can the bank give my money back?", "robbery", ["two lads took my cash at the atm"]),
    ],
)
def test_the_cash_answer_only_for_cash_handed_over(
    text: str, crime: str, earlier: list[str]
) -> None:
    assert said_answer(text, crime, earlier, age=40.0) != "utter_c75c_cash_money_back"


# -- 5. Frank: the bank refund, and a question in two parts -------------------------------------

FRANK = {"for_someone_else": True, "age": 79.0, "reported_to_police": False}
FRANK_SAID = [
    "Good afternoon. I have been the victim of a fraud.",
    "It was a man on the telephone. He said he was from my bank, from the fraud department.",
    "Compensation I suppose. Will I get my money back? It was eight thousand pounds, it was my "
    "savings.",
]


def test_frank_is_told_of_the_bank_refund() -> None:
    text = (
        "English. But the bank said they might give it back, is that right? He cannot really use "
        "the telephone, my son says"
    )
    assert said_answer(text, "fraud", FRANK_SAID, **FRANK) == "utter_bank_scam"


def test_two_questions_in_one_sentence_get_two_answers() -> None:
    text = (
        "Thank you. Dad wants to ask one more thing. Does he need to report it to the police as "
        "well as the bank, and is the bank supposed to pay him back? He is worried sick."
    )
    got = answer_in_conversation(text, "fraud", FRANK_SAID, **FRANK)
    assert got is not None and got.response == "utter_their_choice_to_report"
    assert [then.response for then in got.then] == ["utter_bank_scam"]
    # No bare "No." that reads as no to the refund; fraud goes to Report Fraud.
    for variant in ALL_RESPONSES["utter_their_choice_to_report"]:
        assert not variant["text"].startswith("No")
    (fraud,) = sendable("utter_their_choice_to_report", crime_type="fraud")
    assert "Report Fraud" in fraud


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Does he need to report it to the police as well as the bank, and is the bank "
            "supposed to pay him back?",
            2,
        ),
        ("I told the bank, and they said no. What now?", 1),
        ("can i report it online, and how long does it take?", 2),
        ("is it a crime?", 1),
    ],
)
def test_question_parts(text: str, parts: int) -> None:
    assert len(question_parts(text)) == parts


# -- 6. Mehmet: the insurer will not cover him again -----------------------------------------------

MEHMET = {"age": 58.0, "reported_to_police": True, "relationship_to_offender": "unknown"}
MEHMET_SAID = [
    "hello. my shop window is broken again, third time this year. who can help me",
    "no I am safe. but is not theft, nobody steal. they break the glass and write go home on my "
    "shutter. this is the third time",
]


@pytest.mark.parametrize(
    "text",
    [
        "practical help. the window cost me £900 every time. who pay this? insurance now dont "
        "want to cover me",
        "english ok. turkish or kurdish better for my wife maybe. and the insurance, they say "
        "after 3 times no more, what I do?",
    ],
)
def test_mehmet_is_answered_about_an_insurer_refusing(text: str) -> None:
    facts = {"crime_type": "criminal_damage", **MEHMET}
    assert said_answer(text, "criminal_damage", MEHMET_SAID, **MEHMET) is None
    assert answered(text, told(facts, *MEHMET_SAID)) == "utter_c75c_insurer_refuses"


async def test_mehmet_at_the_needs_question(dispatcher, domain) -> None:
    slots = {
        "consent": True,
        "in_danger": False,
        "crime_type": "criminal_damage",
        **MEHMET,
        "repeat_victimisation": True,
        "hate_motivated": True,
        "impairment": False,
        "fear_of_giving_evidence": True,
    }
    tracker = make_tracker(
        slots=slots,
        text="english ok. turkish or kurdish better for my wife maybe. and the insurance, they "
        "say after 3 times no more, what I do?",
        requested_slot="language",
        turn={},
    )
    await ValidateNeedsAssessmentForm().run(dispatcher, with_earlier(tracker, MEHMET_SAID), domain)
    assert "utter_c75c_insurer_refuses" in responses(dispatcher)
    assert "utter_insurance_crime_number" not in responses(dispatcher)


@pytest.mark.parametrize(
    "text",
    [
        "will my insurance cover the window?",
        "do i need a crime number for the insurance?",
        "what do i tell my insurance company?",
    ],
)
def test_other_insurance_questions_keep_their_answer(text: str) -> None:
    got = said_answer(text, "criminal_damage", MEHMET_SAID, **MEHMET)
    assert got == "utter_insurance_crime_number"


# -- 7. Kwame: getting to work without his van's hand controls -------------------------------------

KWAME = {"age": 45.0, "reported_to_police": True, "impairment": True, "crime_type": "theft"}
KWAME_SAID = [
    "hi someone broke into my van last night",
    "no idea, was overnight. they only took the hand controls and my ramp remote, left the "
    "radio. i use a wheelchair so without them i cant drive to work",
]
KWAME_ASKS = "ok. one more thing, how am i meant to get to work meantime. anything for that"


def test_kwame_is_told_of_access_to_work() -> None:
    assert answered(KWAME_ASKS, told(KWAME, *KWAME_SAID)) == "utter_c75c_getting_to_work"


def test_after_the_result_kwame_gets_the_answer(dispatcher, domain) -> None:
    slots = {"consent": True, "in_danger": False, **KWAME, "assessment_done": True}
    tracker = make_tracker(slots=slots, text=KWAME_ASKS, intent="inform", active_loop=None)
    ActionOutsideQuestions().run(dispatcher, with_earlier(tracker, KWAME_SAID), domain)
    assert responses(dispatcher) == ["utter_c75c_getting_to_work"]


def test_getting_to_work_needs_a_disability_told() -> None:
    facts = told({"crime_type": "theft", "age": 30.0, "impairment": False}, "my car got nicked")
    assert answered("how am i meant to get to work now?", facts) is None
