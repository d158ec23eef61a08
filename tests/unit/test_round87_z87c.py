"""Round 87, helper z87c: Maria (a cleaner, unpaid and accused of stealing a watch), Dave (58,
his son threatened him with a hammer) and Jade (17, made to hold drugs by her boyfriend)."""

from __future__ import annotations

from actions import account
from actions.answers import read_answer
from tests.unit.known_answers import answer_in_conversation, responses_in_conversation, sendable

MARIA_SAID = [
    "yes ok. i need help please my boss he not pay me",
    "i work cleaning in his house in kensington 3 years. last month he say i steal his watch, i "
    "never steal nothing!! he not pay me all month. i ask for my money and he grab my arm very "
    "strong, now i have marks",
    "no. i am scare. he is very rich man, lawyer friends, i am just cleaner. police will believe "
    "him not me? he say he call police on me for the watch",
]
MARIA_ANSWERS = {
    "consent": True,
    "in_danger": False,
    "reported_to_police": False,
    "age": 52.0,
    "relationship_to_offender": "someone_known",
}


def _maria(text: str) -> list[str | None]:
    return responses_in_conversation(text, "assault", MARIA_SAID, **MARIA_ANSWERS)


# -- 1. "no receipt" is not a no to the referral ---------------------------------------------


def test_maria_no_receipt_is_not_a_no_to_the_referral():
    text = "no receipt, is my salary! 1600 pound he not pay. and you not say why most serious crime"
    assert read_answer("referral_consent", text).value is not False


def test_no_receipt_then_yes_is_a_yes_and_a_plain_no_still_a_no():
    assert read_answer("referral_consent", "no proof. but yes please pass my details").value
    nos = ("no", "no thanks", "no receipts. no thanks", "no receipt, dont want anyone ringing")
    for text in nos:
        assert read_answer("referral_consent", text).value is False


# -- 2. "i go to prison if he say i steal watch?" --------------------------------------------


def test_maria_prison_question_gets_the_accused_answer():
    for text in (
        "thank you. but please answer, i go to prison if he say i steal watch? i never steal",
        "ok. 1 more thing, he say he call police for the watch. i go to prison??",
    ):
        assert _maria(text)[:1] == ["utter_w8_accused_not_guilty"]


# -- 3. "stupid portuguese, foreign people all thief. is that count?" ------------------------

MARIA_HATE = "maybe yes. he always say stupid portuguese, foreign people all thief. is that count?"


def test_maria_hate_answer_is_a_yes_for_her_nationality():
    said = read_answer("hate_motivated", MARIA_HATE)
    assert said.value is True
    assert said.extra.get("hate_strand") == ["race"]


def test_maria_is_that_count_gets_the_hate_crime_answer():
    assert _maria(MARIA_HATE)[:1] == ["utter_is_it_hate_crime"]


def test_is_that_count_alone_is_not_the_hate_answer():
    assert "utter_is_it_hate_crime" not in _maria("is that count?")
    assert account.read_hate("he always say stupid portuguese")[0] is True


# -- 4. "who help me get my money" (unpaid pay, not CICA) ------------------------------------


def test_maria_unpaid_pay_gets_acas_not_court_compensation():
    for text in (
        "what about my money, who help me get my money",
        "what is most serious crime? he grab my arm only. and what about my money, who help me "
        "get my money",
    ):
        sent = _maria(text)
        # i91d (round 91): "my boss he not pay me" is a boss, not a family: the Acas answer that
        # does not say "the family" (utter_y73e_unpaid_pay_boss), as for Rosa in round 90.
        assert "utter_y73e_unpaid_pay_boss" in sent
        assert "utter_compensation_order" not in sent


# -- 5. Dave's son: theft and a hammer threat is domestic abuse by a family member ------------

DAVE_TOLD = (
    "ok. my boy Liam hes 30, been on drugs for years, crack mostly i think. he lives with me on "
    "and off. hes a good lad underneath, he was a lovely kid. but hes been taking things, my "
    "wifes rings (she passed 2019), cash, the telly once. last week i said no more money and he "
    "picked up a hammer from the toolbox and said hed do me with it. he didnt, he put it down "
    "and left. i dont want him arrested i just want him to get help"
)


def test_dave_son_is_family_and_it_is_domestic_abuse_not_stalking():
    told = account.read_account(DAVE_TOLD)
    assert told.crime_type == "domestic_abuse"
    assert told.offender == "family_member"


def test_dave_corrections_stay_domestic_abuse_not_theft_or_robbery():
    for text in (
        "its not stalking hes my son. its the stealing and the hammer thing. no i havent called "
        "the police, i wont. will they take him away if i tell you all this?",
        "58. but not just theft, he threatened me with the hammer, thats what frightened me.",
    ):
        assert account.read_account(text, "family_member").crime_type == "domestic_abuse"


def test_my_boy_named_in_street_talk_is_still_a_friend():
    told = account.read_account("my boy Dre got stabbed last night innit, the mans who did it")
    assert told.offender != "family_member"


# -- 6. "does this chat go to the police?" --------------------------------------------------


def test_dave_asks_if_the_chat_goes_to_the_police():
    for text in (
        "58. but not just theft, he threatened me with the hammer, thats what frightened me. and "
        "you didnt say, does this chat go to the police?",
        "no. robbery sounds a bit much, hes my son. please just tell me does what i write here go "
        "to the police or not",
    ):
        assert "utter_support_not_police" in responses_in_conversation(
            text, "domestic_abuse", [DAVE_TOLD], relationship_to_offender="family_member"
        )


# -- 7. Safety advice for a father whose son abuses him: not Galop nor "keep a bag ready" -----

DAVE_ANSWERS = {"relationship_to_offender": "family_member", "gender": "man", "age": 58.0}


def test_dave_if_his_son_comes_back_gets_the_mens_line_not_leaving_a_partner():
    text = (
        "thanks. what do i do if he comes back tonight and wants money again, i dont want to ring "
        "999 on my own son"
    )
    sent = responses_in_conversation(text, "domestic_abuse", [DAVE_TOLD], **DAVE_ANSWERS)
    assert "utter_plan_before_they_are_back" not in sent
    assert sent[:1] == ["utter_living_with_them"]
    men = sendable("utter_living_with_them", gender="man")
    assert all("Men's Advice Line" in t and "Galop" not in t for t in men)


def test_dave_anything_for_dads_gets_the_mens_advice_line_not_galop():
    text = (
        "im not LGBT and im not leaving my own house with a bag. and i rang that helpline number "
        "once years ago for my sister and it was for women. is there anything for dads like me"
    )
    said = answer_in_conversation(text, "domestic_abuse", [DAVE_TOLD], **DAVE_ANSWERS)
    assert said is not None
    assert said.response != "utter_r6_refuge_woman_abused_by_woman"
    assert "Men's Advice Line" in (said.text or "")
    assert "Galop" not in (said.text or "")


# -- 8. Jade, 17: made to hold drugs for a made-up debt is criminal exploitation -------------

JADE_TOLD = (
    "im fine rn. its my boyfriend hes 22. he gets me to hold stuff for him like in my bag and at "
    "mine. he says i owe him cos he buys me stuff and pays for my phone"
)
JADE_ANSWERS = {"relationship_to_offender": "partner_or_ex", "age": 17.0, "under_18": True}


def test_jade_holding_for_a_debt_is_recorded_as_exploitation():
    told = account.read_account(JADE_TOLD)
    assert told.crime_type == "human_trafficking"
    assert "criminal_exploitation" in told.details


def test_holding_stuff_without_a_debt_is_not_read_as_exploitation_by_this_rule():
    told = account.read_account("my mate asked me to hold his bag while he went in the shop")
    assert told.crime_type != "human_trafficking"


def test_jade_will_i_get_arrested_gets_the_exploitation_answer():
    for text in (
        "no!! if i tell police wont i get arrested too? its in my room",
        "english. but u didnt say if i get arrested. if police search my room and find it am i in "
        "trouble",
        "what?? its not a scam wtf. nobody asked me for bail. im asking if ill get arrested for "
        "the drugs in my room",
    ):
        sent = responses_in_conversation(text, "human_trafficking", [JADE_TOLD], **JADE_ANSWERS)
        assert sent[:1] == ["utter_exploited_not_blamed"], text


# -- Maria's turns as the bot reads them (the answer and the question beside it) -------------

MARIA_KNOWN = {
    "consent": True,
    "in_danger": False,
    "crime_type": "assault",
    "reported_to_police": False,
    "age": 52.0,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "hate_motivated": True,
    "assessment_done": True,
    "said": MARIA_SAID,
}


def _maria_turn(requested: str, text: str):
    from actions.reading import Turn, read_turn

    told = {slot: value for slot, value in MARIA_KNOWN.items() if slot != requested}
    return read_turn(Turn(text=text, intent="inform", requested=requested, answers=told))


def test_maria_no_receipt_turn_asks_again_not_we_wont_pass_it_on():
    reading = _maria_turn(
        "referral_consent",
        "no receipt, is my salary! 1600 pound he not pay. and you not say why most serious crime",
    )
    assert "referral_consent" not in reading.slots


def test_maria_hate_turn_is_yes_and_answered():
    reading = _maria_turn("hate_motivated", MARIA_HATE)
    assert reading.slots.get("hate_motivated") is True
    assert "utter_is_it_hate_crime" in [say.response for say in reading.say]


def test_maria_ok_then_prison_question_is_answered_beside_the_voicemail_yes():
    reading = _maria_turn(
        "voicemail_ok", "ok. 1 more thing, he say he call police for the watch. i go to prison??"
    )
    assert "utter_w8_accused_not_guilty" in [say.response for say in reading.say]
