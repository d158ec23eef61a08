"""Round 84, helper t84c: Wayne, 30, learning disability, whose "mates" from the park live in his
flat, use his bank card and threatened to hurt him if he tells the police (cuckooing). His
support worker Jo helps him with calls.

Each test quotes his message as he wrote it; ordinary messages keep their reading.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions import account, results, service_answers, wording
from actions.answers import read_crime_type
from actions.questions import glossary_answer, known_answer
from actions.reading import corrections
from core.second_contact import supporter_to_contact

WAYNE = {
    "relationship_to_offender": "someone_known",
    "impairment": True,
    "age": 30,
}
TAKEN_OVER = {**WAYNE, "crime_type": "human_trafficking", "account_details": ["home_taken_over"]}

# -- 1. his home and card taken over is read (cuckooing: exploitation) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "i met them at the park. they are my mates. they stay at my flat. they got my bank card "
        "and they take money. i want them to go but they wont go",
        "i just told you. they use my card and they live at my flat and i am scared of them",
    ],
)
def test_his_home_and_card_taken_over_is_exploitation(text):
    assert read_crime_type(text).value == "human_trafficking"
    assert "home_taken_over" in account.read_account(text).details


def test_said_back_as_his_home_taken_over_not_forced_work():
    facts = {"crime_type": "human_trafficking", "account_details": ["home_taken_over"]}
    line = " ".join(wording._fact_phrases(facts, about_child=False))
    assert "taking over your home" in line and "forced work" not in line


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate stole my bank card",
        "my lodger lives at my flat and wont pay the rent",
        "someone took money from my account with my card",
        "a man stole my bank card on the bus and took money out",
    ],
)
def test_other_card_and_home_stories_are_not_exploitation(text):
    assert read_crime_type(text).value != "human_trafficking"


def test_someone_not_family_in_his_home_is_still_not_domestic_abuse():
    # round 23, Dennis: the lady living at his house with his card.
    text = "There is a lady living at my house and she has my bank card and she wont go"
    assert read_crime_type(text).value != "domestic_abuse"


# -- 2. a threat if he tells the police is no assault; "they didnt hit me" puts it right ----


def test_a_threat_if_he_tells_police_is_not_an_assault():
    text = "no. they said if i tell police they will hurt me"
    assert read_crime_type(text).value != "assault"
    assert "police_officers" not in account.read_account(text).details


@pytest.mark.parametrize("text", ["he hurt me", "he punched me", "they beat me up"])
def test_harm_done_is_still_an_assault(text):
    assert read_crime_type(text).value == "assault"


def test_they_didnt_hit_me_puts_the_assault_right():
    changes = corrections(
        "they didnt hit me. they take my money. i am 30", {**WAYNE, "crime_type": "assault"}
    )
    assert changes.get("crime_type") not in (None, "assault")


@pytest.mark.parametrize("text", ["he didnt hit me, he pushed me", "he didnt hit me"])
def test_an_assault_told_otherwise_stays(text):
    assert corrections(text, {"crime_type": "assault"}).get("crime_type", "assault") == "assault"


# -- 3. the IOPC only when police officers did it; "what is IOPC" answered -----------------


def test_telling_the_police_is_not_police_who_did_it():
    said = ["no. they said if i tell police they will hurt me"]
    assert not results.k1_police_did_it({"said": said})
    assert not account.k1_police_did_it("i told the police they hurt me")


@pytest.mark.parametrize(
    "text", ["the police hurt me", "two officers punched me", "i was beaten up by the police"]
)
def test_officers_who_hurt_are_still_read(text):
    assert account.k1_police_did_it(account.plain(text))


def test_what_is_iopc_is_answered():
    assert "police" in (glossary_answer("what is IOPC") or "")
    said = known_answer(
        "what is IOPC. and how do i make them go out of my flat",
        "human_trafficking",
        answers=TAKEN_OVER,
    )
    assert said is not None and said.response == "utter_v2_cuckoo_get_them_out"
    assert ["IOPC" in (then.text or "") for then in said.then] == [True]


# -- 4. getting people out of his own home -------------------------------------------------


def test_how_do_i_make_them_go_gets_the_cuckooing_answer():
    told = {key: value for key, value in TAKEN_OVER.items() if key != "crime_type"}
    said = answer("how do i make them go out of my flat", "human_trafficking", **told)
    assert said == "utter_v2_cuckoo_get_them_out"


def test_a_neighbour_still_gets_the_council_answer():
    said = answer(
        "how do i make him move, he lives next door and plays music all night",
        "other",
        relationship_to_offender="someone_known",
    )
    assert said != "utter_v2_cuckoo_get_them_out"


# -- 5. Jo's number recorded and said back as Jo's -----------------------------------------

JO = [
    "they look at my phone sometimes. can you call jo instead. her number is 07700 900217",
    "call jo. not me",
]


def test_jo_is_the_one_to_contact():
    assert supporter_to_contact(JO) == "Jo"
    assert supporter_to_contact(JO[:1]) == "Jo"
    assert supporter_to_contact(["call me instead", "ring me not my mum"]) is None


def test_the_confirmation_says_the_number_is_jos():
    line = wording.contact_line(
        {"contact_method": "call", "contact_details": "07700 900217", "supporter": "Jo"}
    )
    assert "Jo's number ending 217" in line
    plain_line = wording.contact_line({"contact_method": "call", "contact_details": "07700 900217"})
    assert "on the number ending 217" in plain_line


def test_will_they_know_its_jo_is_answered_with_her_name():
    told = {
        **TAKEN_OVER,
        "referral_consent": True,
        "contact_safe": True,
        "results_shown": True,
        "said": JO,
        "contact_details": "07700 900217",
    }
    said = service_answers.answer("that is jos number. will they no its jo not me?", told)
    assert said is not None and said.response == "utter_t84c_supporter_is_contacted"
    assert said.args == {"who": "Jo"}
    text = sendable("utter_t84c_supporter_is_contacted", who="Jo")[0]
    assert "{who}'s" in text and "Right 2" in text


def test_the_supporter_number_is_noted_for_the_worker():
    from actions.assessment_form import t84c_supporter_number_noted

    answers: dict = {"said": JO}
    t84c_supporter_number_noted(answers)
    assert answers["contact_notes"] == ["supporter_number"]
    others: dict = {"said": ["07700 900111 is my number"]}
    t84c_supporter_number_noted(others)
    assert "contact_notes" not in others


def test_new_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_t84c_supporter_is_contacted", "t84c (round 84)")
    assert numbers_not_in_directory("utter_t84c_supporter_is_contacted") == []


# -- 6. his needs taken, with a word on stopping the card ---------------------------------


def _needs_reading(text: str, **answers):
    from actions.reading import Turn, read_turn

    return read_turn(Turn(text=text, intent="inform", requested="needs", answers=answers))


def test_money_back_at_the_needs_question_gets_a_word_on_the_card():
    reading = _needs_reading("i want them to go out of my flat. and my money back", **TAKEN_OVER)
    assert set(reading.slots.get("needs") or ()) >= {"compensation", "practical"}
    assert "utter_t84c_stop_card_safely" in [say.response for say in reading.say]


def test_money_back_after_a_burglary_gets_no_card_word():
    reading = _needs_reading("my money back", crime_type="burglary", age=40)
    assert "utter_t84c_stop_card_safely" not in [say.response for say in reading.say]


def test_card_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_t84c_stop_card_safely", "t84c (round 84)")
    assert numbers_not_in_directory("utter_t84c_stop_card_safely") == []
