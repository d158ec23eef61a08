"""Round 84, helper t84a: false crisis alarms (Helen, Stanley, Gary) and advice given for
injuries nobody told (Tom, Chloe), with the real alarms beside them that must stay."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import questions
from actions.dialogue import ActionShowDetails
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, trusted_crisis
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import after_result, at_question

HELEN_TABLETS = (
    "is there anyone who helps disabled women with this. and I need someone to help with my "
    "tablets, if he locks them I miss doses and then I relapse"
)
HELEN_MS = (
    "no I'm not going to hurt myself!! I mean my MS relapses when I miss my medicine. that's "
    "what I said"
)
HELEN_NO_DRINK = (
    "what?? I don't drink. who said anything about drink. multiple sclerosis relapse. are you a "
    "real person"
)
HELEN = {
    "consent": True, "in_danger": False, "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex", "reported_to_police": False, "age": 50.0,
    "gender": "female", "disability": True,
}  # fmt: skip
HELEN_SAID = (
    "he keeps my tablets locked in a box and only gives them when he feels like it. and he has "
    "all the bank cards",
)
STANLEY = "mornings are best, not sundays shes here sundays"
GARY = "MORE. who fix lock? me worry they come back"
GARY_SLOTS = {
    "consent": True, "in_danger": False, "crime_type": "burglary",
    "relationship_to_offender": "stranger", "reported_to_police": False, "age": 44.0,
    "cannot_phone": True,
}  # fmt: skip
GARY_SAID = (
    "hello. me house broken in, tv gone laptop gone. police?",
    "door broken still. lock broken",
)


# -- 1. Helen: tablets locked away, missed doses and an MS relapse --------------------------------


@pytest.mark.parametrize("intent", ["inform", SELF_HARM, "ask_question"])
def test_helens_locked_tablets_are_no_suicide_alarm(intent):
    assert detect_risk(HELEN_TABLETS) is None
    assert not trusted_crisis(HELEN_TABLETS, intent)


@pytest.mark.parametrize(
    "text",
    [
        "he locks my tablets away and i want to take them all",
        "he hides my pills. i want to die",
        "my carer helps with my tablets but i have been saving them",
        "i missed my tablets on purpose, i want to die",
        "i have tablets and want to end it",
        "i took all my tablets",
        "i have been saving my tablets",
        "i took too many pills",
    ],
)
def test_taking_tablets_or_wanting_to_die_still_alarms(text):
    assert detect_risk(text) == SELF_HARM or trusted_crisis(text, SELF_HARM)


@pytest.mark.parametrize("text", [HELEN_TABLETS, HELEN_MS, HELEN_NO_DRINK])
def test_an_ms_relapse_is_not_a_drinking_relapse(text):
    assert not questions.q5_fears_a_relapse(text)


def test_helen_after_the_result_gets_no_drink_answer(domain):
    for text in (HELEN_MS, HELEN_NO_DRINK):
        sent = after_result(text, HELEN, HELEN_SAID, domain)
        assert "utter_q5_fear_of_relapse" not in sent, sent


@pytest.mark.parametrize(
    "text",
    [
        "Im scared Ill relapse. who do I talk to",
        "first time in a year Ive wanted a drink",
        "im worried ill relapse and start drinking again, i take meds for my depression too",
        "scared i relapse back on drugs, i stopped my medication",
    ],
)
def test_a_drinking_or_drug_relapse_keeps_its_answer(text):
    assert questions.q5_fears_a_relapse(text)


# -- 2. Stanley: who is there on sundays ----------------------------------------------------------


@pytest.mark.parametrize("intent", ["inform", IN_DANGER])
def test_stanleys_contact_time_is_no_danger(intent):
    assert detect_risk(STANLEY) is None
    assert not trusted_crisis(STANLEY, intent)


@pytest.mark.parametrize(
    "text",
    [
        "not sundays hes here now",
        "shes here now",
        "he is outside now, he comes round on sundays",
        "she is here sundays but now hes outside with a knife",
        "sundays hes here, today too",
    ],
)
def test_someone_there_now_still_alarms(text):
    assert detect_risk(text) == IN_DANGER


# -- 3. Gary: a worry they come back, and the lock ------------------------------------------------


@pytest.mark.parametrize("intent", ["inform", IN_DANGER])
def test_garys_worry_is_no_danger(intent):
    assert detect_risk(GARY) is None
    assert not trusted_crisis(GARY, intent)


def test_gary_gets_more_services_and_the_locks_answer_not_a_threat(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={**GARY_SLOTS, "assessment_done": True, "results_shown": True},
        text=GARY, intent="show_services", active_loop=None,
    )  # fmt: skip
    ActionShowDetails().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert sent[0] is None and "services that fit best" in dispatcher.messages[0]["text"]
    assert "utter_threat_to_return" not in sent, sent
    assert "utter_secure_home" in sent, sent


def test_garys_worry_beside_the_lock_is_no_threat_told():
    assert not questions.tells_of_a_threat_to_return(GARY, GARY_SLOTS)


@pytest.mark.parametrize(
    "text",
    [
        "worried they come back now",
        "me worry they come back, they outside now",
        "he is coming back now",
        "im scared he is coming back right now",
        "they lock me in",
        "hes here. he locks me in",
    ],
)
def test_coming_back_now_or_locked_in_still_alarms(text):
    assert detect_risk(text) == IN_DANGER


@pytest.mark.parametrize(
    "text",
    [
        "no danger now. but i am scared they come back to shop",
        "no first time. but they say they come back",
        "they said they will come back. who fix lock?",
    ],
)
def test_a_threat_to_come_back_is_still_answered(text):
    assert questions.tells_of_a_threat_to_return(text, {"crime_type": "robbery"})


# -- 5. Tom: a break told as known gets no X-ray advice -------------------------------------------

TOM_OPENING = (
    "Hi. Got knocked off my bike on purpose by a driver on Saturday. Wrist is broken. Is this a "
    "crime or just a traffic thing?"
)
TOM = {
    "consent": True, "in_danger": False, "crime_type": "assault",
    "relationship_to_offender": "stranger", "reported_to_police": True, "age": 41.0,
    "said": [TOM_OPENING],
}  # fmt: skip
TOM_CICA = "english. so can i go to CICA or not with a broken wrist"


def test_toms_known_break_gets_no_xray_advice():
    assert not questions.asks_about_a_possible_broken_limb(TOM_OPENING, {})
    assert not questions.x71d_limb_may_be_broken(TOM_OPENING, "assault", {})
    sent = at_question(TOM_CICA, "language", TOM)
    assert not {"utter_possible_broken_bone", "utter_injury"} & set(sent), sent
    assert sent, "his CICA question is answered"


@pytest.mark.parametrize(
    "text",
    [
        "my wrist might be broken, its really swollen",
        "i think my arm is broken",
        "is my wrist broken? it is swollen",
    ],
)
def test_a_break_not_yet_known_keeps_the_xray_advice(text):
    assert questions.asks_about_a_possible_broken_limb(text, {"said": ["he punched me"]})


# -- 6. Chloe: a headache after spiking is not a head injury --------------------------------------

CHLOE = {
    "consent": True, "in_danger": False, "crime_type": "assault", "account_details": ["spiked"],
    "relationship_to_offender": "stranger", "reported_to_police": False, "age": 27.0,
    "said": ["i think someone spiked me last night"],
}  # fmt: skip
CHLOE_HEAD = "no. my head is pounding tho and i keep shaking"
CHLOE_NO_BLOW = (
    "i didnt hit my head?? its like a hangover but worse. is that the drug. do i need a&e"
)


def test_chloes_headache_gets_the_spiking_health_answer():
    assert at_question(CHLOE_HEAD, "impairment", CHLOE) == ["utter_spiked_feeling_unwell"]
    sent = at_question(CHLOE_NO_BLOW, "fear_of_giving_evidence", CHLOE)
    assert sent == ["utter_spiked_feeling_unwell"], sent


def test_chloe_is_not_noted_as_hurt():
    from actions.account import read_account

    assert "injured" not in read_account(CHLOE_NO_BLOW).details
    assert "injured" in read_account("he hit my head. do i need a&e").details


@pytest.mark.parametrize(
    "text",
    [
        "he punched me in the head and now my head is pounding and i was sick",
        "i got hit on the head last night and now my headache is getting worse, should i wait "
        "for the gp",
    ],
)
def test_a_blow_to_the_head_keeps_the_head_injury_answer(text):
    assert questions.head_injury_getting_worse(text, "assault", {"said": []})
