"""Round 38 role-play (people who had not read the code): what was read or answered wrongly,
each with the person's own words and ordinary messages that must not change."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import contact_said, read_answer
from actions.dialogue import ActionDangerInterrupt, ActionOutsideQuestions
from actions.questions import is_question
from actions.reading import Turn, corrections, phone_not_theirs, read_turn
from bot.risk_words import detect_risk
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import answer, assert_one_sms_with_source

# -- Joan, 81, a distraction burglary: her handbag with her keys and bank card --------------------


@pytest.mark.parametrize(
    "text",
    [
        "its the bank card im worried about, should i cancel it",
        "thank you dear. and the bank card, what do i do",
        "they took my purse, what do i do",
        "ok thanks, but what about my phone",
    ],
)
def test_a_question_after_a_comma(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "he took my bag, my keys and my card",
        "yes, he took my bag",
        "my son, he lives nearby and helps me",
        "weekdays, after 6",
        "Peter says I should ring the bank first",
    ],
)
def test_a_statement_with_a_comma_is_not_a_question(text):
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    ["its the bank card im worried about, should i cancel it", "and the bank card, what do i do"],
)
def test_the_stolen_bank_card(text):
    assert answer(text, "theft") in ("utter_bank_card", "utter_card_used")


def _at_referral(text: str) -> Turn:
    return Turn(
        text=text,
        intent="deny",
        requested="referral_consent",
        answers={"crime_type": "theft", "results_shown": True},
        asked={"referral_consent": 1},
    )


@pytest.mark.parametrize(
    "text",
    [
        "no theyre not here theyve gone. its the bank card im worried about, should i cancel it",
        "no hes gone now",
        "no, what happens if they come back?",
    ],
)
def test_a_no_to_the_999_line_is_not_a_no_to_being_referred(text):
    assert read_turn(_at_referral(text)).slots.get("referral_consent") is not False


@pytest.mark.parametrize(
    "text", ["no", "no thanks", "no i dont want anyone contacting me", "nah im ok thanks"]
)
def test_a_no_at_the_referral_question_still_declines(text):
    reading = read_turn(_at_referral(text))
    assert reading.slots.get("referral_consent") is False or "referral_consent" in (reading.skipped)


# -- Dev, 29, punched by a stranger; his girlfriend filmed it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wtf?? its not that kind of video. its my gf filming the guy punching me",
        "its my girlfriend recording the man hitting me",
    ],
)
def test_the_girlfriend_filming_is_not_who_did_it(text):
    assert account.read_account(text).offender != "partner_or_ex"


@pytest.mark.parametrize(
    "text, offender",
    [("its my boyfriend hitting me", "partner_or_ex"), ("its my dad punching me", "family_member")],
)
def test_its_my_partner_hitting_me_is_still_who_did_it(text, offender):
    assert account.read_account(text).offender == offender


def test_the_girlfriend_filming_does_not_correct_a_stranger():
    text = "wtf?? its not that kind of video. its my gf filming the guy punching me"
    answers = {"relationship_to_offender": "stranger", "crime_type": "assault"}
    assert "relationship_to_offender" not in corrections(text, answers)
    assert corrections("no it was my boyfriend", answers) == {
        "relationship_to_offender": "partner_or_ex"
    }


# -- Maria, 35 (round 37), hiding in the bathroom from her husband -------------------------------


@pytest.mark.parametrize(
    "text",
    ["ok hes gone quiet. i think he went downstairs", "hes gone quiet", "he's gone upstairs"],
)
def test_gone_quiet_in_the_house_is_not_safe(text):
    assert read_answer("in_danger", text).value is not False


@pytest.mark.parametrize(
    "text", ["hes gone", "hes gone out", "theyve gone now", "no theyre not here theyve gone"]
)
def test_gone_is_still_safe(text):
    assert read_answer("in_danger", text).value is False


# -- Jamal, 19 (round 37), saw his friend stabbed --------------------------------------------------


def test_my_boy_in_street_talk_is_a_friend():
    text = (
        "idk. my boy got stabbed outside the chicken shop on fore st on saturday, i was right "
        "there. hes in north mid hospital. the mans who did it saw me innit"
    )
    told = account.read_account(text)
    assert not told.for_child
    # Round 39 (H3): "i was right there": his own account as a witness, not written for his friend.
    assert "witness" in told.details
    assert not told.for_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "my boy got stabbed at school, hes 15",
        "my boy got beaten up by older kids",
        "my girl was attacked on the way home from school",
    ],
)
def test_my_boy_from_a_parent_is_still_their_child(text):
    assert account.read_account(text).for_child


@pytest.mark.parametrize(
    "text",
    [
        "no im alright now, they've gone. 2 men came to the door this morning and one kept me "
        "talking about my guttering while the other one went in the hall and took my handbag. my "
        "keys and bank card were in it",
        "a man kept me talking at the door and the other one took my purse",
    ],
)
def test_a_distraction_burglary(text):
    assert account.read_account(text).crime_type == "burglary"


@pytest.mark.parametrize(
    "text",
    [
        "someone took my handbag on the bus",
        "he went in the shop and took my bag",
        "my son went into my bedroom and took my purse",
    ],
)
def test_not_a_distraction_burglary(text):
    assert account.read_account(text).crime_type != "burglary"


@pytest.mark.parametrize(
    "text",
    [
        "and if they come to my yard what do i do. my mum lives there and my little sister",
        "he keeps calling what do i do",
    ],
)
def test_what_do_i_do_without_a_question_mark_is_a_question(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text", ["i know what i do for a living", "thats what we do", "i dont know what to do"]
)
def test_what_i_do_in_a_statement_is_not_a_question(text):
    assert not is_question(text)


# -- Tony, 40 (round 37), for his son of 12 ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he would be yes, he's terrified of them",
        "I never said no to someone contacting us. and have you got him down as 12? is there "
        "anything for kids",
        "she would say yes",
        "my son would say yes",
    ],
)
def test_a_yes_for_the_child_or_a_no_never_given_is_a_yes_to_the_referral(text):
    assert read_answer("referral_consent", text).value is True


@pytest.mark.parametrize(
    "text", ["he would say no", "he says yes but i dont want it", "he said no", "i never said that"]
)
def test_not_a_yes_to_the_referral(text):
    assert read_answer("referral_consent", text).value is not True


def test_who_did_it_put_right_for_a_child():
    answers = {"relationship_to_offender": "family_member", "for_child": True}
    text = "hang on, who did it = someone he knows, boys from his school"
    assert corrections(text, answers) == {"relationship_to_offender": "someone_known"}


@pytest.mark.parametrize(
    "text", ["i dont know who did it", "do they know who did it to him", "who did it? no idea"]
)
def test_who_did_it_in_other_words_changes_nothing(text):
    answers = {"relationship_to_offender": "family_member", "for_child": True}
    assert "relationship_to_offender" not in corrections(text, answers)


@pytest.mark.parametrize(
    "text", ["someone he knows", "boys from his school", "older girls at her school"]
)
def test_someone_a_child_knows(text):
    assert read_answer("relationship_to_offender", text).value == "someone_known"


# -- Jamal, 19 (round 37): signing off after the result ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("nah its cool. ill call them. thanks", "utter_goodbye"),
        ("ok cheers", "utter_goodbye"),
        ("i like turtles", "utter_what_next"),
    ],
)
def test_signing_off_after_the_result_gets_a_goodbye(dispatcher, domain, text, expected):
    tracker = make_tracker(
        slots={"consent": False, "assessment_done": True, "results_shown": True,
               "referral_consent": False, "crime_type": "serious_violence"},
        text=text, intent="deny", active_loop=None,
    )  # fmt: skip
    assert ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == [expected]


# -- Priya, 31: controlled by her husband, texting at lunchtime -----------------------------------


def test_its_my_husband_then_what_he_does_is_who_did_it_not_someone_else():
    text = (
        "its my husband. he checks my phone, he has all the money, my wages go into his account "
        "and he decides who i can see. hes never hit me tho so i dont know if this even counts"
    )
    told = account.read_account(text)
    assert told.offender == "partner_or_ex"
    assert not told.for_someone_else


@pytest.mark.parametrize("text", ["its my sister", "its about my mum. he hits her"])
def test_its_my_relative_is_still_written_for_them(text):
    assert account.read_account(text).for_someone_else


def test_keeping_the_data_after_the_delete_question_is_answered(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True, "assessment_done": True, "results_shown": True,
               "referral_consent": True},
        text="oh no keep it then, i want them to text me. ill just delete the messages on my phone",
        intent="inform", active_loop=None, sent=["utter_confirm_delete"],
    )  # fmt: skip
    assert ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_delete_cancelled"]


# -- Kwame, 58: a bus driver spat at and punched --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No I'm safe. It wasn't racist, he was angry about the bus being late. Police already have "
        "it, my company reported",
        "i dont think it was racist, just drunk",
        "it was not a hate crime",
    ],
)
def test_hate_denied_is_not_hate(text):
    assert account.read_hate(text)[0] is not True


@pytest.mark.parametrize(
    "text",
    ["it was racist, he called me a paki", "he said it wasnt racist but he called me the n word"],
)
def test_hate_said_is_still_hate(text):
    assert account.read_hate(text)[0] is True


def test_spitting_without_hate_gets_the_plain_assault_answer():
    text = (
        "Yes ok. First question, does spitting count as assault? My manager said its just "
        "antisocial"
    )
    assert answer(text, "assault") == "utter_spitting_is_an_assault"
    racist = "he spat at me and called me a paki, is spitting assault?"
    assert answer(racist, "assault") == "utter_spitting_is_assault"


def test_the_spitting_answer_is_one_sms_with_a_source():
    assert_one_sms_with_source("utter_spitting_is_an_assault", "-- round 38, main --")


# -- Sophie, 22: spiked, woke in a stranger's flat ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "but will the havens make me talk to police? i dont want to yet",
        "thats not what i asked. do i HAVE to talk to police at the havens",
    ],
)
def test_whether_the_havens_make_you_talk_to_the_police(text):
    assert answer(text, "sexual_offence") == "utter_havens_police_only_if_you_want"


def test_can_i_go_to_the_havens_without_police_is_a_yes():
    # v86c3 (round 86): asked "can I ... without police", the answer starts "Yes", not "No."
    text = "ugh. can i go to havens without police yes or no"
    assert answer(text, "sexual_offence") == "utter_v86c3_havens_yes_without_police"


@pytest.mark.parametrize("text", ["what are the havens", "where are the havens"])
def test_what_the_havens_are_is_still_the_organisation(text):
    assert answer(text, "assault") == "utter_about_organisation"


# -- Leah, 15: jumped by girls from her school, threatened on Snapchat ----------------------------


def test_the_questions_word_said_back_then_the_answer():
    text = (
        "court??? ye obvs. i dont wanna go court. i just want them to leave me alone n get my phone"
    )
    assert read_answer("fear_of_giving_evidence", text).value is True
    assert read_answer("fear_of_giving_evidence", "court? no im fine").value is False
    assert read_answer("reported_to_police", "police?? no").value is False


def test_a_yes_with_its_reason_is_not_undone_by_a_first_time_for_something_else():
    text = (
        "ye they been on me since sept. calling me names n that. but this is the first time they "
        "hit me"
    )
    assert read_answer("repeat_victimisation", text).value is True
    assert read_answer("repeat_victimisation", "yes it was the first time").value is False


def test_shud_i_is_a_question():
    assert answer("shud i screenshot the snaps or block them", "assault") == "utter_save_then_block"


# -- Tom, 40, autistic: his neighbour scratched his car and threatened him -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You did not answer my question. I will say yes to keeping my answers for 90 days.",
        "I agree to you keeping my answers",
        "im happy for you to keep this chat",
    ],
)
def test_a_yes_to_keeping_said_in_full_is_consent(text):
    assert read_answer("consent", text).value is True


def test_a_no_to_keeping_said_in_full_is_not_consent():
    assert read_answer("consent", "i dont agree to you keeping my answers").value is not True


def test_what_the_consent_question_means():
    text = (
        "Is what OK? You said several things. Do you mean is it OK to keep my answers for 90 days?"
    )
    assert answer(text, None, consent=None) == "utter_consent_question_means"
    assert answer(text, None, consent=True) != "utter_consent_question_means"
    assert answer("is that ok", None, consent=None) != "utter_consent_question_means"
    assert_one_sms_with_source("utter_consent_question_means", "-- round 38, main --")


# -- Dan, 45: his shop set on fire; thoughts of ending it -----------------------------------------


def test_dragging_their_feet_is_not_danger():
    assert detect_risk("insurance are dragging their feet.") is None
    assert detect_risk("hes dragging me down the stairs") == "in_danger"


def test_ending_it_beside_an_idiom_is_self_harm():
    text = (
        "not really hurt, bit of smoke when i went in after. but its the business thats gone. 12 "
        "years i built that up. insurance are dragging their feet. honestly ive been thinking "
        "theres no point going on. been thinking about ending it"
    )
    assert detect_risk(text) == "self_harm"


def test_danger_and_suicide_in_one_message_get_both_lines(dispatcher, domain, records_db):
    text = "hes outside with a knife and honestly i want to kill myself"
    tracker = make_tracker(slots={"consent": True}, intent="in_danger", text=text)
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[0] == "utter_emergency" and "utter_self_harm" in said


def test_danger_alone_gets_no_samaritans_line(dispatcher, domain, records_db):
    tracker = make_tracker(slots={"consent": True}, intent="in_danger", text="hes here")
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert "utter_self_harm" not in responses(dispatcher)


# -- Ruth for Samuel, 70 (round 37): questions after the referral were stored as the times --------

_REFERRED = {
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_times": "weekday lunchtimes 12-2",
    "results_shown": True,
}


def test_a_question_naming_a_day_is_not_new_contact_times():
    text = (
        "Will they know to ask for Ruth and not dad? And should we still let the carer in on "
        "Thursday?"
    )
    assert "contact_times" not in corrections(text, _REFERRED)


def test_times_put_right_keep_only_the_times():
    text = (
        "no the time is 12-2 weekdays. my question was whether the carer should still come thursday"
    )
    # -- round 39, helper F5 -- only the times, without "no the time is".
    assert corrections(text, _REFERRED)["contact_times"] == "12 to 2 weekdays"
    changed = corrections("can you change it to after 6pm weekdays only", _REFERRED)
    assert changed["contact_times"] == "after 6pm weekdays only"


# -- Nadia, 19: her boyfriend makes her carry drugs to other towns --------------------------------


def test_carrying_drugs_for_him_is_exploitation_even_by_a_boyfriend():
    text = (
        "not rn hes not here. its my boyfriend hes 29. he makes me take packages on the train to "
        "like southend and luton and says i owe him for the phone and stuff he bought me. i know "
        "whats in them its drugs. im scared the police will arrest me"
    )
    assert account.read_account(text).crime_type == "human_trafficking"


@pytest.mark.parametrize(
    "text", ["my husband makes me take the kids to school", "he makes me carry his bags"]
)
def test_being_made_to_carry_things_is_not_exploitation(text):
    assert account.read_account(text).crime_type != "human_trafficking"


# -- Imran, 35: a driver rammed his car on purpose in road rage -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, some guy deliberately rammed into the back of my car on the A12 yesterday after I "
        "beeped him, then just drove off. My neck's killing me",
        "I told you, road rage. he rammed my car on purpose and drove off",
    ],
)
def test_a_car_rammed_on_purpose_is_an_attack(text):
    assert account.read_account(text).crime_type == "assault"


@pytest.mark.parametrize(
    "text", ["a van crashed into my car and drove off", "my parked car was hit by a van"]
)
def test_a_crash_is_still_not_an_assault(text):
    assert account.read_account(text).crime_type != "assault"


def test_this_is_the_third_time_you_asked_is_not_a_third_attack():
    text = "mate this is the third time. someone crashed into me deliberately. it's a hit and run"
    assert account.read_account(text).repeat is not True
    assert account.read_account("this is the third time he has done it").repeat is True


# -- Gary, 61: burgled while in hospital; his carer found it ---------------------------------------


def test_the_carer_who_found_the_burglary_is_not_who_did_it():
    text = (
        "Hello. My flat was broken into while I was in hospital. My carer found it when she went "
        "to check on things."
    )
    assert account.read_account(text).offender is None
    assert account.read_account("my carer has been taking money from my purse").offender == (
        "someone_known"
    )


def test_never_said_it_was_someone_i_know_puts_it_right():
    text = (
        "Yes my carer rang the police, they came and took fingerprints. But I don't know who did "
        "it. I never said it was someone I know. The neighbour just helped with the door."
    )
    answers = {"relationship_to_offender": "someone_known", "crime_type": "burglary"}
    assert corrections(text, answers)["relationship_to_offender"] == "unknown"


# -- Olu, 26: robbed at knifepoint of his phone; texting from a friend's phone ---------------------


def test_a_friends_phone_after_his_was_taken_is_not_a_watched_phone():
    text = (
        "some prick just robbed me last night with a knife. took my phone and my bike. im using "
        "my mates phone"
    )
    assert not phone_not_theirs(text)
    assert phone_not_theirs("they check the phone. it is not my phone")
    assert phone_not_theirs("they took my phone so im using my sisters phone and she checks it")


# -- Ruth for Ben, 24: "friends" take his benefits -------------------------------------------------


def test_financial_abuse_by_friends_is_not_domestic_abuse():
    text = (
        "I suppose it's theft, or financial abuse? I've heard it called mate crime. They take most "
        "of his money, about £150 a week."
    )
    assert account.read_account(text, "someone_known").crime_type != "domestic_abuse"
    assert account.read_account("its financial abuse", "partner_or_ex").crime_type == (
        "domestic_abuse"
    )


# -- Ayesha, 27: her mum, who speaks only Bengali, saw her attacked --------------------------------


def test_a_relatives_language_is_not_the_persons():
    text = (
        "someone to talk to. and my mum needs support too, she saw it all and shes really upset. "
        "she only speaks bengali, is there support in bengali for her?"
    )
    said = read_answer("needs", text)
    assert said.value == ["emotional"] and "language" not in said.extra
    text = "no i speak english lol. its my MUM who needs bengali. can she get her own support?"
    assert read_answer("language", text).value == "english"
    assert not account.read_account(text).for_someone_else


@pytest.mark.parametrize(
    "text, language",
    [("bengali please", "bengali"), ("i need someone who speaks polish", "polish")],
)
def test_the_persons_own_language_is_still_read(text, language):
    assert read_answer("language", text).value == language


# -- Chloe, 24: her girlfriend hits her and is home from Sunday night ------------------------------


@pytest.mark.parametrize(
    "text, times",
    [
        ("phone call, but before sunday ideally", "before sunday"),
        (
            "no!! not sunday, BEFORE sunday. she'll be home sunday night. please dont call sunday",
            "before sunday, not sunday",
        ),
        ("not monday, tuesday is fine", "tuesday, not monday"),
    ],
)
def test_a_time_limit_is_kept_whole(text, times):
    assert contact_said(text)["contact_times"] == times


def test_someone_to_talk_to_after_thoughts_of_suicide():
    text = (
        "is there anyone i can talk to about the head stuff. what i said before. not tonight but "
        "generally"
    )
    assert answer(text, "arson", flags=["self_harm"]) == "utter_talk_after_suicidal_thoughts"
    assert answer(text, "arson") != "utter_talk_after_suicidal_thoughts"
    assert answer("what happens next", "arson", flags=["self_harm"]) != (
        "utter_talk_after_suicidal_thoughts"
    )
    assert_one_sms_with_source(
        "utter_talk_after_suicidal_thoughts",
        "-- round 38, main --",
        ({"under_18": True}, {"under_18": False}),
    )
