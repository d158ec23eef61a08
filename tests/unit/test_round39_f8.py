"""Round 39 answers (helper F8): questions about reporting, the police and court that got "I
can't answer that one here" or the wrong text.

- Stanislav, 45, Polish, little English: was his chat's VC- reference a crime number, had he
  reported it, was this chat the police, could he report in Polish.
- Daniel, 23, saw a stabbing: will the man see my statement, with my name on it.
- Aisha, 40, hijab pulled on a bus in front of her children: what happens if I report, will
  they talk to my kids; the bus has cameras.
- Marcus, 31: is there CCTV on the street (not "say you have video"); can my boyfriend get in
  trouble for pulling them off me.
- Mr Okafor, 58: is it too late to report the push a week later (got a head-injury alarm).
- Ravi, 62, shop robbed: can Arjun (cut) get help too; can the court make them pay it back;
  how long to give the police his CCTV; bail conditions to stay away from the shop; someone to
  go to court with him, and his lost day.
- Kelly, 23: is it stalking, can I get an order; will they tell him it was me; do they arrest
  him, will he get let out and come round.
- Hannah, 30, burgled, chose to keep nothing: how to chase the police with only a crime
  number; does a person read this chat; compensation beyond insurance.
- Ahmed, 38: will his lawyer question me, my English; who tells me the court date; bail.
- Nadia, 26: can the council put a camera up, who do I ask; can they close it without telling
  me.
- Fatima, for her mum: the same number keeps ringing, should she answer.
- Grace, 19: keep the messages or block; should I tell my halls.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

ANCHOR = "round 39, helper F8"
NEW = (
    "utter_our_reference_not_crime_number",
    "utter_chat_is_not_a_police_report",
    "utter_chat_is_not_a_fraud_report",
    "utter_report_in_your_language",
    "utter_statement_who_sees_it",
    "utter_what_happens_when_reported",
    "utter_what_happens_when_reported_children",
    "utter_reasonable_force_to_protect",
    "utter_someone_else_hurt_can_get_help",
    "utter_bail_conditions_stay_away",
    "utter_arrest_then_bail",
    "utter_someone_at_court_and_expenses",
    "utter_stalking_and_order_close",
    "utter_they_will_likely_know_it_was_you",
    "utter_chase_the_police",
    "utter_cross_examination_and_interpreter",
    "utter_who_tells_the_court_date",
    "utter_ask_council_for_a_camera",
    "utter_told_if_case_closed",
    "utter_scam_number_rings_again",
    "utter_tell_halls_security",
)

STANISLAV = {"age": 45, "reported_to_police": False, "language": "polish", "consent": True}
DANIEL = {"age": 23, "reported_to_police": False, "relationship_to_offender": "unknown"}
AISHA = {"age": 40, "relationship_to_offender": "stranger", "hate_motivated": True}
MARCUS = {"age": 31, "relationship_to_offender": "stranger", "hate_motivated": True}
OKAFOR = {"age": 58, "relationship_to_offender": "known", "reported_to_police": False}
RAVI = {"age": 62, "relationship_to_offender": "stranger", "reported_to_police": True}
KELLY = {"age": 23, "relationship_to_offender": "partner_or_ex", "reported_to_police": False}
HANNAH = {"consent": False, "reported_to_police": True, "relationship_to_offender": "unknown"}
AHMED = {"age": 38, "relationship_to_offender": "stranger", "reported_to_police": True}
NADIA = {"age": 26, "reported_to_police": True, "impairment": True, "hate_motivated": True}
FATIMA = {"age": 67, "for_someone_else": True, "relationship_to_offender": "stranger"}
GRACE = {"age": 19, "relationship_to_offender": "partner_or_ex", "reported_to_police": False}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        ANCHOR,
        ({}, {"for_someone_else": True}, {"reported_to_police": True}, {"consent": False}),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Stanislav: the chat's reference, whether he has reported, Polish --------------------


@pytest.mark.parametrize(
    "said",
    [
        "VC-TFU9RV is crime number? I give to insurance?",
        "is the VC-TFU9RV number my crime number?",
        "can i give your reference number to my insurance?",
    ],
)
def test_our_reference_is_not_a_crime_number(said):
    assert answer(said, "theft", **STANISLAV) == "utter_our_reference_not_crime_number"


def test_the_reference_answer_is_plain_and_says_how_to_get_one():
    not_reported = sendable("utter_our_reference_not_crime_number", reported_to_police=False)[0]
    assert "not a crime number" in not_reported and "not the police" in not_reported
    assert "met.police.uk" in not_reported and "101" in not_reported
    reported = sendable("utter_our_reference_not_crime_number", reported_to_police=True)[0]
    assert "not a crime number" in reported and "have not reported" not in reported


@pytest.mark.parametrize(
    "said",
    [
        "So I am reported now or not? This chat is police?",
        "Have I reported to police?",
        "have i reported it now by telling you?",
        "is this chat the police?",
        "did i just report it?",
    ],
)
def test_whether_this_chat_was_a_report(said):
    assert answer(said, "theft", **STANISLAV) == "utter_chat_is_not_a_police_report"


def test_after_a_fraud_the_report_goes_to_report_fraud():
    said = "Have I reported to police?"
    assert answer(said, "fraud", **STANISLAV) == "utter_chat_is_not_a_fraud_report"
    (text,) = sendable("utter_chat_is_not_a_fraud_report")
    assert "reportfraud.police.uk" in text and "0300 123 2040" in text


def test_the_report_answer_says_no_and_how():
    (text,) = sendable("utter_chat_is_not_a_police_report", reported_to_police=False)
    assert text.startswith("No. This chat is not the police")
    assert "met.police.uk" in text and "101" in text and "crime number" in text
    (told,) = sendable("utter_chat_is_not_a_police_report", reported_to_police=True)
    assert "already reported" in told


@pytest.mark.parametrize(
    "said", ["I dont understand. You are police yes or no?", "you are the police or not?"]
)
def test_are_you_the_police_yes_or_no(said):
    assert answer(said, "theft", **STANISLAV) == "utter_not_the_police"


@pytest.mark.parametrize(
    "said",
    [
        "Ok. Police website, I can write in Polish? Or phone with translator?",
        "can i report it to the police in polish?",
        "can i call 101 with an interpreter?",
    ],
)
def test_reporting_in_their_own_language(said):
    assert answer(said, "theft", **STANISLAV) == "utter_report_in_your_language"


@pytest.mark.parametrize(
    "said",
    [
        "yes. in polish language please, someone speak polish?",
        "can i have someone translate at court? urdu",
        "Can police come visit me? I need BSL interpreter.",
        "the interpreter is for mum not me. will the police do anything",
    ],
)
def test_other_interpreter_questions_keep_their_answers(said):
    assert answer(said, "theft", **STANISLAV) != "utter_report_in_your_language"


@pytest.mark.parametrize(
    "said",
    [
        "No. How I report? Insurance want crime number. What is crime number?",
        "no",
        "45",
        "yes i reported it on monday",
        "I give the crime number to insurance?",
        "have i reported it to the right place?",
    ],
)
def test_ordinary_messages_are_not_the_reference_or_report_answers(said):
    assert answer(said, "theft", **STANISLAV) not in (
        "utter_our_reference_not_crime_number",
        "utter_chat_is_not_a_police_report",
    )


# -- 2. Daniel: who sees a witness statement -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "forget it. if i give a statement will they put my name on it, will the man see it",
        "will he see my statement?",
        "if i make a statement does the defendant get to read it?",
        "will my name and address be on the statement?",
    ],
)
def test_who_sees_a_witness_statement(said):
    assert answer(said, "assault", **DANIEL) == "utter_statement_who_sees_it"


def test_the_statement_answer_is_honest():
    (text,) = sendable("utter_statement_who_sees_it")
    for part in ("usually get the witness statements", "address", "special measures",
                 "exceptional", "0800 555 111"):  # fmt: skip
        assert part in text, part


@pytest.mark.parametrize(
    "said",
    [
        "do i have to give a statement or can they make me",
        "will he see my victim personal statement?",
        "can i get a copy of my statement?",
        "i gave a statement on saturday",
    ],
)
def test_other_statement_messages_are_not_the_who_sees_answer(said):
    assert answer(said, "assault", **DANIEL) != "utter_statement_who_sees_it"


# -- 3. Aisha: what happens after reporting; her children; the bus cameras -----------------


@pytest.mark.parametrize(
    "said",
    [
        "40. What actually happens if I go to the police? Will they want to talk to my kids? "
        "I don't want them going through it again",
        "Before that, you didn't answer me. If I report to the police what happens next? Do I "
        "have to go to the station? And would my kids need to give statements",
    ],
)
def test_what_happens_when_reported_with_children(said):
    assert answer(said, "assault", **AISHA) == "utter_what_happens_when_reported_children"


@pytest.mark.parametrize(
    "said",
    [
        "what happens if i report it to the police?",
        "if i report to the police what happens next?",
        "do i have to go to the police station?",
    ],
)
def test_what_happens_when_reported(said):
    assert answer(said, "assault", **AISHA) == "utter_what_happens_when_reported"


def test_the_children_answer_is_gentle_and_says_no_station():
    (text,) = sendable("utter_what_happens_when_reported_children")
    assert "without going to a station" in text and "trained officers" in text
    assert "talk to you first" in text


@pytest.mark.parametrize(
    ("said", "crime_type", "answers"),
    [
        ("what happens if i report him, will social services take my kids?", "domestic_abuse",
         {"relationship_to_offender": "partner_or_ex"}),
        ("what happens if i report it, will he find out it was me?", "assault", AISHA),
        ("what happens if i go to the police, will they tell my parents?", "assault",
         {"age": 15, "under_18": True}),
        ("what happens if i report it to action fraud?", "fraud", {}),
    ],
)  # fmt: skip
def test_what_happens_leaves_other_answers_alone(said, crime_type, answers):
    assert answer(said, crime_type, **answers) not in (
        "utter_what_happens_when_reported",
        "utter_what_happens_when_reported_children",
    )


@pytest.mark.parametrize(
    "said",
    [
        "what does enhanced service mean, will they actually look for him? the bus has cameras",
        "information. like how do i report it and will the police actually take it seriously or "
        "just fob me off. also is there cctv on old compton st",
        "i dont have a video?? i was asking if theres cameras on the street. i was on the floor "
        "getting kicked mate i wasnt filming",
        "are there cameras on the bus?",
    ],
)
def test_cameras_where_it_happened_get_the_cctv_answer(said):
    assert answer(said, "assault", **MARCUS) == "utter_cctv"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("my gf filmed the whole thing on her phone tho, does that help?",
         "utter_send_video_evidence"),
        ("would there be cctv on the train?", "utter_cctv_report_soon"),
    ],
)  # fmt: skip
def test_own_video_and_trains_keep_their_answers(said, expected):
    assert answer(said, "assault", **MARCUS) == expected


# -- 4. Marcus: his boyfriend pulled them off him --------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "my bf is worried he'll get done for it cos he shoved one of them off me. he wont will he",
        "forget the yes or no a sec. can my boyfriend get in trouble for pulling them off me?",
        "i pushed him off me, will i get arrested?",
        "could my mate be charged for defending me?",
    ],
)
def test_defending_someone_gets_the_reasonable_force_answer(said):
    assert answer(said, "assault", **MARCUS) == "utter_reasonable_force_to_protect"


def test_the_reasonable_force_answer_does_not_promise():
    (text,) = sendable("utter_reasonable_force_to_protect")
    assert "reasonable" in text and "Criminal Law Act 1967" in text and "legal advice" in text
    assert "won't" not in text


@pytest.mark.parametrize(
    ("said", "crime_type", "answers"),
    [
        ("no we havent. dean doesnt want to get them in trouble. can social services help him?",
         "theft", {}),
        ("i pushed him off me, will i get arrested?", "domestic_abuse",
         {"relationship_to_offender": "partner_or_ex"}),
        ("my boyfriend helped me home, is that ok?", "assault", MARCUS),
    ],
)  # fmt: skip
def test_other_trouble_questions_are_not_the_reasonable_force_answer(said, crime_type, answers):
    assert answer(said, crime_type, **answers) != "utter_reasonable_force_to_protect"


# -- 5. Mr Okafor: a week later, not too late ------------------------------------------------


def test_a_push_a_week_ago_is_not_a_head_injury():
    said = (
        "That is very useful. Should I still report the push to the police, even though it was a "
        "week ago? I did not go to the doctor at the time but I had a bruise on my arm for "
        "several days."
    )
    assert answer(said, "assault", **OKAFOR) == "utter_not_too_late_to_report"


def test_my_question_was_whether_it_is_too_late():
    said = (
        "The bruise has gone now, I did not hit my head. My question was whether it is too late "
        "to report the push to the police."
    )
    assert answer(said, "assault", **OKAFOR) == "utter_not_too_late"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("its been 5 years, is it too late to report it?", "utter_not_too_late"),
        ("is it too late to report it to police now? would they even do anything",
         "utter_police_after_weeks"),
    ],
)  # fmt: skip
def test_too_late_questions_keep_their_answers(said, expected):
    assert answer(said, "assault", **OKAFOR) == expected


# -- 6. Ravi: Arjun, the stolen cash, his CCTV, bail, court ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Yes that is ok. Can Arjun also get help from you or does he need to write himself?",
        "Can he use this service too?",
        "can my colleague also get support?",
    ],
)
def test_someone_else_hurt_can_get_help(said):
    assert answer(said, None, **RAVI) == "utter_someone_else_hurt_can_get_help"
    assert answer(said, "robbery", **RAVI) == "utter_someone_else_hurt_can_get_help"


def test_the_someone_else_answer_names_no_one():
    (text,) = sendable("utter_someone_else_hurt_can_get_help")
    assert "worker" not in text and "victim in their own right" in text
    assert "0808 168 9291" in text


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("can my kids also get help?", AISHA),
        ("can my mum get help too?", {"for_someone_else": True}),
        ("can i get help from you?", RAVI),
    ],
)
def test_family_and_themselves_are_not_the_someone_else_answer(said, answers):
    assert answer(said, "robbery", **answers) != "utter_someone_else_hurt_can_get_help"


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("OK so Arjun should claim himself. And the stolen cash, can the court make them pay it "
         "back if they are caught? My insurance has big excess.", "robbery"),
        ("I have the crime number, I said. Is there any compensation scheme for burglary, or is "
         "insurance it?", "burglary"),
        ("ok forget it. insurance: I'm not sure my contents policy covers the laptop outside the "
         "home. Is there any other way to get money back for the stuff?", "burglary"),
    ],
)  # fmt: skip
def test_the_court_can_order_compensation(said, crime_type):
    assert answer(said, crime_type, **RAVI) == "utter_compensation_order"


@pytest.mark.parametrize(
    "said",
    [
        "do i have to give my crime number to the insurance?",
        "can they make him pay maintenance for the kids?",
        "will the court make me pay?",
    ],
)
def test_other_money_questions_are_not_the_compensation_order(said):
    assert answer(said, "burglary", **RAVI) != "utter_compensation_order"


def test_his_own_cctv_before_it_records_over():
    said = (
        "I am 62. The police asked me for the CCTV from the shop, I have a system but I am not "
        "good with computers, my son usually does it. How long do I have to give it to them? I am "
        "worried it will record over it"
    )
    assert answer(said, "robbery", **RAVI) == "utter_own_cctv_save"


@pytest.mark.parametrize(
    "said",
    [
        "And the bail? Can they be told to stay away from my shop?",
        "If the police catch them will they tell me? And if they get bail they might come back to "
        "the shop, I am worried about that",
        "ok. the man they arrested, if they let him out on bail will they tell me? he knows my car "
        "and my cab firm",
    ],
)
def test_bail_conditions_to_stay_away(said):
    assert answer(said, "robbery", **RAVI) == "utter_bail_conditions_stay_away"


def test_kelly_asks_if_they_arrest_him_and_let_him_out():
    said = (
        "no i mean if i report him to the police myself. what happens, do they arrest him? and "
        "then does he get let out and come round"
    )
    assert answer(said, "online_abuse", **KELLY) == "utter_arrest_then_bail"


@pytest.mark.parametrize(
    "said",
    [
        "will they tell me if he gets bail?",
        "he's on bail and he keeps texting me, what do i do?",
        "he breached his bail and came to my house, what now?",
    ],
)
def test_other_bail_questions_keep_their_answers(said):
    assert answer(said, "assault", **RAVI) not in (
        "utter_bail_conditions_stay_away",
        "utter_arrest_then_bail",
    )


def test_the_bail_answer_says_conditions_and_right_6():
    (text,) = sendable("utter_bail_conditions_stay_away")
    assert "conditions" in text and "Right 6" in text and "999" in text


def test_someone_with_him_at_court_and_his_lost_day():
    said = (
        "I have never been to a court in my life. Will somebody go with me? And will I lose money "
        "for the day off from the shop?"
    )
    assert answer(said, "robbery", **RAVI) == "utter_someone_at_court_and_expenses"
    (text,) = sendable("utter_someone_at_court_and_expenses")
    assert "fare" not in text and "lost earnings" in text and "Witness Service" in text


def test_someone_at_court_alone_keeps_its_answer():
    said = "Unpaid fare? I am not a taxi. And you did not say if someone can come with me to court"
    assert answer(said, "robbery", **RAVI) == "utter_someone_at_court"


# -- 7. Kelly: stalking and an order; will they tell him it was me ---------------------------


def test_is_it_stalking_and_can_i_get_an_order():
    said = (
        "is the daily texting and him turning up stalking? can i get something to make him stay "
        "away like an order"
    )
    assert answer(said, "online_abuse", **KELLY) == "utter_stalking_and_order_close"
    stranger = {**KELLY, "relationship_to_offender": "stranger"}
    assert answer(said, "stalking_harassment", **stranger) == "utter_order_depends_who_it_is"


def test_the_stalking_order_answer():
    (text,) = sendable("utter_stalking_and_order_close")
    assert "non-molestation order" in text and "stalking protection order" in text
    assert "0808 802 0300" in text


@pytest.mark.parametrize(
    "said",
    [
        "if i do go to the police will they tell him it was me who reported it? obviously he'll "
        "know",
        "will the police tell him that i reported it?",
    ],
)
def test_will_they_tell_him_it_was_me(said):
    assert answer(said, "online_abuse", **KELLY) == "utter_they_will_likely_know_it_was_you"
    stranger = {**KELLY, "relationship_to_offender": "stranger"}
    assert answer(said, "assault", **stranger) == "utter_will_they_know"


def test_ordinary_stalking_messages_keep_their_answers():
    assert answer("is this stalking even if he never threatened me?", "stalking_harassment") == (
        "utter_is_it_stalking"
    )
    assert answer("23", "online_abuse", **KELLY) is None


# -- 8. Hannah: chasing the police; who reads an unkept chat --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Practical help. Mainly the locks, they broke the back door, and insurance. Also can I "
        "find out if the police have actually done anything? Nobody has called me since",
        "No. And the police updates question?",
        "ok. so am I supposed to hear from the police? it's been 8 days and nothing",
        "how do I chase it? I just have a crime number, no officer name",
    ],
)
def test_how_to_chase_the_police(said):
    assert answer(said, "burglary", **HANNAH) == "utter_chase_the_police"


def test_the_chase_answer_says_101_and_the_crime_number():
    (text,) = sendable("utter_chase_the_police")
    assert "101" in text and "crime number" in text and "Right 6" in text


@pytest.mark.parametrize(
    ("said", "crime_type", "expected_not"),
    [
        ("before that - the police never got back to me after i reported it twice. am i allowed "
         "to chase them? i dont even have a crime number i dont think", "stalking_harassment",
         "utter_chase_the_police"),
        ("how can i get an update on my referral?", "burglary", "utter_chase_the_police"),
        ("how do i chase the bank about my refund?", "fraud", "utter_chase_the_police"),
    ],
)  # fmt: skip
def test_other_chasing_is_not_the_police_answer(said, crime_type, expected_not):
    assert answer(said, crime_type, **HANNAH) != expected_not


def test_a_person_cannot_read_a_chat_that_is_not_kept():
    said = "If I say human, does a person read this chat? I said I didn't want anything kept"
    assert answer(said, "burglary", **HANNAH) == "utter_handoff_no_consent"
    assert answer(said, "burglary", **{**HANNAH, "consent": True}) != "utter_handoff_no_consent"


# -- 9. Ahmed: cross-examination, his English, the court date --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "thanks. at the trial will his lawyer ask me questions? i worry my english not perfect, "
        "they will make me look stupid",
        "will i be cross examined?",
        "will the defence barrister question me?",
    ],
)
def test_cross_examination_and_an_interpreter(said):
    assert answer(said, "assault", **AHMED) == "utter_cross_examination_and_interpreter"


def test_his_lawyer_asking_for_bail_is_not_cross_examination():
    said = "his lawyer will ask for bail, will they tell me?"
    assert answer(said, "assault", **AHMED) != "utter_cross_examination_and_interpreter"


@pytest.mark.parametrize(
    "said",
    [
        "and who tell me the court date? i need to book off the app",
        "who will tell me when the trial is?",
        "how will i know the court date?",
    ],
)
def test_who_tells_them_the_court_date(said):
    assert answer(said, "assault", **AHMED) == "utter_who_tells_the_court_date"


def test_the_court_date_answer_names_the_witness_care_unit():
    (text,) = sendable("utter_who_tells_the_court_date")
    assert "Witness Care Unit" in text and "Right 8" in text and "can't make" in text


# -- 10. Nadia: a camera on the estate; closing the case without telling her ---------------


@pytest.mark.parametrize(
    "said",
    [
        "english. what about the camera? who do i even ask",
        "ok but nobody is answering my question about getting a camera put up by the council. "
        "should i ask housing or the police or who",
        "can the council put a camera up or something?",
    ],
)
def test_asking_the_council_for_a_camera(said):
    assert answer(said, "criminal_damage", **NADIA) == "utter_ask_council_for_a_camera"


def test_compensation_asked_first_is_answered_first():
    said = (
        "practical help mainly. the tyres cost me nearly 400 quid and motability are getting fed "
        "up with me. can i get compensation for that? and can the council put a camera up or "
        "something"
    )
    assert answer(said, "criminal_damage", **NADIA) == "utter_compensation_order"


@pytest.mark.parametrize(
    "said",
    [
        "are there cameras in the shop?",
        "will the council check the cameras?",
        "i have cctv, what do i do with it?",
    ],
)
def test_other_camera_questions_are_not_the_council_answer(said):
    assert answer(said, "criminal_damage", **NADIA) != "utter_ask_council_for_a_camera"


@pytest.mark.parametrize(
    "said",
    [
        "the officer said they'd probably close it. can they just do that without telling me? "
        "feels like no one cares tbh",
        "will the police tell me if they close the case?",
    ],
)
def test_a_case_is_not_closed_without_telling_them(said):
    assert answer(said, "criminal_damage", **NADIA) == "utter_told_if_case_closed"


def test_the_cps_dropping_charges_is_not_the_closed_answer():
    said = "can the cps drop the charges without telling me?"
    assert answer(said, "assault", **AHMED) != "utter_told_if_case_closed"


# -- 11. Fatima: the same number keeps ringing her mum -----------------------------------------


def test_should_mum_answer_the_same_number():
    said = (
        "OK. One more thing, the same number has rung mum twice since. Should she answer? I'm "
        "scared they'll get her again"
    )
    assert answer(said, "fraud", **FATIMA) == "utter_scam_number_rings_again"
    (for_her,) = sendable("utter_scam_number_rings_again", for_someone_else=True)
    assert "they don't answer" in for_her and "159" in for_her


def test_answering_tonight_keeps_the_bank_answer():
    said = "Should I answer the telephone if he rings back tonight?"
    assert answer(said, "fraud") == "utter_bank_scam"


# -- 12. Grace: keep or block; tell her halls -----------------------------------------------


def test_keep_the_messages_or_block():
    said = "what do i do about the messages, do i keep them or just block"
    assert answer(said, "stalking_harassment", **GRACE) == "utter_save_then_block"


@pytest.mark.parametrize(
    "said",
    [
        "thanks. should i tell my halls about him turning up? theres a security guy sometimes",
        "should i tell uni security?",
    ],
)
def test_telling_her_halls(said):
    assert answer(said, "stalking_harassment", **GRACE) == "utter_tell_halls_security"


@pytest.mark.parametrize(
    "said",
    [
        "u didnt answer, will the police tell my college?",
        "should i tell security at work?",
        "after lectures so like after 4",
    ],
)
def test_other_telling_questions_are_not_the_halls_answer(said):
    assert answer(said, "stalking_harassment", **GRACE) != "utter_tell_halls_security"
