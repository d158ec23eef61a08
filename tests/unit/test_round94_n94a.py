"""Round 94, helper n94a: Hazel (68, Greenwich), her grandson (24) who lives with her shouts at
her, took her bank card and pushed her over, hurting her wrist (round 93, r93a-hazel)."""

from __future__ import annotations

from actions.practical_answers import asks_about_wage_deductions
from actions.reading import Turn, read_turn
from core.text import SMS_LIMIT
from referrals.matching import default_directory
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    ORGANISATIONS,
    PHONE,
    answer_in_conversation,
    sendable,
    sources_above,
)

NUMBERS = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}

FIRST = (
    "Hello, I hope this is the right place. I am not sure how to start. My grandson who lives "
    "with me has been shouting at me a lot and last week he pushed me over in the kitchen and I "
    "hurt my wrist. He also took my bank card. I don't want to get him into trouble, I just don't "
    "know what to do."
)
SAID = [
    FIRST,
    "Yes that is alright dear. Will my grandson be able to see any of this? He sometimes uses my "
    "phone.",
    "I am safe at the moment, he is out at work until six. But he comes back tonight.",
    "No I haven't told the police. If I did would they arrest him? He is only 24 and he has had "
    "a hard time since his mum passed, I don't want him locked up. I just want him to stop and "
    "give me my card back.",
    "I'm 68.",
    "Yes, the shouting has been going on for months, and he has taken money from my purse "
    "before. The pushing was the first time he has hurt me. My wrist is still swollen, should I "
    "have it looked at?",
    "No, nothing like that. Although sometimes he says I'm a useless old woman. I will try to "
    "get to the hospital tomorrow, my neighbour Pat might drive me.",
    "I have arthritis in my hands and knees, and my eyes aren't what they were. Nothing else.",
]
NEEDS = (
    "Feeling safe I suppose, and getting my bank card sorted out, he has been taking money out "
    "and I can't pay the gas bill. And maybe someone to talk to."
)
RETIRED = (
    "I'm sorry, I don't understand, I'm retired, I don't have an employer. It is my grandson who "
    "took my bank card and has been taking money out of my account. What should I do about that? "
    "English is fine."
)
GREENWICH = (
    "Greenwich. Is there someone local I could talk to? I don't like the telephone much, my "
    "hearing isn't good."
)
HAZEL = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "age": 68.0,
    "in_danger": False,
    "reported_to_police": False,
    "repeat_victimisation": True,
}


def _at(text: str, requested: str, said: list[str], **extra: object) -> list[str | None]:
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={**HAZEL, "said": said, **extra},
            asked={requested: 1},
            organisations=default_directory(),
        )
    )
    return [say.response for say in reading.say]


# 1. Her grandson taking her money is her bank and financial abuse, not her wages.


def test_grandson_taking_money_at_the_needs_question_gets_the_bank_not_wages():
    got = _at(NEEDS, "needs", SAID)
    assert "utter_n80e_wage_deductions" not in got
    assert got[:1] == ["utter_n94a_family_took_money"]
    (text,) = sendable("utter_n94a_family_took_money")
    assert "159" in text and "financial abuse" in text and "0808 808 8141" in text


def test_retired_correction_gets_the_bank_answer_with_a_sorry():
    got = _at(RETIRED, "language", [*SAID, NEEDS], needs=["safety", "emotional"])
    assert got[:1] == ["utter_n94a_family_took_money_sorry"]
    (text,) = sendable("utter_n94a_family_took_money_sorry")
    assert text.startswith("Sorry")


def test_the_new_answers_are_one_sms_with_sources():
    for name in ("utter_n94a_family_took_money", "utter_n94a_family_took_money_sorry"):
        for variant in ALL_RESPONSES[name]:
            assert len(variant["text"]) <= SMS_LIMIT
            assert set(PHONE.findall(variant["text"])) <= NUMBERS
        assert "SOURCES:" in sources_above(name, DOMAIN / "responses_topics.yml")
        assert len(sendable(name, cannot_phone=True)) == 1
        assert "18001" in sendable(name, cannot_phone=True)[0]


def test_paying_a_bill_is_not_wages_but_wages_still_are():
    assert not asks_about_wage_deductions(
        "he has been taking money out and I can't pay the gas bill"
    )
    assert asks_about_wage_deductions("my boss is taking money from my pay for the parcels")
    assert asks_about_wage_deductions("they want £340 out my wages")


def test_the_bank_paying_back_and_a_younger_person_keep_their_answers():
    frank = answer_in_conversation(
        "does the bank have to pay me back if it was family that took it",
        "domestic_abuse",
        [],
        relationship_to_offender="family_member",
        age=79.0,
    )
    assert frank is not None and frank.response == "utter_y3_money_back_family"
    young = answer_in_conversation(
        "he took my bank card, what should i do about that?",
        "domestic_abuse",
        [],
        relationship_to_offender="family_member",
        age=30.0,
    )
    assert young is None or not (young.response or "").startswith("utter_n94a")


# 2. Someone local to talk to, asked by someone who can't hear well on the phone: not a number.


def test_someone_local_without_the_phone_gets_chat_texts_and_relay_and_is_noted():
    reading = read_turn(
        Turn(
            text=GREENWICH,
            intent="inform",
            requested="borough",
            answers={
                **HAZEL,
                "said": [*SAID, NEEDS, RETIRED],
                "needs": ["safety", "emotional"],
                "language": "english",
            },
            asked={"borough": 1},
            organisations=default_directory(),
        )
    )
    assert [say.response for say in reading.say][:1] == ["utter_n94a_talk_without_phoning"]
    assert reading.slots.get("borough") == "greenwich"
    assert reading.slots.get("cannot_phone") is True
    (text,) = sendable("utter_n94a_talk_without_phoning")
    assert "londonvws.org.uk" in text and "18001" in text and "text or email" in text
    assert not PHONE.findall(text)
    assert len(text) <= SMS_LIMIT
    assert "SOURCES:" in sources_above(
        "utter_n94a_talk_without_phoning", DOMAIN / "responses_topics.yml"
    )


def test_someone_local_asked_alone_keeps_the_local_answer():
    got = answer_in_conversation(
        "is there anything local in havering?",
        "assault",
        [],
        borough="havering",
    )
    assert got is None or got.response != "utter_n94a_talk_without_phoning"


# 3. "perhaps they shouldn't say what it is about", at the safe-contact question: kept, and said
# back in the confirmation.

SAFE = (
    "Yes it is safe in the daytime, before six. He does look at my phone sometimes though so "
    "perhaps they shouldn't say what it is about."
)


def test_plain_messages_wish_at_the_safe_contact_question_is_kept_the_first_time():
    reading = read_turn(
        Turn(
            text=SAFE,
            intent="inform",
            requested="contact_safe",
            answers={**HAZEL, "referral_consent": True, "contact_method": "text", "said": SAID},
            asked={"contact_safe": 1},
            organisations=default_directory(),
        )
    )
    assert reading.slots.get("contact_safe") is True
    assert reading.slots.get("discreet") is True
    assert "plain" in (reading.slots.get("contact_notes") or ())
    assert "utter_phone_seen" in [say.response for say in reading.say]


def test_the_confirmation_says_the_messages_will_be_plain():
    from actions.dialogue import n94a_plain_asked
    from actions.wording import contact_line
    from tests.unit.conftest import make_tracker

    slots = {
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "text",
        "contact_details": "07700900461",
        "contact_times": "daytime, before six",
        "discreet": True,
        "contact_notes": ["plain"],
    }
    asked = n94a_plain_asked(make_tracker(slots=slots, active_loop=None))
    line = contact_line(slots | asked)
    assert "plain messages" in line and "daytime, before six" in line
    for variant in ALL_RESPONSES["utter_referral_saved"]:
        sent = variant["text"].format(contact_how=line, case_reference="VC-H9S7BB")
        assert len(sent) <= SMS_LIMIT, sent
    assert not n94a_plain_asked(
        make_tracker(slots={**slots, "discreet": None, "contact_notes": []})
    )
    assert "plain" not in contact_line({**slots, "discreet": None})
