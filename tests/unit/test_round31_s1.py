"""Round 31 answers (helper S1): urgent safety questions asked mid-conversation that got "I
can't answer your question here" or an unrelated answer, 2 to 7 times each.

- Sarah, 29: her ex hid an AirTag under her car bumper. "should I take the airtag off or leave
  it??" got the stolen-phone answer ("lock or erase the phone remotely").
- Precious, 33: her partner tried to break the door down and has keys; the tenancy is hers. "can
  he come back" and "can police stop him coming back?" got nothing or a court order.
- Fatima, whose son Abdi, 14, was stabbed: "the boys say they come again, what i do?" and "is
  there help for children?" got "I can't answer".
- Jade, 16, blackmailed over pictures: "he said tonight", "should i just send them so he
  stops??", "am i gonna get in trouble??" got nothing.
- Joe, 17, robbed: "what happens if i see them again" got the court answer; "can i get my phone
  back or nah" got witness expenses.
- Gwen, 84, hard of hearing: "Is there another way to contact the bank?" was told again to dial
  159; "Could I go into my branch instead?" got "I can't answer".

The new answers are at the end of bot/domain/responses_answers.yml with their sources."""

from __future__ import annotations

import re

import pytest
from known_answers import ALL_RESPONSES, ORGANISATIONS, answer, sendable, sources_above

from core.text import SMS_LIMIT

NEW = (
    "utter_tracker_on_you",
    "utter_partner_coming_back",
    "utter_help_for_child_victim",
    "utter_threat_to_child",
    "utter_threat_young",
    "utter_sextortion_not_your_fault",
    "utter_stolen_phone_back",
    "utter_bank_without_phoning",
)
ANSWERS_HERE = (*NEW, "utter_sextortion", "utter_rogue_traders_back", "utter_threat_to_return")

ORDINARY = (
    "no", "yes", "NO", "29", "33", "17", "84", "16", "my ex", "my partner", "a stranger",
    "skip", "english", "Islington", "croydon", "Bromley.", "lewisham", "sutton", "not sure",
    "text", "Text message", "feeling safe", "A woman", "yes ok", "Yes, I live alone.",
    "They were strangers. One said his name was Dave. They had a white van.",
    "nah first time. but they said next time is worse", "no. not snitching",
    "Abdi is 14. me 52", "yes Abdi very scared", "i said no already", "girl",
    "my son is 7 he keeps asking if daddy is coming back", "my car is in the garage",
    "I bought an airtag for my keys", "he took the bus home", "the police have his phone",
    "I went into the branch yesterday", "tonight is fine for a call", "he has my number",
)  # fmt: skip
CRIME_TYPES = (
    "domestic_abuse", "assault", "serious_violence", "stalking_harassment", "robbery", "theft",
    "fraud", "online_abuse", None,
)  # fmt: skip


# -- the answers themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in ALL_RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"under_18": True}, {"for_child": True}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name)
    assert "SOURCE" in comments, name
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b|\bentry\b|\butter_\w+", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in ALL_RESPONSES[name]:
        text = variant["text"].replace("can't promise", "")
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", text), name


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    known = {
        re.sub(r"\D", "", str(org.contact.phone)) for org in ORGANISATIONS if org.contact.phone
    } | {"999", "101", "111", "18001"}
    for variant in ALL_RESPONSES[name]:
        text = re.sub(r"£[\d,]+", "", variant["text"])
        for number in re.findall(r"\b\d[\d ]{1,14}\d\b", text):
            if re.fullmatch(r"\d+ to \d+", number):
                continue
            assert re.sub(r"\D", "", number) in known, (name, number)


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(text, crime_type, relationship_to_offender="someone_known")
    assert said not in ANSWERS_HERE, (text, crime_type)


# -- 1. Sarah: an AirTag hidden on her car --------------------------------------------------------


@pytest.mark.parametrize("crime_type", ["stalking_harassment", "domestic_abuse", None])
@pytest.mark.parametrize(
    "text",
    [
        "hi, I found an airtag hidden under my car bumper yesterday. I left my ex 2 months ago. "
        "he's also turned up at my gym twice and keeps messaging me from new numbers. should I "
        "take the airtag off or leave it??",
        "yes ok. but the airtag - do I leave it? I'm scared if I take it off he'll know I found it",
        "what? nothing's been stolen. HE put a tracker on MY car to follow me. I'm at my friend's "
        "now, I'm safe here",
        "29. sorry but I really need to know about the airtag, I have to drive home at some point. "
        "what do I do with it",
        "my ex. you keep ignoring the airtag question",
        "feeling safe. what should I do about the tracker on my car",
        "yes please, text this number any time. last time: do I leave the airtag on the car or "
        "take it off?",
    ],
)
def test_a_tracker_hidden_on_her_car_is_answered(text, crime_type):
    assert answer(text, crime_type, relationship_to_offender="partner_or_ex") == (
        "utter_tracker_on_you"
    )


def test_the_tracker_answer_is_about_stalking_not_a_stolen_phone():
    said = sendable("utter_tracker_on_you")[0]
    assert "stalking" in said and "0808 802 0300" in said
    assert "photograph" in said and "101" in said and "999" in said
    assert "choice" in said  # her decision, not an order
    assert "iCloud" not in said and "erase" not in said


@pytest.mark.parametrize(
    "text",
    [
        "should I take the airtag off or leave it??",
        "do I leave the airtag on the car or take it off?",
        "he put a tracker on my car. can i take it off?",
    ],
)
def test_the_stolen_phone_answer_never_fires_for_a_tracker_on_them(text):
    from actions.questions import asks_to_fetch_tracked_property

    assert not asks_to_fetch_tracked_property(text)
    for crime_type in CRIME_TYPES:
        assert answer(text, crime_type) != "utter_tracked_property", (text, crime_type)


@pytest.mark.parametrize(
    "text",
    [
        "find my iphone says its in a flat in brixton rn. can i just go get it",
        "the airtag i put in my bag says its in peckham, can i go and get it?",
    ],
)
def test_their_own_tracker_on_stolen_things_keeps_the_tracked_property_answer(text):
    assert answer(text, "theft") == "utter_tracked_property"
    assert answer(text, "robbery") == "utter_tracked_property"


# -- 2. Precious: can he come back, he has keys -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "relationship"),
    [
        (
            "police are with me now so yes for now. but he can come back tonight cant he? he "
            "still has a key",
            None,
            None,
        ),
        (
            "i told u already my partner tried to break the door down!! please answer me can he "
            "come back, hes got keys",
            None,
            None,
        ),
        ("feeling safe. i need the locks changed he has keys. and help for my kids", None, None),
        (
            "yes. but what about tonight, can i change the locks? his name isnt on the tenancy "
            "its mine. can police stop him coming back?",
            "domestic_abuse",
            "partner_or_ex",
        ),
        (
            "im safe now police r here. i just need to know about the locks and if police can "
            "keep him away. why wont u answer that",
            "domestic_abuse",
            "partner_or_ex",
        ),
    ],
)
def test_whether_her_partner_can_come_back_is_answered(text, crime_type, relationship):
    said = answer(text, crime_type, relationship_to_offender=relationship)
    assert said == "utter_partner_coming_back", text


def test_the_answer_names_the_notice_the_locks_and_999():
    said = sendable("utter_partner_coming_back")[0]
    assert "protection notice" in said and "officers with you" in said
    assert "locks" in said and "tenancy" in said and "999" in said and "0808 2000 247" in said


def test_a_burglar_with_a_key_keeps_the_locks_answer():
    text = (
        "I would like to know whether anyone can help me to have my locks changed, as I believe "
        "the man may have a key?"
    )
    assert answer(text, "burglary") == "utter_locks_changed"


@pytest.mark.parametrize(
    "text",
    [
        "can he come back to court with me?",
        "my son is 7 he keeps asking if daddy is coming back",
        "the landlord changed the locks",
    ],
)
def test_near_misses_do_not_get_the_coming_back_answer(text):
    for crime_type in CRIME_TYPES:
        assert answer(text, crime_type) != "utter_partner_coming_back", (text, crime_type)


# -- 3. Fatima: threats to her son, and help for children ----------------------------------------

FATIMA = {"for_child": True, "age": 14, "language": "somali"}


@pytest.mark.parametrize(
    "text",
    [
        "police come to hospital, they talk Abdi. after, nobody call me. the boys say they come "
        "again, what i do?",
        "yes, the boys message him every day. i am afraid they kill my son. please what i do",
    ],
)
def test_threats_to_her_son_get_the_threat_answer_for_a_parent(text):
    assert answer(text, "assault", **FATIMA) == "utter_threat_to_child"
    assert answer(text, None, **FATIMA) == "utter_threat_to_child"


def test_the_parents_threat_answer_keeps_the_messages_and_the_police():
    said = sendable("utter_threat_to_child", for_child=True)[0]
    assert "101" in said and "999" in said and "messages" in said and "crime" in said
    assert "your child" in said


@pytest.mark.parametrize(
    "text",
    [
        "yes. please somali. Abdi is only 14, is there help for children?",
        "is there help for children?",
    ],
)
def test_help_for_a_child_victim_is_answered_from_the_directory(text):
    assert answer(text, "assault", **FATIMA) == "utter_help_for_child_victim"


def test_the_help_for_children_names_only_organisations_in_the_directory():
    said = sendable("utter_help_for_child_victim")[0]
    names = {org.id: org for org in ORGANISATIONS}
    for org_id in ("childline", "nspcc-helpline", "redthread", "london-victim-and-witness-service"):
        assert org_id in names
    assert "0800 1111" in said and "0808 800 5000" in said and "Redthread" in said


def test_bereaved_children_keep_their_answer():
    said = answer("is there any help for the children?", "homicide", bereaved=True, for_child=True)
    assert said != "utter_help_for_child_victim"


def test_a_partner_threat_is_left_to_the_danger_screen():
    said = answer(
        "he said he will come again tonight, what do i do?",
        "domestic_abuse",
        relationship_to_offender="partner_or_ex",
    )
    assert said not in ("utter_threat_to_child", "utter_threat_young")


# -- 4. Jade: sextortion with a deadline ---------------------------------------------------------

JADE = {"account_details": ["online"]}


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "not like in danger danger im at home. but he keeps messaging me saying i have til "
            "tonight. what do i do",
            JADE,
        ),
        (
            "no. hes my boyfriend sort of. well i thought he was. he said hes 25. pls just tell me "
            "what to do he said tonight",
            JADE,
        ),
        (
            "idk hes sort of my bf but ive never met him irl. should i just send them so he "
            "stops??",
            {**JADE, "under_18": True, "age": 16},
        ),
        (
            "hes not my boyfriend really i never met him. and ur still not telling me what to do "
            "about tonight!! he said tonight",
            {**JADE, "under_18": True, "age": 16},
        ),
    ],
)
def test_a_sextortion_deadline_gets_the_sextortion_answer(text, slots):
    for crime_type in ("stalking_harassment", "online_abuse", None):
        assert answer(text, crime_type, **slots) == "utter_sextortion", (text, crime_type)


def test_the_young_persons_sextortion_answer_says_not_to_send_more():
    said = sendable("utter_sextortion", under_18=True)[0]
    assert "send more" in said and "0800 1111" in said and "ceop.police.uk" in said


def test_whether_she_is_in_trouble_is_answered():
    text = "no. wait am i gonna get in trouble?? theyre like private pics and im 16"
    for crime_type in ("stalking_harassment", "online_abuse", None):
        assert answer(text, crime_type, **JADE) == "utter_sextortion_not_your_fault"
    said = sendable("utter_sextortion_not_your_fault")[0]
    assert "never to blame" in said and "0800 1111" in said


def test_a_deadline_from_a_partner_without_pictures_is_not_sextortion():
    said = answer(
        "he said tonight hes coming round, what do i do?",
        "domestic_abuse",
        relationship_to_offender="partner_or_ex",
    )
    assert said != "utter_sextortion"


# -- 5. Joe: if they see him again, and his phone -------------------------------------------------

JOE = {"age": 17, "under_18": True}


@pytest.mark.parametrize(
    "text",
    [
        "its not going court cos im not telling no one. what happens if i see them again tho, "
        "like whats the move",
        "safe. but fr what do i do if they roll up on me again, they know where i live",
        "nah im home. but man's dead if they see me again fr, they know my ends",
    ],
)
def test_joe_is_told_what_to_do_if_they_come_again(text):
    assert answer(text, "robbery", **JOE) == "utter_threat_young"


def test_before_his_age_is_known_he_gets_the_threat_answer():
    text = "nah im home. but man's dead if they see me again fr, they know my ends"
    assert answer(text, None) == "utter_threat_to_return"


def test_the_young_persons_threat_answer():
    said = sendable("utter_threat_young", under_18=True)[0]
    assert "999" in said and "adult you trust" in said and "fearless.org" in said
    assert "0800 1111" in said and "Don't go after them" in said


def test_seeing_them_at_court_keeps_the_court_answer():
    said = answer("what if i see them again at court?", "robbery", **JOE)
    assert said != "utter_threat_young"


@pytest.mark.parametrize(
    "text",
    ["feeling safe i guess. and can i get my phone back or nah", "will i get my phone back?"],
)
def test_his_phone_back_is_answered(text):
    assert answer(text, "robbery", **JOE) == "utter_stolen_phone_back"
    said = sendable("utter_stolen_phone_back")[0]
    assert "IMEI" in said and "iCloud.com/find" in said and "android.com/find" in said
    assert "can't say" in said  # no promise it will be found


def test_other_things_back_keep_the_property_answer():
    assert answer("will i get my things back?", "burglary") == "utter_property"


# -- 6. Gwen: the bank without a phone, and the traders coming back -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am not in danger, thank you. However I am rather hard of hearing and I find the "
        "telephone very difficult. Is there another way to contact the bank?",
        "No, I have not. I explained that I cannot manage the telephone well. Could I go into my "
        "branch instead? It is in Bromley High Street.",
    ],
)
def test_gwen_is_told_how_to_reach_her_bank_without_phoning(text):
    assert answer(text, "fraud") == "utter_bank_without_phoning"
    said = sendable("utter_bank_without_phoning")[0]
    assert "branch" in said and "159" not in said and "18001" in said


def test_a_caller_still_gets_159():
    assert answer("should I ring Barclays first?", "fraud") == "utter_bank_scam"


def test_her_worry_that_they_come_back_gets_the_doorstep_answer():
    text = (
        "No. Although they did say they would come back to finish the guttering. I am worried "
        "they will."
    )
    assert answer(text, "fraud") == "utter_rogue_traders_back"
    asked = "I do not believe so. Perhaps because I am old and live alone. What should I do if "
    asked += "they knock on my door again?"
    assert answer(asked, "fraud") == "utter_rogue_traders_back"


def test_a_stolen_card_keeps_its_own_bank_answer():
    text = "they took my bank card. can i go into my branch instead?"
    assert answer(text, "robbery") != "utter_bank_without_phoning"
    assert answer(text, "fraud", account_details=["card_taken"]) != "utter_bank_without_phoning"


@pytest.mark.parametrize(
    "text",
    [
        "can he come in with me to the appointment?",
        "is it ok to put an airtag in my bag?",
        "my airtag is on my keys, should i leave it on?",
    ],
)
def test_other_near_misses_get_none_of_these_answers(text):
    for crime_type in CRIME_TYPES:
        said = answer(text, crime_type, relationship_to_offender="partner_or_ex")
        assert said not in ("utter_partner_coming_back", "utter_tracker_on_you"), (text, crime_type)


def test_a_child_who_saw_abuse_at_home_is_not_sent_to_redthread():
    said = answer("is there help for children?", "domestic_abuse", for_child=True)
    assert said != "utter_help_for_child_victim"
