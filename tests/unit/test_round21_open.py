"""Round 21's last open findings, with the role-players' words (see docs/conversations.md)."""

from actions.account import read_account, read_hate
from actions.dialogue import ActionHandoff, ActionWhileWaiting
from actions.questions import known_answer
from actions.reading import corrections
from core.privacy_question import asks_about_privacy
from referrals.results import build_result
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_assessment_form import RESULT_SHOWN, run_validation, slots_of

WAITING = {**RESULT_SHOWN, "consent": True, "waiting_for_person": True, "handoff": "waiting"}
REMINDED = [
    "utter_ask_referral_consent",
    "utter_referral_reminder",
    "utter_referral_reminder",
    "utter_handoff",
    "utter_while_waiting",
]


async def test_carry_on_after_waiting_asks_the_referral_question_again(dispatcher, domain):
    # Patricia: "carry on" after asking for a person got "I'll leave that for now, so nobody
    # will contact you yet", as if she had refused to be referred.
    slots = await run_validation(
        dispatcher, domain, slots=RESULT_SHOWN, requested_slot="referral_consent",
        latest_action="action_resume_assessment", text="carry on", intent="carry_on",
        sent=REMINDED,
    )  # fmt: skip
    assert "referral_consent" not in slots.get("skipped_slots", [])
    assert slots["requested_slot"] == "referral_consent"
    assert "utter_referral_left_open" not in responses(dispatcher)


def test_refer_me_while_waiting_is_a_yes_to_the_referral(dispatcher, domain):
    # Patricia: "refer me" while waiting got the Victims' Code paragraph on referrals.
    events = ActionWhileWaiting().run(
        dispatcher, make_tracker(slots=WAITING, text="refer me", intent="ask_right"), domain
    )
    slots = slots_of(events)
    assert slots["referral_consent"] is True
    assert slots["waiting_for_person"] is False
    assert responses(dispatcher) == ["utter_referral_taken"]
    assert [e["name"] for e in events if e["event"] == "followup"] == ["needs_assessment_form"]


def test_wanting_to_be_contacted_is_not_a_second_request_for_a_person(dispatcher, domain):
    # Patricia: "I do want someone to contact me. In the afternoon please" got "I've asked a
    # support worker to read this chat" again; the afternoon is kept for the contact.
    tracker = make_tracker(
        slots={**RESULT_SHOWN, "consent": True},
        text="I do want someone to contact me. In the afternoon please",
        intent="human",
    )
    events = ActionHandoff().run(dispatcher, tracker, domain)
    slots = slots_of(events)
    assert slots["referral_consent"] is True
    assert slots["contact_times"] == "afternoon"
    assert responses(dispatcher) == ["utter_referral_taken"]


def test_asking_for_a_person_after_the_result_is_still_a_handoff(dispatcher, domain):
    tracker = make_tracker(
        slots={**RESULT_SHOWN, "consent": True}, text="can i talk to a real person", intent="human"
    )
    ActionHandoff().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_handoff"]


def test_a_son_who_is_not_safe_is_not_made_the_one_who_did_it():
    # Irene: "im safe its my son whos not safe. carry on" became "it was a family member".
    answers = {
        "for_child": True,
        "crime_type": "serious_violence",
        "relationship_to_offender": "stranger",
    }
    assert corrections("im safe its my son whos not safe. carry on", answers) == {}
    assert corrections("its my son whos been stabbed", answers) == {}


def test_my_boy_with_a_name_is_another_person_not_a_child_or_the_attacker():
    # Leon, 24: "its my boy Dre who got stabbed" was read as his child.
    account = read_account(
        "24. wait it wasnt me who got stabbed, i just seen it. its my boy Dre who got stabbed"
    )
    assert not account.for_child
    # Round 39 (H3): he saw it, so it is his own account as a witness, not one written for Dre.
    assert not account.for_someone_else
    assert account.offender is None
    assert "witness" in account.details
    assert read_account("my boy was stabbed outside school").for_child


def test_someone_named_as_the_one_harmed_is_not_the_offender():
    assert read_account("its my brother who was attacked").offender is None
    assert read_account("it was my brother who attacked me").offender == "family_member"


def test_a_romance_scammer_is_not_a_partner():
    # Kim: "i thought he was my boyfriend" got "it was a partner or ex" and a DA helpline.
    account = read_account(
        "i dont even know how to say this. a man i was talking to online for a year, i thought "
        "he was my boyfriend, ive sent him about 25000 pounds and now i know it was a scam"
    )
    assert account.crime_type == "fraud"
    assert account.offender is None


def test_is_it_my_fault_is_answered_before_the_bank():
    # Kim: "is it my fault?" beside "bank transfers" got the bank answer a second time.
    text = (
        "38. it was bank transfers mostly and some gift cards. is it my fault? i keep thinking i "
        "should have known"
    )
    assert known_answer(text, "fraud", (), False, {}).response == "utter_not_your_fault"
    assert (
        known_answer("no. will my bank give me the money back?", "fraud", (), False, {}).response
        == "utter_bank_scam"
    )


def test_who_sees_it_in_the_middle_of_a_message_is_a_privacy_question():
    # Kim at the consent question: "i dont know. who sees it? i havent told anyone".
    assert asks_about_privacy("i dont know. who sees it? i havent told anyone")
    assert not asks_about_privacy("my neighbour. who sees me every day")


def test_a_trans_woman_asking_if_it_is_a_hate_crime_gets_the_trans_strand_and_galop():
    # Sam: "I'm a trans woman ... Is this a hate crime?" was stored as race hate, and Galop
    # came only after MORE.
    text = (
        "Yes, several times. The police gave me a crime reference for the paint but the rest was "
        "treated as a 'neighbour dispute'. I'm a trans woman and he calls me 'sir' and 'mate' on "
        "purpose and left notes saying 'men in dresses' aren't welcome. Is this a hate crime?"
    )
    hate, strands, communities = read_hate(text)
    assert hate and strands == ("transgender_identity",) and "lgbt" in communities
    answers = {
        "crime_type": "stalking_harassment", "relationship_to_offender": "someone_known",
        "repeat_victimisation": True, "reported_to_police": True, "hate_motivated": True,
        "hate_strand": list(strands), "community": list(communities), "age": 45,
        "gender": "woman", "borough": "islington", "needs": ["safety", "information"],
    }  # fmt: skip
    names = [org.name for org in build_result(answers).organisations]
    assert any("Galop" in name for name in names)


def test_keep_nothing_is_not_told_the_support_team_sees_the_chat(domain):
    # Fatima said keep nothing, then was told "This chat is only seen by our support team".
    for name in ("utter_privacy_answer", "utter_who_we_tell", "utter_will_they_know"):
        variants = domain["responses"][name]
        refused = [
            v
            for v in variants
            if {"type": "slot", "name": "consent", "value": False} in (v.get("condition") or [])
        ]
        assert refused and "support team" not in refused[0]["text"]
        assert "isn't being kept" in refused[0]["text"]
