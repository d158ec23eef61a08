"""Round 77, lead: the findings of round 76 left for this round, each with the person's words
and negatives (a replay of round 76's messages on the merged bot)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.questions import known_answer
from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import ORGANISATIONS

SAMIRA_FIRST = (
    "no danger now. the neighbour son, he is teenager maybe 15, he throw eggs on my door many "
    "times. and yesterday he call me terrorist in front my son, my son is 5 he cry. wallah I did "
    "nothing to them"
)
SAMIRA_AGAIN = "I tell you already. eggs and he say terrorist. because I wear hijab I think"


def test_eggs_thrown_at_the_door_are_criminal_damage():
    got = read_account(SAMIRA_FIRST)
    assert got.crime_type == "criminal_damage"
    assert got.repeat is True and got.hate is True


@pytest.mark.parametrize(
    "text", ["I was buying eggs at the shop", "he made eggs for breakfast", "eggs at the market"]
)
def test_eggs_alone_are_no_crime(text):
    assert read_account(text).crime_type is None


def _at_the_crime_question(text, answers=None):
    from actions.reading import Turn, read_turn

    answers = {"consent": True, "in_danger": False, **(answers or {})}
    return read_turn(
        Turn(text=text, intent="inform", requested="crime_type", answers=answers,
             asked={"crime_type": 1})
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "answers", "crime"),
    [
        (SAMIRA_AGAIN, {"repeat_victimisation": True, "hate_motivated": True},
         "stalking_harassment"),
        ("a man called me a paki in the street", {}, "other"),
        ("people keep shouting homophobic abuse at me on my estate", {}, "stalking_harassment"),
        ("they keep leaving comments on my posts calling me a terrorist cos im muslim", {},
         "online_abuse"),
    ],
)  # fmt: skip
def test_abuse_for_who_they_are_answers_what_happened(text, answers, crime):
    # Asked "What happened?" again and again before, then skipped.
    got = _at_the_crime_question(text, answers)
    assert got.slots.get("crime_type") == crime
    assert "utter_reask_crime_type" not in [said.response for said in got.say]


def test_abuse_told_elsewhere_leaves_the_crime_to_its_question():
    # The wheelchair user tipped out of his chair names the assault at "What happened?".
    opening = (
        "I'm in a wheelchair and a man at the bus stop tipped me out of it, calling me a cripple "
        "and a scrounger, while people watched"
    )
    assert read_account(opening).crime_type is None


@pytest.mark.parametrize(
    "text",
    [
        "omg no not like that. i mean like leave school n never see any of them again",
        "I never want to see any of them again",
        "i dont want it to happen again",
        "I dont want to go through that again",
    ],
)
def test_a_wish_about_again_is_not_being_targeted_again(text):
    assert read_account(text).repeat is None


@pytest.mark.parametrize(
    "text",
    [
        "he did it again last night",
        "it never stops, it happened again yesterday",
        "he came back again. I never want to see him again",
    ],
)
def test_again_told_as_done_is_still_a_repeat(text):
    assert read_account(text).repeat is True


LUCY_FIRST = (
    "Hi, sorry, I'm not really sure who to talk to. A man has followed me home from the tube "
    "twice this week and last night he was standing outside my building when I got back"
)


@pytest.mark.parametrize(
    "text", [LUCY_FIRST, "last night he was standing outside my building when I got back"]
)
def test_where_he_was_last_night_when_she_got_back_is_not_danger_now(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "last night he was outside when I got back and he is still there now",
        "last night he was outside when I got back, hes back again",
        "hes outside my building right now",
    ],
)
def test_him_there_now_is_still_danger(text):
    assert detect_risk(text) == "in_danger"


def test_one_court_answer_to_one_court_question():
    text = (
        "why do u keep sending that im fine court?? is this gonna go to court? i dont even want "
        "police involved tbh my mum might tho"
    )
    said = known_answer(
        text, "stalking_harassment", ORGANISATIONS, answers={"consent": True, "under_18": True}
    )
    assert said is not None and said.response == "utter_m4_court_if_charged"
    assert said.then == ()


@pytest.mark.parametrize(
    "text", ["wait did u get that he was controlling? i said yes", "did u get that he hit me"]
)
def test_did_you_get_that_reads_back_what_is_noted(text):
    said = known_answer(
        text, "online_abuse", ORGANISATIONS, answers={"consent": True, "repeat_victimisation": True}
    )
    assert said is not None and said.args.get("utter_action") == "utter_summary"


JAMES = (
    "no im at work. its my husband. he pushed me into the wall last month, hit my head on the door "
    "frame. he also does all the money and goes through my phone. its not really abuse is it? i "
    "mean im a bloke"
)


def _read(text, answers, requested="reported_to_police"):
    from actions.reading import Turn, read_turn

    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers={"consent": True, **answers},
             asked={requested: 1})
    )  # fmt: skip


def test_a_man_abused_by_his_husband_is_matched_to_lgbt_services():
    assert "lgbt" in _read(JAMES, {}, requested="crime_type").slots.get("community", [])


def test_a_partner_said_earlier_and_gender_now_is_enough():
    got = _read("man", {"said": ("my ex boyfriend keeps turning up at my work",)}, "gender")
    assert got.slots.get("gender") == "man"
    assert "lgbt" in got.slots.get("community", [])


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("my husband hit me", {"gender": "woman"}),
        ("my boyfriend hit me", {}),
        ("my wife hit me", {"gender": "man"}),
        ("my daughters husband hits her", {"gender": "man", "for_someone_else": True}),
        ("my sisters husband hit me", {"gender": "man"}),
    ],
)
def test_other_couples_are_not_read_as_lgbt(text, answers):
    assert "lgbt" not in _read(text, answers).slots.get("community", [])


def test_galop_is_offered_to_a_man_abused_by_his_husband():
    from referrals.directory import load_directory
    from referrals.results import build_result

    answers = {
        "consent": True, "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex", "gender": "man", "community": ["lgbt"],
        "age": 39.0, "borough": "islington",
    }  # fmt: skip
    result = build_result(answers, load_directory())
    assert "galop-lgbt-helpline" in result.referral_ids[:3]


STAN = (
    "Not right now no. But for about a year the people next door have had loud music on till 3 "
    "or 4 in the morning, I can feel the bass through the wall even with my hearing. They throw "
    "their rubbish over my fence, bags of it, nappies. When I went round to complain the son who "
    "is about 20 said he would do me. I took that as a threat."
)


def test_a_threat_said_back_then_after_not_right_now_is_not_danger_now():
    assert detect_risk(STAN) is None
    assert not trusted_crisis(STAN, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "not right now, he said he would kill me",
        "not right now. he said he would stab me",
        "not right now. he said he would do me and hes outside now",
        "he said he would do me",
    ],
)
def test_a_threat_to_kill_or_one_here_now_still_alarms(text):
    assert detect_risk(text) == "in_danger"


def test_the_conversation_suite_counts_every_self_harm_reply_as_a_crisis_reply():
    # The adult's self-harm reply (k77f) was counted as no crisis reply at all.
    from actions.reading import SELF_HARM_LINES
    from tests.e2e.conversation_suite import CRISIS_RESPONSES

    assert set(SELF_HARM_LINES) <= set(CRISIS_RESPONSES)


def _at_referral(text, answers=None):
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {"consent": True, "crime_type": "sexual_offence", **(answers or {})}
    return read_turn(
        Turn(text=text, intent="ask_right", requested="referral_consent", answers=facts,
             asked={"referral_consent": 1}, organisations=default_directory())
    )  # fmt: skip


def test_chloe_undecided_naming_the_havens_is_not_a_yes():
    # The live form took it as a yes: "ok" and "the havens" read as a yes naming a service.
    got = _at_referral("ok. idk if i want someone to contact me. would it be the havens or who")
    assert "referral_consent" not in got.slots
    assert "utter_who_contacts" in [said.response for said in got.say]


def test_a_yes_naming_a_service_is_still_a_yes():
    got = _at_referral("anyway yes but i want galop not victim support")
    assert got.slots.get("referral_consent") is True


def test_if_i_say_refer_me_after_a_no_is_not_asking_to_be_referred():
    from actions.reading import corrections

    declined = {"consent": True, "referral_consent": False}
    text = "ur not answering me. if i say refer me who is it that messages me"
    assert corrections(text, declined).get("referral_consent") is not True
    assert corrections("refer me", declined).get("referral_consent") is True


@pytest.mark.parametrize(
    ("text", "cannot"),
    [
        ("idk. maybe yes? but they cant call me my mum sometimes picks up my phone", None),
        ("i cant call, im deaf", True),
        ("I cant use the phone", True),
        ("he checks my phone", True),
    ],
)
def test_being_called_unsafely_is_not_being_unable_to_phone(text, cannot):
    # Priya, 17, was sent the 999 BSL app and text relay lines: she can phone, she just
    # cannot be called.
    assert read_account(text).cannot_phone is cannot


def test_a_sister_who_cannot_be_there_every_day_is_not_afraid_to_sleep_at_home():
    # Linda, for her brother robbed in the street, got "stay with family tonight ... change the
    # locks today".
    facts = {"consent": True, "crime_type": "theft", "for_someone_else": True}
    text = (
        "feeling safe and help to communicate. and someone to keep an eye on him really, I cant "
        "be there every day I work in Sutton and hes over in Croydon"
    )
    said = known_answer(text, "theft", ORGANISATIONS, answers=facts)
    assert said is None or said.response != "utter_not_sleeping_there_tonight"


def test_the_parent_gets_sorry_only_after_being_spoken_to_as_the_child():
    from actions.questions import k77c_parent_not_young

    text = "im 38 not under 18!! my SON is 14"
    facts = {"for_child": True}
    young = "Both talk to you, not the police. But as you're under 18, if a child is at risk..."
    assert k77c_parent_not_young(text, {**facts, "recent_bot_texts": (young,)})
    right = "Yes. Anyone can report a crime they know about: call 101."
    assert not k77c_parent_not_young("I AM the mum!!", {**facts, "recent_bot_texts": (right,)})


def test_one_scam_paid_three_times_is_not_put_right_to_a_repeat():
    # Yasmin, after her result had become standard: "I've changed that: it has happened more
    # than once" (the enhanced service again, as persistently targeted).
    from actions.reading import corrections

    facts = {"consent": True, "crime_type": "fraud", "repeat_victimisation": False}
    text = "but it was one scam, just i paid 3 times. and you ignored me about hinge"
    assert "repeat_victimisation" not in corrections(text, facts)
    assert corrections("no it happened 3 times, he came back", facts) == {
        "repeat_victimisation": True
    }
