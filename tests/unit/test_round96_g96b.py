"""Round 96, helper g96b: Nkechi (locked out by her landlord), Aaron (a conviction and CICA),
Mei (a valid student visa, hate crime) and Fred (his mobility scooter stolen): questions
answered with an answer meant for something else, or not at all."""

from __future__ import annotations

from actions.reading import corrections
from core.person_request import asks_for_a_call, asks_for_person
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import answer, answer_in_conversation, said_answer, sendable
from tests.unit.test_assessment_form import FORM, slots_of

MEI_VISA = (
    "Not yet. I am still unsure. To be honest I am worried that the police will contact the "
    "Home Office or my university and my Tier 4 visa will be cancelled. Is this possible?"
)


# -- Mei 2: "can the service help me report" is not "will the service tell the police" ---------


def test_service_helping_her_report_is_a_yes_not_a_no() -> None:
    said = (
        "Thank you. Can the support service also help me to report it to the police? I think I "
        "would prefer not to go to the police station alone. Lin could come with me perhaps."
    )
    assert answer(said, "assault", hate_motivated=True) == "utter_g96b_service_helps_report"
    text = sendable("utter_g96b_service_helps_report")[0]
    assert text.startswith("Yes") and len(text) <= 320
    # Whether a service tells the police keeps its own answer.
    assert answer("will the support service tell the police?", "assault") == (
        "utter_support_not_police"
    )


# -- Mei 1: a student visa she fears is cancelled, and whether her university is told ----------


def test_tier_4_visa_gets_the_valid_visa_answer() -> None:
    assert answer(MEI_VISA, "assault", hate_motivated=True) == "utter_p81e_valid_visa"
    # No visa at all keeps the answer for people without status.
    assert answer("will the police check my immigration status?", "assault") == (
        "utter_immigration"
    )


def test_will_the_university_be_informed_after_a_student_visa() -> None:
    for said in (
        "Yes. Please email me, mei.zhang.26@qmul.ac.uk. Will the university be informed about "
        "this?",
        "Weekdays after 5pm please. But you told me before that this chat does not go to the "
        "university, so why can you not answer now?",
    ):
        got = said_answer(said, "assault", [MEI_VISA], hate_motivated=True)
        assert got == "utter_p81e_valid_visa"


# -- Aaron 1: his weed conviction and compensation, asked four times ----------------------------

AARON_RECORD = "q tho i got a conviction for weed 2 yrs ago can i still get compo?"


def test_conviction_and_compo_gets_the_record_answer() -> None:
    assert answer(AARON_RECORD, "assault") == "utter_w3_record_and_your_rights"
    said = "but for real will the weed conviction mess up my claim, just tell me yes or no"
    assert answer(said, "assault") == "utter_w3_record_and_your_rights"


def test_the_weed_thing_after_telling_of_the_conviction() -> None:
    for said in (
        "but wat about the weed thing does that stop me",
        "still aint told me bout the weed thing tho",
    ):
        assert said_answer(said, "assault", [AARON_RECORD]) == "utter_w3_record_and_your_rights"
        # Without the conviction told earlier, "the weed thing" is not taken as one.
        assert answer(said, "assault") != "utter_w3_record_and_your_rights"
    # Someone else's conviction told earlier is not theirs.
    his = "he's got a conviction for assault"
    assert said_answer("what about the conviction thing", "assault", [his]) != (
        "utter_w3_record_and_your_rights"
    )


# -- Nkechi 2 and 4: a tenant locked out by her landlord ---------------------------------------

NKECHI = [
    "hi my landlord changed the locks this morning while i was doing the school run and all our "
    "stuff is in bin bags outside, is that even allowed??",
    "its the landlord. mr okafor. i know him ive rented from him 2 years",
]


def test_tenant_locked_out_gets_no_lodger_or_deportation_text() -> None:
    said = (
        "practical help, somewhere to stay and getting our stuff back. the kids school uniforms "
        "are in those bags"
    )
    assert said_answer(said, None, NKECHI) == "utter_g96b_locked_out_tenant"
    text = sendable("utter_g96b_locked_out_tenant")[0]
    assert "deport" not in text and "lodger" not in text and len(text) <= 320
    # A lodger threatened with deportation keeps the answer written for her.
    fatou = [*NKECHI, "i am a lodger and he says he will have me deported"]
    assert said_answer("where can i go tonight", None, fatou) == "utter_b4_locked_out_by_landlord"


def test_who_gets_her_back_into_the_flat() -> None:
    for said in (
        "yes its my phone. but you didnt answer will they help me get back into the flat",
        "ok thanks. so who do i call to get back in the flat tomorrow, the police or the council?",
    ):
        assert said_answer(said, None, NKECHI) == "utter_g96b_who_gets_you_back_in"
    both = "yes please. will they help me get back in the flat? and will he find out i spoke to you"
    got = answer_in_conversation(both, None, NKECHI)
    assert got is not None and got.response == "utter_g96b_who_gets_you_back_in"
    assert [then.response for then in got.then] == ["utter_will_they_know"]
    # Without a landlord's lock-out, "get back in" is not this answer.
    assert answer("how do i get back in the car?", None) != "utter_g96b_who_gets_you_back_in"


# -- Fred 1: whether anyone will look for his scooter, and the surgery's camera -----------------

FRED = [
    "Good afternoon. SOMEBODY HAS STOLEN MY MOBILITY SCOOTER from outside the doctors surgery on "
    "Mare Street while I was in with the doctor.",
    "The surgery has a camera over the door mind you.",
]


def test_will_anybody_look_for_it_said_with_the_report() -> None:
    said = (
        "YES I rang 101 and waited 40 minutes. They gave me a number. Will anybody actually look "
        "for it or is that it?"
    )
    assert answer(said, "theft") == "utter_n94d_will_they_look_for_it"
    # Not reported: the answer about a crime number does not fit.
    assert answer("will anybody look for it?", "theft") is None


def test_telling_the_police_about_the_surgery_camera() -> None:
    said = "No. Should I tell the police about the camera?"
    assert said_answer(said, "theft", FRED, reported_to_police=True) == (
        "utter_z2_officer_get_the_cctv"
    )
    # No camera told of earlier: whether to report keeps its answer.
    assert said_answer(said, "theft", FRED[:1], reported_to_police=True) == (
        "utter_telling_the_police"
    )


# -- Nkechi 1: how long the questions take, not the case -----------------------------------------

NKECHI_FORM = {
    "consent": True, "in_danger": False, "reported_to_police": False, "age": 34,
    "relationship_to_offender": "someone_known", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": False,
}  # fmt: skip


def test_how_long_is_this_going_to_take_in_the_questions() -> None:
    for said in (
        "no. how long is this going to take i need to sort the kids",
        "i meant these questions not the case!! yes im scared of him",
    ):
        got = answer_in_conversation(said, None, [], **NKECHI_FORM)
        assert got is not None and got.text is not None and "more short questions" in got.text
    # The case's length keeps its answer.
    got = answer_in_conversation("how long is the case going to take?", None, [], **NKECHI_FORM)
    assert got is not None and got.response == "utter_how_long"


# -- Fred 3: "I want a real person to ring me" is a yes to being rung, not a chat hand-off -------

FRED_ASKED = {
    "consent": True, "in_danger": False, "crime_type": "theft", "reported_to_police": True,
    "age": 76, "relationship_to_offender": "unknown", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": True, "fear_of_giving_evidence": False,
    "needs": ["practical"], "language": "English", "borough": "Hackney", "results_shown": True,
}  # fmt: skip


def test_real_person_to_ring_me_is_asking_for_a_call() -> None:
    said = "Yes alright. But I want a real person to ring me, not another computer."
    assert asks_for_a_call(said)
    assert asks_for_a_call(
        "I SAID RING me. My number is 020 7946 0381. I am in most days, not Tuesday mornings"
    )
    # Asking to talk to a person here stays that.
    assert not asks_for_a_call("i want a real person")
    assert asks_for_person("i want a real person")


async def test_real_person_to_ring_me_at_the_referral_question(dispatcher, domain) -> None:
    said = "Yes alright. But I want a real person to ring me, not another computer."
    tracker = make_tracker(
        slots=FRED_ASKED, text=said, intent="affirm", requested_slot="referral_consent",
        sent=["utter_results", "utter_ask_referral_consent"],
    )  # fmt: skip
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["referral_consent"] is True, responses(dispatcher)
    assert slots.get("contact_method") == "call", slots


# -- Nkechi 3: "im not a lodger" is what she is, not a change to who did it ---------------------


def test_not_a_lodger_keeps_who_did_it() -> None:
    answers = {**NKECHI_FORM, "fear_of_giving_evidence": True, "needs": ["practical"]}
    said = (
        "english. why are you saying about deport?? im british. and im not a lodger its my flat "
        "i have a tenancy"
    )
    assert "relationship_to_offender" not in corrections(said, answers)
    # Denying who did it still puts it right.
    assert corrections("it wasnt my neighbour", answers) == {"relationship_to_offender": None}


# -- Fred 2 (part): what "extra help to give their account" means -------------------------------


def test_what_extra_help_to_give_my_account_means() -> None:
    said = (
        "What do you mean extra help to give my account? There is nothing wrong with my head "
        "young man, its my legs. And none of these will get me a scooter will they. MORE"
    )
    assert answer(said, "theft", impairment=True, results_shown=True) == (
        "utter_k77e_vulnerable_meaning"
    )
