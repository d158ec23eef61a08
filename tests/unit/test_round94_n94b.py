"""Round 94, helper n94b: Dami (17, robbed at knifepoint) and Colin (55, his car keyed by a
neighbour): answers that were said and not taken."""

from __future__ import annotations

from actions.answers import read_answer
from bot.risk_words import detect_risk
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_assessment_form import FORM, slots_of

DAMI = {
    "consent": True, "in_danger": False, "crime_type": "robbery", "reported_to_police": False,
    "age": 17, "under_18": True, "relationship_to_offender": "stranger",
    "repeat_victimisation": False, "hate_motivated": False, "impairment": False,
}  # fmt: skip
DAMI_COURT = "court?? i aint going court they will kill me"
DAMI_SAFE = "im safe rn just shook"


# -- finding 1: "they will kill me" about court is being scared, and the form goes on ---------


def test_they_will_kill_me_at_the_court_question_is_a_yes():
    assert read_answer("fear_of_giving_evidence", DAMI_COURT).value is True
    assert read_answer("fear_of_giving_evidence", "they'd kill me if i went court").value is True
    # Not scared said outright stays a no; a refusal alone stays no answer.
    said = "he said he would kill me but im not scared of him"
    assert read_answer("fear_of_giving_evidence", said).value is False
    assert read_answer("fear_of_giving_evidence", "i aint going court").value is None


async def test_after_the_danger_check_the_court_question_is_not_asked_again(dispatcher, domain):
    assert detect_risk(DAMI_COURT) is not None  # the danger check comes, as it did
    tracker = make_tracker(
        slots=DAMI, text=DAMI_COURT, intent="in_danger", requested_slot="fear_of_giving_evidence",
        sent=["utter_ask_in_danger", "utter_ask_fear_of_giving_evidence"],
    )  # fmt: skip
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["fear_of_giving_evidence"] is True
    assert slots["requested_slot"] == "in_danger"
    dispatcher.messages.clear()
    tracker = make_tracker(
        slots={**DAMI, **slots, "in_danger": None}, text=DAMI_SAFE, intent="inform",
        requested_slot="in_danger",
        sent=["utter_ask_in_danger", "utter_ask_fear_of_giving_evidence", "utter_emergency",
              "utter_ask_in_danger"],
    )  # fmt: skip
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["in_danger"] is False
    assert slots["requested_slot"] == "needs", responses(dispatcher)


# -- finding 2: a question about a new phone is not a time to contact him ----------------------

DAMI_PHONE = "bet. how do i get a new phone tho do the police give u one or wat"
DAMI_REFERRED = {
    **DAMI, "fear_of_giving_evidence": True, "needs": ["safety"], "language": "English",
    "borough": "Lewisham", "results_shown": True, "referral_consent": True, "contact_safe": True,
    "contact_method": "text", "contact_details": "07700900872",
}  # fmt: skip


def test_one_that_stands_for_a_phone_names_no_time():
    assert read_answer("contact_times", DAMI_PHONE).value is None
    for text in ("i need a new one, after 5 is fine", "at one", "one or two", "after six or so"):
        assert read_answer("contact_times", text).value == text
    assert read_answer("contact_times", "after 4 when im out of school").value


async def test_the_phone_question_is_answered_and_the_time_asked_again(dispatcher, domain):
    tracker = make_tracker(
        slots=DAMI_REFERRED, text=DAMI_PHONE, requested_slot="contact_times",
        sent=["utter_ask_contact_details", "utter_ask_contact_times"],
    )  # fmt: skip
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert not slots.get("contact_times")
    said = responses(dispatcher)
    assert "utter_u86c_new_phone" in said, said
    assert slots["requested_slot"] == "contact_times"  # asked again


# -- finding 3: "the bloke at number 14" is a neighbour, read from his first message ----------

COLIN_1 = (
    "my car has been keyed AGAIN and the tyres slashed, third time now. i know its the bloke at "
    "number 14 since we had words about parking"
)


def test_the_bloke_at_number_14_is_someone_known():
    from actions.account import read_account

    told = read_account(COLIN_1)
    assert (told.crime_type, told.offender) == ("criminal_damage", "someone_known")
    for text in ("the man next door keyed my car", "it was the woman across the road"):
        assert read_account(text).offender == "someone_known", text
    # A neighbour who saw it or helped is not the one who did it.
    assert read_account("the woman across the road saw it, my car was keyed").offender is None
    helped = "my car was scratched by a stranger, the man next door rang the police"
    assert read_account(helped).offender == "stranger"


# -- finding 4: "i told you, the neighbour at number 14" is taken (already so on main; the short
# sorry is not yet said) -----------------------------------------------------------------------


def test_told_again_at_the_who_question_is_taken():
    text = "i told you, the neighbour at number 14. are you even reading this"
    assert read_answer("relationship_to_offender", text).value == "someone_known"
