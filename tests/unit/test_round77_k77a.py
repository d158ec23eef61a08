"""Round 77, helper k77a: yes, no and "not yet" at the privacy and referral questions (Malcolm,
Frank, Chloe, Sophie)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.answers import read_consent, read_referral_consent
from actions.questions import asks_who_will_contact
from tests.unit.conftest import make_tracker, responses

MALCOLM_YES = "the flo said victim support would ring but nobody has. so yeah go on"
FRANK_YES = (
    "i dont like phones either im deaf in one ear. oh go on then yes. my son says you're alright"
)
CHLOE = [
    "ok. idk if i want someone to contact me. would it be the havens or who",
    "ur not answering me. if i say refer me who is it that messages me",
    "omg i said IF. i asked who",
]
SOPHIE_NO_IMAGES = "NO images. no photo. he show his penis on train. real. not phone. you wrong"


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def test_malcolm_so_yeah_go_on_is_a_yes():
    assert read_referral_consent(MALCOLM_YES).value is True


def test_frank_oh_go_on_then_yes_is_consent():
    assert read_consent(FRANK_YES).value is True


@pytest.mark.parametrize("text", CHLOE)
def test_chloe_undecided_is_not_a_yes(text):
    assert read_referral_consent(text).value is None


@pytest.mark.parametrize("text", [*CHLOE, "wait i didnt say yes yet. who actually contacts me"])
def test_chloe_who_would_contact_me_is_asked(text):
    assert asks_who_will_contact(text)


def test_sophie_no_images_is_not_a_refusal():
    assert read_referral_consent(SOPHIE_NO_IMAGES).value is not False


@pytest.mark.parametrize(
    "text, value",
    [
        ("what?? me not say no referral. me say no images. me want help yes. refer me", True),
        ("i dont want anyone ringing me. so yeah go on", False),
        ("no thanks", False),
        ("yes please. if i say text is that ok", True),
        ("no i dont want anyone contacting me", False),
        ("yes", True),
    ],
)
def test_referral_answers_kept(text, value):
    assert read_referral_consent(text).value is value


@pytest.mark.parametrize(
    "text, value",
    [
        ("i dont want it kept. ok go on", False),
        ("no. go on then", False),
        ("yes ok", True),
        ("who are you. is this a computer", None),
    ],
)
def test_consent_answers_kept(text, value):
    assert read_consent(text).value is value


def test_would_it_be_another_thing_or_who_is_not_the_who_question():
    assert not asks_who_will_contact("would it be today or tomorrow")
    assert not asks_who_will_contact("who hit me")


def test_malcolm_yes_outside_the_questions_is_left_to_the_form(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True, "assessment_done": False, "results_shown": True},
        text=MALCOLM_YES,
        intent="affirm",
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent"],
    )
    assert dialogue.ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert "utter_what_next" not in responses(dispatcher)


# -- Stan: whether the support team gets the corrected version --------------------------------

STAN = dict(
    crime_type="harassment", consent=True, referral_consent=True, contact_safe=True,
    contact_method="email", contact_details="stan.harlow48@btinternet.com",
    contact_times="Any time, it's email", assessment_done=True, results_shown=True,
    borough="havering", age=68, perpetrator="known", repeat_victimisation=True,
)  # fmt: skip
STAN_ASKS = (
    "Good that's better. Will the support people get the corrected version? What have you got now?"
)


@pytest.mark.parametrize(
    "action", [dialogue.ActionFinishAssessment, dialogue.ActionOutsideQuestions]
)
def test_stan_told_the_team_sees_the_correction_and_what_is_noted(dispatcher, action):
    tracker = make_tracker(
        slots=STAN, text=STAN_ASKS, active_loop=None, sent=["utter_referral_saved"]
    )
    action().run(dispatcher, tracker, {})
    said = responses(dispatcher)
    assert said[0] == "utter_k77a_team_sees_changes"
    assert "the borough is Havering" in dispatcher.messages[1]["text"]
    assert said[-1] == "utter_g76b_contact_read_back"
    assert "utter_cannot_answer" not in said


@pytest.mark.parametrize(
    "text", ["will they get my new number?", "what have you noted about me", "will they ring me?"]
)
def test_other_questions_after_the_referral_are_not_about_changes(dispatcher, text):
    tracker = make_tracker(slots=STAN, text=text, active_loop=None, sent=["utter_referral_saved"])
    dialogue.ActionOutsideQuestions().run(dispatcher, tracker, {})
    assert "utter_k77a_team_sees_changes" not in responses(dispatcher)


# -- Ana: deleting on the phone, after "Do you want me to delete everything?" -----------------

ANA = dict(
    crime_type="trafficking", consent=True, referral_consent=True, contact_safe=True,
    contact_method="call", contact_details="07700900853", contact_times="afternoon, 1 to 5",
    voicemail_ok=False, assessment_done=True, results_shown=True, borough="westminster", age=45,
)  # fmt: skip
ANA_HIDE = "no keep. i mean delete on the phone so nobody see"


@pytest.mark.parametrize(
    "action", [dialogue.ActionFinishAssessment, dialogue.ActionOutsideQuestions]
)
def test_ana_told_how_to_clear_the_phone_and_the_request_stays(dispatcher, action):
    tracker = make_tracker(
        slots=ANA, text=ANA_HIDE, active_loop=None, sent=["utter_confirm_delete"]
    )
    events = action().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_k77a_clear_phone"]
    assert not any(dict(e).get("name") == "data_erased" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "i will delete his number from my phone",
        "he deleted the photos from his phone",
        "delete my data",
    ],
)
def test_other_deleting_is_not_clearing_the_chat(text):
    from actions.questions import k77a_means_clearing_the_phone

    assert not k77a_means_clearing_the_phone(text)


def test_amira_keeps_her_answer():
    from actions.questions import known_answer

    said = known_answer("how i delete this chat from phone after", None, ())
    assert said is not None and said.response == "utter_c4_clear_phone"


# -- Chloe: "would it be the havens or who" is answered with who, not the Havens' police line ---


def test_chloe_who_contacts_her(dispatcher):
    from actions.questions import known_answer

    said = known_answer(CHLOE[0], "spiking", ())
    assert said is not None and said.response == "utter_who_contacts"
