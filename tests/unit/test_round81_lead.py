"""Round 81, found by the lead where the helpers' items stopped: Leanne (34, noise and a threat
from her neighbour's son, a Clarion tenant)."""

from __future__ import annotations

import pytest
import yaml

from tests.unit.known_answers import ANSWERS_FILE, said_answer

LEANNE = (
    "hiya so basically my neighbours son has been playing music like till 3 4 in the morning "
    "for months now and ive asked him nicely ive complained to the council nothing happens",
)


@pytest.mark.parametrize(
    "text",
    [
        "ok but the council have done NOTHING for months, ive reported the noise like 6 times. is "
        "there anything i can do to make them actually do something? and you still didnt say if "
        "clarion can move me",
        "IM NOT A COUNCIL TENANT. clarion housing association. and what do i do about the council "
        "ignoring my noise complaints",
    ],
)
def test_leanne_council_doing_nothing_gets_the_case_review(text):
    assert said_answer(text, "harassment", LEANNE, results_shown=True) == "utter_g4_asb_case_review"


def test_a_move_is_not_only_for_council_tenants():
    """ "As a council tenant" was said to a housing association tenant, twice."""
    texts = [
        v["text"]
        for v in yaml.safe_load(ANSWERS_FILE.read_text())["responses"]["utter_council_move"]
    ]
    assert all("As a council tenant" not in text for text in texts)
    assert all("housing association" in text and len(text) <= 320 for text in texts)


def test_what_to_do_about_a_stranger_ignoring_nothing_else_changes():
    """Not every "make them do something" is about the council."""
    assert said_answer("can you make them do something about my bank card", "fraud", ()) != (
        "utter_g4_asb_case_review"
    )


def test_a_lock_out_asked_gets_the_lock_out_answer():
    """Round 41's evicted tenant's "is my landlord allowed to lock me out?" gets round 81's
    answer for Nina, locked out by hers: no, a court order is needed; the council can help."""
    evicted = {"relationship_to_offender": "someone_known", "age": 38}
    assert (
        said_answer("is my landlord allowed to lock me out?", "other", (), **evicted)
        == "utter_p81f_landlord_lockout"
    )


@pytest.mark.parametrize(
    ("name", "presumed"),
    [
        # Kev met a woman on a dating site; Mei's spit landed on her coat.
        ("utter_b4_romance_not_the_bank", "a man met on Facebook"),
        ("utter_p2_spit_infection", "say spit went in your eyes"),
    ],
)
def test_answers_do_not_presume_who_or_where(name, presumed):
    texts = [v["text"] for v in yaml.safe_load(ANSWERS_FILE.read_text())["responses"][name]]
    assert all(presumed not in text and len(text) <= 320 for text in texts)


LISA = (
    "Hi, I found an AirTag taped under the wheel arch of my car this morning. I'm sure it's my "
    "ex husband. He's due in court next month for assaulting me last year. I don't know what to do"
)


def test_lisa_airtag_is_stalking_told_and_brings_the_stalking_helpline():
    from actions.account import read_account
    from referrals.results import build_result

    assert "stalking_described" in read_account(LISA).details
    answers = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "account_details": ["stalking_described"],
        "age": 44,
        "gender": "woman",
        "said": [LISA],
    }
    ids = [org.id for org in build_result(answers).organisations]
    assert "national-stalking-helpline" in ids and "national-domestic-abuse-helpline" in ids


def test_an_airtag_of_ones_own_is_not_stalking():
    from actions.account import read_account

    text = "someone stole my bag, it had an airtag in it so i can see where it is"
    assert "stalking_described" not in read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "hello. please help. landlord change the lock when i was out, all my things and things of "
        "my 2 children is inside. what i can do",
        "no is not burglary. the LANDLORD he change lock, not thief. i am at my friend flat now "
        "with children. we are safe but we have nothing, no clothes no school things",
        "not theft!! he lock us out of our home. no i not call police, he say if i call police he "
        "will make problem for me. i am scared of him",
    ],
)
def test_nina_locked_out_by_her_landlord_is_not_burglary_or_theft(text):
    from actions.account import read_account

    assert read_account(text).crime_type == "other"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("someone stole my purse, the thief ran off", "theft"),
        ("my flat was burgled while i was out, they changed nothing", "burglary"),
    ],
)
def test_crimes_told_undenied_keep_their_reading(text, crime):
    from actions.account import read_account

    assert read_account(text).crime_type == crime


def test_nina_first_message_gets_the_lock_out_answer_not_the_burglary_lock():
    """Her first message got "Ask your landlord in writing to change the lock soon, saying the
    keys were taken in the burglary" (round 80's answer for a slow landlord), twice."""
    text = (
        "hello. please help. landlord change the lock when i was out, all my things and things of "
        "my 2 children is inside. what i can do"
    )
    assert said_answer(text, None, ()) == "utter_p81f_landlord_lockout"


def test_kemi_slow_landlord_keeps_her_answer():
    text = "its the landlord who has to change the locks right? hes being slow about it"
    assert said_answer(text, "burglary", ("we got burgled, they took my keys",)) == (
        "utter_n80e_landlord_lock"
    )


def test_pat_typing_for_dot_is_told_the_questions_are_about_dot():
    """Pat, typing for her neighbour Dot (85): "me or Dot? Dot is 85 like i said" got "I can't
    answer" (the answer was held back as if it presumed a child)."""
    earlier = ("hello, im typing for Dot, shes my neighbour and shes next to me",)
    got = said_answer(
        "me or Dot? Dot is 85 like i said", "burglary", earlier, for_someone_else=True
    )
    assert got == "utter_questions_mean_the_victim"


def test_dot_walking_frame_with_a_typo_is_a_disability():
    from actions.answers import read_impairment

    text = (
        "hello this is dot. i dont know dear. i use a walkng frame so maybe they knew i was old "
        "and on my own"
    )
    assert read_impairment(text, about_them=True).value is True


def test_ron_door_chain_is_answered():
    from actions import topics

    text = (
        "is there anyone who can help with the door. a chain or something. i dont open it now. "
        "the man said he was from the council"
    )
    got = topics.topic_answer(text, {"crime_type": "burglary", "age": 77, "said": []})
    assert got is not None and got.response == "utter_lead81_door_chain"


def test_the_door_chain_answer_is_one_sms_with_its_source():
    from tests.unit.known_answers import DOMAIN, assert_one_sms_with_a_source

    assert_one_sms_with_a_source("utter_lead81_door_chain", DOMAIN / "responses_topics.yml")


def test_harjit_denial_of_fear_never_noted_as_fear():
    """ "I did not say I am afraid about giving evidence. I said no." got "Thank you, I've changed
    that: you'd be worried about giving evidence" when his no was already noted."""
    from actions.reading import corrections

    text = (
        "I did not say I am afraid about giving evidence. I said no. I am worried for the sangat "
        "not me. And what about the congregation, is there support for them, and for the "
        "gurdwara security?"
    )
    assert corrections(text, {"fear_of_giving_evidence": False}) == {}
    assert corrections(text, {"fear_of_giving_evidence": True}) == {
        "fear_of_giving_evidence": False
    }
    assert corrections("actually i would be scared of giving evidence", {}) == {
        "fear_of_giving_evidence": True
    }
