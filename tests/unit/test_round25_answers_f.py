"""Round 25 answers (helper F): questions role-players asked that were dropped or got a wrong
answer.

- Mark, 45, hit by his wife, two children: "if i leave will i lose them?" asked four times and
  never answered; "is this for men too", "men dont get abused right?" never answered.
- Joyce, 83, a courier fraud noted as a theft: "WILL I GET MY MONEY BACK" got the criminal
  injuries scheme; "SHOULD I TELL MY SON" was passed over three times.
- Chloe, 19, whose ex makes new accounts to message her and came to her halls: "am i
  overreacting?" got "I can't answer"; "why does it say domestic abuse hes just my ex" got the
  Victim Personal Statement.
- Precious, in forced domestic work: "what is acas" got the help text, then "I can't answer".
- A 15-year-old: "is ceop the police?? i dont want police" got what our team keeps.
- Dan, 24, glassed in a pub: "will the scar go" asked four times; "will people think i started
  it" and "will the police believe them" got "I can't answer".
- Tariq, 29: "why did they take 3 days" (the police's call back) asked four times; "so they
  broke the rules taking 3 days? how do i complain" got "I can't answer".

Each answer is in bot/domain/responses_answers.yml with its sources; each test quotes the
message as it was written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import RESPONSES, answer, sendable, sources_above

from actions.reading import Turn, read_turn
from core.text import SMS_LIMIT
from referrals.directory import load_directory
from tests.unit.conftest import make_tracker, responses

NEW = (
    "utter_leaving_with_children",
    "utter_leaving_with_children_man",
    "utter_for_men_too",
    "utter_telling_family_after_scam",
    "utter_scam_money_and_family",
    "utter_not_overreacting",
    "utter_ex_is_domestic_abuse",
    "utter_what_is_acas",
    "utter_what_is_ceop",
    "utter_scar",
    "utter_police_weigh_evidence",
    "utter_police_slow_to_call",
)
ABOUT_THE_VICTIM = tuple(name for name in NEW if name != "utter_what_is_acas")
ANSWERS_HERE = (*NEW, "utter_card_used", "utter_ask_right/complaint")

ORDINARY = (
    "no", "yes", "83", "45", "19", "15", "24", "29", "my wife", "my husband", "a stranger",
    "yes every day", "skip", "english", "ENGLISH", "BEXLEY", "barnet", "a man", "woman",
    "text", "Phone call", "any time", "evenings after 9 when shes asleep. not before",
    "NO", "yes for about 3 years", "stranger. never seen him before", "someone to talk to",
    "2 men i never seen before", "lewisham", "not sure", "YES I LIVE ALONE",
)  # fmt: skip
CRIME_TYPES = (
    "domestic_abuse", "theft", "fraud", "stalking_harassment", "human_trafficking",
    "online_abuse", "serious_violence", "assault", None,
)  # fmt: skip
ORGANISATIONS = load_directory()


def _read(text, requested, intent="inform", **answers):
    reading = read_turn(
        Turn(
            text=text,
            intent=intent,
            requested=requested,
            answers=answers,
            organisations=ORGANISATIONS,
        )
    )
    return [said.response or said.args.get("utter_action") for said in reading.say]


# -- the answers themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"under_18": True}, {"gender": "man"}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", ABOUT_THE_VICTIM)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    # "you're not overreacting" and "trust your instincts" are said to the one who asks.
    about_them = re.sub(r"\byou're not overreacting|Trust your instincts", "", theirs)
    assert not re.search(r"\b(?:your|yours)\b", about_them, re.IGNORECASE), theirs


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b|\bentry\b|\butter_\w+", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        text = variant["text"].replace("isn't guaranteed", "")
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", text), name


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(
        text,
        crime_type,
        account_details=["card_taken"],
        relationship_to_offender="partner_or_ex",
        gender="man",
    )
    assert said not in ANSWERS_HERE, (text, crime_type)


# -- 1. Mark: the children, and whether this is for men ------------------------------------------

MARK = {
    "consent": True, "in_danger": False, "crime_type": "domestic_abuse",
    "reported_to_police": False, "age": 45.0, "relationship_to_offender": "partner_or_ex",
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "if i leave will i lose them?",
        "yes for about 3 years. its getting worse. i've got 2 kids, if i leave will i lose them?",
        "WHY. and will i lose my kids if i leave her",
        "you keep not answering about my kids. ive got a 7 and 10 year old. if i leave will "
        "social services take them or will she get them",
        "no. you didnt answer about my kids",
    ],
)
def test_leaving_does_not_usually_mean_losing_the_children(text):
    assert answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex") == (
        "utter_leaving_with_children"
    )
    assert answer(text, "domestic_abuse", gender="man") == "utter_leaving_with_children_man"
    for name in ("utter_leaving_with_children", "utter_leaving_with_children_man"):
        message = sendable(name)[0]
        assert "doesn't usually mean losing your children" in message
        assert (
            "family court" in message and "welfare" in message and "abuse into account" in message
        )
        assert "legal aid" in message.lower() and "social services" in message and "rare" in message
        assert "0808 801 0327" in message
    assert "0808 2000 247" in sendable("utter_leaving_with_children")[0]
    assert "0808 2000 247" not in sendable("utter_leaving_with_children_man")[0]


def test_the_children_are_answered_where_the_questions_are_pending():
    text = "yes for about 3 years. its getting worse. i've got 2 kids, if i leave will i lose them?"
    assert _read(text, "repeat_victimisation", **MARK) == ["utter_leaving_with_children"]
    said = _read("no. you didnt answer about my kids", "hate_motivated", **MARK)
    assert said == ["utter_leaving_with_children"]


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("i left him last year and the kids are with me now", "domestic_abuse"),
        ("he said if i leave he will take the kids", "domestic_abuse"),
        ("i have 2 kids", "domestic_abuse"),
        ("the kids were at school", "domestic_abuse"),
        ("can i leave now?", "assault"),
        ("will i lose my job if i report it?", "domestic_abuse"),
        ("if i leave the house will he see me", "stalking_harassment"),
    ],
)
def test_near_misses_are_not_the_children_answer(text, crime_type):
    said = answer(text, crime_type)
    assert said not in ("utter_leaving_with_children", "utter_leaving_with_children_man"), text


@pytest.mark.parametrize(
    "text",
    [
        "hi. not sure this is for me. is this for men too",
        "ok. but is it for men",
        "my wife. she hits me sometimes and she has all the money, i have to ask her for cash. "
        "men dont get abused right? sounds stupid typing it",
    ],
)
def test_this_is_for_men_too(text):
    assert answer(text, None) == "utter_for_men_too"
    message = sendable("utter_for_men_too")[0]
    assert message.startswith("Yes, this is for men too")
    assert "Men are abused too" in message and "0808 801 0327" in message


def test_is_it_for_men_is_answered_at_the_privacy_question():
    assert _read("ok. but is it for men", "consent", intent="affirm") == ["utter_for_men_too"]


@pytest.mark.parametrize(
    "text",
    [
        "a man obviously. are there even services for men",
        "a man",
        "it was a man",
        "is this for women?",
        "is it for my dad, hes 80",
        "can men even be victims of domestic abuse?",
    ],
)
def test_near_misses_are_not_the_for_men_answer(text):
    assert answer(text, "domestic_abuse") != "utter_for_men_too"


# -- 2. Joyce: the money after a courier fraud, and her son -------------------------------------

JOYCE = {
    "consent": True, "in_danger": False, "crime_type": "theft",
    "account_details": ["card_taken", "economic"], "reported_to_police": False,
}  # fmt: skip


@pytest.mark.parametrize("crime_type", ["theft", "fraud"])
@pytest.mark.parametrize(
    "text",
    [
        "I DONT KNOW. WILL I GET MY MONEY BACK",
        "THAT IS NOT WHAT I ASKED. THE BANK MONEY. SOMEONE TO TALK TO I SUPPOSE",
    ],
)
def test_money_back_after_a_card_taken_is_the_bank_not_the_cica(text, crime_type):
    assert answer(text, crime_type, account_details=["card_taken", "economic"]) == (
        "utter_card_used"
    )
    message = sendable("utter_card_used")[0]
    assert "bank" in message and "reportfraud.police.uk" in message and "CICA" not in message


def test_money_back_at_the_court_question_is_answered_there():
    said = _read("I DONT KNOW. WILL I GET MY MONEY BACK", "fear_of_giving_evidence", **JOYCE)
    assert said == ["utter_card_used"]


@pytest.mark.parametrize(
    "text",
    [
        "I AM 83. SHOULD I TELL MY SON. HE WILL BE CROSS WITH ME",
        "A STRANGER ON THE PHONE. YOU DIDNT SAY ABOUT MY SON",
    ],
)
def test_telling_her_son_is_her_choice_and_not_her_fault(text):
    assert answer(text, "theft", account_details=["card_taken"]) == (
        "utter_telling_family_after_scam"
    )
    message = sendable("utter_telling_family_after_scam")[0]
    assert "your choice" in message and "isn't your fault" in message
    assert "fool people of every age" in message and "bank" in message
    assert "cross" not in message and "son" not in message


def test_her_son_is_answered_where_the_questions_are_pending():
    said = _read("I AM 83. SHOULD I TELL MY SON. HE WILL BE CROSS WITH ME", "age", **JOYCE)
    assert said == ["utter_telling_family_after_scam"]


def test_the_money_and_her_son_asked_together_are_answered_together():
    text = "I DONT UNDERSTAND. WHAT ABOUT MY MONEY. SHOULD I TELL MY SON"
    assert answer(text, "theft", account_details=["card_taken"]) == "utter_scam_money_and_family"
    message = sendable("utter_scam_money_and_family")[0]
    assert "bank" in message and "isn't guaranteed" in message
    assert "0300 123 2040" in message and "your choice" in message


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("will i get my money back?", "burglary", {}),
        ("she has my bank card, will i get my money back?", "domestic_abuse", {}),
        ("should i tell my son", "domestic_abuse", {}),
        ("should i tell my mum", "online_abuse", {"under_18": True}),
        ("my son rang the bank for me", "fraud", {}),
        ("I RANG THE BANK", "theft", {"account_details": ["card_taken"]}),
    ],
)
def test_near_misses_are_not_the_scam_answers(text, crime_type, answers):
    said = answer(text, crime_type, **answers)
    assert said not in (
        "utter_telling_family_after_scam",
        "utter_scam_money_and_family",
    ), text
    if crime_type in ("burglary", "domestic_abuse"):
        assert said != "utter_card_used", text


# -- 3. Chloe: not overreacting; an ex counts ---------------------------------------------------

CHLOE = {
    "consent": True, "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex", "repeat_victimisation": True,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "no. i dont want to get him in trouble tbh. am i overreacting?",
        "sorry i know im being dramatic",
        "no. sorry. he came to the halls twice last week, security let him in the second time. "
        "i keep thinking im making a big deal of it",
    ],
)
def test_repeated_contact_and_turning_up_is_serious(text):
    assert answer(text, "stalking_harassment") == "utter_not_overreacting"
    message = sendable("utter_not_overreacting")[0]
    assert message.startswith("No, you're not overreacting")
    assert "stalking" in message and "crime" in message and "instincts" in message
    assert "0808 802 0300" in message


def test_overreacting_is_answered_at_the_police_question():
    text = "no. i dont want to get him in trouble tbh. am i overreacting?"
    assert _read(text, "reported_to_police", **CHLOE) == ["utter_not_overreacting"]


@pytest.mark.parametrize(
    "text",
    [
        "why does it say domestic abuse hes just my ex. we only went out for like 6 months",
        "thats not what i asked?? i asked why domestic abuse helpline, hes my ex not like my "
        "husband",
        "ok. so is it like domestic abuse if hes an ex? sorry i know im being dramatic",
    ],
)
def test_an_ex_counts_for_domestic_abuse(text):
    said = answer(text, "stalking_harassment", relationship_to_offender="partner_or_ex")
    assert said == "utter_ex_is_domestic_abuse"
    message = sendable("utter_ex_is_domestic_abuse")[0]
    assert "abuse by an ex, however long you were together" in message
    assert "Domestic Abuse Act 2021" in message and "not being dramatic" in message
    assert "Victim Personal Statement" not in message


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("my ex", "stalking_harassment"),
        ("its my ex", "stalking_harassment"),
        ("my ex hits me, is that domestic abuse?", "domestic_abuse"),
        ("is it domestic abuse if my husband shouts?", "domestic_abuse"),
        ("am i overreacting? he only hit me once", "domestic_abuse"),
        ("i was overreacting at the time but im fine now", "assault"),
        ("no its my ex. hes not like a stranger. is this even a crime?", "stalking_harassment"),
    ],
)
def test_near_misses_are_not_the_ex_or_overreacting_answers(text, crime_type):
    said = answer(text, crime_type)
    assert said not in ("utter_ex_is_domestic_abuse", "utter_not_overreacting"), text


# -- 4. Precious: what Acas is --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["what is acas", "I ASKED WHAT IS ACAS"])
def test_what_acas_is_and_the_modern_slavery_helpline_first(text):
    assert answer(text, "human_trafficking") == "utter_what_is_acas"
    assert _read(text, "referral_consent", intent="help", crime_type="human_trafficking") == [
        "utter_what_is_acas"
    ]
    message = sendable("utter_what_is_acas")[0]
    assert message.startswith("Acas is") and "0300 123 1100" in message
    assert "Modern Slavery & Exploitation Helpline first" in message and "08000 121 700" in message


@pytest.mark.parametrize("text", ["call acas", "i rang acas", "acas said to call the police"])
def test_acas_named_without_asking_what_it_is(text):
    assert answer(text, "human_trafficking") != "utter_what_is_acas"


# -- 5. The 15-year-old: whether CEOP is the police ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is ceop the police?? i dont want police. will they tell my parents",
        "but CEOP. is it police. will they tell my mum",
    ],
)
def test_ceop_is_law_enforcement_and_report_remove_is_another_way(text):
    said = answer(text, "online_abuse", consent=False, under_18=True, results_shown=True)
    assert said == "utter_what_is_ceop"
    message = sendable("utter_what_is_ceop", under_18=True)[0]
    assert "National Crime Agency" in message and "law enforcement" in message
    assert "Report Remove" in message and "0800 1111" in message
    assert "don't have to use it" in message
    # Nothing is promised about what CEOP does about parents.
    assert "parent" not in message and "mum" not in message


def test_a_privacy_question_without_ceop_keeps_its_answer():
    said = answer("will they tell my parents", "online_abuse", consent=False, under_18=True)
    assert said != "utter_what_is_ceop"


# -- 6. Dan: the scar, and being believed ---------------------------------------------------------

DAN = {"consent": True, "in_danger": False, "crime_type": "serious_violence", "age": 24.0}


@pytest.mark.parametrize(
    "text",
    [
        "no. 1st time. can i get compensation? and will the scar go",
        "no. what about the scar tho, i asked",
        "compensation and my health. the scar",
        "MORE. is there anything for the scar, its on my face and im 24 i'm gutted",
    ],
)
def test_the_scar_is_answered(text):
    assert answer(text, "serious_violence") == "utter_scar"
    message = sendable("utter_scar")[0]
    assert "fade over time" in message and "2 years" in message and "GP" in message
    assert "CICA" in message and "scar on your face" in message


def test_the_scar_is_answered_where_the_questions_are_pending():
    text = "no. 1st time. can i get compensation? and will the scar go"
    # Both questions answered, the scar first (two questions in one message, round 44).
    assert _read(text, "repeat_victimisation", **DAN) == [
        "utter_scar",
        "utter_ask_right/compensation",
    ]
    assert _read("compensation and my health. the scar", "needs", **DAN) == ["utter_scar"]


@pytest.mark.parametrize(
    "text",
    ["he has a scar on his face", "i have an old scar from before", "scared", "scarf"],
)
def test_near_misses_are_not_the_scar_answer(text):
    assert answer(text, "serious_violence") != "utter_scar"


@pytest.mark.parametrize(
    "text",
    [
        "24. will people think i started it? cos i didnt, some guy just smashed a glass in my face",
        "no. nobody has told me about the scar. and the guys at the pub saying i started it, will "
        "the police believe them",
    ],
)
def test_the_police_weigh_the_evidence(text):
    assert answer(text, "serious_violence") == "utter_police_weigh_evidence"
    message = sendable("utter_police_weigh_evidence")[0]
    assert "impartially" in message and "CCTV" in message and "witnesses" in message
    assert "your own account" in message


@pytest.mark.parametrize(
    "text",
    ["he says i started it", "will the police believe me?", "i didnt start it", "i started crying"],
)
def test_near_misses_are_not_the_evidence_answer(text):
    assert answer(text, "serious_violence") != "utter_police_weigh_evidence"


# -- 7. Tariq: the police's delay and how to complain --------------------------------------------

TARIQ = {
    "consent": True, "in_danger": False, "crime_type": "assault", "reported_to_police": True,
    "hate_motivated": True, "age": 29.0,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "yes fine. but answer my question why did they take 3 days",
        "no. first time. still want an answer about the police delay",
        "im safe. im angry not in danger. the police took 3 days to ring me back after a hate "
        "crime thats not ok",
    ],
)
def test_the_delay_is_answered_from_the_code(text):
    assert answer(text, "assault") == "utter_police_slow_to_call"
    message = sendable("utter_police_slow_to_call")[0]
    assert "can't say why" in message and "Right 3" in message
    assert "5 working days" in message and "or 1 if you get extra support" in message
    assert "Right 12" in message


def test_the_delay_is_answered_where_the_questions_are_pending():
    text = "no. first time. still want an answer about the police delay"
    assert _read(text, "repeat_victimisation", **TARIQ) == ["utter_police_slow_to_call"]


@pytest.mark.parametrize(
    "text",
    [
        "thats a lot. so they broke the rules taking 3 days? how do i complain",
        "how do i complain about the police. you listed it as right 12",
    ],
)
def test_how_to_complain_gets_right_12(text):
    assert answer(text, "assault", reported_to_police=True) == "utter_ask_right/complaint"


@pytest.mark.parametrize(
    ("text", "expected_not"),
    [
        ("the bank took 3 days to call me back, is that normal?", "utter_police_slow_to_call"),
        ("it took 3 days to heal", "utter_police_slow_to_call"),
        ("it happened 3 days ago", "utter_police_slow_to_call"),
        ("how do i complain about the council?", "utter_ask_right/complaint"),
        ("i want to complain about the bouncers", "utter_ask_right/complaint"),
        ("how do I complain about the caution", "utter_ask_right/complaint"),
    ],
)
def test_near_misses_are_not_the_delay_or_complaint_answers(text, expected_not):
    assert answer(text, "assault") != expected_not


# -- earlier role-players' words that must keep their own answers --------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "not_this"),
    [
        # Fiona (round 25), teenagers abusing her for her wheelchair: a hate crime, not stalking.
        (
            "not right now im home. its a group of teenagers at the bus stop on my road, every "
            "thursday after school they throw stuff at me, bottles, chips, and film me on their "
            "phones calling me cripple and worse. im in a wheelchair. is this a hate crime or am "
            "i overreacting",
            None,
            "utter_not_overreacting",
        ),
        # Leah (round 24) says the bot is overreacting, about her boyfriend.
        (
            "most serious crimes?? it was like a second. i think youre overreacting tbh. he said "
            "sorry",
            "stalking_harassment",
            "utter_not_overreacting",
        ),
        # Kim (round 21): a scammer, not a partner or an ex.
        (
            "what? i dont want to meet him. i asked why you put domestic abuse, he was a scammer "
            "not my partner",
            "fraud",
            "utter_ex_is_domestic_abuse",
        ),
        # Kerry (round 17) asks for a service, not whether an ex counts.
        (
            "hes my ex, the kids dad. is there not a domestic violence place? and can the police "
            "stop him coming near us",
            "domestic_abuse",
            "utter_ex_is_domestic_abuse",
        ),
        # Kwame (round 18) asks how much the CICA pays.
        (
            "how much do cica pay for face scars. and can i claim off the club as well",
            "assault",
            "utter_scar",
        ),
        # Helen (round 20), a parent: why CEOP was offered, not whether it is the police.
        (
            "It's my daughter who's entitled, not me. Police already know, why CEOP? Is there "
            "anything for parents? I've read about something called PACE",
            "sexual_offence",
            "utter_what_is_ceop",
        ),
        (
            "A friend mentioned something called Report Remove? Or CEOP? to get the photos taken "
            "down",
            "online_abuse",
            "utter_what_is_ceop",
        ),
    ],
)
def test_earlier_role_players_keep_their_answers(text, crime_type, not_this):
    assert answer(text, crime_type) != not_this


# -- through the actions that answer outside the questions ---------------------------------------


def test_what_is_acas_as_help_is_answered_by_the_help_action(dispatcher, domain):
    from actions.dialogue import ActionHelp

    tracker = make_tracker(
        slots={"crime_type": "human_trafficking", "results_shown": True},
        text="what is acas",
        intent="help",
    )
    ActionHelp().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_what_is_acas"]


def test_ceop_after_a_result_without_consent_is_answered(dispatcher, domain):
    from actions.dialogue import ActionOutsideQuestions

    slots = {
        "consent": False, "crime_type": "online_abuse", "age": 15.0, "under_18": True,
        "assessment_done": True, "results_shown": True,
    }  # fmt: skip
    for text in (
        "is ceop the police?? i dont want police. will they tell my parents",
        "but CEOP. is it police. will they tell my mum",
    ):
        dispatcher.messages.clear()
        tracker = make_tracker(slots=slots, text=text, intent="ask_privacy", active_loop=None)
        ActionOutsideQuestions().run(dispatcher, tracker, domain)
        # The second question ("will they tell my mum") may get its own answer after it.
        assert responses(dispatcher)[0] == "utter_what_is_ceop", text
