"""Round 100, helper l100b: Sandra, Emeka, Lucy and Harold (/tmp/roleplay/out100/findings-b.md)."""

from __future__ import annotations

from tests.unit.known_answers import answer, sendable


# Harold, 91, a bank impersonation by phone (£8,000 to a "safe account").
def test_harold_will_the_scammer_come_to_my_house_is_not_yes() -> None:
    said = (
        "No, only the once. Do you think he will come to my house? He knew my address, he read "
        "it out to me to prove he was from the bank."
    )
    assert answer(said, "fraud") == "utter_l100b_scammer_at_the_door"
    again = (
        "Good heavens. Yes? He will come here? I live alone since my wife passed. What should I do?"
    )
    assert answer(again, "fraud") == "utter_l100b_scammer_at_the_door"
    (text,) = sendable("utter_l100b_scammer_at_the_door")
    assert not text.startswith("Yes") and len(text) <= 320
    # A request to have things read out still is one.
    assert answer("can you read it out to me, my eyes are bad", "fraud") == "utter_read_to_them"


def test_harold_should_i_call_the_police_about_a_phone_fraud_is_report_fraud_not_999() -> None:
    for said in (
        "No, I have not telephoned the police. Should I? I did not wish to waste their time over "
        "my own silliness.",
        "I am ninety one. Forgive me, I am confused. Ought I to dial 999 about the money then? "
        "Nobody is here, it was over the telephone.",
        "A stranger. He said his name was Mr Collins. You have not told me whether to dial 999.",
    ):
        assert answer(said, "fraud") == "utter_l100b_fraud_report_not_999", said
    (text,) = sendable("utter_l100b_fraud_report_not_999")
    assert "0300 123 2040" in text and "press 55" not in text and len(text) <= 320
    # Danger now still gets 999.
    assert answer("he is at my door now, should i call 999?", "fraud") == "utter_call_999_yes"
    assert answer("should i call 999? im scared", "stalking_harassment") == "utter_call_999_yes"


# Sandra, 49, harassed by a neighbour's sons for months, at the referral question.
def test_sandra_for_once_is_not_it_happened_once() -> None:
    from actions import reading

    said = "brilliant. ok yes pass my details on then, someone might actually ring me back for once"
    answers = {"repeat_victimisation": True, "crime_type": "criminal_damage"}
    assert "repeat_victimisation" not in reading.corrections(said, answers)
    # "once" ending what they say as the answer still is one.
    assert (
        reading.corrections("i told you it was one time", answers).get("repeat_victimisation")
        is False
    )


def test_sandra_reported_three_times_to_the_council_is_not_told_the_police() -> None:
    from actions.account import read_account

    said = [
        "hi. is there anything that actually makes people do something about antisocial "
        "neighbours because the council clearly wont",
        "yeah fine whatever. ive reported it 3 times already, thats the whole point, nothing "
        "happens",
        "no im not in danger, its teenage boys next door not the mafia. they chuck rubbish over "
        "my fence, swear at me when i go out and one of them keyed my car last month",
    ]
    assert read_account(" . ".join(said)).reported is not True
    # Told to the police, the council named too, still is.
    assert read_account("i reported it to the police and the council, nothing").reported is True


def test_lucy_should_i_report_will_police_think_i_was_drunk() -> None:
    said = "should i report it? will the police think i was just drunk"
    assert answer(said, "sexual_offence") == "utter_l100b_report_after_drinking"
    (text,) = sendable("utter_l100b_report_after_drinking")
    assert "already reported" not in text and len(text) <= 320
    assert answer("should i report it?", "sexual_offence") == "utter_telling_the_police"
