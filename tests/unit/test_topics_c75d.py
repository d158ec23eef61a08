"""Round 75, helper c75d: answers reached for the words people used, and answers that fired for
the wrong question narrowed. Precious (is it abuse), Tom (a police matter; an ex threatening to
out him at work), Chloe (the extra support now; who to talk to; her parents and the phone bill),
Liam (anonymous reporting; his mum; "safe" as goodbye), Janet (telling her FLO; "never mind,
thank you") and Mehmet (nobody called back); with other people's messages that keep their
answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions import topics
from actions.questions import known_answer
from core.text import SMS_LIMIT
from tests.unit.known_answers import ALL_RESPONSES, ORGANISATIONS, PHONE, at_question, sources_above

TOPIC_ANSWERS = Path(__file__).parents[2] / "bot" / "domain" / "responses_topics.yml"

NEW = [
    "utter_c75d_outing_threat_carried_out",
    "utter_c75d_family_not_told_bill",
    "utter_c75d_support_wont_tell_family",
    "utter_c75d_tell_flo",
    "utter_c75d_police_act_after_silence",
]


def topic(text: str, facts: dict, said: frozenset[str] = frozenset()) -> str | None:
    say = topics.topic_answer(text, facts, said)
    return say.response if say else None


def known(text: str, facts: dict) -> list[str | None]:
    """The worded answer and a second one beside it, by name."""
    say = known_answer(text, facts.get("crime_type"), ORGANISATIONS, answers=facts)
    if say is None:
        return []
    return [say.response, *(then.response for then in say.then)]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_a_source(name):
    for variant in ALL_RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT
        numbers = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}
        assert set(PHONE.findall(variant["text"])) <= numbers
    assert "SOURCES:" in sources_above(name, TOPIC_ANSWERS)


# -- 1. Precious: whether what her husband does is abuse ------------------------------------------

PRECIOUS = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 29.0,
    "gender": "woman",
    "consent": True,
}


def test_precious_is_that_a_thing_you_report():
    text = (
        "reported what though? he controls all the money, i get my wages paid into his account "
        "basically and he gives me an allowance. checks my phone every night. he doesnt like me "
        "seeing my friends so i dont really anymore. is that even a thing you report"
    )
    assert topic(text, PRECIOUS) == "utter_topic_control_is_a_crime"


def test_precious_dont_know_if_its_abuse_inside_an_answer():
    text = (
        "no my work pays me fine its my husband who takes it. i havent reported anything. i dont "
        "even know if its abuse thats what im asking"
    )
    assert at_question(text, "reported_to_police", PRECIOUS) == ["utter_topic_control_is_a_crime"]
    # Asked again: the other answer, not the same one twice.
    assert topic(text, PRECIOUS, frozenset({"utter_topic_control_is_a_crime"})) == (
        "utter_economic_abuse"
    )


def test_precious_tell_me_if_im_overreacting_inside_an_answer():
    text = (
        "someone to talk to i think. and information. i just want someone to tell me if im "
        "overreacting"
    )
    said = at_question(text, "needs", PRECIOUS)
    assert said == ["utter_economic_abuse"]
    assert "not overreacting" in ALL_RESPONSES["utter_economic_abuse"][0]["text"]


def test_precious_so_it_is_abuse_still_answered():
    assert topic("why. so it is abuse? even tho he doesnt hit me", PRECIOUS) == (
        "utter_topic_control_is_a_crime"
    )


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Not a partner or relative: no controlling-behaviour answer.
        (
            "i dont even know if its abuse thats what im asking",
            {"crime_type": "assault", "relationship_to_offender": "stranger", "age": 30.0},
        ),
        (
            "is that even a thing you report",
            {
                "crime_type": "criminal_damage",
                "relationship_to_offender": "someone_known",
                "age": 50.0,
            },
        ),
        # Violence or a sexual offence: not "even with no hitting".
        ("i dont even know if its abuse when he hits me", PRECIOUS),
        ("am i overreacting? he raped me but hes my husband", PRECIOUS),
        # Someone else says they overreact: not asked.
        ("my mum says im overreacting", PRECIOUS),
        # Young people: their own answers.
        ("i dont even know if its abuse", {**PRECIOUS, "age": 15.0}),
    ],
)
def test_others_do_not_get_the_controlling_answers(text, facts):
    assert topic(text, facts) not in {"utter_topic_control_is_a_crime", "utter_economic_abuse"}


# -- 2. Tom: a police matter, and an ex who threatens to out him at work -------------------------

TOM_FIRST = (
    "my ex boyfriend wont leave me alone basically. keeps turning up at my flat and at my gym, i "
    "block him and he just messages from a new number. and now hes saying hell out me to work. "
    "im a teacher so thats. fun"
)
TOM = {
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "age": 41.0,
    "reported_to_police": False,
    "repeat_victimisation": True,
    "consent": True,
    "said": [TOM_FIRST],
}


def test_tom_police_thing_and_head_teacher_both_answered_at_the_needs_question():
    text = (
        "honestly mostly just want to know if this is actually a police thing or if im being "
        "dramatic. and what i do if he actually emails my head teacher"
    )
    assert known(text, TOM) == [
        "utter_r4_stalking_serious_enough",
        "utter_c75d_outing_threat_carried_out",
    ]
    assert at_question(text, "needs", TOM) == [
        "utter_r4_stalking_serious_enough",
        "utter_c75d_outing_threat_carried_out",
    ]


def test_tom_if_he_emails_my_head_after_the_referral():
    text = (
        "ok cheers. last thing, if he does email my head before anyone calls me what do i "
        "actually do"
    )
    assert known(text, {**TOM, "assessment_done": True}) == ["utter_c75d_outing_threat_carried_out"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # The scam answers stay for a scam.
        (
            "how will I know if the bank phones me for real next time?",
            {"crime_type": "fraud", "age": 70.0},
        ),
        ("how can I tell it's really my bank calling?", {"crime_type": "fraud", "age": 70.0}),
    ],
)
def test_checking_a_bank_call_keeps_its_answer(text, facts):
    assert known(text, facts)[:1] in (["utter_g4_stop_scam_calls"], ["utter_g4_know_its_really_us"])


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # No stalking told: not the stalking answer.
        (
            "is this actually a police thing",
            {"crime_type": "theft", "age": 30.0, "said": ["my bike got nicked"]},
        ),
        (
            "is this a police matter or the council",
            {"crime_type": "criminal_damage", "age": 60.0, "said": ["kids keep kicking my fence"]},
        ),
        # No outing threat told: not the outing answer.
        ("what do i do if he tells my boss", {**TOM, "said": ["my ex keeps texting me"]}),
    ],
)
def test_others_do_not_get_toms_answers(text, facts):
    assert not {"utter_r4_stalking_serious_enough", "utter_c75d_outing_threat_carried_out"} & set(
        known(text, facts)
    )


# -- 3 and 4. Chloe: the extra support now, and who she can talk to ------------------------------

CHLOE = {
    "crime_type": "sexual_offence",
    "age": 22.0,
    "gender": "woman",
    "reported_to_police": False,
    "relationship_to_offender": "dont_know",
    "borough": "camden",
    "consent": True,
    "assessment_done": True,
}


def _said(text: str, facts: dict):
    return known_answer(text, facts.get("crime_type"), ORGANISATIONS, answers=facts)


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks. so do i get the extra support thing now or not",
        "am i entitled to the extra help",
        "so do i get the enhanced service now?",
    ],
)
def test_chloe_extra_support_now_is_the_result_first_line(text):
    from actions.results import categories_sentence
    from referrals.results import build_result

    say = _said(text, CHLOE)
    assert say is not None and say.args.get("utter_action") == "utter_c75d_extra_support_now"
    assert say.text == categories_sentence(build_result(CHLOE, ORGANISATIONS))
    assert "likely to be entitled to extra support" in say.text
    # Told standard support when nothing makes it enhanced (a one-off theft).
    theft = {**CHLOE, "crime_type": "theft", "relationship_to_offender": "stranger"}
    assert "standard support" in (_said(text, theft).text or "")


@pytest.mark.parametrize(
    "text",
    ["so who can i talk to? like is there anywhere for this", "who can i talk to about this"],
)
def test_chloe_who_can_i_talk_to_is_her_services(text):
    say = _said(text, CHLOE)
    assert say is not None and say.args.get("utter_action") == "utter_c75d_who_to_talk_to"
    assert "The Havens" in (say.text or "")
    assert len(say.text or "") <= SMS_LIMIT


@pytest.mark.parametrize(
    "text",
    [
        "what is the enhanced service?",
        "who can i talk to at the police about my case number?",
        "is there anyone who would just have a chat",
    ],
)
def test_other_questions_keep_their_answers(text):
    say = _said(text, CHLOE)
    assert say is None or say.args.get("utter_action") not in {
        "utter_c75d_extra_support_now",
        "utter_c75d_who_to_talk_to",
    }


# -- 5. Chloe: her parents and the phone bill -----------------------------------------------------


def test_chloe_parents_not_abusive_get_the_family_answer():
    text = (
        "if i say yes will my parents find out? i still live with them in the holidays. my dad "
        "pays my phone bill"
    )
    facts = {**CHLOE, "said": ["i think someone spiked my drink on saturday"]}
    assert known(text, facts) == ["utter_c75d_family_not_told_bill"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Nadia (round 59): her husband checks her phone.
        (
            "if i call they see the number on my phone bill? my husband check everything",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
        ),
        # Someone checks the phone, told earlier.
        (
            "will they see it on my phone bill if i call?",
            {"crime_type": "assault", "said": ["my dad goes through my phone every night"]},
        ),
    ],
)
def test_abuse_at_home_keeps_the_safer_phone_answer(text, facts):
    assert known(text, facts)[:1] == ["utter_j6_call_shows_on_bill"]


# -- 6 and 7. Liam: telling without his name, and whether they tell his mum ----------------------

LIAM = {
    "crime_type": "robbery",
    "age": 16.0,
    "under_18": True,
    "reported_to_police": False,
    "relationship_to_offender": "someone_known",
    "borough": "lewisham",
    "account_details": ["weapon"],
    "consent": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "can i tell feds without them knowing its me",
        "it was yday i said. i mean like anonymous. so no one finds out i grassed",
    ],
)
def test_liam_anonymous_reporting(text):
    assert known(text, LIAM)[:1] == ["utter_anonymous_reporting"]
    assert "0800 555 111" in ALL_RESPONSES["utter_anonymous_reporting"][0]["text"]


def test_a_knife_robbery_just_now_still_gets_999():
    assert known("do i call the police or what", LIAM)[:1] == [
        "utter_r2_999_armed_robbery_if_recent"
    ]


def test_liam_they_wont_tell_my_mum():
    assert known("n they wont tell my mum yeah", {**LIAM, "assessment_done": True}) == [
        "utter_c75d_support_wont_tell_family"
    ]


@pytest.mark.parametrize("text", ["do i have to tell my mum", "n do i have to tell my mum"])
def test_whether_he_must_tell_keeps_its_answer(text):
    assert "utter_c75d_support_wont_tell_family" not in known(text, LIAM)


# -- 8. "safe" as goodbye ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["safe", "safe bro", "ok safe", "cheers", "ta", "safe g"])
def test_safe_is_goodbye(text):
    from actions.reading import signs_off

    assert signs_off(text)


@pytest.mark.parametrize(
    "text", ["im safe", "no im safe", "not safe", "safe now?", "i dont feel safe"]
)
def test_safety_said_is_no_goodbye(text):
    from actions.reading import signs_off

    assert not signs_off(text)


@pytest.mark.parametrize("text", ["safe", "safe bro", "im safe", "No, I'm safe now"])
def test_safe_at_the_danger_question_is_still_not_in_danger(text):
    from actions.answers import read_answer

    assert read_answer("in_danger", text).value is False


def test_safe_after_the_referral_gets_the_goodbye(dispatcher):
    from actions import dialogue
    from tests.unit.conftest import make_tracker, responses

    slots = {**LIAM, "assessment_done": True, "referral_consent": True, "contact_safe": True}
    tracker = make_tracker(slots=slots, text="safe", intent="inform", active_loop=None)
    assert dialogue._f5_after_result(dispatcher, tracker, "safe") == []
    assert responses(dispatcher) == ["utter_f5_goodbye_referred"]


# -- 9. Janet: whether to tell her FLO -----------------------------------------------------------

JANET = {
    "crime_type": "homicide",
    "bereaved": True,
    "age": 63.0,
    "reported_to_police": True,
    "relationship_to_offender": "stranger",
    "consent": True,
    "assessment_done": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
}


def test_janet_should_i_tell_our_flo():
    text = (
        "Thank you. Will it be the homicide people who ring? And should I tell our FLO I've done "
        "this?"
    )
    assert known(text, JANET) == [
        "utter_referral_which_service_contacts",
        "utter_c75d_tell_flo",
    ]


def test_janet_asked_again_then_goodbye(dispatcher):
    from actions import dialogue
    from tests.unit.conftest import make_tracker, responses

    text = (
        "I know what an FLO is dear, I asked if I should tell her. Never mind. Thank you for your "
        "help."
    )
    assert known(text, JANET) == ["utter_c75d_tell_flo"]
    tracker = make_tracker(slots=JANET, text=text, intent="thanks", active_loop=None)
    dialogue._cannot_answer(dispatcher, tracker, text)
    assert responses(dispatcher) == ["utter_c75d_tell_flo", "utter_f5_goodbye_referred"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("family liaison officer. what is it", "utter_family_liaison"),
        ("our FLO is not answering her phone, what do i do", "utter_flo_not_calling"),
    ],
)
def test_other_flo_questions_keep_their_answers(text, expected):
    assert known(text, JANET)[:1] == [expected]


# -- 10. Mehmet: will the police do something ----------------------------------------------------

MEHMET = {
    "crime_type": "criminal_damage",
    "age": 58.0,
    "reported_to_police": True,
    "hate_crime": True,
    "repeat_victimisation": True,
    "consent": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "ok. but my question, police will do something this time? two times I report and nobody "
        "call me back. and my wife she speak turkish better",
        "thank you. but still nobody tell me, police do something or not?",
    ],
)
def test_mehmet_will_the_police_do_something(text):
    assert known(text, {**MEHMET, "assessment_done": True})[:1] == [
        "utter_c75d_police_act_after_silence"
    ]


def test_not_reported_is_not_told_to_chase_the_case():
    facts = {**MEHMET, "reported_to_police": False}
    assert "utter_c75d_police_act_after_silence" not in known(
        "will the police do something?", facts
    )


@pytest.mark.parametrize("text", ["not safe", "im not safe", "unsafe"])
def test_not_safe_at_the_danger_question_is_still_danger(text):
    from actions.answers import read_answer

    assert read_answer("in_danger", text).value is True


def test_will_they_tell_my_mum_or_school_keeps_the_privacy_answer():
    # (round 5's test, without facts: with Liam's, the school answer, as before.)
    text = "if i say yes will they tell my mum or school? im 16"
    assert known(text, {})[:1] == ["utter_who_we_tell"]
    assert "utter_c75d_support_wont_tell_family" not in known(text, LIAM)


def test_will_the_police_do_something_without_silence_told_is_not_this_answer():
    assert "utter_c75d_police_act_after_silence" not in known(
        "will the police actually do anything?", {**MEHMET, "said": ["they broke my window"]}
    )
    told = {**MEHMET, "said": ["yes two times I report. they give number, after nothing"]}
    assert known("police will do something this time?", told)[:1] == [
        "utter_c75d_police_act_after_silence"
    ]


@pytest.mark.parametrize("text", ["am i overreacting?", "sorry i know im being dramatic"])
def test_overreacting_about_a_stalker_keeps_its_answer(text):
    assert known(text, TOM)[:1] == ["utter_not_overreacting"]


def test_safe_after_the_referral_through_the_finished_form(dispatcher, domain):
    from actions import dialogue
    from tests.unit.conftest import make_tracker, responses

    slots = {**LIAM, "assessment_done": True, "referral_consent": True, "contact_safe": True}
    tracker = make_tracker(slots=slots, text="safe", intent="safe_now", active_loop=None)
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_f5_goodbye_referred"]


# -- after the merge: Precious's first message, her phone told beside her question --------------


def test_precious_first_message_inside_an_answer_gets_her_question_answered():
    text = (
        "reported what though? he controls all the money, i get my wages paid into his account "
        "basically and he gives me an allowance. checks my phone every night. he doesnt like me "
        "seeing my friends so i dont really anymore. is that even a thing you report"
    )
    said = at_question(text, "reported_to_police", PRECIOUS)
    assert "utter_topic_control_is_a_crime" in said


@pytest.mark.parametrize(
    "text", ["he checks my phone every night. will he see this?", "he checks my phone. no"]
)
def test_asked_about_the_phone_gets_only_the_phone_answer(text):
    said = at_question(text, "reported_to_police", PRECIOUS)
    assert "utter_topic_control_is_a_crime" not in said
    assert "utter_economic_abuse" not in said
