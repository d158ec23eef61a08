"""Round 92, helper m92d: questions that mattered, left unanswered or answered for something
else."""

from __future__ import annotations

from tests.unit.known_answers import answer_in_conversation, assert_one_sms_with_source

JESS_FIRST = (
    "hi um not sure if this is the right place. me and my boyfriend had a fight 2 days ago and he "
    "kind of grabbed my neck. it was only for like a second tho. my throat still hurts and theres "
    "marks. should i go to a doctor or is that overreacting"
)
JESS_ASKS = "18. if i go a&e will they tell the police? i dont want them calling him"


def _said(text: str, said: list[str], crime_type: str | None = "domestic_abuse", **answers):
    got = answer_in_conversation(text, crime_type, said, **answers)
    return None if got is None else got.response


def test_jess_asks_if_a_and_e_tells_the_police() -> None:
    """Jess, 18: four times, "will the hospital tell the police", answered about this chat."""
    said = [JESS_FIRST]
    assert _said(JESS_ASKS, said) == "utter_m92d_hospital_tells_police_abuse"
    said.append(JESS_ASKS)
    for again in (
        "i meant the hospital not you lol. and um he pushed me once before in the summer but "
        "that was different",
        "no. you didnt answer me about the hospital",
        "no. hello?? will the hospital tell the police or not",
    ):
        assert _said(again, said, age=18) == "utter_m92d_hospital_tells_police_abuse", again
        said.append(again)
    assert_one_sms_with_source("utter_m92d_hospital_tells_police_abuse", "m92d (round 92)")


def test_hospital_question_stays_narrow() -> None:
    """A knife wound keeps Leon's answer; a statement or a child is not answered by it."""
    stabbed = ["i got stabbed last night in my leg"]
    assert _said("will the hospital tell the police", stabbed, "assault") != (
        "utter_m92d_hospital_tells_police_abuse"
    )
    assert _said("the hospital said i should report it to the police", [JESS_FIRST]) != (
        "utter_m92d_hospital_tells_police_abuse"
    )
    assert _said("will the hospital tell the police", [JESS_FIRST], age=15) != (
        "utter_m92d_hospital_tells_police_abuse"
    )
    assert _said("i meant the hospital not you", [JESS_FIRST]) != (
        "utter_m92d_hospital_tells_police_abuse"
    )


CHANTELLE_FIRST = (
    "hiya um idk if this is the right place but my ex keeps making new accounts to message me, i "
    "block one and theres another one the next day. and now hes put my address online on his "
    "story like wtf"
)


def test_chantelle_asks_if_police_tell_him_where_she_stays() -> None:
    """Chantelle: "will he find out where im staying if i go police", three times."""
    said = [CHANTELLE_FIRST]
    for text in (
        "nah not yet. if i report it will he get told where im staying?? cos i aint going home "
        "while my address is out there",
        "21. its on insta not twitter. u didnt answer me tho, will he find out where im staying "
        "if i go police",
        "my ex obvs i said. ur not listening. im asking about the POLICE telling him where i am",
    ):
        assert _said(text, said, "stalking") == "utter_m92d_police_wont_give_address", text
        said.append(text)
    assert_one_sms_with_source("utter_m92d_police_wont_give_address", "m92d (round 92)")


def test_where_they_stay_stays_narrow() -> None:
    """A statement that they know where you live keeps its own answers."""
    for text in (
        "They said they know where I live. Should I tell the police officer?",
        "he already knows where i live",
        "nah. i aint a snitch. if i report it do they tell them my name?? they know where i live",
    ):
        assert _said(text, [], "assault") != "utter_m92d_police_wont_give_address", text
