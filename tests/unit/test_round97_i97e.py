"""Round 97, helper i97e: Eve (for her partner Connor), Wendy (her neighbour Janet), Ahmad
(asylum seeker, stones thrown) and Lorraine (robbed in Spain)."""

from __future__ import annotations

from actions.account import read_account
from tests.unit.known_answers import answer, answer_in_conversation, sendable

# -- Eve: "my boyfriend connor got punched ... by some random guy" -------------------------------

EVE_FIRST = (
    "hi i dont know if this is the right place. my boyfriend connor got punched outside a kebab "
    "shop by some random guy and he fell and hit his head and now hes got a brain injury"
)


def test_eve_partner_named_as_the_one_hurt_is_no_offender():
    told = read_account(EVE_FIRST)
    assert told.crime_type == "assault"
    assert told.offender == "stranger"


def test_conned_is_still_harm():
    assert read_account("my boyfriend conned me out of 5000 pounds").offender == "partner_or_ex"


# -- Ahmad: asylum fear, head pain, the Home Office ---------------------------------------------

AHMAD_ASYLUM = (
    "no. i am afraid. if i go police, my asylum case, maybe they think i am trouble? my lawyer "
    "is far, i cannot ask"
)


def test_ahmad_asylum_fear_is_not_told_about_suspects():
    assert answer(AHMAD_ASYLUM, "assault") == "utter_immigration"
    # the solicitor answer keeps its own question
    assert (
        answer(
            "Do I need a solicitor before I go to the police? dont wanna walk in and get nicked",
            "assault",
        )
        == "utter_m3_solicitor_to_report"
    )


def test_ahmad_head_still_hurts_gets_health_advice():
    for text in (
        "i dont know. i have bad dreams from syria. and my head still hurt sometimes from the "
        "stone. is this illness?",
        "one more question sorry. my head still hurt from the stone, one week. what i do?",
    ):
        assert answer(text, "assault") == "utter_injury"


def test_ahmad_home_office_answered_beside_the_interpreter():
    said = answer_in_conversation(
        "thank you very much. they speak arabic? and they tell home office about me?",
        "assault",
        [],
        results_shown=True,
    )
    assert said is not None
    assert said.response == "utter_h3_interpreter_right"
    assert [then.response for then in said.then][:1] == ["utter_v6_support_not_home_office"]


# -- Wendy: her neighbour Janet, beaten by her husband ------------------------------------------

WENDY_FIRST = (
    "Hello. I'm not sure if you can help me. I live in Sutton and I can hear my next door "
    "neighbour's husband hitting her through the wall. It's most weekends. I'm not the one being "
    "hurt but I don't know what to do."
)
WENDY_WORSE = (
    "Yes that's fine. What can I do without her getting in more trouble? I'm worried if I ring "
    "the police he'll take it out on her."
)
WENDY_JANET = (
    "I told you, it's domestic abuse but not to me, it's my neighbour Janet. Her husband hits "
    "her. I just hear it. I'm a witness I suppose."
)
WENDY_SAID = [WENDY_FIRST, WENDY_WORSE, WENDY_JANET]


def _wendy(text, crime_type="domestic_abuse", said=WENDY_SAID):
    got = answer_in_conversation(text, crime_type, said, relationship_to_offender="someone_known")
    return None if got is None else got.response


def test_wendy_what_can_i_do_without_her_in_more_trouble():
    assert _wendy(WENDY_WORSE, None, [WENDY_FIRST]) == "utter_helping_someone_abused"


def test_wendy_what_to_do_next_time_she_hears_it():
    text = "Just my blood pressure. What should I do next time I hear it happening?"
    assert _wendy(text) == "utter_helping_someone_abused"


def test_wendy_can_give_janet_the_helpline_number():
    for text in (
        "I'm not elderly and nobody is abusing me, it's Janet. Can I give her that Refuge number "
        "without him finding out? And will they ring me, because he might see",
        "yes it's safe for me, it's my own phone. but can I give Janet the helpline number or not",
    ):
        assert _wendy(text) == "utter_i97e_give_them_the_helpline"
    (said,) = sendable("utter_i97e_give_them_the_helpline")
    assert said.startswith("Yes, you can.") and "0808 2000 247" in said and len(said) <= 320


def test_give_the_number_not_without_someone_else_abused():
    assert _wendy("can i give you my number", "assault", []) is None or (
        _wendy("can i give you my number", "assault", []) != "utter_i97e_give_them_the_helpline"
    )


# -- Lorraine: punched and robbed in Malaga, reported to the Spanish police ---------------------

LORRAINE_FIRST = (
    "Hi, I was attacked on holiday in Spain 2 weeks ago, a man punched me in the face and took "
    "my bag in Malaga. I reported it to the Spanish police there but now I'm home in Bromley and "
    "I have no idea what help I can get here. Does the Victims Code even apply?"
)


def test_lorraine_crime_abroad_questions_get_the_abroad_answer():
    for text in (
        "48. and i told the SPANISH police not police here, does that matter? should i report it "
        "here as well?",
        "court where, spain? i cant go back to spain for court can i?? would i have to?",
        "kept updated by who though? the spanish police arent going to ring me in bromley. is "
        "there anyone who deals with crimes abroad?",
        "but does the code apply if it happened abroad?",
        "no. i lost my passport in the bag as well and my cards, i had to get an emergency travel "
        "document to fly home. can anyone help me get money back for what was taken?",
    ):
        got = answer_in_conversation(text, "robbery", [LORRAINE_FIRST])
        assert got is not None and got.response == "utter_i97e_crime_abroad", text
    (said,) = sendable("utter_i97e_crime_abroad")
    assert len(said) <= 320


def test_code_question_without_abroad_is_not_the_abroad_answer():
    got = answer_in_conversation("does the code apply to me?", "robbery", ["my ex hit me"])
    assert got is None or got.response != "utter_i97e_crime_abroad"


# -- Eve: compensation for Connor's brain injury ----------------------------------------------

EVE_HURT = ["injured", "serious_injury", "brain_injury"]


def test_eve_compensation_is_not_sick_pay_nor_minor_injury():
    first = answer_in_conversation(
        "no just the once, we never seen him before. can connor get compensation? hes off work "
        "and we dont know how long for",
        "assault",
        [EVE_FIRST],
        account_details=EVE_HURT,
    )
    assert first is not None and first.response != "utter_o5_time_off_after_crime"
    again = answer_in_conversation(
        "no. but i asked about compensation not sick pay, like money for his injury? someone "
        "said theres a scheme",
        "assault",
        [EVE_FIRST],
        account_details=EVE_HURT,
    )
    assert again is not None and again.response != "utter_e1_cica_lost_days"
