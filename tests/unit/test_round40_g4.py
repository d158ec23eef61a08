"""Round 40 answers (helper G4): questions that mattered and got "I can't answer that one here"
or a wrong answer.

- George, 63, £40,000 sent to "Anna" met on a dating site: "Should I send the £2000?" and the
  same told as a plan; "Is Anna a scammer?"; her visa set off the immigration answer.
- Tariq, 27, phone snatched by a moped rider: "is it worth reporting" five times; going to get
  the tracked phone back himself.
- Dennis, 77, partially sighted, bank impersonation scam: how to know the support worker is real;
  call blockers.
- Ruth, 84, agency carer taking cash and a watch: tell the agency first?; warning her and her
  remaining jewellery; post instead of email.
- Frank, 59, months of ASB: who to go to when police and council both ignore him.
- Gloria, 69, grandson takes money: "will they tell the police?" (got "Yes."); help for him.
- Alan, 48, sleeping rough off the Strand, no phone: where to go.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import corrections

NEW = (
    "utter_g4_romance_scam_signs",
    "utter_g4_worth_reporting",
    "utter_g4_know_its_really_us",
    "utter_g4_stop_scam_calls",
    "utter_g4_carer_agency_first",
    "utter_g4_carer_valuables",
    "utter_g4_no_post",
    "utter_g4_asb_case_review",
    "utter_g4_no_police_and_help_for_him",
    "utter_g4_help_for_relative",
    "utter_g4_rough_sleeping_westminster",
    "utter_g4_rough_sleeping",
)
GEORGE = {"age": 63, "relationship_to_offender": "known", "repeat_victimisation": True}
TARIQ = {"age": 27, "relationship_to_offender": "stranger", "reported_to_police": False}
DENNIS = {"age": 77, "impairment": True, "relationship_to_offender": "stranger"}
RUTH = {"age": 84, "relationship_to_offender": "known", "impairment": True}
FRANK = {"age": 59, "repeat_victimisation": True, "relationship_to_offender": "known"}
GLORIA = {"age": 69, "relationship_to_offender": "family_member"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 40, helper G4", ({}, {"consent": True}, {"for_someone_else": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. George: sending Anna more money ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I don't understand you at all. My daughter showed me some article about 'romance "
        "scams' and the broken camera and the customs fees were on the list. But Anna knows "
        "things about me, she cares. I don't know what to think. Should I send the £2000 or not?",
        "Should I send her the £500?",
        "Well there we are. 'It's not a scam.' I'll show my daughter that. Anna needs another "
        "£2,000 for her flight next week, I was going to send it Friday.",
        "She needs another £300 for the visa, I'm going to send it tomorrow",
    ],
)
def test_sending_more_money_to_a_romance_scammer_gets_dont_send(said):
    assert answer(said, "fraud", **GEORGE) == "utter_romance_scam_dont_send"


@pytest.mark.parametrize(
    "said",
    [
        "I don't mean YOU. I mean Anna. Is Anna a scammer? Is she even real?",
        "We met on a dating site, she's a nurse in Ukraine. She's had terrible luck, her "
        "mother's operation, then customs fees for her visa. I've just never been able to video "
        "call her, her camera is broken. Does that sound like a scam to you? Honestly?",
    ],
)
def test_is_she_a_scammer_gets_the_signs(said):
    assert answer(said, "fraud", **GEORGE) == "utter_g4_romance_scam_signs"


def test_his_first_message_gets_the_signs_not_immigration():
    said = (
        "No of course not. Anna would never hurt anyone. We met on a dating site, she's a nurse "
        "in Ukraine. She's had terrible luck, her mother's operation, then customs fees for her "
        "visa. We talk every day. I've just never been able to video call her, her camera is "
        "broken. Does that sound like a scam to you? Honestly?"
    )
    assert answer(said, None) == "utter_g4_romance_scam_signs"


def test_born_in_hanwell_is_not_an_immigration_question():
    said = (
        "I beg your pardon? My immigration status? I was born in Hanwell. Why on earth are you "
        "talking about that. I asked whether you think it's a scam."
    )
    assert answer(said, "fraud", **GEORGE) != "utter_immigration"


@pytest.mark.parametrize(
    "said",
    [
        "will they tell immigration?",
        "will the police check my visa?",
        "is my visa a problem if I report it?",
    ],
)
def test_own_immigration_questions_still_get_the_immigration_answer(said):
    assert answer(said, "assault") == "utter_immigration"


def test_quoting_the_bot_is_not_taking_back_the_scam():
    said = (
        "Well there we are. 'It's not a scam.' I'll show my daughter that. Anna needs another "
        "£2,000 for her flight next week, I was going to send it Friday."
    )
    assert "crime_type" not in corrections(said, {"crime_type": "fraud", **GEORGE})


@pytest.mark.parametrize(
    "said",
    [
        "Should I send my bank statements to the police?",
        "I sent most of it by Western Union to Kyiv, and some as iTunes vouchers she asked for. "
        "So would the bank refund that?",
        "Will they tell my bank or the police without asking me?",
        "I'll send you the screenshots",
    ],
)
def test_other_fraud_messages_are_not_dont_send(said):
    assert answer(said, "fraud", **GEORGE) not in (
        "utter_romance_scam_dont_send",
        "utter_g4_romance_scam_signs",
    )


# -- 2. Tariq: is it worth reporting, and going to get the phone -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "whatever yeah fine. but is there a point reporting it or not",
        "no. thats literally what im asking u. is it worth it or do the police just give u a "
        "crime number and do nothing. 3rd time asking lol",
        "ok so i gotta report it for insurance. but be honest is it actually worth it, will they "
        "even look at it? feels like a waste of time",
        "is there any point reporting it to the police",
    ],
)
def test_is_it_worth_reporting_gets_yes(said):
    assert answer(said, "theft", **TARIQ) == "utter_g4_worth_reporting"


def test_fraud_keeps_the_report_fraud_answer():
    assert (
        answer("is it even worth reporting to the police?", "fraud", **GEORGE)
        == "utter_worth_reporting"
    )


def test_already_reported_is_not_asked_whether_to_report():
    said = "will they even look at it? feels like a waste of time reporting"
    assert answer(said, "theft", **{**TARIQ, "reported_to_police": True}) != (
        "utter_g4_worth_reporting"
    )


@pytest.mark.parametrize(
    "said",
    [
        "info. like can i track it with find my iphone and go get it back myself? it was showing "
        "in leyton last night",
        "english. u didnt answer. find my iphone says its in leyton. me and my boys can just go "
        "there and get it back yeah?",
    ],
)
def test_going_to_get_a_tracked_phone_gets_dont_go(said):
    assert answer(said, "theft", **TARIQ) == "utter_tracked_property"


# -- 3. Dennis: is it really them, and call blockers -----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Yes. But how will I know it is really them and not another scammer?? That is what "
        "happened last time",
        "Thank you. So when they ring, how do I know it is you. Will they ask me for any bank "
        "details?",
        "how do i know its genuine when they call?",
    ],
)
def test_how_to_know_its_really_the_support_worker(said):
    assert answer(said, "fraud", **DENNIS, referral_consent=True) == "utter_g4_know_its_really_us"


def test_how_to_know_an_email_is_genuine_is_not_about_us():
    said = "how do i know if its genuine? the email says its from hmrc"
    assert answer(said, "fraud", **DENNIS) != "utter_g4_know_its_really_us"


def test_a_bank_caller_is_not_a_romance():
    said = "the man said he was from my bank, was he real?"
    assert answer(said, "fraud", **DENNIS) != "utter_g4_romance_scam_signs"


@pytest.mark.parametrize(
    "said",
    [
        "Information and practical help. How do I stop this happening again? My daughter says I "
        "should get a call blocker",
        "Good. Last thing, what can I do to stop these calls. Is a call blocker a good idea. And "
        "is there anything for blind people, my eyes are why I couldn't check the number",
    ],
)
def test_call_blockers(said):
    assert answer(said, "fraud", **DENNIS) == "utter_g4_stop_scam_calls"


# -- 4. Ruth: the agency, her jewellery, and post ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No, not yet. That is rather what I wished to ask. Ought I to tell the agency first, "
        "before the police? I should not like to accuse the girl wrongly.",
        "Before I say yes, is there not an organisation for older people in my position? And you "
        "have not told me whether I should speak to the agency first.",
    ],
)
def test_tell_the_agency_first(said):
    assert answer(said, "theft", **RUTH) == "utter_g4_carer_agency_first"


def test_warning_the_carer_and_the_jewellery():
    said = (
        "Very well. Should I telephone the agency myself, or will that warn her and she will "
        "take more? I have a little jewellery left of my mother's."
    )
    assert answer(said, "theft", **RUTH) == "utter_g4_carer_valuables"


def test_post_instead_of_email_is_answered():
    said = (
        "I am not using a telephone, I am on my computer. Please do not email me then. Could "
        "they write to me by post instead? 14 Abingdon Villas, W8."
    )
    done = {**RUTH, "referral_consent": True, "contact_method": "email", "consent": True}
    assert answer(said, "theft", **done) == "utter_g4_no_post"


def test_a_letter_from_the_court_is_not_asking_for_post():
    done = {**RUTH, "referral_consent": True, "contact_method": "email", "consent": True}
    said = "the court will write to me by post about the date, will they contact me too?"
    assert answer(said, "theft", **done) != "utter_g4_no_post"


def test_the_carer_rows_leave_other_carer_questions_alone():
    assert answer("Who is the support team, may I ask?", "theft", **RUTH) not in (
        "utter_g4_carer_agency_first",
        "utter_g4_carer_valuables",
    )


# -- 5. Frank: the ASB Case Review -------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "forget insurance. anti social behaviour. who do i go to when police and council both "
        "ignore you",
        "i said insurance wont pay. is there anything that actually makes it stop. ive had enough",
    ],
)
def test_asb_ignored_gets_the_case_review(said):
    assert answer(said, "criminal_damage", **FRANK) == "utter_g4_asb_case_review"


def test_insurance_alone_still_gets_the_insurance_answer():
    said = "whats a support service gonna do. fix my windows? its 300 quid every time, insurance"
    assert answer(said + "?", "criminal_damage", **FRANK) != "utter_g4_asb_case_review"


# -- 6. Gloria: will they tell the police, and help for her grandson --------------------------


def test_will_they_tell_the_police_and_help_for_him():
    said = (
        "Thank you. The Hourglass one sound good for me. But if I say yes to pass my details, "
        "will they tell the police? I dont want police knocking at my door for Marcus. And still "
        "nobody tell me if there is help for him, for the drugs and the anger"
    )
    assert answer(said, "domestic_abuse", **GLORIA) == "utter_g4_no_police_and_help_for_him"


def test_will_they_tell_the_police_alone_is_no():
    said = "If I say yes, will they tell the police? I dont want him arrested"
    assert answer(said, "domestic_abuse", **GLORIA) == "utter_support_not_police"


@pytest.mark.parametrize(
    "said",
    [
        "A family member. Like I said it is Marcus my grandson. Please I dont want the police to "
        "come and take him away, he has nowhere else to go. Is there any help for him too? I "
        "think he is mixed up with bad people and maybe the drugs, he was not like this before",
        "But you did not answer me about Marcus, is there somebody who can help him with his "
        "troubles? I pray for him every night",
        "God bless you. One last thing, I ask three times now, is there anybody who help young "
        "men like Marcus with drugs and anger? I want him to get better not to be punished",
    ],
)
def test_help_for_her_grandson(said):
    assert answer(said, "domestic_abuse", **GLORIA) == "utter_g4_help_for_relative"


def test_a_stranger_is_not_given_help_for_him():
    said = "is there any help for him? he was on drugs"
    assert answer(said, "assault", relationship_to_offender="stranger") != (
        "utter_g4_help_for_relative"
    )


# -- 7. Alan: sleeping rough -------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "on library computer only got 30 mins. got beat up last night by 2 blokes while i was "
        "asleep in a doorway off the strand. they took my bag and sleeping bag. where can i go "
        "tonight",
        "i cant ring nobody i got no phone. is there anywhere i can just walk to today. a day "
        "centre or a shelter or something near the strand",
    ],
)
def test_rough_sleeping_near_the_strand(said):
    assert answer(said, None) == "utter_g4_rough_sleeping_westminster"
    assert answer(said, "assault") == "utter_g4_rough_sleeping_westminster"


def test_rough_sleeping_elsewhere():
    said = "im homeless, sleeping rough in croydon. where can i sleep tonight"
    assert answer(said, "assault") == "utter_g4_rough_sleeping"


@pytest.mark.parametrize(
    "said",
    [
        "where can i go tonight, he will kill me if i go home",
        "is there a shelter i can go to? my husband hits me",
    ],
)
def test_abuse_at_home_is_not_the_rough_sleeping_answer(said):
    assert answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex") not in (
        "utter_g4_rough_sleeping",
        "utter_g4_rough_sleeping_westminster",
    )
