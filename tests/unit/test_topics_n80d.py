"""Round 80, helper n80d: stalking, safety, police and children's questions passed over or
answered about something else (Rita, Aliyah, Callum, Precious, Nadia, Zara), with other
people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions import topics
from tests.unit.known_answers import DOMAIN, after_result, assert_one_sms_with_a_source, at_question

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_n80d_no_threat_needed",
    "utter_n80d_security_cost",
    "utter_n80d_following_worth_reporting",
    "utter_n80d_if_follower_is_there",
    "utter_n80d_money_demanded",
    "utter_n80d_school_keep_name_out",
    "utter_n80d_child_arrangements_school",
    "utter_n80d_btp_not_too_late",
    "utter_n80d_btp_text_no_call",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


# -- 1. Rita, 66: anonymous letters and dead flowers ------------------------------------------

RITA_SAID = (
    "For about three months someone has been sending me letters with no name on them saying "
    '"we know what you did" and leaving dead flowers on my doorstep. I have no idea what they '
    "mean. I've told the police twice.",
)
RITA = {
    "consent": True,
    "said": RITA_SAID,
    "crime_type": "stalking_harassment",
    "repeat_victimisation": True,
    "reported_to_police": True,
    "age": 66.0,
    "relationship_to_offender": "unknown",
}


def test_rita_is_this_what_they_call_stalking():
    text = (
        "Yes, that's quite alright. May I ask first, is this what they call stalking? I don't "
        "want to make a fuss over nothing."
    )
    assert at_question(text, "consent", {"said": RITA_SAID}) == ["utter_is_it_stalking"]


def test_rita_no_threat_in_the_letters():
    text = (
        "Yes I think I would be. Though the police don't seem to be doing much, the second "
        "officer said there wasn't really a crime because there was no threat in the letters. "
        "Is that right?"
    )
    assert at_question(text, "fear_of_giving_evidence", RITA) == ["utter_n80d_no_threat_needed"]


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "Feeling safe, please. My neighbour's son said I should get one of those doorbell "
            "cameras so I can see who leaves the flowers. Is there any help to get one? I'm on "
            "my pension.",
            "needs",
        ),
        (
            "English. No dear, my neighbour doesn't have a camera. I'm asking whether I could "
            "get one for MY door, and whether anyone helps with the cost.",
            "language",
        ),
    ],
)
def test_rita_help_with_a_camera_for_her_own_door(text, requested):
    assert at_question(text, requested, RITA) == ["utter_n80d_security_cost"]


def test_rita_after_the_result_stalking_and_cameras(domain):
    text = (
        "Thank you. So it is stalking then? And do any of these people help with things like "
        "cameras or better locks?"
    )
    assert after_result(text, RITA, RITA_SAID, domain) == [
        "utter_is_it_stalking",
        "utter_n80d_security_cost",
    ]


def test_a_neighbours_camera_filming_keeps_its_answer():
    # Joy (round 51) and the people the camera answers were written for.
    text = "my neighbours camera points right at my garden and window, is that allowed?"
    assert "utter_n80d_security_cost" not in at_question(text, "needs", RITA)


def test_not_stalking_is_not_asked_if_it_is():
    assert not topics.places("whether it is stalking", "why stalking? nobody is stalking me")


# -- 2. Aliyah, 17, and her mum: a man in a car following her ----------------------------------

ALIYAH_SAID = (
    "hi um theres this man in a car whos followed me home from the bus stop twice now and once "
    "he asked me to get in",
)
ALIYAH = {
    "consent": True,
    "said": ALIYAH_SAID,
    "crime_type": "stalking_harassment",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 17.0,
    "under_18": True,
    "for_child": True,
    "relationship_to_offender": "stranger",
}


def test_aliyahs_mum_will_the_police_take_it_seriously():
    text = (
        "feeling safe. she has to get that bus every day for college. and honestly I still want "
        "to know will the police take this seriously or will they just fob us off"
    )
    assert at_question(text, "needs", ALIYAH) == ["utter_n80d_following_worth_reporting"]


def test_aliyah_if_he_is_there_again(domain):
    slots = {**ALIYAH, "for_child": False, "referral_consent": True}
    text = "what do i do if hes there again tomorrow at the bus stop"
    assert after_result(text, slots, ALIYAH_SAID, domain) == ["utter_n80d_if_follower_is_there"]


def test_following_answers_need_following_told():
    facts = {**ALIYAH, "said": ("my ex keeps sending me messages",)}
    text = "will the police take this seriously or will they just fob us off"
    assert at_question(text, "needs", facts) != ["utter_n80d_following_worth_reporting"]


# -- 3. Callum, 15: older boys take his dinner money -------------------------------------------

CALLUM_SAID = (
    "these yr 11s at school make me give them my dinner money every day. said theyll do me if "
    "i tell anyone",
)
CALLUM = {
    "consent": True,
    "said": CALLUM_SAID,
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 15.0,
    "under_18": True,
    "relationship_to_offender": "someone_known",
}


def test_callum_without_them_knowing_i_said():
    text = "idk. just want it to stop. can the school do something without them knowing i said"
    assert at_question(text, "needs", CALLUM) == ["utter_n80d_school_keep_name_out"]


@pytest.mark.parametrize(
    "text",
    [
        "ok but tmrw tho. do i just give it them",
        "who is gonna text me. and wat do i do tmrw when they ask for my money again",
    ],
)
def test_callum_what_to_do_when_they_ask_for_money(text, domain):
    slots = {**CALLUM, "referral_consent": True, "contact_method": "text"}
    assert "utter_n80d_money_demanded" in after_result(text, slots, CALLUM_SAID, domain)


def test_bullying_on_the_way_home_keeps_the_outside_school_answer():
    # Round 52 (helper y2): a young person bullied on the way home.
    text = "can the school do anything if its on the way home"
    assert "utter_n80d_school_keep_name_out" not in at_question(text, "needs", CALLUM)


# -- 4. Precious, 41: her ex at the school gates, a child arrangements order ------------------

PRECIOUS_SAID = (
    "hi. my ex keeps turning up at my boys school drunk and shouting at me, last week he pushed "
    "me against a car. not sure if this is the right place",
    "not yet. my worry is if i call police they'll bring social services into it and i dont "
    "want that for my boys. theres already a child arrangements order from court",
)
PRECIOUS = {
    "consent": True,
    "said": PRECIOUS_SAID,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 41.0,
}


def test_precious_can_he_even_come_there():
    gates = "feeling safe at the school gates. "
    text = gates + "and info about the court order, can he even come there"
    assert at_question(text, "needs", PRECIOUS) == ["utter_n80d_child_arrangements_school"]


def test_precious_the_order_says_weekends_only(domain):
    text = (
        "thanks. one more thing, if he turns up at the gates again tomorrow what do i do? the "
        "order says he gets them weekends only"
    )
    slots = {**PRECIOUS, "referral_consent": True}
    assert after_result(text, slots, PRECIOUS_SAID, domain) == [
        "utter_n80d_child_arrangements_school"
    ]


def test_a_stalker_at_the_halls_keeps_its_answer():
    facts = {**PRECIOUS, "said": ("my ex keeps turning up at my halls",)}
    text = "if he turns up again tomorrow what do i do?"
    assert "utter_n80d_child_arrangements_school" not in at_question(text, "needs", facts)


# -- 5. Nadia, 30: a fake Facebook account in her name ----------------------------------------


def test_nadia_pretending_to_be_someone_online():
    text = (
        "yes ok. but can you first tell me, is pretending to be someone online actually a crime? "
        "he made a whole facebook account in my name"
    )
    said = ("my ex is harassing me online and the police basically told me it's a civil matter",)
    assert at_question(text, "consent", {"said": said}) == [
        "utter_l2_impersonation_crime_and_takedown"
    ]


def test_accounts_opened_in_my_name_is_not_impersonation():
    text = "how do i stop them opening more accounts in my name?"
    assert "utter_l2_impersonation_crime_and_takedown" not in at_question(
        text, "needs", {"consent": True, "crime_type": "fraud"}
    )


def test_money_taken_by_a_partner_keeps_economic_abuse():
    text = "He takes my wages, is that even a crime?"
    facts = {"consent": True, "relationship_to_offender": "partner_or_ex"}
    assert at_question(text, "needs", facts) == ["utter_economic_abuse"]


# -- 6. Zara, 22: groped on the Tube a week before ---------------------------------------------

ZARA_SAID = (
    "Hello. I would like to ask about something that happened on the Tube last Tuesday.",
    "A man touched my bottom and then my breast with his hand on the Victoria line at about "
    "8:40am. The train was very full.",
)
ZARA = {"consent": True, "said": ZARA_SAID, "crime_type": "sexual_offence"}


def test_zara_can_btp_still_do_something_a_week_later():
    text = (
        "No. I froze and then I got off at my stop. Can British Transport Police still do "
        "something if it was a week ago? Or is it too late?"
    )
    said = at_question(text, "reported_to_police", ZARA)
    assert said[0] == "utter_n80d_btp_not_too_late"
    assert "utter_havens_not_too_late" not in said


def test_zara_is_it_too_late_for_the_police():
    text = (
        "22. You said 'it's not too late' but that was about the Havens. I am asking about the "
        "police. Is it too late for the police? Yes or no."
    )
    said = at_question(text, "age", {**ZARA, "reported_to_police": False})
    assert said == ["utter_n80d_btp_not_too_late"]


def test_too_late_for_the_havens_off_the_tube_keeps_its_answer():
    facts = {"consent": True, "crime_type": "sexual_offence", "said": ("i was raped at a party",)}
    text = "is it too late to go to the havens? it was a week ago"
    assert at_question(text, "needs", facts) == ["utter_havens_not_too_late"]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. One more question. If I text 61016 do I have to talk on the phone "
        "afterwards, or can it all be in writing?",
        "I did not ask if you are a person. I asked if British Transport Police will make me "
        "speak on the phone after I text 61016.",
    ],
)
def test_zara_61016_can_stay_in_writing(text, domain):
    slots = {
        **ZARA,
        "reported_to_police": False,
        "age": 22.0,
        "referral_consent": True,
        "contact_method": "email",
        "cannot_phone": True,
    }
    said = after_result(text, slots, ZARA_SAID, domain)
    # (The ways to reach 999 without a voice call may follow: she said she can't take calls.)
    assert said[0] == "utter_n80d_btp_text_no_call"
    assert "utter_transport_police" not in said and "utter_h2_no_voice_police" not in said


def test_the_transport_police_answer_gets_no_met_line_without_a_call():
    from actions.questions import Say, h2_no_voice_line

    line = h2_no_voice_line(Say(response="utter_transport_police"), {"cannot_phone": True})
    assert line == Say(response="utter_h2_no_voice_999")


def test_a_101_answer_keeps_its_line_without_a_call():
    from actions.questions import Say, h2_no_voice_line

    line = h2_no_voice_line(Say(text="Report it on 101."), {"cannot_phone": True})
    assert line == Say(response="utter_h2_no_voice_101")
